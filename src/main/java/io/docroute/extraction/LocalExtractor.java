package io.docroute.extraction;

import io.docroute.document.Field;
import io.docroute.document.FieldType;
import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.InterfaceSpec.Parameter;
import io.docroute.extraction.InterfaceSpec.Property;
import io.docroute.extraction.InterfaceSpec.RequestBody;
import io.docroute.extraction.InterfaceSpec.Response;
import io.docroute.extraction.TitleReader.Intent;
import io.docroute.extraction.Vocabulary.Action;
import io.docroute.extraction.Vocabulary.Entity;
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
import org.springframework.stereotype.Component;

/**
 * Turns an interface block into a spec by rule, without a model: the title gives the action and entity
 * ({@link TitleReader}), the field table gives parameters or the body, the returns line gives the response.
 * Deterministic: the same block always gives the same spec.
 */
@Component
public class LocalExtractor {

    private static final Set<Action> EMPTY_WHEN_SILENT =
            EnumSet.of(Action.DELETE, Action.DISABLE, Action.ENABLE, Action.CANCEL);
    private static final Set<String> BODYLESS_METHODS = Set.of("GET", "DELETE");
    private static final Pattern PATH_PARAMETER_HINT = Pattern.compile(
            "路径参数|路径变量|path param|path variable|in (the )?path|in (the )?url", Pattern.CASE_INSENSITIVE);
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern WORD_BOUNDARY = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|[_\\-\\s]+");
    private static final Pattern TABLE_OR_HEADING = Pattern.compile("^(\\||#|[-:| ]+$)");
    private static final Pattern RETURNS_LINE = Pattern.compile("^(返回|响应|出参|returns?|response)\\s*[:：].*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_MARKER = Pattern.compile("^([-*+]|\\d+[.)])\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？]|[.!?](?=\\s|$)");
    private static final Set<String> COUNT_WORDS = Set.of("count", "total", "quantity", "qty", "stock");
    private static final Set<String> MONEY_WORDS = Set.of("amount", "price", "sales", "fee", "cost");
    private static final Set<String> TIME_WORDS = Set.of("at", "time", "date", "datetime", "timestamp");

    public InterfaceSpec extract(InterfaceBlock block) {
        String firstLine = firstProseLine(block.text());
        Intent intent = TitleReader.read(block.title(), firstLine);
        Action action = intent.action();
        Entity entity = intent.entity();
        String method = action == Action.UPDATE && Vocabulary.asksForPartialUpdate(block.title()) ? "PATCH"
                : action.method();

        boolean hasIdSlot = action.itemLevel() || intent.subResource() != null;
        Optional<Field> idField = hasIdSlot ? idField(block.fields(), entity) : Optional.empty();
        String idName = idField.map(Field::name).orElse(entity.idName());

        StringBuilder path = new StringBuilder("/").append(entity.plural());
        if (hasIdSlot) {
            path.append("/{").append(idName).append('}');
        }
        if (intent.subResource() != null) {
            path.append('/').append(intent.subResource());
        }
        path.append(action.pathSuffix());

        List<Parameter> parameters = new ArrayList<>();
        if (hasIdSlot) {
            parameters.add(new Parameter(idName, "path",
                    idField.map(f -> f.type().wireName()).orElse(FieldType.INTEGER.wireName()), true,
                    idField.map(f -> blankToNull(f.description())).orElse(null)));
        }
        List<Field> otherFields = block.fields().stream().filter(f -> idField.isEmpty() || idField.get() != f).toList();
        RequestBody body = null;
        if (BODYLESS_METHODS.contains(method)) {
            for (Field field : otherFields) {
                parameters.add(new Parameter(field.name(), "query", field.type().wireName(), field.required(),
                        blankToNull(field.description())));
            }
        } else {
            body = requestBody(action, otherFields);
        }

        return new InterfaceSpec(
                operationId(action, entity, intent.subResource()),
                method,
                path.toString(),
                block.title().isEmpty() ? firstLine : block.title(),
                firstSentence(block.text()),
                entity.tag(),
                parameters,
                body,
                response(block, action));
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

    private static Response response(InterfaceBlock block, Action action) {
        List<String> returns = block.returns().stream().map(String::strip).filter(r -> !r.isEmpty()).toList();
        if (returns.size() == 1 && Vocabulary.meansNothing(returns.get(0))) {
            returns = List.of();
        }
        if (action == Action.EXPORT) {
            return new Response(fileType(block, returns, Vocabulary.SPREADSHEET), "file", List.of());
        }
        if (returns.size() == 1 && Vocabulary.namesFile(returns.get(0))) {
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
