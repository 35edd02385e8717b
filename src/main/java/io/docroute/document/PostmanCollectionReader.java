package io.docroute.document;

import static io.docroute.document.JsonBlocks.description;
import static io.docroute.document.JsonBlocks.string;
import static io.docroute.document.JsonBlocks.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Postman collection v2.0 / v2.1 ({@code {"info": {"name", "schema"}, "item": [...]}}): every request
 * in it, folders walked in order, is one interface.
 */
final class PostmanCollectionReader {

    // a Postman variable standing where a JSON value should be ("id": {{id}}) would stop the body parsing
    private static final Pattern BARE_VARIABLE = Pattern.compile("(?<=[:\\[,]\\s{0,20})\\{\\{[^{}\"]*}}");
    // the variable a URL opens with: the base it is written below ("{{product_url}}4/update/")
    private static final Pattern LEADING_VARIABLE = Pattern.compile("^\\{\\{([^{}]+)}}");
    // a base defined through another ("{{host}}/api/"), resolved this many times at most
    private static final int MAX_NESTING = 3;

    private PostmanCollectionReader() {
    }

    static boolean accepts(JsonNode root) {
        return root.isObject() && root.path("item").isArray()
                && text(root.path("info"), "schema").contains("collection/v2");
    }

    static JsonDocumentReader.Result read(JsonNode root) {
        List<InterfaceBlock> blocks = new ArrayList<>();
        walk(root.get("item"), variables(root), blocks);
        String name = text(root.path("info"), "name");
        if (blocks.isEmpty()) {
            throw new DocumentException("the Postman collection" + (name.isEmpty() ? "" : " \"" + name + "\"")
                    + " has no requests");
        }
        return new JsonDocumentReader.Result(name.isEmpty() ? null : name, blocks);
    }

    /** The collection's own variables ({@code "variable": [{"key", "value"}]}), by name. */
    private static Map<String, String> variables(JsonNode root) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (JsonNode variable : root.path("variable")) {
            if (variable.path("value").isValueNode()) {
                variables.put(text(variable, "key"), variable.path("value").asText());
            }
        }
        return variables;
    }

    private static void walk(JsonNode items, Map<String, String> variables, List<InterfaceBlock> blocks) {
        for (JsonNode item : items) {
            if (item.has("request")) {
                blocks.add(block(blocks.size(), item, variables));
            } else if (item.path("item").isArray()) {
                walk(item.get("item"), variables, blocks);
            }
        }
    }

    /**
     * The URL with the collection variable it opens with replaced by its value, as Postman sends it: a base such as
     * {@code {{product_url}}} = {@code 127.0.0.1:8000/api/products/} holds part of the path. The server's variable
     * stays ({@link JsonBlocks#opensWithServer}). Variables further on ({@code {{id}}}) stay placeholders.
     */
    private static String resolvedBase(String raw, Map<String, String> variables) {
        String url = raw;
        for (int i = 0; i < MAX_NESTING; i++) {
            Matcher leading = LEADING_VARIABLE.matcher(url);
            String name = leading.lookingAt() ? leading.group(1).strip() : "";
            String value = variables.get(name);
            if (value == null || value.isBlank() || JsonBlocks.opensWithServer(url)) {
                break;
            }
            url = value.strip() + url.substring(leading.end());
        }
        return url;
    }

    private static InterfaceBlock block(int index, JsonNode item, Map<String, String> variables) {
        JsonNode request = item.get("request");
        // v2 allows a request written as just its URL
        JsonNode url = request.isTextual() ? request : request.path("url");
        String method = JsonBlocks.method(request);
        String raw = resolvedBase(url.isTextual() ? url.asText() : rawUrl(url), variables);
        String path = JsonBlocks.path(raw);
        String title = JsonBlocks.title("", text(item, "name"), method, path);

        Map<String, Field> fields = new LinkedHashMap<>();
        for (JsonNode variable : url.path("variable")) {
            String description = description(variable.path("description"));
            JsonBlocks.addField(fields, new Field(text(variable, "key"), FieldType.STRING, true,
                    description.isEmpty() ? "路径参数" : "路径参数，" + description));
        }
        if (url.path("query").isArray()) {
            for (JsonNode query : url.get("query")) {
                if (!query.path("disabled").asBoolean(false)) {
                    JsonBlocks.addField(fields, new Field(text(query, "key"), FieldType.STRING, false,
                            description(query.path("description"))));
                }
            }
        } else {
            JsonBlocks.queryNames(raw).forEach(name ->
                    JsonBlocks.addField(fields, new Field(name, FieldType.STRING, false, "")));
        }
        bodyFields(request.path("body")).forEach(field -> JsonBlocks.addField(fields, field));

        String prose = description(request.path("description"));
        if (prose.isEmpty()) {
            prose = description(item.path("description"));
        }
        List<Field> list = List.copyOf(fields.values());
        return JsonBlocks.requestBlock(index, title, method, path, List.of(prose), list, returns(item.path("response")));
    }

    /** The URL as written ("raw"), or rebuilt from its host and path segments when an export left raw out. */
    private static String rawUrl(JsonNode url) {
        String raw = string(url, "raw");
        if (!raw.isEmpty()) {
            return raw;
        }
        JsonNode path = url.path("path");
        if (path.isTextual()) {
            return path.asText();
        }
        StringBuilder out = new StringBuilder();
        for (JsonNode segment : path) {
            out.append('/').append(segment.isObject() ? text(segment, "value") : segment.asText());
        }
        return out.toString();
    }

    private static List<Field> bodyFields(JsonNode body) {
        List<Field> fields = new ArrayList<>();
        switch (text(body, "mode")) {
            case "raw" -> {
                JsonNode json = JsonBlocks.parse(BARE_VARIABLE.matcher(string(body, "raw")).replaceAll("null"));
                if (json.isObject()) {
                    fields.addAll(JsonBlocks.exampleFields(json));
                }
            }
            case "formdata", "urlencoded" -> {
                for (JsonNode entry : body.path(text(body, "mode"))) {
                    if (!entry.path("disabled").asBoolean(false)) {
                        FieldType type = "file".equals(text(entry, "type")) ? FieldType.FILE : FieldType.STRING;
                        fields.add(new Field(text(entry, "key"), type, false, description(entry.path("description"))));
                    }
                }
            }
            default -> {
                // file and graphql bodies name no fields
            }
        }
        return fields;
    }

    /** The top-level keys of the first saved response's JSON body. */
    private static List<String> returns(JsonNode responses) {
        if (!responses.isArray() || responses.isEmpty()) {
            return List.of();
        }
        return JsonBlocks.exampleReturns(JsonBlocks.parse(string(responses.get(0), "body")));
    }
}
