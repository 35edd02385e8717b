package io.docroute.extraction;

import io.docroute.document.Field;
import io.docroute.document.FieldType;
import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.InterfaceSpec.Parameter;
import io.docroute.extraction.InterfaceSpec.Property;
import io.docroute.extraction.InterfaceSpec.RequestBody;
import io.docroute.extraction.InterfaceSpec.Response;
import io.docroute.Sha256;
import io.docroute.document.StatedEndpoint;
import io.docroute.extraction.TitleReader.Intent;
import io.docroute.vocabulary.Vocabulary;
import io.docroute.vocabulary.Vocabulary.Action;
import io.docroute.vocabulary.Vocabulary.ActionWord;
import io.docroute.vocabulary.Vocabulary.Entity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns an interface block into a spec by rule, without a model. Stated facts win: the method and path the block
 * states are kept exactly, with a path parameter per placeholder. Otherwise the title gives the action and entity
 * ({@link TitleReader}); the action falls back to the verbs of the prose, then the fields (a file field uploads,
 * paging fields list), then the stated method, then {@code POST}; the entity to the path, the fields and the title
 * itself. A fallback marks the spec {@code confidence: low} with the reason. Deterministic: the same block always
 * gives the same spec, and no block fails for a word the vocabulary lacks.
 */
@Component
public class LocalExtractor {

