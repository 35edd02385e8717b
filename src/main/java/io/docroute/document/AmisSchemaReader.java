package io.docroute.document;

import static io.docroute.document.JsonBlocks.string;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amis page schema ({@code {"type": "page", "body": [...]}}): every API the tree declares ("api",
 * "initApi", any other "...Api", and "source" / "autoComplete" / "receiver" when they hold an API) is one
 * interface, named by the nearest enclosing label and typed from the form or crud it belongs to.
 */
final class AmisSchemaReader {

    private static final Pattern METHOD_PREFIX = Pattern.compile(
            "^(get|post|put|patch|delete|head|options):(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    // "source" and friends also hold data mappings ("${options}"), so only these count as APIs
    private static final Pattern API_URL = Pattern.compile("^(/|https?://).*", Pattern.DOTALL);
    private static final Set<String> MAYBE_API_KEYS = Set.of("source", "autoComplete", "receiver");
    // the components whose "api" sends what the user entered or chose, so a bare URL is posted
    private static final Set<String> SUBMITTING = Set.of("form", "wizard", "button", "action", "submit", "reset");
    private static final Set<String> FORM = Set.of("form", "wizard");
    private static final Set<String> CRUD = Set.of("crud", "crud2");
    // nested components whose items belong to another request, and controls that hold no value
    private static final Set<String> NOT_ITEMS = Set.of("form", "wizard", "crud", "crud2", "service", "dialog",
            "drawer", "button", "action", "submit", "reset", "button-toolbar", "button-group", "operation", "tpl",
            "html", "plain", "divider", "alert");
    private static final List<String> ITEM_CONTAINERS = List.of("body", "controls", "tabs", "columns");

    private final Map<String, InterfaceBlock> found = new LinkedHashMap<>();
    private final Deque<JsonNode> components = new ArrayDeque<>();

    private final FieldTables tables;

    private AmisSchemaReader(FieldTables tables) {
        this.tables = tables;
    }

    /** An object with a component "type" and a body or an API of its own. */
    static boolean accepts(JsonNode root) {
        if (!root.isObject() || string(root, "type").isEmpty()) {
            return false;
        }
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (key.equals("body") || key.equals("controls") || isApiKey(key)) {
                return true;
            }
        }
        return false;
    }

    static JsonDocumentReader.Result read(JsonNode root, FieldTables tables) {
        AmisSchemaReader reader = new AmisSchemaReader(tables);
        reader.walk(root);
        if (reader.found.isEmpty()) {
            throw new DocumentException("the amis page schema declares no API: no \"api\", \"initApi\" or other"
                    + " \"...Api\" holds a URL such as \"/api/users\" or \"get:/api/users\"");
        }
        String title = string(root, "title");
        return new JsonDocumentReader.Result(title.isEmpty() ? null : title, List.copyOf(reader.found.values()));
    }

    private void walk(JsonNode node) {
        if (node.isArray()) {
            node.forEach(this::walk);
            return;
        }
        if (!node.isObject()) {
            return;
        }
        components.push(node);
        node.properties().forEach(entry -> {
            if (isApiKey(entry.getKey())) {
                api(entry.getKey(), entry.getValue(), node);
            }
        });
        node.properties().forEach(entry -> {
            if (!isApiKey(entry.getKey())) {
                walk(entry.getValue());
            }
        });
        components.pop();
    }

    private static boolean isApiKey(String key) {
        return key.equals("api") || key.endsWith("Api") && key.length() > 3 || MAYBE_API_KEYS.contains(key);
    }

