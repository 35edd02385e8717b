package io.docroute.document;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads HTML (written by hand, rendered from Markdown, or produced by Tika from a DOCX) into an {@link Outline}:
 * h1..h6 start sections, tables become tables, and every other block of text becomes one line per
 * paragraph, list item or {@code <br>}.
 */
final class HtmlOutlineReader {

    private static final Pattern TYPED_BULLET = Pattern.compile("^[-•·*]\\s+");
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
            "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup",
            "hr", "html", "li", "main", "menu", "nav", "ol", "p", "section", "summary", "ul");
    private static final Set<String> SKIPPED = Set.of(
            "head", "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math",
            "select", "textarea");

    // the line numbers and gutters of code listings (CodeMirror as Typora exports it, Prism, highlight.js), which
    // would run into the code's first line; a grid's "no-gutter" (Bootstrap) is a layout, not a gutter
    private static final Pattern LINE_NUMBERS = Pattern.compile(
            "(?i)line-?numbers?|linenumber|(?<!no-)gutter|hljs-ln-n");
    // the name of a code listing's language on a line of its own, as a page copied from a Markdown viewer keeps it
    private static final Pattern CODE_LANGUAGE = Pattern.compile(
            "(?i)bash|shell|sh|zsh|powershell|cmd|text|plaintext|python|py|sql|yaml|yml|ini|toml|dockerfile|nginx");
    private static final Pattern TYPED_HEADING = Pattern.compile("^(#{1,6})\\s+(\\S.*)$");
    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)(?:h|heading_?\\s?)([1-6])");
    // a page without a script element is not parsed a second time for one
    private static final Pattern SCRIPT_TAG = Pattern.compile("(?i)<script");

    // literals tried per script: minified code has many assignments, and one that is not JSON fails fast
    private static final int MAX_LITERAL_ATTEMPTS = 2000;
    // the option a Swagger UI page passes its description in: SwaggerUIBundle({spec: {...}, dom_id: ...})
    private static final String SPEC_KEY = "spec";

    private HtmlOutlineReader() {
    }

    static Outline read(String html) {
        // the HTML parser never fetches anything: DOCTYPEs, entities and links stay inert text
        return outline(Jsoup.parse(html, "", Parser.htmlParser()).body());
    }

    /**
     * The text of the page's comments when the page itself shows none: a document kept whole inside
     * {@code <!-- … -->} (Markdown saved under an .html name) is read by no browser but is still the document.
     */
    static Optional<String> commentedOut(String html) {
        if (html.indexOf("<!--") < 0) {
            return Optional.empty();
        }
        org.jsoup.nodes.Document page = Jsoup.parse(html, "", Parser.htmlParser());
        if (!page.body().text().isBlank()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        page.nodeStream(Comment.class).forEach(comment -> text.append(comment.getData()).append('\n'));
        return text.toString().isBlank() ? Optional.empty() : Optional.of(text.toString());
    }

    /**
     * The JSON literals of the page's inline scripts ({@code data = {...}}, {@code [...]}, a JSON script, or the
     * {@code spec: {...}} a Swagger UI page is given): what an API tool's HTML export (Apipost, Apifox's Swagger UI
     * page) shows only once its JavaScript has run.
     */
    static List<JsonNode> scriptLiterals(String html) {
        List<JsonNode> literals = new ArrayList<>();
        if (!SCRIPT_TAG.matcher(html).find()) {
            return literals;
        }
        for (Element script : Jsoup.parse(html, "", Parser.htmlParser()).select("script:not([src])")) {
            String type = script.attr("type").toLowerCase(java.util.Locale.ROOT);
            if (!type.isEmpty() && !type.contains("javascript") && !type.contains("json") && !type.equals("module")) {
                continue;
            }
            char[] code = script.data().toCharArray();
            int attempts = 0;
            for (int i = 0; i < code.length && attempts < MAX_LITERAL_ATTEMPTS; i++) {
                // a literal is the whole of a JSON script, or what follows an assignment or a spec's key
                boolean starts = i == 0 && type.contains("json") || code[i] == '=' && (i == 0 || code[i - 1] != '=')
                        || code[i] == ':' && after(code, i, SPEC_KEY);
                if (!starts) {
                    continue;
                }
                int at = code[i] == '=' || code[i] == ':' ? i + 1 : i;
                while (at < code.length && Character.isWhitespace(code[at])) {
                    at++;
                }
                if (at < code.length && (code[at] == '{' || code[at] == '[')) {
                    attempts++;
                    JsonNode literal = literal(code, at);
                    if (literal.isContainerNode() && !literal.isEmpty()) {
                        literals.add(literal);
                    }
                }
            }
        }
        return literals;
    }

    /** Whether the code before {@code at} ends in the key, with only spaces between. */
    private static boolean after(char[] code, int at, String key) {
        int end = at;
        while (end > 0 && Character.isWhitespace(code[end - 1])) {
            end--;
        }
        int start = end - key.length();
        return start >= 0 && new String(code, start, key.length()).equals(key)
                && (start == 0 || !Character.isJavaIdentifierPart(code[start - 1]));
    }

    private static JsonNode literal(char[] code, int at) {
        try (JsonParser parser = JsonBlocks.MAPPER.getFactory().createParser(code, at, code.length - at)) {
            JsonNode node = JsonBlocks.MAPPER.readTree(parser);
            return node == null ? JsonBlocks.MAPPER.missingNode() : node;
        } catch (IOException e) {
            // JavaScript rather than JSON: unquoted keys, functions, comments
            return JsonBlocks.MAPPER.missingNode();
        }
    }

    /**
     * An outline of XHTML as Tika writes a Word document: read as XML, so that an empty {@code <h1 />} closes
     * itself instead of swallowing the rest of the document as HTML would. A line break inside a paragraph (Word's
     * Shift+Enter) comes as a newline in its text, and ends a line as {@code <br>} does.
     */
    static Outline readXhtml(String xhtml) {
        org.jsoup.nodes.Document dom = Jsoup.parse(xhtml, "", Parser.xmlParser());
        Element body = dom.selectFirst("body");
        return outline(body == null ? dom : body, true);
    }

    private static Outline outline(Element root) {
        return outline(root, false);
    }

    private static Outline outline(Element root, boolean newlinesBreak) {
        Walker walker = new Walker(newlinesBreak);
        // the traversal is iterative, so deeply nested markup cannot overflow the stack
        NodeTraversor.filter(walker, root);
        walker.flushLine();
        return walker.outline.build();
    }

    private static final class Walker implements NodeFilter {

        private final Outline.Builder outline = new Outline.Builder();
        private final StringBuilder line = new StringBuilder();
        private final boolean newlinesBreak;
        // after a line naming a code listing's language, down to the next heading
        private boolean inListing;

        Walker(boolean newlinesBreak) {
            this.newlinesBreak = newlinesBreak;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                // (text a <pre> holds keeps its lines, whatever elements it sits in: "<pre><div><h2>登录</h2>" over
                // "安卓请求地址：…" and "请求方式：POST" a line each)
                if (text.getWholeText().indexOf('\n') >= 0 && (newlinesBreak
                        || text.parent() != null && text.parent().closest("pre") != null)) {
                    String[] lines = text.getWholeText().split("\n", -1);
                    for (int i = 0; i < lines.length; i++) {
                        if (i > 0) {
                            flushLine();
                        }
                        line.append(lines[i]);
                    }
                } else {
                    line.append(text.text());
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = el.normalName();
            if (SKIPPED.contains(tag) || LINE_NUMBERS.matcher(el.className()).find()) {
                return FilterResult.SKIP_ENTIRELY;
            }
            int level = headingLevel(tag);
            String heading = null;
            if (level == 0 && tag.equals("p")) {
                // a Word paragraph in a custom style named like a heading ("h1", "Heading2") keeps it as its class;
                // Markdown typed into one ("## 3. 页面结构与核心功能") is the heading it writes, unless it is a comment of
                // a code listing pasted under its language's name ("bash" over "# Backup database")
                Matcher style = HEADING_STYLE.matcher(el.className());
                Matcher typed = style.matches() || inListing ? null : TYPED_HEADING.matcher(Text.collapse(el.text()));
                level = style.matches() ? style.group(1).charAt(0) - '0' : typed != null && typed.matches()
                        ? typed.group(1).length() : 0;
                heading = typed != null && level > 0 ? typed.group(2) : null;
                inListing |= CODE_LANGUAGE.matcher(Text.collapse(el.text())).matches();
            }
            if (level > 0) {
                inListing = false;
                flushLine();
                heading = heading != null ? heading : Text.collapse(el.text());
                if (TYPED_BULLET.matcher(heading).lookingAt()) {
                    // "- Users should be able to …" in a heading's style: a list item, whatever its paragraph's style
                    outline.line(heading);
                } else if (!heading.isEmpty()) {
                    // a heading paragraph left empty (Word keeps its style on a blank line) opens no section
                    outline.heading(level, heading);
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            switch (tag) {
                case "table" -> {
                    flushLine();
                    outline.table(rows(el));
                    return FilterResult.SKIP_ENTIRELY;
                }
                case "pre" -> {
                    flushLine();
                    if (!el.getElementsByTag("div").isEmpty()) {
                        // an editor's rendering of a code block (CodeMirror in Typora's export): its lines are
                        // elements of their own, walked one by one
                        return FilterResult.CONTINUE;
                    }
                    el.wholeText().lines().forEach(outline::line);
                    return FilterResult.SKIP_ENTIRELY;
                }
                case "br" -> flushLine();
                case "li" -> {
                    flushLine();
                    line.append("- ");
                }
                default -> {
                    if (BLOCKS.contains(tag)) {
                        flushLine();
                    } else if (tag.equals("span") && el.previousSibling() instanceof Element before
                            && before.normalName().equals("span")
                            && !line.isEmpty() && !Character.isWhitespace(line.charAt(line.length() - 1))) {
                        // "<span>US-2.1</span><span>P0</span>": spans side by side, as a page lays out its badges and
                        // labels, are words apart (a Word run or a link split mid-word is no span)
                        line.append(' ');
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el && (el.normalName().equals("li") || BLOCKS.contains(el.normalName()))) {
                flushLine();
            }
            return FilterResult.CONTINUE;
        }

        void flushLine() {
            String text = Text.collapse(line.toString());
            line.setLength(0);
            if (!text.isEmpty() && !text.equals("-")) {
                outline.line(text);
            }
        }

        private static int headingLevel(String tag) {
            if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                return tag.charAt(1) - '0';
            }
            return 0;
        }

        private static List<List<String>> rows(Element table) {
            List<List<String>> rows = new ArrayList<>();
            for (Element tr : table.select("tr")) {
                // rows of a table nested in a cell belong to that cell's text, not to this table
                if (tr.closest("table") != table) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Element cell : tr.children()) {
                    if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                        cells.add(Text.collapse(cell.text()));
                    }
                }
                if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    rows.add(cells);
                }
            }
            return rows;
        }
    }
}
