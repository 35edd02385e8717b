package io.docroute.document;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the JSON readers share: reading values, cleaning request paths and writing an interface block's text. */
final class JsonBlocks {

    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    // "https://host:8080", "{{protocol}}://{{host}}": everything up to the first slash after "://"
    private static final Pattern SCHEME_AND_HOST = Pattern.compile("^[^/?#]*://[^/?#]*");
    // a first segment that names a host rather than a path: "localhost", "api.example.com", "10.0.0.1:8080"
    private static final Pattern HOST = Pattern.compile("localhost(:\\d+)?|[^/:]*\\.[^/]*|[^/:]+:\\d+");
    // a base variable the URL opens with, and the port written after it: "{{server}}:{{port}}", "{{host}}:8080"
    private static final Pattern LEADING_VARIABLE = Pattern.compile("^\\{\\{([^{}]+)}}(?::(?:\\d+|\\{\\{[^{}]+}}))?");
    // "{{baseUrl}}", "{{host}}", "{{API_URL}}": a variable named for the server the requests go to
    private static final Pattern SERVER_NAME = Pattern.compile(
            "(?i)(?:base|host|server|domain|api)(?:[-_]?(?:url|uri|host|path))?|url");
    private static final Set<String> ENVELOPE = Set.of("code", "msg", "message", "data");
    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
    // eolinker numbers an API's method in this order: 0 is POST
    private static final List<String> EOLINKER_METHODS = List.of("POST", "GET", "PUT", "DELETE", "HEAD", "OPTIONS",
            "PATCH");
    private static final Set<String> NOT_PARAMETERS = Set.of("header", "headers", "cookie", "cookies", "auth",
            "response", "responses", "event", "events", "script", "scripts", "tests", "example", "examples");
    private static final Set<String> PATH_PARAMETERS = Set.of("resful", "restful", "path", "variable", "variables");

    private JsonBlocks() {
    }

