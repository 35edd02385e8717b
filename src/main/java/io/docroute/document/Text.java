package io.docroute.document;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Small text helpers shared by the readers. */
final class Text {

    /** The glyphs PDFs and Word keep before a list item ("● Status 200", "· Create new shifts"). */
    static final String LIST_GLYPHS = "•·●○■□◆◇▪▫►▶◦‣⁃⚫⦁➢➤❖◼◾";

    private static final Pattern DRAWN_CODE_SPAN = Pattern.compile("‘([^‘’\\n]+)‘");
    // the simplified radicals of the CJK Radicals Supplement that are characters of their own, and those characters
    private static final String SIMPLIFIED_RADICALS = "⻅⻆⻉⻋⻓⻔⻙⻚⻛⻜⻢⻥⻦⻧⻨⻩⻪⻬⻮⻰";
    private static final String SIMPLIFIED_IDEOGRAPHS = "见角贝车长门韦页风飞马鱼鸟卤麦黄黾齐齿龙";

    private Text() {
    }

    /** Trims every kind of Unicode space, including the full-width U+3000 and no-break spaces, and BOMs. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        text = withoutInvisible(text);
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** Removes zero-width spaces, joiners and word joiners, which PDF and Word text scatter inside words. */
    static String withoutInvisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isInvisible(text.charAt(i))) {
                StringBuilder out = new StringBuilder(text.length());
                text.chars().filter(c -> !isInvisible((char) c)).forEach(c -> out.append((char) c));
                return out.toString();
            }
        }
        return text;
    }

    /**
     * Code spans as backticks again: a PDF made from Markdown draws each backtick of {@code `POST /login`} as an
     * opening quote, {@code ‘POST /login‘}, which typography never closes a quotation with.
     */
    static String withCodeTicks(String text) {
        return text.indexOf('‘') < 0 ? text : DRAWN_CODE_SPAN.matcher(text).replaceAll("`$1`");
    }

    /**
     * Replaces Kangxi and supplementary CJK radicals (U+2E80–U+2FDF) by the ideographs they stand for: some PDF
     * producers map glyphs to the radicals, so "⽤户" would not read as "用户"; others write the radical and then the
     * ideograph, so "请求⽅方式" is "请求方式". The simplified radicals that are characters of their own ("倒⻋辅助",
     * "⻚面") have no compatibility mapping; {@link #SIMPLIFIED_RADICALS} gives theirs.
     */
    static String withUnifiedRadicals(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u2E80' && c <= '\u2FDF') {
                out = out == null ? new StringBuilder(text.substring(0, i)) : out;
                int simplified = SIMPLIFIED_RADICALS.indexOf(c);
                String ideograph = simplified >= 0 ? String.valueOf(SIMPLIFIED_IDEOGRAPHS.charAt(simplified))
                        : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                out.append(ideograph);
                if (text.startsWith(ideograph, i + 1)) {
                    // "请求⽅方式": the radical drawn over the ideograph it stands for, both in the text layer
                    i += ideograph.length();
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** Collapses runs of spaces inside a line to one space, as HTML rendering does. */
    static String collapse(String text) {
        if (isCollapsed(text)) {
            return text;
        }
        text = withoutInvisible(text);
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = !out.isEmpty();
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether a line is as {@link #collapse} leaves it: single spaces between words, none around them. */
    private static boolean isCollapsed(String text) {
        int length = text.length();
        if (length > 0 && (text.charAt(0) == ' ' || text.charAt(length - 1) == ' ')) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == ' ' ? text.charAt(i - 1) == ' ' : isSpace(c) || isInvisible(c)) {
                return false;
            }
        }
        return true;
    }

    /** Shortens a message for a person: its first line, at most {@code max} characters. */
    static String brief(String message, int max) {
        if (message == null || message.isBlank()) {
            return "";
        }
        String first = clean(message.lines().filter(l -> !l.isBlank()).findFirst().orElse(""));
        return first.length() <= max ? first : first.substring(0, max - 1) + "…";
    }
}
