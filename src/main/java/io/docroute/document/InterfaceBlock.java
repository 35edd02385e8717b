package io.docroute.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One interface block of a document ("grid block"): the unit that is extracted, cached and routed.
 *
 * @param index   zero-based position in the document; results are restored to this order
 * @param title   the heading (or grid title) that names the interface, e.g. "用户列表" or "List products"
 * @param text    the block's prose and table text as written, heading excluded
 * @param fields  the block's request field table, in table order; empty when the block has none
 * @param returns response field names from a "返回：" / "Returns:" line or a response table; empty when absent
 * @param stated  the method and path the block states, read from its title and text
 */
public record InterfaceBlock(int index, String title, String text, List<Field> fields, List<String> returns,
                             StatedEndpoint stated) {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public InterfaceBlock {
        // a PDF's words apart by tabs ("Create\ta\tboat") make a title of one line with single spaces
        title = title == null ? "" : WHITESPACE.matcher(title.strip()).replaceAll(" ");
        text = text == null ? "" : text;
        fields = fields == null ? List.of() : List.copyOf(fields);
        returns = returns == null ? List.of() : List.copyOf(returns);
        stated = stated == null ? StatedEndpoint.NONE : stated;
    }

    /** A block whose stated method and path are read from its title and text. */
    public InterfaceBlock(int index, String title, String text, List<Field> fields, List<String> returns) {
        this(index, title, text, fields, returns, StatedEndpoint.read(
                text == null ? List.of(title == null ? "" : title) : concat(title, text)));
    }

    /**
     * This block with the method and path it states read apart from its text: under its section's path prefix, or
     * with the method the document says all its requests use.
     */
    public InterfaceBlock withStated(StatedEndpoint endpoint) {
        return new InterfaceBlock(index, title, text, fields, returns, endpoint);
    }

    private static List<String> concat(String title, String text) {
        List<String> lines = new ArrayList<>();
        lines.add(title == null ? "" : title);
        lines.addAll(text.lines().toList());
        return lines;
    }
}
