package io.docroute.document;

import static io.docroute.document.JsonBlocks.string;
import static io.docroute.document.JsonBlocks.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an Apifox project export — {@code {"apifoxProject": "1.0.0", "apiCollection": [{"name", "items": [...]}]}} —
 * where folders nest in "items" and every item with an "api" ({@code {"method", "path", "parameters",
 * "requestBody", "responses"}}) is one interface.
 */
final class ApifoxExportReader {

    private ApifoxExportReader() {
    }

    static boolean accepts(JsonNode root) {
        return root.isObject() && root.has("apifoxProject") && root.path("apiCollection").isArray();
    }

    static JsonDocumentReader.Result read(JsonNode root, FieldTables tables) {
        List<InterfaceBlock> blocks = new ArrayList<>();
        for (JsonNode collection : root.get("apiCollection")) {
            // the root collection ("根目录") is no folder of its own
            collect(collection.path("items"), "", blocks, tables);
        }
        if (blocks.isEmpty()) {
            throw new DocumentException(
                    "the Apifox export has no interfaces: no item of \"apiCollection\" has an \"api\"");
        }
        String title = text(root.path("info"), "name");
        return new JsonDocumentReader.Result(title.isEmpty() ? null : title, blocks);
    }

    private static void collect(JsonNode items, String folder, List<InterfaceBlock> blocks, FieldTables tables) {
        for (JsonNode item : items) {
            if (item.path("api").isObject()) {
                blocks.add(block(blocks.size(), folder, item, tables));
            } else if (item.path("items").isArray()) {
                collect(item.get("items"), JsonBlocks.within(folder, text(item, "name")), blocks, tables);
            }
        }
    }

    private static InterfaceBlock block(int index, String folder, JsonNode item, FieldTables tables) {
        JsonNode api = item.get("api");
        String method = JsonBlocks.method(api);
        String path = JsonBlocks.path(text(api, "path"));
        String title = JsonBlocks.title(folder, text(item, "name"), method, path);

        Map<String, Field> fields = new LinkedHashMap<>();
        JsonNode parameters = api.path("parameters");
        for (String in : List.of("path", "query")) {
            for (JsonNode parameter : parameters.path(in)) {
                String description = text(parameter, "description");
                boolean inPath = in.equals("path");
                JsonBlocks.addField(fields, new Field(text(parameter, "name"), FieldType.parse(text(parameter, "type")),
                        inPath || JsonBlocks.required(parameter.path("required"), tables),
                        inPath ? (description.isEmpty() ? "路径参数" : "路径参数，" + description) : description));
            }
        }
        JsonNode body = api.path("requestBody");
        for (JsonNode form : body.path("parameters")) {
            FieldType type = "file".equalsIgnoreCase(text(form, "type")) ? FieldType.FILE
                    : FieldType.parse(text(form, "type"));
            JsonBlocks.addField(fields, new Field(text(form, "name"), type,
                    JsonBlocks.required(form.path("required"), tables), text(form, "description")));
        }
        if (body.path("jsonSchema").path("properties").isObject()) {
            JsonBlocks.schemaFields(body.get("jsonSchema")).forEach(field -> JsonBlocks.addField(fields, field));
        }

        List<String> returns = List.of();
        for (JsonNode response : api.path("responses")) {
            returns = JsonBlocks.schemaReturns(response.path("jsonSchema"));
            if (!returns.isEmpty()) {
                break;
            }
        }
        if (returns.isEmpty()) {
            for (JsonNode example : api.path("responseExamples")) {
                returns = JsonBlocks.exampleReturns(JsonBlocks.parse(string(example, "data")));
                if (!returns.isEmpty()) {
                    break;
                }
            }
        }
        List<Field> list = List.copyOf(fields.values());
        String text = JsonBlocks.interfaceText(method, path, List.of(text(api, "description")), list);
        return new InterfaceBlock(index, title, text, list, returns);
    }
}
