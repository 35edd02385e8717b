package io.docroute.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An API tool's published documentation printed to PDF, its requests' URLs put back under their headers. Such a page
 * sets each request's URL in a column beside its header ("POST Login" beside "http://127.0.0.1:5000/user_login"), and
 * the PDF's text gives the URLs of a group of requests before their headers, in their order: "…/user_login",
 * "…/user_logout", then "POST Login", "POST Logout". Each header takes the first URL given before it that no header
 * took, and the line under it is the request's, "POST http://127.0.0.1:5000/user_login". Only a text that gives most
 * of its URLs apart from the headers is read so; any other as it is.
 */
final class PrintedRequests {

    // a request's header: its method in capitals, then its name, no path ("GET get order history", "POST Login")
    private static final Pattern HEADER = Pattern.compile(
            "^(?:GET|POST|PUT|PATCH|DELETE)\\s+(?!/|https?://|\\{\\{)[^/\\s][^/]{0,80}$");
    // a URL alone on its line
    private static final Pattern URL = Pattern.compile("^(?:https?://[^\\s/]+|\\{\\{[^}\\s]+}})/\\S*$");
    private static final int MIN_REQUESTS = 3;

    private PrintedRequests() {
    }

    /** The text with each request's method and URL on the line under its header; any other text as it is. */
    static String withUrlsUnderTheirHeaders(String text) {
        List<String> lines = text.lines().toList();
        Map<Integer, Integer> urlOf = new HashMap<>();
        Deque<Integer> waiting = new ArrayDeque<>();
        int headers = 0;
        int underTheirHeader = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (URL.matcher(line).matches()) {
                waiting.add(i);
            } else if (HEADER.matcher(line).matches()) {
                headers++;
                underTheirHeader += i + 1 < lines.size() && URL.matcher(lines.get(i + 1).strip()).matches() ? 1 : 0;
                if (!waiting.isEmpty()) {
                    urlOf.put(i, waiting.poll());
                }
            }
        }
        if (urlOf.size() < MIN_REQUESTS || underTheirHeader * 2 >= headers) {
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
                placed.add(lines.get(i).strip().split("\\s+", 2)[0] + " " + lines.get(urlOf.get(i)).strip());
            }
        }
        return placed.stream().collect(Collectors.joining("\n"));
    }
}
