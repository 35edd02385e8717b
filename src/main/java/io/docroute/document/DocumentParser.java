package io.docroute.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.docroute.Sha256;
import io.docroute.vocabulary.Vocabulary;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.parser.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns a dropped file (Markdown, text, HTML, JSON or YAML, DOCX or PDF) into a {@link Document} of interface blocks.
 * Every failure is a {@link DocumentException} whose message tells the person who dropped the file what is wrong.
 */
@Component
public class DocumentParser {

    static final String SUPPORTED = "DocRoute reads .md, .markdown, .txt, .html, .htm, .json, .yaml, .yml, .docx and .pdf";
    static final String NO_BLOCKS = "no interface blocks found: expected a stated method and path (POST /api/x),"
            + " headings with field tables or interface titles such as 用户列表 / List users, or numbered requirements"
            + " or user stories";

    private static final int MAX_MARKDOWN_DEPTH = 200;
    // an address with a path: "http://localhost:8666/User/login"
    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s/]+/\\S");
    // a page's number of the pages there are, alone on its line: "5/23"
    private static final Pattern PAGE_OF_PAGES = Pattern.compile(
            "(?m)^[ \\t]*(\\d{1,3})[ \\t]*/[ \\t]*(\\d{1,3})[ \\t]*$");
    private static final List<Extension> MARKDOWN_EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser MARKDOWN = Parser.builder().extensions(MARKDOWN_EXTENSIONS).build();
    // soft line breaks become <br> so that a "返回：" line written under a paragraph stays its own line
    private static final HtmlRenderer MARKDOWN_HTML = HtmlRenderer.builder()
            .extensions(MARKDOWN_EXTENSIONS).softbreak("<br />\n").nodeRendererFactory(PlaceholderTags::new).build();
    // the name of an HTML tag written inline: "<br>", "</b>", "<book-id>"
    private static final Pattern INLINE_TAG = Pattern.compile("^</?([A-Za-z][A-Za-z0-9-]*)");

    private final ParsingProperties properties;
    private final TikaReader tika;
    private final Vocabulary vocabulary;
    private final FieldTables fieldTables;
    private final BlockSelector selector;

    /** A parser with the vocabulary built into the application. */
    public DocumentParser(ParsingProperties properties) {
        this(properties, Vocabulary.builtIn());
    }

    @Autowired
    public DocumentParser(ParsingProperties properties, Vocabulary vocabulary) {
        this(properties, vocabulary, new TikaReader(properties));
    }

    DocumentParser(ParsingProperties properties, TikaReader tika) {
        this(properties, Vocabulary.builtIn(), tika);
    }

    private DocumentParser(ParsingProperties properties, Vocabulary vocabulary, TikaReader tika) {
        this.properties = properties;
        this.tika = tika;
        this.vocabulary = vocabulary;
        this.fieldTables = new FieldTables(vocabulary);
        this.selector = new BlockSelector(vocabulary, fieldTables);
    }

    /**
     * Reads one document.
     *
     * @param fileName the file name as received; its extension selects the format
     * @param content  the raw bytes
     * @throws DocumentException when the file cannot be read or holds no interface blocks
     */
    public Document parse(String fileName, byte[] content) {
        return requireBlocks(read(fileName, content));
    }

    /** A document read into blocks, which may be none (a model may still list its interfaces). */
    public Document requireBlocks(Document document) {
        if (document.blocks().isEmpty()) {
            throw new DocumentException(NO_BLOCKS);
        }
        return document;
    }

    /**
     * Reads one document into its blocks, none when its reading finds none.
     *
     * @throws DocumentException when the file cannot be read, or has more blocks than allowed
     */
    public Document read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.strip();
        DocumentFormat format = DocumentFormat.ofFileName(name).orElseThrow(() -> unsupported(name));
        byte[] bytes = content == null ? new byte[0] : content;
        String sha256 = Sha256.hex(bytes);
        if (bytes.length == 0) {
            throw new DocumentException("the document is empty");
        }
        String extension = extension(name);
        if (format == DocumentFormat.JSON && extension.equals(".json") && !opensAsJson(bytes)) {
            // a file named .json that holds Markdown ("# 接口文档", "## 1. 用户登录"): read as what it holds
            format = DocumentFormat.MARKDOWN;
        }
        Content read = switch (format) {
            case MARKDOWN -> markdown(text(bytes, extension), name);
            case HTML -> html(text(bytes, extension), name);
            case TEXT -> {
                String text = text(bytes, extension);
                yield pasted(text, name).orElseGet(() -> plainText(text, name));
            }
            case JSON -> json(text(bytes, extension), extension, name);
            case DOCX -> docx(bytes, name);
            case PDF -> pdf(bytes, name);
        };
        if (read.blocks().size() > properties.maxBlocks()) {
            throw new DocumentException("the document has " + read.blocks().size() + " interface blocks, more than"
                    + " the limit of " + properties.maxBlocks() + " (docroute.parsing.max-blocks)");
        }
        return new Document(name, sha256, format, read.title(), read.blocks(), read.choices(), read.lines());
    }

    @PreDestroy
    void close() {
        tika.close();
    }

    private record Content(String title, List<InterfaceBlock> blocks, List<Choice> choices, List<String> lines,
                           boolean lastResort) {
    }

    private String text(byte[] bytes, String extension) {
        // each UTF-16 char costs at most three UTF-8 bytes, so this many bytes cannot fit the limit
        if (bytes.length > 3L * properties.maxCharacters() + 3) {
            throw tooLong();
        }
        String text = TextDecoder.decode(bytes, extension);
        if (text.isBlank()) {
            throw new DocumentException("the document is empty");
        }
        if (text.length() > properties.maxCharacters()) {
            throw tooLong();
        }
        return text;
    }

    /**
     * Inline HTML as Markdown writes it, but a tag that HTML does not name is a path's placeholder written as text:
     * "GET example.com/api/books/<book-id>" keeps its {@code <book-id>}, which a browser would take for an element.
     */
    private static final class PlaceholderTags implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        PlaceholderTags(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(HtmlInline.class);
        }

        @Override
        public void render(Node node) {
            String literal = ((HtmlInline) node).getLiteral();
            Matcher tag = INLINE_TAG.matcher(literal);
            if (tag.find() && !Tag.isKnownTag(tag.group(1).toLowerCase(Locale.ROOT))) {
                context.getWriter().text(literal);
            } else {
                context.getWriter().raw(literal);
            }
        }
    }

    private static String markdownToHtml(String markdown) {
        Node root = MARKDOWN.parse(markdown);
        // the renderer, and a visitor, recurse once per nesting level, so absurd nesting would overflow the stack
        if (depth(root) > MAX_MARKDOWN_DEPTH) {
            throw new DocumentException("the Markdown nests block quotes or lists more than " + MAX_MARKDOWN_DEPTH
                    + " levels deep; DocRoute does not read documents nested that deeply");
        }
        root.accept(new RuledParagraphs());
        return MARKDOWN_HTML.render(root);
    }

    /**
     * A paragraph of several lines over a rule ("---") stays a paragraph with a rule after it: Markdown reads the
     * whole paragraph as one heading underlined, where its writer drew a line under a passage (a wiki page exported
     * as text, its lines each a title, a route or a note). One line over a rule is still the heading it underlines.
     */
    private static final class RuledParagraphs extends AbstractVisitor {

        @Override
        public void visit(Heading heading) {
            boolean lines = false;
            for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
                lines |= child instanceof SoftLineBreak;
            }
            if (!lines) {
                return;
            }
            Paragraph paragraph = new Paragraph();
            while (heading.getFirstChild() != null) {
                paragraph.appendChild(heading.getFirstChild());
            }
            heading.insertBefore(paragraph);
            if (heading.getLevel() == 2) {
                heading.insertBefore(new ThematicBreak());
            }
            heading.unlink();
        }
    }

    private static int depth(Node root) {
        int deepest = 0;
        int depth = 0;
        Node node = root;
        while (node != null) {
            deepest = Math.max(deepest, depth);
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == null || node == root ? null : node.getNext();
        }
        return deepest;
    }

    private Content sectioned(Outline outline, boolean plainText, String name) {
        Outline read = UseCaseSections.withPartsInUseCases(ResourceActions.withActionPaths(
                NumberedSections.inPlace(outline)));
        BlockSelector.Selection selection = selector.select(read, properties.headingLevel(), plainText, name);
        return new Content(selection.title(), selection.blocks(), selection.choices(), read.lines(),
                selection.lastResort());
    }

    private Content markdown(String markdown, String name) {
        return pasted(markdown, name).orElseGet(() ->
                sectioned(headed(HtmlOutlineReader.read(markdownToHtml(markdown))), false, name));
    }

    /** An outline written without headings, with the lines that title its sections read as headings. */
    private static Outline headed(Outline outline) {
        return PlainTextOutlineReader.withTemplateTitles(PlainTextOutlineReader.withNumberedHeadings(outline));
    }

    /**
     * The page as it reads; when it shows no interface, the requests of a JSON literal in its scripts (an API
     * tool's export whose body is only templates), read as a JSON request list; and when it shows nothing at all and
     * its scripts hold no requests, the text of its comments, read as Markdown.
     */
    private Content html(String html, String name) {
        Content page = sectioned(HtmlOutlineReader.read(html), false, name);
        if (page.blocks().stream().anyMatch(block -> block.stated().isComplete())) {
            return page;
        }
        // a page that states no endpoint may be the shell of an export whose requests are in its script
        List<JsonNode> literals = HtmlOutlineReader.scriptLiterals(html);
        Optional<JsonNode> description = literals.stream().filter(OpenApiReader::accepts).findFirst();
        if (description.isPresent()) {
            return json(OpenApiReader.read(description.get(), fieldTables), name,
                    "an operation of the OpenAPI description in the page's script");
        }
        ArrayNode requests = JsonBlocks.MAPPER.createArrayNode();
        literals.forEach(literal -> requests.addAll(JsonBlocks.nestedRequests(literal)));
        if (requests.size() <= page.blocks().size()) {
            Optional<String> hidden = page.blocks().isEmpty() ? HtmlOutlineReader.commentedOut(html) : Optional.empty();
            return hidden.isPresent() ? markdown(hidden.get(), name) : page;
        }
        return json(new JsonDocumentReader.Result(page.title(), JsonBlocks.requestBlocks(requests, fieldTables)),
                name, "a request of the JSON in the page's script");
    }

    /**
     * A JSON document of an accepted shape pasted into a text or Markdown file (a Postman collection after an
     * essay): its interfaces are the document's, and the prose around it only their context.
     */
    private Optional<Content> pasted(String text, String name) {
        return JsonDocumentReader.embedded(text, fieldTables)
                .map(result -> json(result, name, "an interface of the JSON pasted into the text"));
    }

    private Content json(String text, String extension, String name) {
        JsonDocumentReader.Result result = extension.equals(".json") ? JsonDocumentReader.read(text, fieldTables)
                : JsonDocumentReader.readYaml(text, fieldTables);
        return json(result, name, "an interface of the JSON document");
    }

    private static Content json(JsonDocumentReader.Result result, String name, String reason) {
        List<InterfaceBlock> blocks = new ArrayList<>();
        List<Choice> choices = new ArrayList<>();
        for (InterfaceBlock block : result.blocks()) {
            if (!BlockSelector.mergedIntoTheSameEndpoint(blocks, block, choices)) {
                choices.add(new Choice(block.title(), blocks.size(), reason));
                blocks.add(BlockSelector.renumber(block, blocks.size()));
            }
        }
        return new Content(result.title() == null ? name : result.title(), blocks, choices, List.of(), false);
    }

    private Content docx(byte[] bytes, String name) {
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw TikaReader.invalid(DocumentFormat.DOCX, "it is an older Word .doc or a password-protected file;"
                    + " save it as an unprotected .docx", null);
        }
        if (!startsWith(bytes, 'P', 'K', 3, 4)) {
            throw TikaReader.invalid(DocumentFormat.DOCX, "it is not a zip package", null);
        }
        String xhtml = tika.docxXhtml(bytes);
        if (Jsoup.parse(xhtml).body().text().isBlank()) {
            throw new DocumentException("the document is empty");
        }
        return sectioned(headed(HtmlOutlineReader.readXhtml(xhtml)), false, name);
    }

    private Content pdf(byte[] bytes, String name) {
        if (!new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1).contains("%PDF-")) {
            throw TikaReader.invalid(DocumentFormat.PDF, "it has no %PDF header", null);
        }
        String text = pdfLines(tika.pdfText(bytes));
        if (text.isBlank()) {
            throw new DocumentException("the PDF has no text to read; scanned pages without a text layer are not"
                    + " supported");
        }
        Content read = plainText(text, name);
        // a page that draws its text out of reading order parts the addresses it names from their labels
        // ("http://localhost:8666/User/接口： login"): where the text names more addresses than its blocks state
        // paths, the text as it stands on the page is read too, and kept where its blocks state more paths
        long stated = statedPaths(read);
        if (ADDRESS.matcher(text).results().count() > stated) {
            Content byPosition = plainText(pdfLines(tika.pdfTextByPosition(bytes)), name);
            if (statedPaths(byPosition) > stated) {
                return byPosition;
            }
        }
        return read;
    }

    /**
     * A PDF's text without its zero-width spaces (a printed Swagger UI breaks its paths with them: "DELETE /api/x"
     * over "/cancel"), with its Kangxi radicals as the ideographs, its quoted code spans as code, its wrapped paths
     * joined, its pages' numbers and running heads left out, its tables of functions rebuilt as tables and a printed
     * API page's URLs under their requests.
     */
    static String pdfLines(String text) {
        return PrintedRequests.withUrlsUnderTheirHeaders(FlattenedTables.rebuilt(StatedEndpoint.withWrappedPathsJoined(
                Text.withCodeTicks(Text.withUnifiedRadicals(withoutRunningHeads(withoutPageNumbers(
                        Text.withoutInvisible(text))))))));
    }

    /**
     * The text without its pages' running heads: a numbered chapter's title that heads each of its pages with the
     * page's number after it ("3 系统功能性分析 9" under "3 系统功能性分析") would read as a section of its own on each
     * page.
     */
    private static String withoutRunningHeads(String text) {
        List<String> lines = text.lines().toList();
        Set<String> chapters = lines.stream().map(String::strip).filter(PlainTextOutlineReader::isChapterTitle)
                .collect(Collectors.toSet());
        if (chapters.isEmpty()) {
            return text;
        }
        return lines.stream().filter(line -> !chapters.contains(PlainTextOutlineReader.beforePageNumber(line.strip())))
                .collect(Collectors.joining("\n"));
    }

    /**
     * The text without its pages' numbers, where each page says which it is of how many ("5/23", "14/23" as lines of
     * their own, the count the same on each): between a label and its value ("地址" / "5/23" / "http://…") a number
     * would read as the value.
     */
    private static String withoutPageNumbers(String text) {
        List<MatchResult> pages = PAGE_OF_PAGES.matcher(text).results().toList();
        boolean numbered = pages.size() >= 2 && pages.stream().map(page -> page.group(2)).distinct().count() == 1
                && pages.stream().allMatch(page -> Integer.parseInt(page.group(1)) <= Integer.parseInt(page.group(2)));
        return numbered ? PAGE_OF_PAGES.matcher(text).replaceAll("") : text;
    }

    /** How many paths the blocks state, each once. */
    private static long statedPaths(Content read) {
        return read.blocks().stream().map(block -> block.stated().path()).filter(Objects::nonNull).distinct().count();
    }

    /**
     * Plain text as its numbering and Markdown marks outline it; where that shows no interface but what its prose
     * names, with lines over a request's part label ("创建账户" over "请求构造") read as the titles of interfaces.
     */
    private Content plainText(String text, String name) {
        Content read = sectioned(PlainTextOutlineReader.read(text, title -> Optional.empty(), this::isChapterTitle),
                true, name);
        if (!read.blocks().isEmpty() && !read.lastResort()) {
            return read;
        }
        Content labelled = sectioned(PlainTextOutlineReader.read(text, vocabulary::part, this::isChapterTitle), true,
                name);
        return labelled.blocks().isEmpty() || labelled.lastResort() && !read.blocks().isEmpty() ? read : labelled;
    }

    /** A title a chapter may have lost its number from: the requirements' or a context's ("Introduction"). */
    private boolean isChapterTitle(String title) {
        return vocabulary.isRequirementsTitle(title) || vocabulary.isContextTitle(title);
    }

    private DocumentException tooLong() {
        return new DocumentException("the document text is longer than the limit of " + properties.maxCharacters()
                + " characters (docroute.parsing.max-characters)");
    }

    private static DocumentException unsupported(String name) {
        String extension = extension(name);
        return new DocumentException(extension.isEmpty()
                ? "unsupported file type: '" + name + "' has no extension; " + SUPPORTED
                : "unsupported file type '" + extension + "': " + SUPPORTED);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the bytes open as JSON does, at a brace or a bracket after any byte order mark and blanks; a broken JSON
     * document opens so too, and is refused as malformed.
     */
    private static boolean opensAsJson(byte[] bytes) {
        int at = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (at < bytes.length && Character.isWhitespace(bytes[at])) {
            at++;
        }
        return at == bytes.length || bytes[at] == '{' || bytes[at] == '[';
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
