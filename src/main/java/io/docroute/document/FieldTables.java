package io.docroute.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises field tables — a header row naming a field column and a type column, in Chinese or English —
 * and reads their rows as {@link Field}s.
 */
public final class FieldTables {

    // in priority order: a table with both 字段 and 名称 names its fields in the 字段 column
    private static final List<String> NAME_HEADERS = List.of(
            "字段", "字段名", "字段名称", "参数", "参数名", "参数名称", "field", "field name", "parameter",
            "parameter name", "param", "名称", "name");
    private static final Set<String> TYPE_HEADERS = Set.of(
            "类型", "数据类型", "字段类型", "参数类型", "type", "data type");
    private static final Set<String> REQUIRED_HEADERS = Set.of(
            "必填", "是否必填", "必须", "是否必须", "必需", "required", "mandatory");
    private static final Set<String> DESCRIPTION_HEADERS = Set.of(
            "说明", "描述", "备注", "含义", "description", "desc", "remark", "remarks", "comment", "comments",
            "note", "notes");
    private static final Set<String> YES = Set.of(
            "是", "y", "yes", "true", "必填", "必须", "√", "✓", "✔", "required");

    private FieldTables() {
    }

    /** Whether the first row of {@code rows} names a field column and a type column. */
    public static boolean isFieldTable(List<List<String>> rows) {
        return columns(rows) != null;
    }

    /** The table's fields in row order; empty when it is not a field table. Rows without a name are skipped. */
    public static List<Field> fields(List<List<String>> rows) {
        Columns columns = columns(rows);
        if (columns == null) {
            return List.of();
        }
        List<Field> fields = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            String name = cell(row, columns.name);
            if (name.isEmpty()) {
                continue;
            }
            fields.add(new Field(name, FieldType.parse(cell(row, columns.type)),
                    isYes(cell(row, columns.required)), cell(row, columns.description)));
        }
        return fields;
    }

    /** The fields of several tables in order, keeping the first field of each name; non-field tables add nothing. */
    public static List<Field> merge(List<List<List<String>>> tables) {
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
    public static boolean isYes(String value) {
        return YES.contains(Text.clean(value).toLowerCase(Locale.ROOT));
    }

    private static Columns columns(List<List<String>> rows) {
        if (rows == null || rows.isEmpty()) {
            return null;
        }
        List<String> header = rows.get(0).stream().map(h -> Text.clean(h).toLowerCase(Locale.ROOT)).toList();
        int name = -1;
        for (String candidate : NAME_HEADERS) {
            name = header.indexOf(candidate);
            if (name >= 0) {
                break;
            }
        }
        int type = indexOf(header, TYPE_HEADERS);
        if (name < 0 || type < 0) {
            return null;
        }
        return new Columns(name, type, indexOf(header, REQUIRED_HEADERS), indexOf(header, DESCRIPTION_HEADERS));
    }

    private static int indexOf(List<String> header, Set<String> names) {
        for (int i = 0; i < header.size(); i++) {
            if (names.contains(header.get(i))) {
                return i;
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
