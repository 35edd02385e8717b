package io.docroute.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A document's headings in document order, each with the lines and tables directly beneath it
 * (up to the next heading of any level). Content before the first heading sits in a level-0 section.
 */
record Outline(List<Section> sections) {

    Outline {
        sections = List.copyOf(sections);
    }

    /** One heading and the content directly under it; {@code level} is 1..6, or 0 for the preamble. */
    record Section(int level, String heading, List<Part> parts) {

        Section {
            parts = List.copyOf(parts);
        }
    }

    /** Every heading and line in order, headings written {@code # title}, table rows as rendered. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Section section : sections) {
            if (section.level() > 0) {
                lines.add("#".repeat(section.level()) + " " + section.heading());
            }
            for (Part part : section.parts()) {
                if (part instanceof Line line) {
                    lines.add(line.text());
                } else if (part instanceof Table table) {
                    lines.addAll(table.render().lines().toList());
                }
            }
        }
        return lines;
    }

    sealed interface Part permits Line, Table {
    }

    record Line(String text) implements Part {
    }

    /** A table as rows of trimmed cell texts, the header row first. */
    record Table(List<List<String>> rows) implements Part {

        Table {
            rows = rows.stream().map(List::copyOf).toList();
        }

        /** The cells of one rendered row, {@code | a | b |} → [a, b]; an escaped {@code \\|} stays in its cell. */
        static List<String> cells(String row) {
            String inner = Text.clean(row);
            inner = inner.startsWith("|") ? inner.substring(1) : inner;
            inner = inner.endsWith("|") && !inner.endsWith("\\|") ? inner.substring(0, inner.length() - 1) : inner;
            List<String> cells = new ArrayList<>();
            for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
                cells.add(Text.clean(cell.replace("\\|", "|")));
            }
            return cells;
        }

        String render() {
            StringBuilder out = new StringBuilder();
            for (List<String> row : rows) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append('|');
                for (String cell : row) {
                    out.append(' ').append(cell.replace("|", "\\|")).append(" |");
                }
            }
            return out.toString();
        }
    }

    /** Collects sections while a reader walks a document. */
    static final class Builder {

        private final List<Section> sections = new ArrayList<>();
        private int level;
        private String heading = "";
        private List<Part> parts = new ArrayList<>();

        void heading(int newLevel, String text) {
            flush();
            level = newLevel;
            heading = Text.clean(text);
            parts = new ArrayList<>();
        }

        void line(String text) {
            String cleaned = Text.clean(text);
            if (!cleaned.isEmpty()) {
                parts.add(new Line(cleaned));
            }
        }

        void table(List<List<String>> rows) {
            if (!rows.isEmpty()) {
                parts.add(new Table(rows));
            }
        }

        Outline build() {
            flush();
            return new Outline(sections);
        }

        private void flush() {
            if (level > 0 || !parts.isEmpty()) {
                sections.add(new Section(level, heading, parts));
            }
        }
    }
}
