package io.docroute.document;

import java.util.List;

/**
 * A parsed requirements document.
 *
 * @param name    the source file name as received
 * @param sha256  hex SHA-256 of the raw bytes
 * @param format  the format it was read as
 * @param title   the document's own title, when it has one
 * @param blocks  its interface blocks in document order
 * @param choices why each section was or was not taken as a block
 * @param lines   its text as read (headings, lines and table rows), for a model to list its interfaces; empty for
 *                JSON documents, whose interfaces are their entries
 */
public record Document(String name, String sha256, DocumentFormat format, String title, List<InterfaceBlock> blocks,
                       List<Choice> choices, List<String> lines) {

    public Document {
        blocks = List.copyOf(blocks);
        choices = choices == null ? List.of() : List.copyOf(choices);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public Document(String name, String sha256, DocumentFormat format, String title, List<InterfaceBlock> blocks,
                    List<Choice> choices) {
        this(name, sha256, format, title, blocks, choices, List.of());
    }

    public Document(String name, String sha256, DocumentFormat format, String title, List<InterfaceBlock> blocks) {
        this(name, sha256, format, title, blocks, List.of());
    }
}
