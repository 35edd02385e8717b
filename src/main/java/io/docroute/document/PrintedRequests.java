package io.docroute.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An API tool's published documentation printed to PDF, each request's method put before its URL under its header.
 * Such a page sets each request's URL in a column beside its header ("POST Login" beside
 * "http://127.0.0.1:5000/user_login"), and the PDF's text gives either the URL a line or two under its header ("(0)POST
 * Register" over its description's first line over "http://localhost:8080/user/register"), or the URLs of a group of
 * requests before their headers, in their order: "…/user_login", "…/user_logout", then "POST Login", "POST Logout";
 * there each header takes the first URL given before it that no header took. Either way the line under the header
 * becomes the request's, "POST http://127.0.0.1:5000/user_login". A text with fewer such requests is left as it is.
 */
final class PrintedRequests {

    // a request's header: its method in capitals, as the page abbreviates it too ("DEL"), then its name, no path ("GET
    // get order history", "POST Login"), after the count of its saved examples that some pages print ("(0)POST …")
    private static final Pattern HEADER = Pattern.compile(
            "^(?:\\(\\d+\\))?(GET|POST|PUT|PATCH|DELETE|DEL)\\s+(?!/|https?://|\\{\\{)[^/\\s][^/]{0,80}$");
    // a URL alone on its line
    private static final Pattern URL = Pattern.compile("^(?:https?://[^\\s/]+|\\{\\{[^}\\s]+}})/\\S*$");
    private static final int MIN_REQUESTS = 3;
    // the lines under a header its own URL may come in, below a wrapped name or a line of its description
    private static final int URL_UNDER_HEADER = 3;

    private PrintedRequests() {
    }

    /** The text with each request's method and URL on the line under its header; any other text as it is. */
    static String withUrlsUnderTheirHeaders(String text) {
        List<String> lines = text.lines().toList();
        Map<Integer, Integer> under = new HashMap<>();
        Map<Integer, Integer> before = new HashMap<>();
        Deque<Integer> waiting = new ArrayDeque<>();
        int headers = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (URL.matcher(line).matches()) {
                waiting.add(i);
            } else if (HEADER.matcher(line).matches()) {
                headers++;
                int url = urlUnder(lines, i);
                if (url >= 0) {
                    under.put(i, url);
                }
                if (!waiting.isEmpty()) {
                    before.put(i, waiting.poll());
                }
            }
        }
        Map<Integer, Integer> urlOf = under.size() * 2 >= headers ? under : before;
        if (urlOf.size() < MIN_REQUESTS) {
            return text;
        }
        Set<Integer> moved = new HashSet<>(urlOf.values());
        List<String> placed = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!moved.contains(i)) {
                placed.add(lines.get(i));
            }
            if (urlOf.containsKey(i)) {
                // the request's line as the page shows it, its method before its URL
                placed.add(method(lines.get(i)) + " " + lines.get(urlOf.get(i)).strip());
            }
        }
        return placed.stream().collect(Collectors.joining("\n"));
    }

    /** The line of the URL in the few lines under the header at {@code at}, before any other header; else -1. */
    private static int urlUnder(List<String> lines, int at) {
        for (int i = at + 1; i < Math.min(lines.size(), at + 1 + URL_UNDER_HEADER); i++) {
            String line = lines.get(i).strip();
            if (HEADER.matcher(line).matches()) {
                return -1;
            }
            if (URL.matcher(line).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static String method(String header) {
        Matcher matcher = HEADER.matcher(header.strip());
        String method = matcher.matches() ? matcher.group(1) : "";
        return method.equals("DEL") ? "DELETE" : method;
    }
}
