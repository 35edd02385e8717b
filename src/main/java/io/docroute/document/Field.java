package io.docroute.document;

/** One row of a block's field table: a typed request or response field. */
public record Field(String name, FieldType type, boolean required, String description) {

    public Field {
        name = name == null ? "" : name.strip();
        type = type == null ? FieldType.STRING : type;
        description = description == null ? "" : description.strip();
    }
}
