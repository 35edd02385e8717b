package io.docroute.document;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a "返回：a、b、c" / "Returns: a, b" line into response field names. "返回：无" gives an empty list, and a
 * file answer such as "返回：Excel 文件" is kept whole as a single element.
 */
public final class ReturnsLine {

    // an optional list bullet, then the keyword, then a half- or full-width colon
    private static final Pattern LINE = Pattern.compile(
            "^(?:[-*+•·]\\s*)?(?:返回字段|返回值|返回参数|返回结果|返回|returns|return|response)\\s*[:：]\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[、,，;；]\\s*");
    private static final Pattern NOTHING = Pattern.compile(
            "(?:无|空|无返回|无返回值|无内容|none|nothing|(?:204\\s*)?no content|n/a|-)(?:\\s*[（(].*[)）])?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE = Pattern.compile(
            "文件|\\b(?:excel|csv|xlsx?|file)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$.\\[\\]]*");

    private ReturnsLine() {
    }

    /** Whether the line is a returns line at all. */
    public static boolean matches(String line) {
        return LINE.matcher(Text.clean(line)).matches();
    }

    /** The names on a returns line; empty when the line is not one, or says nothing is returned. */
    public static Optional<List<String>> parse(String line) {
        Matcher m = LINE.matcher(Text.clean(line));
        if (!m.matches()) {
            return Optional.empty();
        }
        String rest = stripEnding(Text.clean(m.group(1)));
        if (rest.isEmpty() || NOTHING.matcher(rest).matches()) {
            return Optional.of(List.of());
        }
        List<String> items = Arrays.stream(SEPARATOR.split(rest))
                .map(ReturnsLine::unquote)
                .filter(item -> !item.isEmpty())
                .toList();
        // "Excel 文件，按筛选条件导出" is one file answer, while "fileId, fileUrl" stays a list of fields
        if (FILE.matcher(rest).find() && !items.stream().allMatch(i -> IDENTIFIER.matcher(i).matches())) {
            return Optional.of(List.of(rest));
        }
        return Optional.of(items);
    }

    /** The first returns line among {@code lines}, read; empty when there is none. */
    public static List<String> find(List<String> lines) {
        for (String line : lines) {
            Optional<List<String>> names = parse(line);
            if (names.isPresent()) {
                return names.get();
            }
        }
        return List.of();
    }

    private static String stripEnding(String text) {
        String result = text;
        while (!result.isEmpty() && "。.;；,，".indexOf(result.charAt(result.length() - 1)) >= 0) {
            result = Text.clean(result.substring(0, result.length() - 1));
        }
        return result;
    }

    private static String unquote(String item) {
        String result = Text.clean(item);
        while (result.length() >= 2 && "`'\"“”‘’「」".indexOf(result.charAt(0)) >= 0
                && "`'\"“”‘’「」".indexOf(result.charAt(result.length() - 1)) >= 0) {
            result = Text.clean(result.substring(1, result.length() - 1));
        }
        return result;
    }
}
