package io.docroute.document;

import static io.docroute.document.JsonBlocks.string;
import static io.docroute.document.JsonBlocks.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an Insomnia export, format 3 or 4 ({@code {"_type": "export", "resources": [...]}}): a flat list of the
 * workspace, its folders ({@code request_group}), requests and environments, in no reading order. Every request is
 * one interface; they are read in the order Insomnia shows them (the folder tree, each level by its sort key), and
 * a folder's environment variables ({@code {{resource}}}, {@code {{ _.resource }}}) are resolved in its requests'
 * URLs, the nearest folder first, then the workspace's environments. The server's variable a URL opens with
 * ({@link JsonBlocks#opensWithServer}) stays when the workspace defines it; a folder's own holds the folder's path.
 */
final class InsomniaExportReader {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*(?:_\\.)?([A-Za-z0-9_.-]+)\\s*}}");
    private static final Comparator<JsonNode> SORT_KEY =
            Comparator.comparingDouble(node -> node.path("metaSortKey").asDouble(0));

    private InsomniaExportReader() {
    }

    static boolean accepts(JsonNode root) {
        return root.isObject() && "export".equals(text(root, "_type")) && root.path("resources").isArray();
    }

    static JsonDocumentReader.Result read(JsonNode root) {
        Map<String, List<JsonNode>> children = new HashMap<>();
        Map<String, JsonNode> byId = new HashMap<>();
        List<JsonNode> workspaces = new ArrayList<>();
        Map<String, String> environment = new HashMap<>();
        for (JsonNode resource : root.get("resources")) {
            byId.put(text(resource, "_id"), resource);
            children.computeIfAbsent(text(resource, "parentId"), id -> new ArrayList<>()).add(resource);
            switch (text(resource, "_type")) {
                case "workspace" -> workspaces.add(resource);
                case "environment" -> addVariables(resource.path("data"), environment);
                default -> {
                    // requests and folders are walked below; cookie jars and specs hold no interface
                }
            }
        }
        List<InterfaceBlock> blocks = new ArrayList<>();
        for (JsonNode workspace : workspaces) {
            walk(text(workspace, "_id"), children, List.of(environment), "", blocks);
        }
        if (workspaces.isEmpty()) {
            // an export of a single folder names no workspace: its top folders are those whose parent is absent
            children.forEach((parent, nodes) -> {
                if (!byId.containsKey(parent)) {
                    walk(parent, children, List.of(environment), "", blocks);
                }
            });
        }
        String name = workspaces.isEmpty() ? "" : text(workspaces.get(0), "name");
        if (blocks.isEmpty()) {
            throw new DocumentException("the Insomnia export" + (name.isEmpty() ? "" : " \"" + name + "\"")
                    + " has no requests");
        }
        return new JsonDocumentReader.Result(name.isEmpty() ? null : name, blocks);
    }

    /** The requests under a parent, folders walked in place; {@code scopes} holds the variables, nearest first. */
    private static void walk(String parent, Map<String, List<JsonNode>> children, List<Map<String, String>> scopes,
                             String folder, List<InterfaceBlock> blocks) {
        List<JsonNode> nodes = new ArrayList<>(children.getOrDefault(parent, List.of()));
        nodes.sort(SORT_KEY);
        for (JsonNode node : nodes) {
            switch (text(node, "_type")) {
                case "request" -> blocks.add(block(blocks.size(), node, scopes, folder));
                case "request_group" -> {
                    Map<String, String> own = new HashMap<>();
                    addVariables(node.path("environment"), own);
                    List<Map<String, String>> nested = new ArrayList<>();
                    nested.add(own);
                    nested.addAll(scopes);
                    walk(text(node, "_id"), children, nested, JsonBlocks.within(folder, text(node, "name")), blocks);
                }
                default -> {
                    // environments, cookie jars and specs under the workspace hold no interface
                }
            }
        }
    }

    private static InterfaceBlock block(int index, JsonNode request, List<Map<String, String>> scopes, String folder) {
        String method = JsonBlocks.method(request);
        String url = resolve(string(request, "url"), scopes);
        String path = JsonBlocks.path(url);
        String title = JsonBlocks.title(folder, text(request, "name"), method, path);

        Map<String, Field> fields = new LinkedHashMap<>();
        for (JsonNode parameter : request.path("parameters")) {
            if (!parameter.path("disabled").asBoolean(false)) {
                JsonBlocks.addField(fields, new Field(text(parameter, "name"), FieldType.STRING, false,
                        text(parameter, "description")));
            }
        }
        JsonBlocks.queryNames(url).forEach(query ->
                JsonBlocks.addField(fields, new Field(query, FieldType.STRING, false, "")));
        JsonNode body = request.path("body");
        JsonNode json = JsonBlocks.parse(string(body, "text"));
        if (json.isObject()) {
            JsonBlocks.exampleFields(json).forEach(field -> JsonBlocks.addField(fields, field));
        }
        for (JsonNode param : body.path("params")) {
            if (!param.path("disabled").asBoolean(false)) {
                FieldType type = "file".equals(text(param, "type")) ? FieldType.FILE : FieldType.STRING;
                JsonBlocks.addField(fields, new Field(text(param, "name"), type, false, text(param, "description")));
            }
        }
        List<Field> list = List.copyOf(fields.values());
        return JsonBlocks.requestBlock(index, title, method, path, List.of(string(request, "description")), list,
                List.of());
    }

    /**
     * The URL with the variables whose value is plain text replaced; template tags, unknown names and the server's
     * variable stay.
     */
    private static String resolve(String url, List<Map<String, String>> scopes) {
        Matcher leading = VARIABLE.matcher(url);
        String base = leading.lookingAt() ? leading.group(1) : "";
        // a base a folder defines for itself holds the folder's part of the path, one for the workspace the server
        List<Map<String, String>> folders = scopes.subList(0, scopes.size() - 1);
        boolean server = JsonBlocks.opensWithServer(url) && folders.stream().noneMatch(scope -> scope.containsKey(base));
        Matcher variable = VARIABLE.matcher(url);
        StringBuilder out = new StringBuilder();
        while (variable.find()) {
            if (server && variable.start() == 0) {
                continue;
            }
            String value = null;
            for (Map<String, String> scope : scopes) {
                value = value == null ? scope.get(variable.group(1)) : value;
            }
            variable.appendReplacement(out, Matcher.quoteReplacement(value == null ? variable.group() : value));
        }
        variable.appendTail(out);
        return out.toString();
    }

    /** The plain-text values of an environment; a value holding a template tag ({@code {% response … %}}) is left out. */
    private static void addVariables(JsonNode data, Map<String, String> into) {
        data.properties().forEach(entry -> {
            if (entry.getValue().isValueNode() && !entry.getValue().asText().contains("{%")) {
                into.putIfAbsent(entry.getKey(), entry.getValue().asText());
            }
        });
    }
}
