package io.docroute.document;

import java.util.Locale;

/** The field types an interface spec knows; names are the JSON Schema / OpenAPI spellings. */
public enum FieldType {
    STRING("string"), INTEGER("integer"), NUMBER("number"), BOOLEAN("boolean"),
    DATE("date"), DATE_TIME("date-time"), ARRAY("array"), OBJECT("object"), FILE("file");

    private final String wireName;

    FieldType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Reads a type as requirement writers spell it, in Chinese or English; unknown spellings are strings. */
    public static FieldType parse(String text) {
        if (text == null) {
            return STRING;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return STRING;
        }
        for (FieldType type : values()) {
            if (type.wireName.equals(t)) {
                return type;
            }
        }
        if (t.matches("int|int32|int64|long|bigint|short|tinyint|smallint|整数|整型|长整型|数值id") ) {
            return INTEGER;
        }
        if (t.matches("float|double|decimal|bigdecimal|money|amount|数字|数值|小数|浮点数?|金额")) {
            return NUMBER;
        }
        if (t.matches("bool|布尔|布尔值|是否")) {
            return BOOLEAN;
        }
        if (t.matches("日期")) {
            return DATE;
        }
        if (t.matches("datetime|timestamp|time|时间|日期时间|时间戳")) {
            return DATE_TIME;
        }
        if (t.matches("list|数组|列表|集合|array<.*>|list<.*>|.*\\[]")) {
            return ARRAY;
        }
        if (t.matches("map|json|对象|object<.*>")) {
            return OBJECT;
        }
        if (t.matches("文件|binary|multipart|附件")) {
            return FILE;
        }
        return STRING;
    }
}