    /** A value's text, cleaned; empty for objects, arrays, null and absent values. */
    static String text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isValueNode() && !value.isNull() ? Text.clean(value.asText()) : "";
    }

    /** A string value's text, cleaned; empty for anything else, so that {@code "label": false} is no label. */
    static String string(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isTextual() ? Text.clean(value.asText()) : "";
    }

    /** A required flag as true/false, or as a written yes (是, yes, Y, 必填…) in the vocabulary's words. */
    static boolean required(JsonNode node, FieldTables tables) {
        return node.isBoolean() ? node.booleanValue() : node.isValueNode() && tables.isYes(node.asText());
    }

    /** A request's method, upper case; GET when the export leaves it out, as the tools themselves default. */
    static String method(JsonNode request) {
        String method = text(request, "method");
        return method.isEmpty() ? "GET" : method.toUpperCase(Locale.ROOT);
    }

    /** A name inside its folders, "Cars › Images › Upload"; either side may be empty. */
    static String within(String folder, String name) {
        return folder.isEmpty() ? name : name.isEmpty() ? folder : folder + " › " + name;
    }

    /** A request's title: its name inside its folders, or "METHOD path" when it has no name. */
    static String title(String folder, String name, String method, String path) {
        return name.isEmpty() ? method + " " + path : within(folder, name);
    }

    /** A description given either as a string or, as Postman writes it, as {@code {"content": "..."}}. */
    static String description(JsonNode node) {
        return node.isTextual() ? Text.clean(node.asText()) : node.isObject() ? string(node, "content") : "";
    }

    /** A JSON value read from where it starts in a longer text, and the index just after it. */
    record Leading(JsonNode node, int end) {
    }

    /**
     * The JSON value that starts at {@code start} (Jackson reads one value and stops there), or null. The text is
     * read in place: a caller trying many starts in a long text copies nothing per try.
     */
    static Leading leadingValue(char[] text, int start) {
        try (JsonParser parser = MAPPER.createParser(text, start, text.length - start)) {
            JsonNode node = MAPPER.readTree(parser);
            return node == null ? null : new Leading(node, start + (int) parser.currentLocation().getCharOffset());
        } catch (IOException e) {
            return null;
        }
    }

    /** Parses embedded JSON text (a YApi schema, a Postman body); missing node when it is not JSON. */
    static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return MAPPER.missingNode();
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            return node == null ? MAPPER.missingNode() : node;
        } catch (Exception e) {
            return MAPPER.missingNode();
        }
    }

    /** The field type an example value implies: whole numbers are integers, other numbers numbers. */
    static FieldType typeOf(JsonNode value) {
        if (value.isIntegralNumber()) {
            return FieldType.INTEGER;
        }
        if (value.isNumber()) {
            return FieldType.NUMBER;
        }
        return value.isBoolean() ? FieldType.BOOLEAN : value.isArray() ? FieldType.ARRAY
                : value.isObject() ? FieldType.OBJECT : FieldType.STRING;
    }

    /** Top-level keys of an example object, as optional fields typed by their values. */
    static List<Field> exampleFields(JsonNode object) {
        List<Field> fields = new ArrayList<>();
        object.properties().forEach(e -> fields.add(new Field(e.getKey(), typeOf(e.getValue()), false, "")));
        return fields;
    }

    /** Whether names are only a response envelope ({code, msg/message, data}) around "data". */
    static boolean isEnvelope(List<String> names) {
        return names.contains("data") && ENVELOPE.containsAll(names);
    }

    /** Top-level keys of an example response, or of its "data" when the response is only an envelope. */
    static List<String> exampleReturns(JsonNode body) {
        JsonNode object = body.isArray() && !body.isEmpty() ? body.get(0) : body;
        List<String> names = names(object);
        if (isEnvelope(names)) {
            JsonNode data = object.get("data");
            List<String> inner = names(data.isArray() && !data.isEmpty() ? data.get(0) : data);
            return inner.isEmpty() ? names : inner;
        }
        return names;
    }

    static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        if (object.isObject()) {
            object.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** The top-level properties of a JSON schema, typed, required when named in its "required" array. */
    static List<Field> schemaFields(JsonNode schema) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        List<Field> fields = new ArrayList<>();
        schema.path("properties").properties().forEach(property -> {
            JsonNode value = property.getValue();
            String description = text(value, "description").isEmpty() ? text(value, "title")
                    : text(value, "description");
            fields.add(new Field(property.getKey(), schemaType(value), required.contains(property.getKey()),
                    description));
        });
        return fields;
    }

    /** A JSON schema's field type: its format where that says date, date-time or binary, else its type. */
    static FieldType schemaType(JsonNode property) {
        String format = text(property, "format");
        if (format.equals("date-time") || format.equals("date")) {
            return FieldType.parse(format);
        }
        if (format.equals("binary")) {
            return FieldType.FILE;
        }
        JsonNode type = property.path("type");
        // "type": ["string", "null"] means a nullable string
        for (JsonNode option : type.isArray() ? type : List.of(type)) {
            if (option.isTextual() && !option.asText().equals("null")) {
                return FieldType.parse(option.asText());
            }
        }
        return FieldType.STRING;
    }

    /**
     * A response schema's top-level property names, or those of "data" when the response is only
     * {code, msg, data}; a body that is no schema is read as an example.
     */
    static List<String> schemaReturns(JsonNode body) {
        if (!body.path("properties").isObject()) {
            return exampleReturns(body);
        }
        JsonNode properties = body.get("properties");
        List<String> names = names(properties);
        if (isEnvelope(names)) {
            JsonNode data = properties.get("data");
            JsonNode inner = data.path("properties").isObject() ? data.get("properties")
                    : data.path("items").path("properties");
            if (inner.isObject() && !inner.isEmpty()) {
                return names(inner);
            }
        }
        return names;
    }

    /**
     * Whether the URL opens with the server's variable, which stays unresolved: one named for the server
     * ({@code {{baseUrl}}/users}, {@code {{server}}:{{port}}/x}) is where the paths are, whatever path its value ends
     * in, as OpenAPI's servers hold it; unless the path goes on from it without a slash ({@code {{base_url}}users/}).
     */
    static boolean opensWithServer(String url) {
        Matcher variable = LEADING_VARIABLE.matcher(url);
        // Insomnia's "{{ _.baseUrl }}" names the same variable
        return variable.lookingAt() && SERVER_NAME.matcher(variable.group(1).strip().replaceFirst("^_\\.", "")).matches()
                && (url.startsWith("/", variable.end()) || url.length() == variable.end());
    }

    /**
     * The path of a request URL as written, without scheme, host, a leading base variable ({{baseUrl}},
     * ${API_HOST}), query string or fragment; placeholders such as ":id", "{{id}}" and "$ids" stay.
     */
    static String path(String url) {
        String path = Text.clean(url);
        var scheme = SCHEME_AND_HOST.matcher(path);
        var leading = LEADING_VARIABLE.matcher(path);
        if (scheme.lookingAt()) {
            path = path.substring(scheme.end());
        } else if (leading.lookingAt()) {
            path = path.substring(leading.end());
        } else if (path.startsWith("${") && path.indexOf('}') > 0) {
            path = path.substring(path.indexOf('}') + 1);
        } else if (!path.startsWith("/")) {
            int slash = path.indexOf('/');
            String first = slash < 0 ? path : path.substring(0, slash);
            if (HOST.matcher(first).matches()) {
                path = slash < 0 ? "" : path.substring(slash);
            }
        }
        int query = indexOfAny(path, '?', '#');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        return path.startsWith("/") ? path : "/" + path;
    }

    /** The parameter names of a URL's query string ("/x?page=1&size=10" gives page, size). */
    static List<String> queryNames(String url) {
        List<String> names = new ArrayList<>();
        int query = url.indexOf('?');
        if (query < 0) {
            return names;
        }
        int fragment = url.indexOf('#', query);
        for (String pair : url.substring(query + 1, fragment < 0 ? url.length() : fragment).split("&")) {
            String name = Text.clean(pair.split("=", 2)[0]);
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * An interface block's text: the "METHOD path" line exactly as found, the prose lines, then the fields
     * as a table when there are any.
     */
    /**
     * A collection's request as a block: its method and URL are what it states, whatever its description says
     * (a description naming another path describes, the request is what is sent); a request to the server alone is
     * its root.
     */
    static InterfaceBlock requestBlock(int index, String title, String method, String path, List<String> prose,
            List<Field> fields, List<String> returns) {
        String text = interfaceText(method, path, prose, fields);
        StatedEndpoint sent = StatedEndpoint.read(List.of(method + " " + (path.isEmpty() ? "/" : path)));
        return sent.isComplete() ? new InterfaceBlock(index, title, text, fields, returns, sent)
                : new InterfaceBlock(index, title, text, fields, returns);
    }

    static String interfaceText(String method, String path, List<String> prose, List<Field> fields) {
        StringBuilder out = new StringBuilder(method.toUpperCase(Locale.ROOT)).append(' ').append(path);
        for (String paragraph : prose) {
            paragraph.lines().map(Text::clean).filter(line -> !line.isEmpty())
                    .forEach(line -> out.append('\n').append(line));
        }
        String table = fieldTable(fields);
        if (!table.isEmpty()) {
            out.append('\n').append(table);
        }
        return out.toString();
    }

    /** Fields written out as "| name | type | required | description |", so the text reads like a document section. */
    static String fieldTable(List<Field> fields) {
        List<List<String>> rows = new ArrayList<>();
        for (Field field : fields) {
            rows.add(List.of(cell(field.name()), field.type().wireName(), field.required() ? "yes" : "no",
                    cell(field.description())));
        }
        return table(List.of("name", "type", "required", "description"), rows);
    }

    /** A Markdown table of the rows under the header; empty when there are no rows. Cells are written as given. */
    static String table(List<String> header, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("| ").append(String.join(" | ", header)).append(" |");
        for (List<String> row : rows) {
            out.append("\n| ").append(String.join(" | ", row)).append(" |");
        }
        return out.toString();
    }

    /** An exported request list (Thunder Client and the like): an array of {@code {name, method, url}} objects. */
    static boolean isRequestList(JsonNode root) {
        if (!root.isArray() || root.isEmpty()) {
            return false;
        }
        for (JsonNode node : root) {
            if (!node.path("url").isTextual() || !node.path("method").isTextual()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The blocks of a request list, one per {@code {name, method, url}} in order: fields from its "params" and
     * "body.form" lists ({@code {name or key, type, required, description, isPath}}), its URL's query string and
     * the keys of a JSON "body.raw"; a "description" is the block's prose.
     */
    static List<InterfaceBlock> requestBlocks(JsonNode array, FieldTables tables) {
        List<InterfaceBlock> blocks = new ArrayList<>();
        for (JsonNode node : array) {
            String method = text(node, "method").toUpperCase(Locale.ROOT);
            String url = text(node, "url");
            String path = path(url);
            String title = text(node, "name");
            Map<String, Field> fields = new LinkedHashMap<>();
            listFields(node.path("params"), tables).forEach(field -> addField(fields, field));
            queryNames(url).forEach(name -> addField(fields, new Field(name, FieldType.STRING, false, "")));
            listFields(node.path("body").path("form"), tables).forEach(field -> addField(fields, field));
            JsonNode body = parse(node.path("body").path("raw").asText(""));
            if (body.isObject()) {
                exampleFields(body).forEach(field -> addField(fields, field));
            }
            List<Field> list = List.copyOf(fields.values());
            blocks.add(new InterfaceBlock(blocks.size(), title.isEmpty() ? method + " " + path : title,
                    interfaceText(method, path, List.of(string(node, "description")), list), list, List.of()));
        }
        return blocks;
    }

    private static List<Field> listFields(JsonNode list, FieldTables tables) {
        List<Field> fields = new ArrayList<>();
        for (JsonNode entry : list) {
            String name = text(entry, "name").isEmpty() ? text(entry, "key") : text(entry, "name");
            if (name.isEmpty() || entry.path("disabled").asBoolean(false) || entry.path("isDisabled").asBoolean(false)) {
                continue;
            }
            boolean inPath = entry.path("isPath").asBoolean(false);
            String description = text(entry, "description");
            if (inPath) {
                description = description.isEmpty() ? "path parameter" : "path parameter, " + description;
            }
            fields.add(new Field(name, FieldType.parse(text(entry, "type")),
                    inPath || required(entry.path("required"), tables), description));
        }
        return fields;
    }

    /**
     * Every request nested anywhere in a JSON tree (in folders, "children", "items"...), in document order, as
     * request list entries ({@link #requestBlocks}): an object with an HTTP "method" and a "url" (or a "path"),
     * its own or its "request" object's. Its parameter lists (arrays of {@code {key or name, ...}} under it, other
     * than headers, cookies, auth and responses) become "params", those under a "resful", "restful", "path" or
     * "variable" key path parameters.
     */
    static ArrayNode nestedRequests(JsonNode tree) {
        ArrayNode requests = MAPPER.createArrayNode();
        Deque<JsonNode> stack = new ArrayDeque<>();
        stack.push(tree);
        while (!stack.isEmpty()) {
            JsonNode node = stack.pop();
            JsonNode request = node.isObject() ? asRequest(node) : MAPPER.missingNode();
            if (request.isObject()) {
                requests.add(request);
                continue;
            }
            List<JsonNode> children = new ArrayList<>();
            node.elements().forEachRemaining(child -> {
                if (child.isContainerNode()) {
                    children.add(child);
                }
            });
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return requests;
    }

    private static JsonNode asRequest(JsonNode node) {
        JsonNode eolinker = node.path("baseInfo");
        if (eolinker.path("apiURI").isTextual() && eolinker.path("apiRequestType").canConvertToInt()) {
            return eolinkerRequest(eolinker);
        }
        JsonNode request = node.path("request").isObject() ? node.get("request") : node;
        // "methodType" is knife4j's (swagger-bootstrap-ui's offline page) word for the method
        String method = Stream.of(text(node, "method"), text(request, "method"), text(node, "methodType"))
                .filter(word -> !word.isEmpty()).findFirst().orElse("");
        String url = "";
        for (JsonNode holder : List.of(node, request)) {
            for (String key : List.of("url", "path")) {
                String value = string(holder, key);
                if (url.isEmpty() && (value.startsWith("/") || value.contains("://") || key.equals("url"))) {
                    url = value;
                }
            }
        }
        if (!HTTP_METHODS.contains(method.toUpperCase(Locale.ROOT)) || url.isEmpty()) {
            return MAPPER.missingNode();
        }
        ObjectNode out = MAPPER.createObjectNode();
        String name = Stream.of(text(node, "name"), text(node, "title"), text(node, "summary"))
                .filter(word -> !word.isEmpty()).findFirst().orElse("");
        out.put("name", name);
        out.put("method", method);
        out.put("url", templated(name, method, url));
        String description = string(request, "description").isEmpty() ? string(node, "description")
                : string(request, "description");
        out.put("description", description);
        ArrayNode params = out.putArray("params");
        collectParameters(request, false, 0, params);
        String raw = string(request.path("body"), "raw").isEmpty() ? string(request.path("requestBody"), "raw")
                : string(request.path("body"), "raw");
        if (!raw.isEmpty()) {
            out.putObject("body").put("raw", raw);
        }
        return out;
    }

    /**
     * An eolinker project's API ({@code "baseInfo": {"apiName", "apiURI", "apiRequestType": 0}}, as its export and its
     * offline page's {@code projectJSON} write it), its method numbered in eolinker's order; else a missing node.
     */
    private static JsonNode eolinkerRequest(JsonNode info) {
        int number = info.path("apiRequestType").asInt(-1);
        if (number < 0 || number >= EOLINKER_METHODS.size()) {
            return MAPPER.missingNode();
        }
        ObjectNode out = MAPPER.createObjectNode();
        out.put("name", text(info, "apiName"));
        out.put("method", EOLINKER_METHODS.get(number));
        out.put("url", string(info, "apiURI"));
        out.put("description", string(info, "apiNote"));
        out.putArray("params");
        return out;
    }

    /**
     * A request's URL, or the templated form its name states for it: a name such as "删除用户-DELETE /api/user/{id}"
     * over the sample URL /api/user/2 names the placeholder the sample fills.
     */
    private static String templated(String name, String method, String url) {
        StatedEndpoint named = StatedEndpoint.read(List.of(name));
        StatedEndpoint sample = StatedEndpoint.read(List.of(method + " " + path(url)));
        boolean same = named.path() != null && sample.path() != null && method.equalsIgnoreCase(named.method())
                && StatedEndpoint.shape(named.path()).equals(StatedEndpoint.shape(sample.path()));
        return same && !named.path().equals(sample.path()) ? named.path() : url;
    }

    private static void collectParameters(JsonNode node, boolean inPath, int depth, ArrayNode params) {
        if (depth > 3) {
            return;
        }
        if (node.isArray() && !node.isEmpty()) {
            for (JsonNode entry : node) {
                String name = text(entry, "key").isEmpty() ? text(entry, "name") : text(entry, "key");
                if (name.isEmpty()) {
                    return;
                }
            }
            for (JsonNode entry : node) {
                if (entry.path("is_checked").asInt(1) < 0 || entry.path("disabled").asBoolean(false)) {
                    continue;
                }
                ObjectNode param = params.addObject();
                param.put("name", text(entry, "key").isEmpty() ? text(entry, "name") : text(entry, "key"));
                String type = text(entry, "type");
                String declared = text(entry, "field_type");
                param.put("type", type.equalsIgnoreCase("file") || declared.isEmpty() ? type : declared);
                JsonNode required = entry.has("not_null") ? entry.get("not_null") : entry.path("required");
                param.put("required", required.isNumber() ? required.asInt() == 1
                        : required.isTextual() ? "1".equals(required.asText()) || required.asBoolean(false)
                        : required.asBoolean(false));
                param.put("description", text(entry, "description"));
                param.put("isPath", inPath);
            }
            return;
        }
        node.properties().forEach(child -> {
            String key = child.getKey().toLowerCase(Locale.ROOT);
            if (!NOT_PARAMETERS.contains(key) && child.getValue().isContainerNode()) {
                collectParameters(child.getValue(), inPath || PATH_PARAMETERS.contains(key), depth + 1, params);
            }
        });
    }

    /** Fields keyed by name: the first field of a name wins, as in a document's field table. */
    static void addField(Map<String, Field> fields, Field field) {
        if (!field.name().isEmpty()) {
            fields.putIfAbsent(field.name(), field);
        }
    }

    private static String cell(String text) {
        return Text.collapse(text.replace("|", "\\|"));
    }

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
