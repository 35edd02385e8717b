package io.docroute.document;

import static io.docroute.document.JsonBlocks.MAPPER;
import static io.docroute.document.JsonBlocks.text;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Swagger 2.0 or OpenAPI 3.x description ({@code {"swagger": "2.0"}} or {@code {"openapi": "3.x"}} with
 * {@code "paths"}): every operation under "paths", in document order, is one interface, stated as
 * {@code METHOD basePath/path} with its {param} placeholders as written. The base path is Swagger 2's
 * "basePath", or the path part of OpenAPI 3's first server URL (its variables replaced by their defaults); the
 * host is dropped as it is for every other family. Parameters (path, query, header, cookie, formData, a body
 * schema's properties, an OpenAPI 3 request body's properties) become the fields, the 200, 201 or default
 * response schema's properties the returns; local {@code $ref}s are followed, nested schemas to a bounded depth
 * and size, and a schema that refers back to itself stops there.
 *
 * <p>The tree is walked with Jackson rather than read with swagger-parser: the project carries only
 * swagger-parser-v3 (for the bench's validity check), which does not read Swagger 2 without the v2 converter
 * and its Swagger 1 parser, and its model keeps neither the document's order of paths nor what a person wrote
 * where the parser normalises. One walk reads both versions, and JSON written as YAML too.
 */
final class OpenApiReader {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");
    // how many property levels of a schema are inlined: a body's fields, "data" inside an envelope, and its items
    private static final int MAX_DEPTH = 4;
    // how many schema nodes one request body or response may inline, so that wide schemas stay cheap
    private static final int MAX_NODES = 2000;
    private static final int MAX_REF_HOPS = 16;

    private final JsonNode root;
    private final FieldTables tables;
    private int budget;

    private OpenApiReader(JsonNode root, FieldTables tables) {
        this.root = root;
        this.tables = tables;
    }

    static boolean accepts(JsonNode root) {
        return root.isObject() && root.path("paths").isObject()
                && (text(root, "swagger").equals("2.0") || text(root, "openapi").startsWith("3."));
    }

    static JsonDocumentReader.Result read(JsonNode root, FieldTables tables) {
        OpenApiReader reader = new OpenApiReader(root, tables);
        String base = basePath(root);
        List<InterfaceBlock> blocks = new ArrayList<>();
        root.get("paths").properties().forEach(entry -> {
            JsonNode item = reader.resolve(entry.getValue());
            String written = Text.clean(entry.getKey());
            String path = base + (written.startsWith("/") ? written : "/" + written);
            item.properties().forEach(operation -> {
                String method = operation.getKey().toLowerCase(Locale.ROOT);
                if (METHODS.contains(method) && operation.getValue().isObject()) {
                    blocks.add(reader.block(blocks.size(), method.toUpperCase(Locale.ROOT), path, item,
                            operation.getValue()));
                }
            });
        });
        String title = text(root.path("info"), "title");
        if (blocks.isEmpty()) {
            throw new DocumentException("the " + (root.has("swagger") ? "Swagger" : "OpenAPI") + " document"
                    + (title.isEmpty() ? "" : " \"" + title + "\"") + " has no operations under \"paths\"");
        }
        return new JsonDocumentReader.Result(title.isEmpty() ? null : title, blocks);
    }

    /** Swagger 2's basePath, or the path of OpenAPI 3's first server URL; empty for "/" and for none. */
    private static String basePath(JsonNode root) {
        String base;
        if (root.has("swagger")) {
            base = text(root, "basePath");
        } else {
            JsonNode server = root.path("servers").path(0);
            base = text(server, "url");
            for (var variable : server.path("variables").properties()) {
                base = base.replace("{" + variable.getKey() + "}", text(variable.getValue(), "default"));
            }
            base = base.isEmpty() ? "" : JsonBlocks.path(base);
        }
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base.isEmpty() || base.startsWith("/") ? base : "/" + base;
    }

    private InterfaceBlock block(int index, String method, String path, JsonNode item, JsonNode operation) {
        String description = operation.path("description").asText("");
        String title = text(operation, "summary");
        if (title.isEmpty()) {
            title = text(operation, "operationId");
        }
        if (title.isEmpty()) {
            title = Text.brief(description, 80);
        }
        if (title.isEmpty()) {
            title = method + " " + path;
        }

        // a parameter is named by where it goes and its name; the operation's own overrides the path's
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        for (JsonNode list : List.of(item.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : list) {
                JsonNode resolved = resolve(parameter);
                if (resolved.isObject() && !text(resolved, "name").isEmpty()) {
                    parameters.put(text(resolved, "in") + ":" + text(resolved, "name"), resolved);
                }
            }
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        parameters.values().forEach(parameter -> parameterFields(parameter)
                .forEach(field -> JsonBlocks.addField(fields, field)));
        JsonNode body = resolve(operation.path("requestBody"));
        if (body.isObject()) {
            JsonNode schema = inline(media(body.path("content")).path("schema"));
            bodyFields(schema, "body", text(body, "description"), JsonBlocks.required(body.path("required"), tables))
                    .forEach(field -> JsonBlocks.addField(fields, field));
        }

        List<Field> list = List.copyOf(fields.values());
        String text = JsonBlocks.interfaceText(method, path, List.of(description), list);
        return new InterfaceBlock(index, title, text, list, returns(operation.path("responses")));
    }

    private List<Field> parameterFields(JsonNode parameter) {
        String name = text(parameter, "name");
        String in = text(parameter, "in");
        String description = parameter.path("description").asText("");
        boolean required = JsonBlocks.required(parameter.path("required"), tables);
        if (in.equals("body")) {
            return bodyFields(inline(parameter.path("schema")), name, description, required);
        }
        // OpenAPI 3 types a parameter by its schema, Swagger 2 on the parameter itself
        JsonNode typed = parameter.has("schema") ? inline(parameter.get("schema")) : parameter;
        FieldType type = text(typed, "type").equals("file") ? FieldType.FILE : JsonBlocks.schemaType(typed);
        String where = switch (in) {
            case "path" -> "path parameter";
            case "header" -> "header parameter";
            case "cookie" -> "cookie parameter";
            default -> "";
        };
        description = Text.collapse(description.replace('\n', ' '));
        if (!where.isEmpty()) {
            description = description.isEmpty() ? where : where + ", " + description;
        }
        return List.of(new Field(name, type, required || in.equals("path"), description));
    }

    /** A body's fields: its schema's properties (an array's items'), or the body itself when it has none. */
    private static List<Field> bodyFields(JsonNode schema, String name, String description, boolean required) {
        if (schema.path("properties").isObject()) {
            return JsonBlocks.schemaFields(schema);
        }
        if (schema.path("items").path("properties").isObject()) {
            return JsonBlocks.schemaFields(schema.get("items"));
        }
        if (schema.isObject() && !schema.isEmpty()) {
            return List.of(new Field(name, JsonBlocks.schemaType(schema), required,
                    Text.collapse(description.replace('\n', ' '))));
        }
        return List.of();
    }

    /** The property names of the 200, 201 or default response, the first of them that names any. */
    private List<String> returns(JsonNode responses) {
        for (String status : List.of("200", "201", "default")) {
            JsonNode response = resolve(responses.path(status));
            // Swagger 2 puts the schema on the response, OpenAPI 3 under its content types
            JsonNode schema = inline(response.has("schema") ? response.get("schema")
                    : media(response.path("content")).path("schema"));
            if (schema.path("items").isObject() && !schema.path("properties").isObject()) {
                schema = schema.get("items");
            }
            if (schema.path("properties").isObject()) {
                List<String> names = JsonBlocks.schemaReturns(schema);
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return List.of();
    }

    /** The media type entry of an OpenAPI 3 "content": JSON first, then a form, then whichever comes first. */
    private static JsonNode media(JsonNode content) {
        JsonNode first = MAPPER.missingNode();
        JsonNode form = MAPPER.missingNode();
        for (var entry : content.properties()) {
            String type = entry.getKey().toLowerCase(Locale.ROOT);
            if (type.contains("json")) {
                return entry.getValue();
            }
            if (form.isMissingNode() && type.contains("form")) {
                form = entry.getValue();
            }
            if (first.isMissingNode()) {
                first = entry.getValue();
            }
        }
        return form.isMissingNode() ? first : form;
    }

    /** A node with its local {@code $ref} chain followed; missing when the chain breaks, leaves or loops. */
    private JsonNode resolve(JsonNode node) {
        Set<String> seen = new HashSet<>();
        while (node.isObject() && node.path("$ref").isTextual()) {
            String ref = node.get("$ref").asText();
            if (!seen.add(ref) || seen.size() > MAX_REF_HOPS) {
                return MAPPER.missingNode();
            }
            node = pointer(ref);
        }
        return node;
    }

    private JsonNode pointer(String ref) {
        if (!ref.startsWith("#/")) {
            // a reference into another file is not followed
            return MAPPER.missingNode();
        }
        try {
            return root.at(JsonPointer.compile(ref.substring(1)));
        } catch (IllegalArgumentException e) {
            return MAPPER.missingNode();
        }
    }

    /** A copy of a schema with its references, allOf parts and nested properties inlined, within the bounds. */
    private JsonNode inline(JsonNode schema) {
        budget = MAX_NODES;
        return inline(schema, 0, Set.of());
    }

    private ObjectNode inline(JsonNode schema, int depth, Set<String> refs) {
        Set<String> seen = new HashSet<>(refs);
        JsonNode node = schema;
        boolean loops = false;
        while (node.isObject() && node.path("$ref").isTextual()) {
            if (!seen.add(node.get("$ref").asText()) || seen.size() > refs.size() + MAX_REF_HOPS) {
                loops = true;
                break;
            }
            node = pointer(node.get("$ref").asText());
        }
        ObjectNode out = MAPPER.createObjectNode();
        if (!node.isObject()) {
            return out;
        }
        if (loops || depth >= MAX_DEPTH || --budget < 0) {
            // a schema that contains itself, or one nested too deep, is only named by its type
            copy(node, out, "type", "format", "description", "title");
            if (!out.has("type")) {
                out.put("type", node.has("items") ? "array" : "object");
            }
            return out;
        }
        out.setAll((ObjectNode) node);
        out.remove("$ref");
        if (node != schema && schema.has("description")) {
            out.set("description", schema.get("description"));
        }
        mergeParts(out, depth, seen);
        if (out.path("properties").isObject()) {
            ObjectNode properties = MAPPER.createObjectNode();
            out.get("properties").properties().forEach(property ->
                    properties.set(property.getKey(), inline(property.getValue(), depth + 1, seen)));
            out.set("properties", properties);
            if (!out.has("type")) {
                out.put("type", "object");
            }
        }
        if (out.path("items").isObject()) {
            out.set("items", inline(out.get("items"), depth + 1, seen));
            if (!out.has("type")) {
                out.put("type", "array");
            }
        }
        return out;
    }

    /** allOf parts merged into the schema; the first oneOf/anyOf option stands in when the schema names nothing. */
    private void mergeParts(ObjectNode out, int depth, Set<String> seen) {
        List<JsonNode> parts = new ArrayList<>();
        out.path("allOf").forEach(parts::add);
        out.remove("allOf");
        for (String choice : List.of("oneOf", "anyOf")) {
            if (parts.isEmpty() && !out.has("properties") && !out.has("type") && out.path(choice).path(0).isObject()) {
                parts.add(out.get(choice).get(0));
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        // the merge writes into copies: the properties and required list of the document stay as they are
        ObjectNode properties = MAPPER.createObjectNode();
        if (out.path("properties").isObject()) {
            properties.setAll((ObjectNode) out.get("properties"));
        }
        ArrayNode required = MAPPER.createArrayNode();
        out.path("required").forEach(required::add);
        for (JsonNode part : parts) {
            ObjectNode merged = inline(part, depth, seen);
            if (merged.path("properties").isObject()) {
                properties.setAll((ObjectNode) merged.get("properties"));
            }
            merged.path("required").forEach(required::add);
            for (String key : List.of("type", "format", "items", "description")) {
                if (!out.has(key) && merged.has(key)) {
                    out.set(key, merged.get(key));
                }
            }
        }
        if (!properties.isEmpty()) {
            out.set("properties", properties);
        }
        if (!required.isEmpty()) {
            out.set("required", required);
        }
    }

    private static void copy(JsonNode from, ObjectNode to, String... keys) {
        for (String key : keys) {
            if (from.has(key)) {
                to.set(key, from.get(key));
            }
        }
    }
}
