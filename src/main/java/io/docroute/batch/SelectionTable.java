package io.docroute.batch;

import io.docroute.output.DocumentResult;
import io.docroute.output.DocumentResult.Selection;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;

/**
 * {@code run --explain}: one table per document saying which section became which block, then the sections not
 * taken and why, as the report's {@code selection} holds them.
 */
final class SelectionTable {

    private static final int MAX_SECTION_WIDTH = 48;

    private SelectionTable() {
    }

    /** Prints the document's table; {@code result} is null when the document gave no report. */
    static void print(PrintStream out, String document, DocumentResult result) {
        out.println();
        if (result == null) {
            out.println(document + ": no selection to explain, the document was not processed (see its row above)");
            return;
        }
        List<Selection> taken = result.selection().stream().filter(s -> s.block() != null)
                .sorted(Comparator.comparingInt(Selection::block)).toList();
        List<Selection> notTaken = result.selection().stream().filter(s -> s.block() == null).toList();
        out.printf("%s: %d block(s); %d section(s) taken, %d not taken%n", document, result.stats().blocks(),
                taken.size(), notTaken.size());
        int width = Math.min(MAX_SECTION_WIDTH, Math.max("Section".length(),
                result.selection().stream().mapToInt(s -> displayWidth(s.section())).max().orElse(0)));
        String format = "%5s  %s  %s%n";
        out.printf(format, "Block", pad("Section", width), "Why");
        out.printf(format, "-----", "-".repeat(width), "---");
        for (Selection s : taken) {
            out.printf(format, s.block(), pad(s.section(), width), s.reason());
        }
        for (Selection s : notTaken) {
            out.printf(format, "-", pad(s.section(), width), s.reason());
        }
    }

    /** Pads or shortens to {@code width} terminal columns; CJK and full-width characters take two. */
    private static String pad(String text, int width) {
        String value = text == null || text.isBlank() ? "(untitled)" : text.strip();
        int used = displayWidth(value);
        if (used > width) {
            StringBuilder cut = new StringBuilder();
            used = 1;
            for (int c : value.codePoints().toArray()) {
                if (used + columns(c) > width) {
                    break;
                }
                cut.appendCodePoint(c);
                used += columns(c);
            }
            value = cut.append('…').toString();
        }
        return value + " ".repeat(width - used);
    }

    private static int displayWidth(String text) {
        String value = text == null || text.isBlank() ? "(untitled)" : text.strip();
        return value.codePoints().map(SelectionTable::columns).sum();
    }

    private static int columns(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        boolean wide = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF01 && codePoint <= 0xFF60);
        return wide ? 2 : 1;
    }
}
