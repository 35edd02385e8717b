package io.docroute.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks the interface blocks of a sectioned document: the heading level that splits it (configured, or the level
 * with the most interface-looking sections, the shallower on a tie) and, at that level, the sections that look
 * like an interface — a field table anywhere beneath them, or an action word such as 列表 / List in the title.
 */
final class BlockSelector {

    private BlockSelector() {
    }

    /**
     * The chosen blocks and the document title: its first h1 unless that is a block; else, when
     * {@code firstLineTitle}, a short first line before any heading (plain text has no h1 to mark it); else
     * {@code fallbackTitle}.
     */
    static Selection select(Outline outline, int configuredLevel, boolean firstLineTitle, String fallbackTitle) {
        List<Outline.Section> sections = outline.sections();
        int level = configuredLevel > 0 ? configuredLevel : automaticLevel(sections);
        List<InterfaceBlock> blocks = new ArrayList<>();
        int firstH1 = indexOfFirstH1(sections);
        boolean firstH1IsBlock = false;
        if (level > 0) {
            for (int i = 0; i < sections.size(); i++) {
                if (sections.get(i).level() == level && looksLikeInterface(sections, i)) {
                    blocks.add(block(blocks.size(), sections, i));
                    firstH1IsBlock |= i == firstH1;
                }
            }
        }
        String title = firstH1 >= 0 && !firstH1IsBlock ? sections.get(firstH1).heading() : "";
        if (title.isBlank() && firstLineTitle) {
            title = preambleFirstLine(sections);
        }
        return new Selection(title.isBlank() ? fallbackTitle : title, blocks);
    }

    private static String preambleFirstLine(List<Outline.Section> sections) {
        if (sections.isEmpty() || sections.get(0).level() != 0) {
            return "";
        }
        return sections.get(0).parts().stream()
                .filter(p -> p instanceof Outline.Line)
                .map(p -> ((Outline.Line) p).text())
                .findFirst()
                .filter(line -> line.length() <= PlainTextOutlineReader.MAX_HEADING_LENGTH)
                .orElse("");
    }

    record Selection(String title, List<InterfaceBlock> blocks) {
    }

    private static int automaticLevel(List<Outline.Section> sections) {
        int[] counts = new int[7];
        for (int i = 0; i < sections.size(); i++) {
            int level = sections.get(i).level();
            if (level > 0 && (hasActionTitle(sections.get(i)) || ownsFieldTable(sections, i))) {
                counts[level]++;
            }
        }
        int best = 0;
        for (int level = 1; level <= 6; level++) {
            if (counts[level] > counts[best]) {
                best = level;
            }
        }
        return best;
    }

    private static boolean looksLikeInterface(List<Outline.Section> sections, int index) {
        return hasActionTitle(sections.get(index))
                || subtree(sections, index).stream().anyMatch(BlockSelector::hasFieldTable);
    }

    /**
     * A field table in the subtree that is not inside a deeper section with an interface title: such a table
     * speaks for that section, so a document-title h1 around a single interface does not tie with it.
     */
    private static boolean ownsFieldTable(List<Outline.Section> sections, int index) {
        List<Outline.Section> subtree = subtree(sections, index);
        int claimedBelowLevel = Integer.MAX_VALUE;
        for (int s = 0; s < subtree.size(); s++) {
            Outline.Section section = subtree.get(s);
            if (s > 0 && section.level() <= claimedBelowLevel) {
                claimedBelowLevel = hasActionTitle(section) ? section.level() : Integer.MAX_VALUE;
            }
            if (claimedBelowLevel == Integer.MAX_VALUE && hasFieldTable(section)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasActionTitle(Outline.Section section) {
        return Headings.hasActionWord(Headings.stripNumbering(section.heading()));
    }

    private static boolean hasFieldTable(Outline.Section section) {
        return section.parts().stream()
                .anyMatch(p -> p instanceof Outline.Table t && FieldTables.isFieldTable(t.rows()));
    }

    /** The section and the deeper sections under it, up to the next heading of the same or a higher level. */
    private static List<Outline.Section> subtree(List<Outline.Section> sections, int index) {
        int level = sections.get(index).level();
        int end = index + 1;
        while (end < sections.size() && sections.get(end).level() > level) {
            end++;
        }
        return sections.subList(index, end);
    }

    private static InterfaceBlock block(int blockIndex, List<Outline.Section> sections, int index) {
        List<Outline.Section> subtree = subtree(sections, index);
        List<String> lines = new ArrayList<>();
        List<List<List<String>>> tables = new ArrayList<>();
        List<String> textLines = new ArrayList<>();
        for (int s = 0; s < subtree.size(); s++) {
            Outline.Section section = subtree.get(s);
            if (s > 0) {
                lines.add(section.heading());
            }
            for (Outline.Part part : section.parts()) {
                if (part instanceof Outline.Line line) {
                    lines.add(line.text());
                    textLines.add(line.text());
                } else if (part instanceof Outline.Table table) {
                    lines.add(table.render());
                    tables.add(table.rows());
                }
            }
        }
        return new InterfaceBlock(blockIndex, Headings.stripNumbering(sections.get(index).heading()),
                String.join("\n", lines), FieldTables.merge(tables), ReturnsLine.find(textLines));
    }

    private static int indexOfFirstH1(List<Outline.Section> sections) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).level() == 1) {
                return i;
            }
        }
        return -1;
    }
}
