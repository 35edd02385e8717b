package io.docroute.document;

import static io.docroute.document.JsonBlocks.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an endpoint map — {@code {"GET /api/articles": {"description", "queries", "exampleResponse"}, ...}}, the
 * {@code endpoints.json} an Express API serves at {@code GET /api} to describe itself — where every key states one
 * interface's method and path, and its value what it takes and answers.
 */
final class EndpointMapReader {

    private static final Pattern KEY = Pattern.compile("^(GET|POST|PUT|PATCH|DELETE)\\s+(/\\S*)$",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> REQUEST_BODIES = List.of("exampleRequest", "body", "requestBody", "exampleBody");
    private static final List<String> RESPONSES = List.of("exampleResponse", "response", "responseBody");

    private EndpointMapReader() {
    }

    /** An object whose keys are mostly "METHOD /path", each over an object. */
    static boolean accepts(JsonNode root) {
        if (!root.isObject() || root.isEmpty()) {
            return false;
        }
        int endpoints = 0;
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            if (KEY.matcher(entry.getKey().strip()).matches() && entry.getValue().isObject()) {
                endpoints++;
            }
        }
        return endpoints > 0 && endpoints * 2 >= root.size();
    }

    static JsonDocumentReader.Result read(JsonNode root) {
        List<InterfaceBlock> blocks = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            Matcher key = KEY.matcher(entry.getKey().strip());
            if (key.matches() && entry.getValue().isObject()) {
                blocks.add(block(blocks.size(), key.group(1).toUpperCase(Locale.ROOT), key.group(2), entry.getValue()));
            }
        }
        return new JsonDocumentReader.Result(null, blocks);
    }

    private static InterfaceBlock block(int index, String method, String path, JsonNode entry) {
        String description = text(entry, "description");
        List<String> prose = new ArrayList<>();
        prose.add(description);
        List<String> queries = new ArrayList<>();
        entry.path("queries").forEach(query -> queries.add(query.asText()));
        if (!queries.isEmpty()) {
            prose.add("queries: " + String.join(", ", queries));
        }
        List<Field> fields = new ArrayList<>();
        for (String name : REQUEST_BODIES) {
            if (entry.path(name).isObject()) {
                fields.addAll(JsonBlocks.exampleFields(entry.get(name)));
                break;
            }
        }
        List<String> returns = List.of();
        for (String name : RESPONSES) {
            if (entry.has(name)) {
                returns = JsonBlocks.exampleReturns(entry.get(name));
                break;
            }
        }
        String title = description.isEmpty() ? method + " " + path : Text.brief(description, 80);
        return JsonBlocks.requestBlock(index, title, method, path, prose, fields, returns);
    }
}
