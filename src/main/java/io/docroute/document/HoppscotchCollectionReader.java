package io.docroute.document;

import static io.docroute.document.JsonBlocks.string;
import static io.docroute.document.JsonBlocks.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Hoppscotch collections, as it and its predecessor Postwoman export them: a collection (or an array of
 * them) with {@code requests} and nested {@code folders}. A request names its URL either as Postwoman did, a base
 * {@code url} and a {@code path}, or as Hoppscotch does, one {@code endpoint} ({@code <<baseUrl>>/x/<<id>>}).
 * Every request is one interface, collections and folders walked in order.
 */
final class HoppscotchCollectionReader {

    private HoppscotchCollectionReader() {
    }

    static boolean accepts(JsonNode root) {
        if (root.isObject()) {
            return isCollection(root);
        }
        if (!root.isArray() || root.isEmpty()) {
            return false;
        }
        for (JsonNode node : root) {
            if (!isCollection(node)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCollection(JsonNode node) {
        return node.isObject() && node.path("requests").isArray()
                && (node.path("folders").isArray() || node.has("name"));
    }

    static JsonDocumentReader.Result read(JsonNode root) {
        List<InterfaceBlock> blocks = new ArrayList<>();
        List<JsonNode> collections = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(collections::add);
        } else {
            collections.add(root);
        }
        for (JsonNode collection : collections) {
            walk(collection, collections.size() > 1 ? text(collection, "name") : "", blocks);
        }
        String name = collections.size() == 1 ? text(collections.get(0), "name") : "";
        if (blocks.isEmpty()) {
            throw new DocumentException("the Hoppscotch collection" + (name.isEmpty() ? "" : " \"" + name + "\"")
                    + " has no requests");
        }
        return new JsonDocumentReader.Result(name.isEmpty() ? null : name, blocks);
    }

    private static void walk(JsonNode collection, String folder, List<InterfaceBlock> blocks) {
        for (JsonNode request : collection.path("requests")) {
            blocks.add(block(blocks.size(), request, folder));
        }
        for (JsonNode child : collection.path("folders")) {
            walk(child, JsonBlocks.within(folder, text(child, "name")), blocks);
        }
    }

    private static InterfaceBlock block(int index, JsonNode request, String folder) {
        String method = JsonBlocks.method(request);
        // a leading <<baseUrl>> stands for the server; any other <<name>> for a path parameter
        String endpoint = request.has("endpoint")
                ? string(request, "endpoint").replaceFirst("^<<[^>]+>>", "").replaceAll("<<([^<>/]+)>>", "{$1}")
                : string(request, "url") + string(request, "path");
        String path = JsonBlocks.path(endpoint);
        String title = JsonBlocks.title(folder, text(request, "name"), method, path);

        Map<String, Field> fields = new LinkedHashMap<>();
        for (JsonNode param : request.path("params")) {
            if (param.path("active").asBoolean(true)) {
                JsonBlocks.addField(fields, new Field(text(param, "key"), FieldType.STRING, false, ""));
            }
        }
        JsonBlocks.queryNames(endpoint).forEach(query ->
                JsonBlocks.addField(fields, new Field(query, FieldType.STRING, false, "")));
        for (JsonNode param : request.path("bodyParams")) {
            JsonBlocks.addField(fields, new Field(text(param, "key"), FieldType.STRING, false, ""));
        }
        JsonNode body = JsonBlocks.parse(request.path("body").isObject()
                ? string(request.path("body"), "body") : string(request, "rawParams"));
        if (body.isObject()) {
            JsonBlocks.exampleFields(body).forEach(field -> JsonBlocks.addField(fields, field));
        }
        List<Field> list = List.copyOf(fields.values());
        return JsonBlocks.requestBlock(index, title, method, path, List.of(), list, List.of());
    }
}
