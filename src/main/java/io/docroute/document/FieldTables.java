package io.docroute.document;

import io.docroute.vocabulary.Vocabulary;
import io.docroute.vocabulary.Vocabulary.Column;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises field tables — a header row naming a field column and a type or required column, with the column
 * names of the vocabulary — and reads their rows as {@link Field}s.
 */
public final class FieldTables {

    // rows of nested fields in API-doc exports: "├─ id", "└─name", "&emsp;id", "» id", "-- id"
    private static final Pattern NESTED = Pattern.compile("^(?:[├└│─┌┬┴┼\\-»>+\\u2003\\u2002\\u00A0]|&emsp;|&nbsp;)+\\s*");
    private static final Pattern NOT_A_NAME = Pattern.compile("^(?:[-—–/]|无|暂无|none|n/a|\\.\\.\\.|…)$",
            Pattern.CASE_INSENSITIVE);
    // the envelope most Chinese APIs wrap answers in; its own names say nothing about the interface
    private static final Set<String> ENVELOPE = Set.of(
            "code", "msg", "message", "data", "success", "errcode", "errmsg", "status_code", "result", "obj");

    private final Vocabulary vocabulary;

    public FieldTables(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Whether the first row of {@code rows} names a field column and a type or required column. */
    public boolean isFieldTable(List<List<String>> rows) {
        return columns(rows) != null;
    }

    /**
     * The table's top-level fields in row order; empty when it is not a field table. Rows without a name and the
     * nested rows of an object field are skipped.
     */
    public List<Field> fields(List<List<String>> rows) {
        Columns columns = columns(rows);
        if (columns == null) {
            return List.of();
        }
        List<Field> fields = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            String name = cell(row, columns.name);
            if (name.isEmpty() || NESTED.matcher(name).lookingAt() || NOT_A_NAME.matcher(name).matches()) {
                continue;
            }
            fields.add(new Field(name, FieldType.parse(cell(row, columns.type)),
                    isYes(cell(row, columns.required)), cell(row, columns.description)));
        }
        return fields;
    }

    /**
     * The names a response table lists, nested rows included, without the answer envelope ({@code code},
     * {@code msg}, {@code data}); empty when it is not a field table.
     */
    public List<String> responseNames(List<List<String>> rows) {
        Columns columns = columns(rows);
        if (columns == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            String name = NESTED.matcher(cell(row, columns.name)).replaceFirst("");
            if (!name.isEmpty() && !NOT_A_NAME.matcher(name).matches() && !ENVELOPE.contains(name.toLowerCase(Locale.ROOT))) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** The fields of several tables in order, keeping the first field of each name; non-field tables add nothing. */
    public List<Field> merge(List<List<List<String>>> tables) {
        Set<String> seen = new LinkedHashSet<>();
        List<Field> merged = new ArrayList<>();
        for (List<List<String>> table : tables) {
            for (Field field : fields(table)) {
                if (seen.add(field.name())) {
                    merged.add(field);
                }
            }
        }
        return merged;
    }

    /** Reads a "required" cell: 是, Y, yes, true, 必填, √ and the like. */
    public boolean isYes(String value) {
        return vocabulary.isYes(Text.clean(value));
    }

    private Columns columns(List<List<String>> rows) {
        if (rows == null || rows.isEmpty()) {
            return null;
        }
        List<String> header = rows.get(0).stream().map(Vocabulary::columnKey).toList();
        int name = -1;
        for (String candidate : vocabulary.columnNames(Column.NAME)) {
            name = header.indexOf(candidate);
            if (name >= 0) {
                break;
            }
        }
        int type = indexOf(header, vocabulary.columnNames(Column.TYPE));
        int required = indexOf(header, vocabulary.columnNames(Column.REQUIRED));
        if (name < 0 || type < 0 && required < 0) {
            return null;
        }
        return new Columns(name, type, required, indexOf(header, vocabulary.columnNames(Column.DESCRIPTION)));
    }

    // the first header cell that is one of the names, the names taken in priority order
    private static int indexOf(List<String> header, List<String> names) {
        for (String name : names) {
            int at = header.indexOf(name);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int column) {
        return column >= 0 && column < row.size() ? Text.clean(row.get(column)) : "";
    }

    private record Columns(int name, int type, int required, int description) {
    }
}