    private static final Set<Action> EMPTY_WHEN_SILENT =
            EnumSet.of(Action.DELETE, Action.DISABLE, Action.ENABLE, Action.CANCEL);
    private static final Set<String> BODYLESS_METHODS = Set.of("GET", "DELETE");
    private static final Entity AUTH = new Entity(null, "auth", "auth", "auth");
    private static final Pattern PATH_PARAMETER_HINT = Pattern.compile(
            "路径参数|路径变量|path param|path variable|in (the )?path|in (the )?url", Pattern.CASE_INSENSITIVE);
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern WORD_BOUNDARY = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|[_\\-\\s]+");
    private static final Pattern TABLE_OR_HEADING = Pattern.compile("^(\\||#|[-:| ]+$)");
    private static final Pattern RETURNS_LINE = Pattern.compile("^(返回|响应|出参|returns?|response)\\s*[:：].*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_MARKER = Pattern.compile("^([-*+]|\\d+[.)])\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？]|[.!?](?=\\s|$)");
    private static final Pattern VERSION_SEGMENT = Pattern.compile("v\\d+(\\.\\d+)?|api|rest|\\{.*}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern ID_FIELD = Pattern.compile("([a-z][A-Za-z]*?)_?(?:Id|ID|id)");
    private static final Set<String> PAGING_FIELDS = Set.of(
            "page", "pagenum", "pageno", "pagesize", "size", "limit", "offset", "current", "pageindex", "rows");
    private static final Set<String> COUNT_WORDS = Set.of("count", "total", "quantity", "qty", "stock");
    private static final Set<String> MONEY_WORDS = Set.of("amount", "price", "sales", "fee", "cost");
    private static final Set<String> TIME_WORDS = Set.of("at", "time", "date", "datetime", "timestamp");

    private final Vocabulary vocabulary;
    private final TitleReader titles;

    /** The extractor with the vocabulary built into the application. */
    public LocalExtractor() {
        this(Vocabulary.builtIn());
    }

    @Autowired
    public LocalExtractor(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.titles = new TitleReader(vocabulary);
    }

    public InterfaceSpec extract(InterfaceBlock block) {
        StatedEndpoint stated = block.stated();
        if (stated.path() == null) {
            Optional<String> signIn = vocabulary.signInOperation(block.title());
            if (signIn.isPresent()) {
                return signInSpec(block, stated, signIn.get());
            }
        }
        List<String> doubts = new ArrayList<>();
        String firstLine = firstProseLine(block.text());
        Intent intent = titles.read(block.title(), firstLine);
        Action action = intent.action() != null ? intent.action() : actionFromProse(block);
        if (action == null) {
            action = actionFromFields(block).orElse(null);
            if (action != null) {
                doubts.add("the action was read from the fields");
            }
        }
        if (action == null && stated.path() != null) {
            action = actionFromPath(stated.path());
        }
        if (action == null && stated.method() != null) {
            action = actionFromMethod(stated);
        }
        if (action == null) {
            action = Action.CREATE;
            doubts.add("no action word in the title or the text, so POST was chosen");
        }
        Entity entity = intent.entity() != null ? intent.entity() : entityFromPath(stated.path());
        if (entity == null) {
            entity = entityFromFields(block.fields());
        }
        if (entity == null) {
            entity = entityFromTitle(block);
            if (stated.path() == null) {
                doubts.add("no resource the vocabulary knows, so the path is named after the title");
            }
        }
        String method = stated.method() != null ? stated.method()
                : action == Action.UPDATE && Vocabulary.asksForPartialUpdate(block.title()) ? "PATCH"
                : action.method();
        return stated.path() != null
                ? statedPathSpec(block, stated, action, entity, method, doubts)
                : builtPathSpec(block, intent, action, entity, method, doubts);
    }

    /** Signing in, out or up: {@code POST /auth/login}, its fields the body, as APIs route it. */
    private InterfaceSpec signInSpec(InterfaceBlock block, StatedEndpoint stated, String operation) {
        String method = stated.method() != null ? stated.method() : "POST";
        List<Parameter> parameters = new ArrayList<>();
        RequestBody body = sent(method, Action.CREATE, block.fields(), parameters);
        return spec(block, Vocabulary.lowerCamel(operation), method, "/auth/" + operation, AUTH, parameters, body,
                Action.CREATE, List.of());
    }

    /** The spec around the path the block states: each placeholder a path parameter, the other fields by method. */
    private InterfaceSpec statedPathSpec(InterfaceBlock block, StatedEndpoint stated, Action action, Entity entity,
            String method, List<String> doubts) {
        Map<String, Field> byName = new LinkedHashMap<>();
        block.fields().forEach(f -> byName.putIfAbsent(f.name(), f));
        List<String> placeholders = stated.pathParameters();
        List<Parameter> parameters = new ArrayList<>();
        for (String name : placeholders) {
            Field field = byName.get(name);
            String type = field != null ? field.type().wireName()
                    : ID_FIELD.matcher(name).matches() || name.equalsIgnoreCase("id") ? FieldType.INTEGER.wireName()
                    : FieldType.STRING.wireName();
            parameters.add(new Parameter(name, "path", type, true, field == null ? null : blankToNull(field.description())));
        }
        List<Field> others = block.fields().stream().filter(f -> !placeholders.contains(f.name())).toList();
        boolean bodyless = BODYLESS_METHODS.contains(method);
        for (String name : stated.queryParameters()) {
            if (!byName.containsKey(name) && !placeholders.contains(name)) {
                parameters.add(new Parameter(name, "query", FieldType.STRING.wireName(), false, null));
            }
        }
        RequestBody body = null;
        if (bodyless) {
            others.forEach(f -> parameters.add(queryParameter(f)));
        } else {
            List<Field> bodyFields = new ArrayList<>();
            for (Field field : others) {
                if (stated.queryParameters().contains(field.name())) {
                    parameters.add(queryParameter(field));
                } else {
                    bodyFields.add(field);
                }
            }
            body = requestBody(action, bodyFields);
        }
        return spec(block, operationIdFromPath(method, stated.path(), action, entity), method, stated.path(), entity,
                parameters, body, action, doubts);
    }

    private InterfaceSpec builtPathSpec(InterfaceBlock block, Intent intent, Action action, Entity entity,
            String method, List<String> doubts) {
        String subResource = intent.entity() != null ? intent.subResource() : null;
        boolean hasIdSlot = action.itemLevel() || subResource != null;
        Optional<Field> idField = hasIdSlot ? idField(block.fields(), entity) : Optional.empty();
        String idName = idField.map(Field::name).orElse(entity.idName());

        StringBuilder path = new StringBuilder("/").append(entity.plural());
        if (hasIdSlot) {
            path.append("/{").append(idName).append('}');
        }
        if (subResource != null) {
            path.append('/').append(subResource);
        }
        path.append(action.pathSuffix());

        List<Parameter> parameters = new ArrayList<>();
        if (hasIdSlot) {
            parameters.add(new Parameter(idName, "path",
                    idField.map(f -> f.type().wireName()).orElse(FieldType.INTEGER.wireName()), true,
                    idField.map(f -> blankToNull(f.description())).orElse(null)));
        }
        List<Field> otherFields = block.fields().stream().filter(f -> idField.isEmpty() || idField.get() != f).toList();
        RequestBody body = sent(method, action, otherFields, parameters);

        return spec(block, operationId(action, entity, subResource), method, path.toString(), entity, parameters, body,
                action, doubts);
    }

    private InterfaceSpec spec(InterfaceBlock block, String operationId, String method, String path, Entity entity,
            List<Parameter> parameters, RequestBody body, Action action, List<String> doubts) {
        return new InterfaceSpec(operationId, method, path, summary(block), firstSentence(block.text()), entity.tag(),
                parameters, body, response(block, action), confidence(doubts));
    }

    /** The fields as the method sends them: query parameters (added to {@code parameters}) or the body. */
    private static RequestBody sent(String method, Action action, List<Field> fields, List<Parameter> parameters) {
        if (BODYLESS_METHODS.contains(method)) {
            fields.forEach(f -> parameters.add(queryParameter(f)));
            return null;
        }
        return requestBody(action, fields);
    }

    private static Parameter queryParameter(Field field) {
        return new Parameter(field.name(), "query", field.type().wireName(), field.required(),
                blankToNull(field.description()));
    }

    private static String summary(InterfaceBlock block) {
        if (!block.title().isEmpty()) {
            return block.title();
        }
        String line = firstProseLine(block.text());
        return line != null ? line : block.stated().toString();
    }

    private static InterfaceSpec.Confidence confidence(List<String> doubts) {
        return doubts.isEmpty() ? null : new InterfaceSpec.Confidence(InterfaceSpec.Confidence.LOW,
                String.join("; ", doubts));
    }

    /** The first action a sentence of the prose names, e.g. "Creates an order ..." or "用户提交订单". */
    private Action actionFromProse(InterfaceBlock block) {
        for (String line : block.text().split("\\R")) {
            String stripped = LIST_MARKER.matcher(line.strip()).replaceFirst("");
            if (stripped.isEmpty() || TABLE_OR_HEADING.matcher(stripped).find()) {
                continue;
            }
            Action action = titles.read(stripped, null).action();
            if (action != null) {
                return action;
            }
        }
        return null;
    }

    /** A file field uploads; paging fields list. */
    private static Optional<Action> actionFromFields(InterfaceBlock block) {
        if (block.fields().stream().anyMatch(f -> f.type() == FieldType.FILE)) {
            return Optional.of(Action.IMPORT);
        }
        long paging = block.fields().stream()
                .filter(f -> PAGING_FIELDS.contains(f.name().toLowerCase(Locale.ROOT).replace("_", ""))).count();
        return paging > 0 ? Optional.of(Action.LIST) : Optional.empty();
    }

    /** The action a path's last word names: {@code /user/register}, {@code /goods/list}, {@code /orders/export}. */
    private Action actionFromPath(String path) {
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (segments[i].isEmpty() || segments[i].startsWith("{")) {
                continue;
            }
            for (String word : WORD_BOUNDARY.split(segments[i])) {
                Optional<ActionWord> found = vocabulary.actionWord(word);
                if (found.isPresent()) {
                    return found.get().action();
                }
            }
            return null;
        }
        return null;
    }

    private static Action actionFromMethod(StatedEndpoint stated) {
        boolean item = stated.path() != null && stated.path().endsWith("}");
        return switch (stated.method()) {
            case "GET" -> item ? Action.DETAIL : Action.LIST;
            case "PUT", "PATCH" -> Action.UPDATE;
            case "DELETE" -> Action.DELETE;
            default -> Action.CREATE;
        };
    }

    /** The resource a stated path names: its last literal segment that is not a version or a verb. */
    private Entity entityFromPath(String path) {
        if (path == null) {
            return null;
        }
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            String segment = segments[i];
            if (segment.isEmpty() || VERSION_SEGMENT.matcher(segment).matches()) {
                continue;
            }
            String[] words = WORD_BOUNDARY.split(segment);
            String noun = null;
            for (String word : words) {
                if (word.matches("[A-Za-z]{2,}") && vocabulary.actionWord(word).isEmpty()) {
                    noun = word;
                }
            }
            if (noun != null) {
                return entityNamed(noun);
            }
        }
        return null;
    }

    private Entity entityNamed(String noun) {
        return vocabulary.entityByEnglish(noun).orElseGet(() -> Vocabulary.guessEntity(noun));
    }

    /** The resource an id field names: {@code dishId} → dish. */
    private Entity entityFromFields(List<Field> fields) {
        for (Field field : fields) {
            Matcher m = ID_FIELD.matcher(field.name());
            if (m.matches() && m.group(1).length() > 1) {
                return entityNamed(m.group(1));
            }
        }
        return null;
    }

    /** The title's English words as a path segment ("Order history" → order-history), else a stable short name. */
    private static Entity entityFromTitle(InterfaceBlock block) {
        List<String> words = new ArrayList<>();
        Matcher m = ENGLISH_WORD.matcher(block.title());
        while (m.find() && words.size() < 4) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        String slug = words.isEmpty()
                ? "operations-" + Sha256.hex(block.title().getBytes(StandardCharsets.UTF_8)).substring(0, 8)
                : String.join("-", words);
        return new Entity(null, slug.replace('-', ' '), slug, words.isEmpty() ? "operation" : words.get(0));
    }

    /** An operationId for a stated path: the vocabulary's verb and noun when known, else the path's own words. */
    private String operationIdFromPath(String method, String path, Action action, Entity entity) {
        List<String> words = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && !segment.startsWith("{") && !VERSION_SEGMENT.matcher(segment).matches()) {
                words.add(segment);
            }
        }
        List<String> last = words.subList(Math.max(0, words.size() - 2), words.size());
        StringBuilder id = new StringBuilder();
        boolean verbFirst = !last.isEmpty() && vocabulary.actionWord(WORD_BOUNDARY.split(last.get(last.size() - 1))[0])
                .isPresent();
        if (last.isEmpty()) {
            return operationId(action, entity, null);
        }
        if (!verbFirst) {
            id.append(method.toLowerCase(Locale.ROOT));
        }
        for (String word : last) {
            for (String part : WORD_BOUNDARY.split(word)) {
                String clean = part.replaceAll("[^A-Za-z0-9]", "");
                if (!clean.isEmpty()) {
                    id.append(Character.toUpperCase(clean.charAt(0))).append(clean.substring(1));
                }
            }
        }
        if (path.endsWith("}")) {
            id.append("ById");
        }
        String result = id.toString();
        result = result.isEmpty() ? operationId(action, entity, null) : result;
        return Character.toLowerCase(result.charAt(0)) + result.substring(1);
    }

    private static String operationId(Action action, Entity entity, String subResource) {
        String noun = subResource != null
                ? entity.singularCamel() + Vocabulary.upperCamel(subResource)
                : action.pluralNoun() ? entity.pluralCamel() : entity.singularCamel();
        return action.verb() + noun + action.operationSuffix();
    }

    // a field the document marks as a path parameter beats one that is merely named like an id
    private static Optional<Field> idField(List<Field> fields, Entity entity) {
        Field named = null;
        Field marked = null;
        for (Field field : fields) {
            if (!IDENTIFIER.matcher(field.name()).matches()) {
                continue;
            }
            boolean isMarked = PATH_PARAMETER_HINT.matcher(field.description()).find();
            boolean isNamed = field.name().equalsIgnoreCase("id") || field.name().equalsIgnoreCase(entity.idName());
            if (isMarked && isNamed) {
                return Optional.of(field);
            }
            if (isMarked && marked == null) {
                marked = field;
            }
            if (isNamed && named == null) {
                named = field;
            }
        }
        return Optional.ofNullable(marked != null ? marked : named);
    }

    private static RequestBody requestBody(Action action, List<Field> fields) {
        List<Property> properties = new ArrayList<>();
        for (Field field : fields) {
            properties.add(new Property(field.name(), field.type().wireName(), field.required(),
                    blankToNull(field.description())));
        }
        if (action == Action.IMPORT) {
            // an import without a declared file field still uploads one
            if (fields.stream().noneMatch(f -> f.type() == FieldType.FILE)) {
                properties.add(0, new Property("file", FieldType.FILE.wireName(), true, null));
            }
            return new RequestBody(Vocabulary.MULTIPART, properties);
        }
        return properties.isEmpty() ? null : new RequestBody(Vocabulary.JSON, properties);
    }

    private Response response(InterfaceBlock block, Action action) {
        List<String> returns = block.returns().stream().map(String::strip).filter(r -> !r.isEmpty()).toList();
        if (returns.size() == 1 && vocabulary.meansNothing(returns.get(0))) {
            returns = List.of();
        }
        if (action == Action.EXPORT) {
            return new Response(fileType(block, returns, Vocabulary.SPREADSHEET), "file", List.of());
        }
        if (returns.size() == 1 && vocabulary.namesFile(returns.get(0))) {
            return new Response(fileType(block, returns, Vocabulary.OCTET_STREAM), "file", List.of());
        }
        if (returns.isEmpty()) {
            return EMPTY_WHEN_SILENT.contains(action)
                    ? new Response(null, "empty", List.of())
                    : new Response(Vocabulary.JSON, "object", List.of());
        }
        Map<String, Field> fieldsByName = new LinkedHashMap<>();
        block.fields().forEach(f -> fieldsByName.putIfAbsent(f.name(), f));
        List<Property> properties = new ArrayList<>();
        for (String name : returns) {
            properties.add(new Property(name, responseType(name, fieldsByName).wireName(), true, null));
        }
        return new Response(Vocabulary.JSON, action == Action.LIST ? "page" : "object", properties);
    }

    private static String fileType(InterfaceBlock block, List<String> returns, String fallback) {
        return Vocabulary.fileContentType(String.join(" ", returns))
                .or(() -> Vocabulary.fileContentType(block.title()))
                .or(() -> Vocabulary.fileContentType(block.text()))
                .orElse(fallback);
    }

    // judged by the last word of the name, so totalAmount is money and salesCount is a count
    static FieldType responseType(String name, Map<String, Field> fieldsByName) {
        Field declared = fieldsByName.get(name);
        if (declared != null) {
            return declared.type();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("id") || name.endsWith("Id") || name.endsWith("ID") || lower.endsWith("_id")
                || lower.endsWith("-id")) {
            return FieldType.INTEGER;
        }
        String[] words = WORD_BOUNDARY.split(name);
        String head = words.length == 0 ? lower : words[words.length - 1].toLowerCase(Locale.ROOT);
        if (COUNT_WORDS.contains(head)
                || name.contains("数量") || name.contains("次数")) {
            return FieldType.INTEGER;
        }
        if (MONEY_WORDS.contains(head)
                || name.contains("金额") || name.contains("价格")) {
            return FieldType.NUMBER;
        }
        if (TIME_WORDS.contains(head)
                || name.contains("时间") || name.contains("日期")) {
            return FieldType.DATE_TIME;
        }
        return FieldType.STRING;
    }

    /** The first line of prose: not a table row, heading or returns line. */
    static String firstProseLine(String text) {
        for (String line : text.split("\\R")) {
            String stripped = LIST_MARKER.matcher(line.strip()).replaceFirst("");
            if (!stripped.isEmpty() && !TABLE_OR_HEADING.matcher(stripped).find()
                    && !RETURNS_LINE.matcher(stripped).matches()) {
                return stripped;
            }
        }
        return null;
    }

    /** The first sentence of the first prose line, with its full stop; null when the block has no prose. */
    static String firstSentence(String text) {
        String line = firstProseLine(text);
        if (line == null) {
            return null;
        }
        Matcher end = SENTENCE_END.matcher(line);
        return end.find() ? line.substring(0, end.end()) : line;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
