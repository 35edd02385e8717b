package io.docroute.document;

import static io.docroute.document.JsonBlocks.string;
import static io.docroute.document.JsonBlocks.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * Reads a YApi JSON export — {@code [{"name": "分类", "list": [{"title", "method", "path", "req_query", ...}]}]} —
 * where every entry of a category's "list" is one interface.
 */
final class YapiExportReader {

    private YapiExportReader() {
    }

    /** A top-level array of categories, each with a "list" (and, unlike a block array entry, no "title"). */
    static boolean accepts(JsonNode root) {
        if (!root.isArray() || root.isEmpty()) {
            return false;
        }
        for (JsonNode category : root) {
            if (!category.isObject() || !category.path("list").isArray() || category.path("title").isTextual()) {
                return false;
            }
        }
        return true;
    }

    static JsonDocumentReader.Result read(JsonNode root, FieldTables tables) {
        List<InterfaceBlock> blocks = new ArrayList<>();
        for (JsonNode category : root) {
            for (JsonNode entry : category.get("list")) {
                if (entry.isObject()) {
                    blocks.add(block(blocks.size(), entry, tables));
                }
            }
        }
        if (blocks.isEmpty()) {
            throw new DocumentException("the YApi export has no interfaces: every category's \"list\" is empty");
        }
        return new JsonDocumentReader.Result(null, blocks);
    }

    private static InterfaceBlock block(int index, JsonNode entry, FieldTables tables) {
        String method = JsonBlocks.method(entry);
        String path = JsonBlocks.path(text(entry, "path"));
        String title = text(entry, "title").isEmpty() ? method + " " + path : text(entry, "title");

        Map<String, Field> fields = new LinkedHashMap<>();
        for (JsonNode param : entry.path("req_params")) {
            String description = text(param, "desc");
            JsonBlocks.addField(fields, new Field(text(param, "name"), FieldType.parse(text(param, "type")), true,
                    description.isEmpty() ? "路径参数" : "路径参数，" + description));
        }
        for (JsonNode query : entry.path("req_query")) {
            JsonBlocks.addField(fields, new Field(text(query, "name"), FieldType.parse(text(query, "type")),
                    required(query, tables), text(query, "desc")));
        }
        for (JsonNode form : entry.path("req_body_form")) {
            FieldType type = "file".equalsIgnoreCase(text(form, "type")) ? FieldType.FILE : FieldType.STRING;
            JsonBlocks.addField(fields, new Field(text(form, "name"), type, required(form, tables), text(form, "desc")));
        }
        JsonNode body = JsonBlocks.parse(string(entry, "req_body_other"));
        if (body.path("properties").isObject()) {
            JsonBlocks.schemaFields(body).forEach(field -> JsonBlocks.addField(fields, field));
        } else if (body.isObject()) {
            // a body written as an example rather than a schema still names its keys
            JsonBlocks.exampleFields(body).forEach(field -> JsonBlocks.addField(fields, field));
        }

        List<Field> list = List.copyOf(fields.values());
        String text = JsonBlocks.interfaceText(method, path, List.of(prose(entry)), list);
        return new InterfaceBlock(index, title, text, list, JsonBlocks.schemaReturns(JsonBlocks.parse(string(entry, "res_body"))));
    }

    /** YApi writes "required" as "1" / "0". */
    private static boolean required(JsonNode node, FieldTables tables) {
        JsonNode value = node.path("required");
        return "1".equals(value.asText()) || JsonBlocks.required(value, tables);
    }

    /** The entry's description: its Markdown source when YApi kept one, else the text of its HTML. */
    private static String prose(JsonNode entry) {
        String markdown = string(entry, "markdown");
        if (!markdown.isEmpty()) {
            return markdown;
        }
        String desc = string(entry, "desc");
        return desc.contains("<") ? Jsoup.parse(desc).text() : desc;
    }
}
