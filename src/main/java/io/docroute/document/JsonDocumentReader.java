package io.docroute.document;

import static io.docroute.document.JsonBlocks.required;
import static io.docroute.document.JsonBlocks.text;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the JSON shapes DocRoute accepts, recognised by their structure: our block array
 * ({@code [{"title", "text", "fields", "returns"}]} or {@code {"blocks": [...]}}), our low-code page
 * ({@code {"page": {"name", "route"}, "grids": [...]}}), a request list (as Thunder Client exports it), eight
 * shapes from other tools, each read by its own class: an amis page schema ({@link AmisSchemaReader}), a Postman
 * collection v2.x ({@link PostmanCollectionReader}), an Insomnia export ({@link InsomniaExportReader}), a Hoppscotch
 * or Postwoman collection ({@link HoppscotchCollectionReader}), a YApi export ({@link YapiExportReader}), an Apifox
 * export ({@link ApifoxExportReader}), a Swagger 2.0 or OpenAPI 3.x description ({@link OpenApiReader}) and an
 * endpoint map keyed by "METHOD /path" ({@link EndpointMapReader}), and last any other tree whose objects state an
 * HTTP method and a path ({@link JsonBlocks#nestedRequests}).
 */
final class JsonDocumentReader {

    static final String SHAPES = "expected a block array ([{\"title\", \"text\", \"fields\", \"returns\"}, ...]"
            + " or {\"blocks\": [...]}), a low-code page ({\"page\": {\"name\", \"route\"}, \"grids\": [...]}),"
            + " an amis page schema ({\"type\": \"page\", \"body\": [...]} with \"api\" / \"initApi\" entries),"
            + " a Postman collection v2.x ({\"info\": {\"schema\": \".../collection/v2.1.0/...\"}, \"item\": [...]})"
            + ", an Insomnia export ({\"_type\": \"export\", \"resources\": [...]})"
            + ", a Hoppscotch or Postwoman collection ([{\"name\", \"folders\", \"requests\": [...]}])"
            + ", a YApi export ([{\"name\", \"list\": [{\"title\", \"method\", \"path\"}]}])"
            + ", an Apifox export ({\"apifoxProject\", \"apiCollection\": [{\"items\": [{\"name\", \"api\": {...}}]}]})"
            + ", a Swagger 2.0 or OpenAPI 3.x description ({\"swagger\": \"2.0\"} or {\"openapi\": \"3.x\"}"
            + " with \"paths\": {...})"
            + ", a request list ([{\"name\", \"method\", \"url\"}, ...], as Thunder Client exports it)"
            + ", an endpoint map ({\"GET /api/x\": {\"description\", \"queries\", \"exampleResponse\"}, ...})"
            + " or any tree of requests ({\"method\": \"GET\", \"path\" or \"url\": \"/x\"} objects at any depth)";

    private static final ObjectMapper MAPPER = JsonBlocks.MAPPER;
    // "{" lines tried in a text for a pasted JSON document; each failed try costs a scan to its closing brace
    private static final int MAX_EMBEDDED_ATTEMPTS = 50;
    // a JSON document pasted into a text has interfaces of its own; one request alone is an example of the text's
    private static final int MIN_PASTED_INTERFACES = 2;
    // SnakeYAML under Jackson caps aliases and document size, so a YAML bomb is refused rather than expanded
    private static final ObjectMapper YAML = new YAMLMapper();

    private JsonDocumentReader() {
    }

    /** The document title (null when the JSON names none) and its blocks. */
    record Result(String title, List<InterfaceBlock> blocks) {
    }

    static Result read(String json, FieldTables tables) {
        return read(tree(MAPPER, json, "JSON"), tables);
    }

    /** Reads JSON written as YAML (an OpenAPI description in .yaml, most often) into the same shapes. */
    static Result readYaml(String yaml, FieldTables tables) {
        return read(tree(YAML, yaml, "YAML"), tables);
    }

    private static JsonNode tree(ObjectMapper mapper, String text, String language) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new DocumentException("the " + language + " is malformed" + where + ": "
                    + Text.brief(e.getOriginalMessage(), 200), e);
        }
    }

    static Result read(JsonNode root, FieldTables tables) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new DocumentException("the document is empty");
        }
        if (YapiExportReader.accepts(root)) {
            return YapiExportReader.read(root, tables);
        }
        if (JsonBlocks.isRequestList(root)) {
            return new Result(null, JsonBlocks.requestBlocks(root, tables));
        }
        if (HoppscotchCollectionReader.accepts(root)) {
            return HoppscotchCollectionReader.read(root);
        }
        if (root.isArray()) {
            return new Result(null, blocks(root, "the block array", tables));
        }
        if (root.isObject() && root.path("blocks").isArray()) {
            return new Result(text(root, "title"), blocks(root.get("blocks"), "\"blocks\"", tables));
        }
        if (root.isObject() && root.path("grids").isArray()) {
            return page(root, tables);
        }
        if (OpenApiReader.accepts(root)) {
            return OpenApiReader.read(root, tables);
        }
        if (PostmanCollectionReader.accepts(root)) {
            return PostmanCollectionReader.read(root);
        }
        if (InsomniaExportReader.accepts(root)) {
            return InsomniaExportReader.read(root);
        }
        if (AmisSchemaReader.accepts(root)) {
            return AmisSchemaReader.read(root, tables);
        }
        if (ApifoxExportReader.accepts(root)) {
            return ApifoxExportReader.read(root, tables);
        }
        if (EndpointMapReader.accepts(root)) {
            return EndpointMapReader.read(root);
        }
        ArrayNode requests = JsonBlocks.nestedRequests(root);
        if (!requests.isEmpty()) {
            // a tree of requests of no shape above (another tool's export): each object with a method and a path
            return new Result(text(root.path("info"), "name").isEmpty() ? null : text(root.path("info"), "name"),
                    JsonBlocks.requestBlocks(requests, tables));
        }
        throw new DocumentException("the JSON has neither accepted shape: " + SHAPES);
    }

    /**
     * A JSON document of an accepted shape pasted into a text (a Postman collection after some prose): the first
     * balanced {@code { ... }} region that begins a line, parses as JSON on its own and is one of the shapes.
     */
    static Optional<Result> embedded(String text, FieldTables tables) {
        int attempts = 0;
        int from = 0;
        char[] chars = text.toCharArray();
        while (from < text.length() && attempts < MAX_EMBEDDED_ATTEMPTS) {
            int start = lineStartingWithBrace(text, from);
            if (start < 0) {
                break;
            }
            JsonBlocks.Leading value = JsonBlocks.leadingValue(chars, start);
            if (value == null) {
                from = start + 1;
                continue;
            }
            attempts++;
            from = value.end();
            JsonNode root = value.node();
            if (root.isObject()) {
                try {
                    Result pasted = read(root, tables);
                    if (pasted.blocks().size() >= MIN_PASTED_INTERFACES) {
                        return Optional.of(pasted);
                    }
                    // one request (a log record or a request shown as an example): the text's, not a document
                } catch (DocumentException e) {
                    // JSON of no accepted shape (a request body shown as an example): not a document of its own
                }
            }
        }
        return Optional.empty();
    }

    /** Where the next line at or after {@code from} whose first non-blank character is "{" has it, or -1. */
    private static int lineStartingWithBrace(String text, int from) {
        int lineStart = from;
        while (lineStart < text.length()) {
            if (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
                // inside a line: go on from the next one
                int newline = text.indexOf('\n', lineStart);
                if (newline < 0) {
                    return -1;
                }
                lineStart = newline + 1;
                continue;
            }
            int at = lineStart;
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
            if (at < text.length() && text.charAt(at) == '{') {
                return at;
            }
            lineStart = at + 1;
        }
        return -1;
    }

    private static List<InterfaceBlock> blocks(JsonNode array, String where, FieldTables tables) {
        List<InterfaceBlock> blocks = new ArrayList<>();
        for (JsonNode node : array) {
            int number = blocks.size() + 1;
            if (!node.isObject()) {
                throw new DocumentException("entry " + number + " of " + where + " is not an object; " + SHAPES);
            }
            String title = text(node, "title");
            if (title.isEmpty()) {
                throw new DocumentException("entry " + number + " of " + where + " has no \"title\"");
            }
            blocks.add(new InterfaceBlock(blocks.size(), title, text(node, "text"),
                    fields(node.path("fields"), false, tables), returns(node.path("returns"))));
        }
        return blocks;
    }

    private static Result page(JsonNode root, FieldTables tables) {
        JsonNode page = root.path("page");
        List<InterfaceBlock> blocks = new ArrayList<>();
        for (JsonNode grid : root.get("grids")) {
            int number = blocks.size() + 1;
            if (!grid.isObject()) {
                throw new DocumentException("grid " + number + " of \"grids\" is not an object; " + SHAPES);
            }
            String title = text(grid, "title");
            if (title.isEmpty()) {
                title = text(grid, "id");
            }
            if (title.isEmpty()) {
                throw new DocumentException("grid " + number + " of \"grids\" has neither \"title\" nor \"id\"");
            }
            List<Field> fields = fields(grid.path("fields"), true, tables);
            String description = text(grid, "description");
            String table = fieldTable(grid.path("fields"), tables);
            String text = description.isEmpty() ? table : table.isEmpty() ? description : description + "\n" + table;
            blocks.add(new InterfaceBlock(blocks.size(), title, text, fields, returns(grid.path("returns"))));
        }
        String title = text(page, "name");
        return new Result(title.isEmpty() ? null : title, blocks);
    }

    private static List<Field> fields(JsonNode array, boolean withLabels, FieldTables tables) {
        List<Field> fields = new ArrayList<>();
        if (!array.isArray()) {
            return fields;
        }
        for (JsonNode node : array) {
            String name = node.isTextual() ? node.asText() : text(node, "name");
            if (name.isBlank()) {
                continue;
            }
            String description = text(node, "description");
            // a grid field's label is its display name; it stands in only when there is no description
            if (withLabels && description.isEmpty()) {
                description = text(node, "label");
            }
            fields.add(new Field(name, FieldType.parse(text(node, "type")), JsonBlocks.required(node.path("required"), tables),
                    description));
        }
        return fields;
    }

    /** A grid's fields written out as a field table, so its text reads like a document section. */
    private static String fieldTable(JsonNode array, FieldTables tables) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode node : array.isArray() ? array : List.<JsonNode>of()) {
            String name = node.isTextual() ? node.asText() : text(node, "name");
            if (!name.isBlank()) {
                rows.add(List.of(name, text(node, "label"), text(node, "type"),
                        JsonBlocks.required(node.path("required"), tables) ? "yes" : "no", text(node, "description")));
            }
        }
        return JsonBlocks.table(List.of("name", "label", "type", "required", "description"), rows);
    }

    private static List<String> returns(JsonNode node) {
        if (node.isTextual()) {
            return ReturnsLine.parse("返回：" + node.asText()).orElse(List.of());
        }
        List<String> names = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode item : node) {
                String name = item.isObject() ? text(item, "name") : item.isValueNode() ? Text.clean(item.asText()) : "";
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
