package io.docroute.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading heading text: the numbering prefixes writers put before a title or a numbered line. */
final class Headings {

    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3})+[.．、]?(?=\\s|$|\\p{IsHan})|[0-9０-９]{1,3}[.．、](?![0-9０-９])|[0-9０-９]{1,3}[)）]"
                    + "|[0-9]{1,2}\\s+(?=[\\p{Lu}\\p{IsHan}])|[一二三四五六七八九十百零]{1,4}[、.．]|[（(][一二三四五六七八九十百零[0-9０-９]]{1,4}[)）])\\s*");
    // a heading's decimal number, "4", "4.1", "4.1.0", before its title
    private static final Pattern DECIMAL_NUMBER = Pattern.compile("^([0-9]{1,2}(?:\\.[0-9]{1,2})*)\\.?(?![0-9])");
    private static final Pattern ZERO_TAIL = Pattern.compile("(?:\\.0)+$");
    private static final Pattern AFTER_NUMBER = Pattern.compile("^\\s*[、:：]\\s*");
    // a list item's bullet, a trailing colon, and Markdown emphasis around the whole title
    private static final Pattern DECORATION = Pattern.compile("^[-+•]\\s+|^[*_`]+|[*_`]+$|\\s*[:：]\\s*$");

    /** A table of contents' leader between an entry's title and its page number: "……", "....", "· · · ·". */
    static final String CONTENTS_LEADER = "\\.{4,}|…{2,}|·{4,}|(?:\\. ){4,}";
    private static final Pattern LEADER = Pattern.compile(CONTENTS_LEADER);

    private Headings() {
    }

    /** Whether a heading holds a table of contents' leader dots: an entry of the contents typed as a heading. */
    static boolean isContentsEntry(String heading) {
        return LEADER.matcher(heading).find();
    }

    /** {@code "1. 用户列表"} → {@code "用户列表"}; also {@code 1、}, {@code 1)}, {@code 1.2}, {@code 一、} and {@code （一）}. */
    static String stripNumbering(String heading) {
        return withoutNumbering(undecorated(heading));
    }

    /**
     * The decimal number a heading opens with, its trailing zeros left out ("4.0 Features" → "4", "4.1.0 Key Features"
     * → "4.1", "4.1 : Account" → "4.1"); null when it has none.
     */
    static String decimalNumber(String heading) {
        Matcher m = DECIMAL_NUMBER.matcher(undecorated(heading));
        return m.find() ? ZERO_TAIL.matcher(m.group(1)).replaceFirst("") : null;
    }

    private static String undecorated(String heading) {
        return Text.clean(DECORATION.matcher(Text.clean(heading)).replaceAll(""));
    }

    /** The text after its numbering prefix; the text itself when it has none or is nothing but the number. */
    static String withoutNumbering(String text) {
        String cleaned = Text.clean(text);
        Matcher m = NUMBERING.matcher(cleaned);
        if (m.find()) {
            // "3.1.2 、后台管理系统", "4.1 : Personal User Account": a list comma or a colon typed after the number
            String rest = Text.clean(AFTER_NUMBER.matcher(cleaned.substring(m.end())).replaceFirst(""));
            if (!rest.isEmpty()) {
                return rest;
            }
        }
        return cleaned;
    }
}