    /** Records the API held under {@code key} of {@code owner}, unless the value is not an API after all. */
    private void api(String key, JsonNode value, JsonNode owner) {
        String url = Text.clean(value.isTextual() ? value.asText() : value.isObject() ? string(value, "url") : "");
        String method = value.isObject() ? string(value, "method") : "";
        Matcher prefix = METHOD_PREFIX.matcher(url);
        if (prefix.matches()) {
            method = method.isEmpty() ? prefix.group(1) : method;
            url = prefix.group(2);
        } else if (url.isEmpty() || method.isEmpty() && !API_URL.matcher(url).matches()) {
            return;
        }
        method = (method.isEmpty() ? defaultMethod(key, owner) : method).toUpperCase(Locale.ROOT);
        String path = JsonBlocks.path(url);
        String line = method + " " + path;
        if (found.containsKey(line)) {
            return;
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        List<String> returns = new ArrayList<>();
        readOwner(key, owner, fields, returns);
        JsonBlocks.queryNames(url).forEach(name ->
                JsonBlocks.addField(fields, new Field(name, FieldType.STRING, false, "")));
        value.path("data").fieldNames().forEachRemaining(name -> {
            // "&": "$$" passes the whole scope and "$..." keys are mappings, not request fields
            if (!name.equals("&") && !name.startsWith("$")) {
                JsonBlocks.addField(fields, new Field(name, FieldType.STRING, false, ""));
            }
        });
        String title = label();
        List<Field> list = List.copyOf(fields.values());
        String text = JsonBlocks.interfaceText(method, path, prose(key, owner), list);
        found.put(line, new InterfaceBlock(found.size(), title.isEmpty() ? line : title, text, list, returns));
    }

    /** What the component holding the API says about its request and answer. */
    private void readOwner(String key, JsonNode owner, Map<String, Field> fields, List<String> returns) {
        String type = string(owner, "type");
        // an untyped owner of an "api" with items is a wizard step, which submits like a form
        if (key.equals("api") && (FORM.contains(type) || type.isEmpty())) {
            items(owner).forEach(field -> JsonBlocks.addField(fields, field));
        } else if (key.equals("initApi") && FORM.contains(type)) {
            // a form loads the values it shows
            items(owner).forEach(field -> returns.add(field.name()));
        } else if (key.equals("api") && CRUD.contains(type)) {
            items(owner.path("filter")).forEach(field -> JsonBlocks.addField(fields, field));
            owner.path("columns").forEach(column -> {
                if (!string(column, "name").isEmpty()) {
                    returns.add(string(column, "name"));
                }
            });
        } else if (key.equals("receiver")) {
            String name = string(owner, "fileField").isEmpty() ? "file" : string(owner, "fileField");
            JsonBlocks.addField(fields, new Field(name, FieldType.FILE, true, string(owner, "label")));
        }
    }

    private static String defaultMethod(String key, JsonNode owner) {
        if (key.equals("api")) {
            return SUBMITTING.contains(string(owner, "type")) || owner.has("actionType") ? "POST" : "GET";
        }
        String lower = key.toLowerCase(Locale.ROOT);
        for (String writing : List.of("quicksave", "save", "add", "create", "update", "edit", "delete", "remove",
                "submit", "upload", "import", "receiver")) {
            if (lower.startsWith(writing)) {
                return "POST";
            }
        }
        return "GET";
    }

    /** The nearest "label", "title" or "name" from the API's own component outwards. */
    private String label() {
        for (JsonNode component : components) {
            for (String key : List.of("label", "title", "name")) {
                if (!string(component, key).isEmpty()) {
                    return string(component, key);
                }
            }
        }
        return "";
    }

    /** Where the API sits, e.g. "amis api of button "删除" in 用户管理 › 用户列表", and what the user confirms. */
    private List<String> prose(String key, JsonNode owner) {
        List<String> outer = new ArrayList<>();
        components.stream().skip(1).forEach(component -> {
            String name = string(component, "title").isEmpty() ? string(component, "label")
                    : string(component, "title");
            if (!name.isEmpty()) {
                outer.add(0, name);
            }
        });
        String type = string(owner, "type");
        String own = string(owner, "label").isEmpty() ? string(owner, "title") : string(owner, "label");
        String where = "amis " + key + (type.isEmpty() ? "" : " of " + type) + (own.isEmpty() ? "" : " \"" + own + "\"")
                + (outer.isEmpty() ? "" : " in " + String.join(" › ", outer));
        String confirm = string(owner, "confirmText");
        return confirm.isEmpty() ? List.of(where) : List.of(where, "Confirm: " + confirm);
    }

    /** The named form items under a form (or a crud's filter), not those of nested forms, dialogs or buttons. */
    private List<Field> items(JsonNode container) {
        List<Field> fields = new ArrayList<>();
        for (String key : ITEM_CONTAINERS) {
            collect(container.path(key), fields);
        }
        return fields;
    }

    private void collect(JsonNode node, List<Field> fields) {
        if (node.isArray()) {
            node.forEach(child -> collect(child, fields));
            return;
        }
        String type = string(node, "type");
        if (!node.isObject() || NOT_ITEMS.contains(type)) {
            return;
        }
        String name = string(node, "name");
        if (!name.isEmpty() && !type.isEmpty()) {
            String description = string(node, "label").isEmpty() ? string(node, "description")
                    : string(node, "label");
            fields.add(new Field(name, itemType(node), JsonBlocks.required(node.path("required"), tables), description));
            return;
        }
        for (String key : ITEM_CONTAINERS) {
            collect(node.path(key), fields);
        }
    }

    private static FieldType itemType(JsonNode item) {
        return switch (string(item, "type").toLowerCase(Locale.ROOT)) {
            case "input-number", "number" -> item.path("precision").asInt(0) > 0
                    || item.path("step").isFloatingPointNumber() && item.path("step").asDouble() % 1 != 0
                    ? FieldType.NUMBER : FieldType.INTEGER;
            case "switch", "checkbox" -> FieldType.BOOLEAN;
            case "input-date", "date" -> FieldType.DATE;
            case "input-datetime", "datetime" -> FieldType.DATE_TIME;
            case "input-file", "input-image", "file", "image" -> FieldType.FILE;
            case "input-table", "input-array", "array" -> FieldType.ARRAY;
            case "combo" -> item.path("multiple").asBoolean(false) ? FieldType.ARRAY : FieldType.OBJECT;
            case "input-kv" -> FieldType.OBJECT;
            default -> FieldType.STRING;
        };
    }
}
