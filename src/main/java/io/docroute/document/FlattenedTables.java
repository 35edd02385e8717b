package io.docroute.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A PDF's table of functions rebuilt from the lines its text gives: Tika keeps no cells of a table drawn with lines,
 * so "功能编号 功能名称 功能描述" over "User Group02 用户注册 用户名，用户密码，个人详" and "细信息。" is a header and rows
 * again ("| User Group02 | 用户注册 | 用户名，用户密码，个人详细信息。 |"), which the table readers understand. A row is an
 * id (no Chinese in it), the function's Chinese name, then its description, which may wrap over the lines below;
 * numbers as ids run on one by one ("01", "02"), so a chapter's number after the table ends it. PDFBox has table
 * extraction only by position (Tabula is not on the stack), which the text layer of these exports does not keep
 * reliably; the header's column names are what marks the table.
 */
final class FlattenedTables {

    // the columns a table of functions is headed by: "功能编号 功能名称 功能描述", "序号 名称 描述 备注"
    private static final Pattern COLUMN = Pattern.compile(
            "^(?:(?:功能|需求|用例)?(?:编号|名称|描述|说明)|序号|备注|优先级|输入|输出|ID)$");
    private static final Pattern ID_COLUMN = Pattern.compile("^(?:(?:功能|需求|用例)?编号|序号|ID)$");
    private static final Pattern NAME_COLUMN = Pattern.compile("^(?:功能|需求|用例)?名称$");
    private static final Pattern ROW = Pattern.compile(
            "^([A-Za-z0-9][A-Za-z0-9 _.-]{0,30}?)\\s+(\\p{IsHan}\\S{0,24})(?:\\s+(\\S.*))?$");
    private static final Pattern DIGITS = Pattern.compile("^\\d{1,3}$");
    private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})+\\.?$");
    // a description wraps over a line or two at most; more is prose after the table
    private static final int MAX_WRAPPED_LINES = 3;
    private static final int MIN_ROWS = 2;

    private FlattenedTables() {
    }

    /** The text with each table of functions it flattened rebuilt as table rows; any other text as it is. */
    static String rebuilt(String text) {
        if (!text.contains("名称")) {
            return text;
        }
        List<String> lines = text.lines().toList();
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            List<String> header = header(lines.get(i));
            Rows rows = header == null ? null : rows(lines, i + 1);
            if (rows == null || rows.cells().size() < MIN_ROWS) {
                out.add(lines.get(i));
                continue;
            }
            out.add(row(header, header.size()));
            rows.cells().forEach(row -> out.add(row(row, header.size())));
            i = rows.end() - 1;
        }
        return String.join("\n", out);
    }

    /** The column names of a table of functions' header line, an id's and a name's first among them; else null. */
    private static List<String> header(String line) {
        List<String> columns = List.of(line.strip().split("\\s+"));
        return columns.size() >= 3 && columns.size() <= 6 && columns.stream().allMatch(c -> COLUMN.matcher(c).matches())
                && ID_COLUMN.matcher(columns.get(0)).matches() && NAME_COLUMN.matcher(columns.get(1)).matches()
                ? columns : null;
    }

    /** The rows under a header, from line {@code from}: each row's id, name and description, and where they end. */
    private static Rows rows(List<String> lines, int from) {
        List<List<String>> rows = new ArrayList<>();
        List<String> open = null;
        int wrapped = 0;
        int end = from;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher row = ROW.matcher(line);
            if (line.isEmpty()) {
                continue;
            }
            if (row.matches() && follows(open, row.group(1).strip())) {
                open = new ArrayList<>(List.of(row.group(1).strip(), row.group(2),
                        row.group(3) == null ? "" : row.group(3)));
                rows.add(open);
                wrapped = 0;
            } else if (open != null && !row.matches() && header(line) == null && wrapped++ < MAX_WRAPPED_LINES) {
                open.set(2, open.get(2) + line);
            } else {
                break;
            }
            end = i + 1;
        }
        return new Rows(rows, end);
    }

    /** Whether an id goes on from the row before: of the same kind, and a number the next one. */
    private static boolean follows(List<String> previous, String id) {
        if (SECTION_NUMBER.matcher(id).matches()) {
            return false;
        }
        if (previous == null) {
            return true;
        }
        boolean number = DIGITS.matcher(id).matches();
        if (number != DIGITS.matcher(previous.get(0)).matches()) {
            return false;
        }
        return !number || Integer.parseInt(id) == Integer.parseInt(previous.get(0)) + 1;
    }

    private static String row(List<String> cells, int width) {
        List<String> padded = new ArrayList<>(cells);
        while (padded.size() < width) {
            padded.add("");
        }
        return padded.stream().map(cell -> cell.replace("|", "/")).collect(Collectors.joining(" | ", "| ", " |"));
    }

    private record Rows(List<List<String>> cells, int end) {
    }
}
