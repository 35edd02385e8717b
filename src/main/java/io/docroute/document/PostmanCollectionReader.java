package io.docroute.document;

import static io.docroute.document.JsonBlocks.description;
import static io.docroute.document.JsonBlocks.string;
import static io.docroute.document.JsonBlocks.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a Postman collection v2.0 / v2.1 ({@code {"info": {"name", "schema"}, "item": [...]}}): every request
 * in it, folders walked in order, is one interface.
 */
final class PostmanCollectionReader {

    // a Postman variable standing where a JSON value should be ("id": {{id}}) would stop the body parsing
    private static final Pattern BARE_VARIABLE = Pattern.compile("(?<=[:\\[,]\\s{0,20})\\{\\{[^{}\"]*}}");

    private PostmanCollectionReader() {
    }

    static boolean accepts(JsonNode root) {
        return root.isObject() && root.path("item").isArray()
                && text(root.path("info"), "schema").contains("collection/v2");
    }

    static JsonDocumentReader.Result read(JsonNode root) {
        List<InterfaceBlock> blocks = new ArrayList<>();
        walk(root.get("item"), blocks);
        String name = text(root.path("info"), "name");
        if (blocks.isEmpty()) {
            throw new DocumentException("the Postman collection" + (name.isEmpty() ? "" : " \"" + name + "\"")
                    + " has no requests");
        }
        return new JsonDocumentReader.Result(name.isEmpty() ? null : name, blocks);
    }

    private static void walk(JsonNode items, List<InterfaceBlock> blocks) {
        for (JsonNode item : items) {
            if (item.has("request")) {
                blocks.add(block(blocks.size(), item));
            } else if (item.path("item").isArray()) {
                walk(item.get("item"), blocks);
            }
        }
    }

    private static InterfaceBlock block(int index, JsonNode item) {
        JsonNode request = item.get("request");
        // v2 allows a request written as just its URL
        JsonNode url = request.isTextual() ? request : request.path("url");
        String method = JsonBlocks.method(request);
        String raw = url.isTextual() ? url.asText() : rawUrl(url);
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
        return new InterfaceBlock(index, title, JsonBlocks.interfaceText(method, path, List.of(prose), list), list,
                returns(item.path("response")));
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
