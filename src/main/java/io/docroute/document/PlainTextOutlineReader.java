package io.docroute.document;

import io.docroute.vocabulary.Vocabulary.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Reads plain text (a .txt file or the text of a PDF) into an {@link Outline}. Headings are short lines numbered
 * {@code 1.}, {@code 1、}, {@code 1.2}, {@code 一、} or {@code （一）}, or written {@code ## like Markdown};
 * there are no tables, every other non-blank line is a line.
 */
final class PlainTextOutlineReader {

    static final int MAX_HEADING_LENGTH = 60;

    private static final Pattern MARKDOWN = Pattern.compile("^(#{1,6})\\s+(.+?)(?:\\s+#+)?$");
    // a game server's action as its generated route document lists it, under its class's banner: "路由: 1 - 2  ---
    // 【搜索好友】 --- 【UserAction:1】【searchUser】"; its description may go on over the next lines, and where it is
    // empty the action's method names it
    private static final Pattern ACTION_ROUTE = Pattern.compile(
            "^路由[:：]\\s*\\d+\\s*-\\s*\\d+\\s*-{2,}\\s*【([^】]*)(?:】\\s*-{2,}\\s*【[^】]*】\\s*【(\\w+)】.*)?$");
    // a banner that separates sections, with the next one's title after it: "#####…#####获取论坛列表", "======= Users"
    private static final Pattern BANNER = Pattern.compile("^(?:#{8,}|={8,}|\\*{8,})\\s*([^#=*\\s].*?)\\s*[#=*]*$");
    // a title framed on both sides, a group's in equals signs, its items' in dashes: "===== Users =====" over
    // "--- Create ---" (a longer rule is a note's: "----------2020.04.15新增（用于修改超管自己的密码）----------")
    private static final Pattern FRAMED = Pattern.compile("^(?:={3,8}|-{3,8})\\s*([^=\\s-].*?)\\s*(?:={3,8}|-{3,8})$");
    private static final Pattern DECIMAL = Pattern.compile(
            "^([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3})*)(?:([.．、])(?![0-9０-９])\\s*|\\s+)(\\S.*)$");
    private static final Pattern CHINESE = Pattern.compile("^[一二三四五六七八九十百零]{1,4}[、.．]\\s*(\\S.*)$");
    private static final Pattern CHINESE_PAREN = Pattern.compile("^[（(][一二三四五六七八九十百零]{1,4}[)）]\\s*(\\S.*)$");
    // sentence endings mark a numbered list item in prose rather than a heading
    private static final String SENTENCE_ENDINGS = "。；;，,：:！!？?";

    // numbering kinds in outline order: 一、 above （一） above 1. above 1.2 above 1.2.3
    private static final int CHINESE_KIND = 0;
    private static final int CHINESE_PAREN_KIND = 1;
    private static final int DECIMAL_KIND = 2;

    private static final Pattern PAGE_NUMBER = Pattern.compile("\\s\\d{1,3}$");
    // a chapter's number and title, then a colon: "3.2. Functional Requirements:"
    private static final Pattern NUMBERED_CHAPTER_COLON = Pattern.compile(
            "^(\\d{1,2}(?:\\.\\d{1,2})*)\\.?\\s+(\\S.{0,58}?)\\s*[:：]$");
    // a chapter's first section: "2.1 Patient Data Management"
    private static final Pattern FIRST_SECTION = Pattern.compile("^\\d{1,2}[.．]1(?!\\d)");
    // a chapter's number and title, its point left out: "5 Architecture", "3 需求分析"
    private static final Pattern CHAPTER = Pattern.compile("^(\\d{1,2})\\s+[\\p{Lu}\\p{IsHan}][^|]{0,58}$");
    private static final int MIN_CONTENTS_ENTRIES = 3;
    private static final int MIN_OUTLINE_LINES = 8;
    private static final int MAX_OUTLINE_LINE = 60;
    private static final int MAX_TITLE_OVER_PART = 30;
    private static final int MIN_INDENTED_SECTIONS = 3;
    private static final Pattern LINE_COMMENT = Pattern.compile("^\\s*//\\s?");
    private static final double MOSTLY = 0.6;
    private static final int MAX_SECTION_TITLE = 100;
    // a numbered list's item: "2. 普通用户输入信息", "3.Verify"
    private static final Pattern LIST_ITEM_NUMBER = Pattern.compile("^(\\d{1,2})[.．、](?![0-9０-９])");
    // a label, then the first item of its numbered list: "基本事件流 1. 普通用户进入借阅操作页面", "Basic Path 1.Enter
    // Username"; the items after the first in that line ("；2. 图书库存同步更新；") go on with it
    private static final Pattern LABELLED_LIST = Pattern.compile(
            "^[^\\s\\d#][^。.;；:：]{0,29}?\\s+1[.．、](?![0-9０-９])\\s*(\\S.*)$");
    // a line that leads in to the list below it: "作为商家，我希望可以：", "As an admin of the site I want to:"
    private static final Pattern LEAD_IN = Pattern.compile("[:：]$");
    private static final Pattern INLINE_ITEM_NUMBER = Pattern.compile("(?<=[\\s；;，,。])(\\d{1,2})[.．、](?![0-9０-９])");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*+•·]\\s|\\d{1,3}[.)、]|[（(]\\d{1,3}[)）])");

    // a tree of routes: a folder ("employer/", the root "/") over its segments, indented below it, each with what it
    // does ("posted-jops        -- all posted that the employer posted")
    private static final Pattern ROUTE_FOLDER = Pattern.compile("^(\\s*)((?:[\\w{}:.-]+)?/)\\s*$");
    private static final Pattern ROUTE_SEGMENT = Pattern.compile(
            "^(\\s+)([\\w{}:.-]+(?:/[\\w{}:.-]+)*/?(?:\\?\\S*)?)(\\s+(?:--|->|-)\\s+\\S.*)?$");
    private static final int MIN_TREE_ROUTES = 3;
    // a rule of dashes alone on its line, parting a text's records: "---------------------------"
    private static final Pattern RULE = Pattern.compile("^-{8,}$");
    // a template's label, with its value or without: "描述：", "类型：POST"
    private static final Pattern TEMPLATE_LABEL = Pattern.compile("^\\s*[^\\s:：]{1,12}\\s*[:：]");
    private static final int MIN_RULES = 3;

    private PlainTextOutlineReader() {
    }

    static Outline read(String text) {
        return read(text, title -> Optional.empty(), title -> false);
    }

    /**
     * The outline of plain text whose interfaces may be titled by a line alone: a short line over the label of a
     * request's part ({@code parts}: "创建账户" over "请求构造", as a PDF's text gives a Word export's unstyled titles)
     * is a heading, and the part labels below it are its sub-headings. A line that is only a chapter's title
     * ({@code chapters}: "Functional Requirements", its number lost as a PDF gives a Word list's numbering) over the
     * chapter's first numbered section ("2.1 Patient Data Management") is the chapter's heading.
     */
    static Outline read(String written, Function<String, Optional<Part>> parts, Predicate<String> chapters) {
        List<String> raw = withRouteTreesJoined(uncommented(written).lines().toList());
        List<String> lines = indentedOutline(raw)
                ? raw.stream().map(line -> Text.clean(line).isEmpty() || !Character.isWhitespace(line.charAt(0))
                        ? Text.clean(line) : "- " + Text.clean(line)).toList()
                : raw.stream().map(Text::clean).toList();
        List<Heading> headings = withRuledRecords(lines, withTitledChapters(lines, withChapters(lines,
                withoutContents(lines, withoutLabelledLists(lines,
                        IntStream.range(0, lines.size()).mapToObj(i -> heading(raw.get(i), lines.get(i))).toList()))),
                chapters));
        if (headings.stream().allMatch(Objects::isNull) && indentedSections(raw)) {
            headings = raw.stream().map(line -> line.isBlank() || Character.isWhitespace(line.charAt(0)) ? null
                    : new Heading(-1, 1, Text.clean(line))).toList();
        }
        List<Integer> kinds = numberingKinds(headings);
        int titleLevel = Math.min(kinds.size() + 1, 5);
        boolean inTitled = false;
        Outline.Builder outline = new Outline.Builder();
        for (int i = 0; i < lines.size(); i++) {
            Heading heading = headings.get(i);
            String line = lines.get(i);
            if (heading != null) {
                int level = heading.kind < 0 ? heading.markdownLevel : kinds.indexOf(heading.kind) + 1;
                outline.heading(Math.min(level, 6), heading.text);
                inTitled = false;
            } else if (isTitleOverRequest(lines, i, parts)) {
                outline.heading(titleLevel, line);
                inTitled = true;
            } else if (inTitled && !line.isEmpty() && parts.apply(line).isPresent()) {
                outline.heading(titleLevel + 1, line);
            } else {
                outline.line(line);
            }
        }
        return outline.build();
    }

    /** Whether the line is a short title whose next written line labels a request's part ("请求构造"). */
    private static boolean isTitleOverRequest(List<String> lines, int at, Function<String, Optional<Part>> parts) {
        String line = lines.get(at);
        if (line.isEmpty() || line.length() > MAX_TITLE_OVER_PART || parts.apply(line).isPresent()
                || SENTENCE_ENDINGS.indexOf(line.charAt(line.length() - 1)) >= 0 || !hasLetter(line)) {
            return false;
        }
        int next = at + 1;
        while (next < lines.size() && lines.get(next).isEmpty()) {
            next++;
        }
        return next < lines.size() && parts.apply(lines.get(next)).filter(part -> part == Part.REQUEST).isPresent();
    }

    /**
     * A document written without headings whose interfaces fill a template and leave its address blank: a title line
     * over the blank address's label and the template's next label ("厂商管理员短信验证码登录接口" over "接口地址：" and
     * "描述：…"), twice or more, each title read as a heading. Any other outline is returned as it is.
     */
    static Outline withTemplateTitles(Outline outline) {
        if (outline.sections().stream().anyMatch(section -> section.level() > 0)) {
            return outline;
        }
        List<Outline.Part> parts = outline.sections().stream().flatMap(section -> section.parts().stream()).toList();
        List<Integer> titles = new ArrayList<>();
        for (int i = 0; i + 2 < parts.size(); i++) {
            if (parts.get(i) instanceof Outline.Line title && parts.get(i + 1) instanceof Outline.Line address
                    && parts.get(i + 2) instanceof Outline.Line next && title.text().length() <= MAX_TITLE_OVER_PART
                    && hasLetter(title.text()) && !TEMPLATE_LABEL.matcher(title.text()).lookingAt()
                    && StatedEndpoint.labelsBlankPath(address.text())
                    && TEMPLATE_LABEL.matcher(next.text()).lookingAt()) {
                titles.add(i);
            }
        }
        if (titles.size() < 2) {
            return outline;
        }
        Outline.Builder titled = new Outline.Builder();
        for (int i = 0; i < parts.size(); i++) {
            if (titles.contains(i)) {
                titled.heading(1, ((Outline.Line) parts.get(i)).text());
            } else if (parts.get(i) instanceof Outline.Line line) {
                titled.line(line.text());
            } else if (parts.get(i) instanceof Outline.Table table) {
                titled.table(table.rows());
            }
        }
        return titled.build();
    }

    /**
     * A document written without heading styles (a Word file whose "1. 比赛创建" and "1.1 请求地址" are plain
     * paragraphs) with its numbered lines read as headings, as in plain text, below the one heading it may have (its
     * title); its tables stay tables. Any other outline is returned as it is.
     */
    static Outline withNumberedHeadings(Outline outline) {
        long styled = outline.sections().stream().filter(section -> section.level() > 0).count();
        if (styled > 1) {
            return outline;
        }
        List<String> texts = outline.sections().stream().flatMap(section -> section.parts().stream())
                .map(part -> part instanceof Outline.Line line ? line.text() : "").toList();
        List<Heading> headings = withoutLabelledLists(texts, texts.stream().map(PlainTextOutlineReader::heading)
                .toList());
        List<Heading> numbered = headings.stream().filter(heading -> heading != null && heading.kind >= 0).toList();
        if (numbered.size() < 2) {
            return outline;
        }
        List<Integer> kinds = numberingKinds(numbered);
        int below = (int) styled;
        Outline.Builder numberedOutline = new Outline.Builder();
        int at = 0;
        for (Outline.Section section : outline.sections()) {
            if (section.level() > 0) {
                numberedOutline.heading(section.level(), section.heading());
            }
            for (Outline.Part part : section.parts()) {
                Heading heading = headings.get(at++);
                if (heading != null && heading.kind >= 0) {
                    numberedOutline.heading(Math.min(below + kinds.indexOf(heading.kind) + 1, 6), heading.text);
                } else if (part instanceof Outline.Line line) {
                    numberedOutline.line(line.text());
                } else if (part instanceof Outline.Table table) {
                    numberedOutline.table(table.rows());
                }
            }
        }
        return numberedOutline.build();
    }

    /**
     * The headings without a table of contents' entries: three or more numbered lines in a row (blank lines aside)
     * that each end in a page number ("4.2 Login 9", its leader dots lost) list sections, they open none.
     */
    private static List<Heading> withoutContents(List<String> lines, List<Heading> headings) {
        List<Heading> kept = new ArrayList<>(headings);
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            if (i < lines.size() && lines.get(i).isEmpty()) {
                continue;
            }
            Heading heading = i < lines.size() ? headings.get(i) : null;
            if (heading != null && heading.kind >= 0 && PAGE_NUMBER.matcher(heading.text).find()) {
                run.add(i);
                continue;
            }
            if (run.size() >= MIN_CONTENTS_ENTRIES) {
                run.forEach(at -> kept.set(at, null));
            }
            run.clear();
        }
        return kept;
    }

    /**
     * The headings without the items of a list its label's line opens: a table's row flattened into lines ("基本事件流
     * 1. 普通用户进入借阅操作页面", as a PDF gives a use case's cell) starts its numbered list after the label, and the
     * items numbered on from there ("2. 普通用户输入信息", "3. Verify") go on with it, down to a number out of turn; a
     * story that leads in to its wishes ("作为商家，我希望可以：" over "1.管理商家信息", "2.给外卖员派单") lists them so.
     */
    private static List<Heading> withoutLabelledLists(List<String> lines, List<Heading> headings) {
        List<Heading> kept = new ArrayList<>(headings);
        int next = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher numbered = LIST_ITEM_NUMBER.matcher(lines.get(i));
            if (numbered.lookingAt()) {
                int number = Integer.parseInt(numbered.group(1));
                if (number == next) {
                    kept.set(i, null);
                    next = number + 1;
                    continue;
                }
                next = 0;
            }
            if (headings.get(i) != null && headings.get(i).kind < 0) {
                next = 0;
            }
            Matcher opened = LABELLED_LIST.matcher(lines.get(i));
            if (headings.get(i) == null && LEAD_IN.matcher(lines.get(i)).find()
                    && RequirementItems.isStory(lines.get(i))) {
                next = 1;
            } else if (opened.matches()) {
                next = 2;
                Matcher more = INLINE_ITEM_NUMBER.matcher(opened.group(1));
                while (more.find()) {
                    next = Integer.parseInt(more.group(1)) == next ? next + 1 : next;
                }
            }
        }
        return kept;
    }

    /**
     * The headings with each record's title one: where rules of dashes part a text into records, three rules or
     * more, the first line of each record titles it ("发布房源（http://localhost:8080/HouseRSS/house/publish.do）"
     * over the fields it takes), as a heading would. The first record starts the text, after the text's own title
     * where a line stands alone over a blank one.
     */
    private static List<Heading> withRuledRecords(List<String> lines, List<Heading> headings) {
        if (lines.stream().filter(line -> RULE.matcher(line).matches()).count() < MIN_RULES) {
            return headings;
        }
        List<Heading> kept = new ArrayList<>(headings);
        int first = written(lines, 0);
        if (first + 1 < lines.size() && lines.get(first + 1).isEmpty()) {
            first = written(lines, first + 1);
        }
        titleRecord(lines, kept, first);
        for (int i = 0; i < lines.size(); i++) {
            if (RULE.matcher(lines.get(i)).matches()) {
                titleRecord(lines, kept, written(lines, i + 1));
            }
        }
        return kept;
    }

    /** The index of the first written line from {@code from} on, or the number of lines. */
    private static int written(List<String> lines, int from) {
        int at = from;
        while (at < lines.size() && lines.get(at).isEmpty()) {
            at++;
        }
        return at;
    }

    private static void titleRecord(List<String> lines, List<Heading> headings, int at) {
        if (at < lines.size() && headings.get(at) == null && !RULE.matcher(lines.get(at)).matches()
                && hasLetter(lines.get(at)) && lines.get(at).length() <= MAX_SECTION_TITLE) {
            headings.set(at, new Heading(-1, 1, lines.get(at)));
        }
    }

    /**
     * The headings with the chapters whose number stands without its point ("5 Architecture", as a PDF gives a Word
     * file's unstyled chapter title), where the next numbered heading is a section of that chapter ("5.1 Server"):
     * "12 items" alone is prose, and so is a line with a sentence's punctuation ("1 级：充值 1000 元以下，打 9 折").
     */
    private static List<Heading> withChapters(List<String> lines, List<Heading> headings) {
        List<Heading> kept = new ArrayList<>(headings);
        for (int i = 0; i < lines.size(); i++) {
            Matcher chapter = CHAPTER.matcher(lines.get(i));
            if (headings.get(i) != null || !chapter.matches()
                    || lines.get(i).chars().anyMatch(c -> SENTENCE_ENDINGS.indexOf(c) >= 0)) {
                continue;
            }
            for (int next = i + 1; next < lines.size(); next++) {
                Heading heading = headings.get(next);
                if (heading != null && heading.kind >= DECIMAL_KIND) {
                    if (heading.text.startsWith(chapter.group(1) + ".") && heading.kind > DECIMAL_KIND) {
                        kept.set(i, new Heading(DECIMAL_KIND, 0, lines.get(i)));
                    }
                    break;
                }
            }
        }
        return kept;
    }

    /**
     * The headings with the chapters titled without their number ("Functional Requirements" over "2.1 Patient Data
     * Management"): a line the vocabulary knows as a chapter's title, whose next heading is its first section.
     */
    private static List<Heading> withTitledChapters(List<String> lines, List<Heading> headings,
                                                    Predicate<String> chapters) {
        List<Heading> kept = new ArrayList<>(headings);
        for (int i = 0; i < lines.size(); i++) {
            Matcher colon = NUMBERED_CHAPTER_COLON.matcher(lines.get(i));
            if (headings.get(i) == null && colon.matches() && chapters.test(colon.group(2))) {
                // "3.2. Functional Requirements:" over "### 3.2.1. Stimulus: …": a chapter's numbered title its colon
                // kept from being a heading, one level above its first section's
                Heading first = headings.subList(i + 1, lines.size()).stream().filter(Objects::nonNull).findFirst()
                        .orElse(null);
                if (first != null && first.kind > DECIMAL_KIND && first.text.startsWith(colon.group(1) + ".")) {
                    kept.set(i, new Heading(first.kind - 1, 0, colon.group(1) + " " + colon.group(2)));
                }
                continue;
            }
            if (headings.get(i) != null || lines.get(i).isEmpty() || !chapters.test(lines.get(i))) {
                continue;
            }
            for (int next = i + 1; next < lines.size(); next++) {
                Heading heading = headings.get(next);
                if (heading != null) {
                    if (heading.kind == DECIMAL_KIND + 1 && FIRST_SECTION.matcher(heading.text).lookingAt()) {
                        kept.set(i, new Heading(DECIMAL_KIND, 0, lines.get(i)));
                    }
                    break;
                }
            }
        }
        return kept;
    }

    /**
     * The numbering kinds the headings use, in outline order: a heading's level is its kind's place here, so "1." is
     * level 1 unless "一、" sits above it. Markdown-style headings (and lines that are none) have none.
     */
    private static List<Integer> numberingKinds(List<Heading> headings) {
        TreeSet<Integer> kinds = new TreeSet<>();
        for (Heading heading : headings) {
            if (heading != null && heading.kind >= 0) {
                kinds.add(heading.kind);
            }
        }
        return new ArrayList<>(kinds);
    }

    /**
     * Whether the text is an outline written by indentation alone, as a mind map's text export writes it: short
     * lines, most of them indented, on several levels, none with a list marker. Its indented lines are list items.
     */
    static boolean indentedOutline(List<String> lines) {
        List<String> written = lines.stream().filter(line -> !line.isBlank()).toList();
        if (written.size() < MIN_OUTLINE_LINES
                || written.stream().anyMatch(line -> line.strip().length() > MAX_OUTLINE_LINE
                        || LIST_MARKER.matcher(line.strip()).lookingAt())) {
            return false;
        }
        long indented = written.stream().filter(line -> Character.isWhitespace(line.charAt(0))).count();
        long levels = written.stream().map(line -> line.length() - line.stripLeading().length()).distinct().count();
        return indented >= written.size() * 0.7 && levels >= 3;
    }

    /**
     * A tree of routes written as folders over their indented segments ("jop/" over "  applicants/jop_id  -- list of
     * employees …") as one path a line ("/jop/applicants/jop_id -- list of employees …"), where three or more
     * segments sit under folders; any other text as it is.
     */
    static List<String> withRouteTreesJoined(List<String> lines) {
        List<String> joined = new ArrayList<>(lines.size());
        List<String> folders = new ArrayList<>();
        List<Integer> indents = new ArrayList<>();
        int routes = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                joined.add(line);
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            while (!indents.isEmpty() && indents.get(indents.size() - 1) >= indent) {
                indents.remove(indents.size() - 1);
                folders.remove(folders.size() - 1);
            }
            String parent = folders.isEmpty() ? "" : folders.get(folders.size() - 1);
            Matcher folder = ROUTE_FOLDER.matcher(line);
            Matcher segment = ROUTE_SEGMENT.matcher(line);
            if (folder.matches()) {
                String path = parent + folder.group(2);
                folders.add(path.startsWith("/") ? path : "/" + path);
                indents.add(indent);
                // the folder is written into each path below it
                joined.add("");
            } else if (segment.matches() && !folders.isEmpty()) {
                joined.add(parent + segment.group(2) + (segment.group(3) == null ? "" : segment.group(3)));
                routes++;
            } else {
                joined.add(line);
            }
        }
        return routes >= MIN_TREE_ROUTES ? joined : lines;
    }

    /**
     * The text without the comment marker that opens most of its lines: a route list kept in a source file as
     * comments ("// https://host/users/ ====>POST") reads as the list.
     */
    static String uncommented(String text) {
        List<String> written = text.lines().filter(line -> !line.isBlank()).toList();
        long commented = written.stream().filter(line -> LINE_COMMENT.matcher(line).lookingAt()).count();
        if (written.size() < MIN_OUTLINE_LINES || commented < written.size() * MOSTLY) {
            return text;
        }
        return String.join("\n", text.lines().map(line -> LINE_COMMENT.matcher(line).replaceFirst("")).toList());
    }

    /**
     * Whether the text is sections written by indentation alone: every line at the margin (three at least) names a
     * section whose indented lines follow it ("UserLogin 获取用户openid" over a tab-indented field list), and most
     * lines are indented. The lines at the margin are the headings.
     */
    static boolean indentedSections(List<String> lines) {
        List<String> written = lines.stream().filter(line -> !line.isBlank()).toList();
        int titles = 0;
        for (int i = 0; i < written.size(); i++) {
            if (!Character.isWhitespace(written.get(i).charAt(0))) {
                titles++;
                if (i + 1 == written.size() || !Character.isWhitespace(written.get(i + 1).charAt(0))
                        || Text.clean(written.get(i)).length() > MAX_SECTION_TITLE) {
                    return false;
                }
            }
        }
        return titles >= MIN_INDENTED_SECTIONS && written.size() - titles >= 2 * titles;
    }

    /** Whether a line is a chapter's number and title alone, its point left out ("3 系统功能性分析", "5 Architecture"). */
    static boolean isChapterTitle(String line) {
        return CHAPTER.matcher(line).matches();
    }

    /** The text of a line before the page number it ends in ("3 系统功能性分析 9" is "3 系统功能性分析"); else null. */
    static String beforePageNumber(String line) {
        Matcher page = PAGE_NUMBER.matcher(line);
        return page.find() ? line.substring(0, page.start()).strip() : null;
    }

    /**
     * The heading a line of plain text is, where a title framed on both sides counts only at the line's start: the
     * same frame indented is a note inside a request's body ("    === character类型参数 ===").
     */
    private static Heading heading(String raw, String line) {
        Matcher framed = FRAMED.matcher(line);
        if (framed.matches() && !raw.isEmpty() && !Character.isWhitespace(raw.charAt(0))
                && line.charAt(0) == line.charAt(line.length() - 1) && hasLetter(framed.group(1))
                && framed.group(1).length() <= MAX_HEADING_LENGTH) {
            return new Heading(-1, line.charAt(0) == '=' ? 1 : 2, framed.group(1));
        }
        return heading(line);
    }

    /** The heading on this line, or null; {@code kind} is -1 for Markdown-style headings. */
    private static Heading heading(String line) {
        Matcher action = ACTION_ROUTE.matcher(line);
        if (action.matches() && (!action.group(1).isBlank() || action.group(2) != null)) {
            return new Heading(-1, 2, action.group(1).isBlank() ? action.group(2) : action.group(1).strip());
        }
        Matcher banner = BANNER.matcher(line);
        if (banner.matches() && hasLetter(banner.group(1)) && banner.group(1).length() <= MAX_HEADING_LENGTH) {
            return new Heading(-1, 1, banner.group(1));
        }
        if (line.isEmpty() || line.length() > MAX_HEADING_LENGTH) {
            return null;
        }
        Matcher m = MARKDOWN.matcher(line);
        if (m.matches()) {
            return new Heading(-1, m.group(1).length(), m.group(2));
        }
        if (SENTENCE_ENDINGS.indexOf(line.charAt(line.length() - 1)) >= 0) {
            return null;
        }
        m = DECIMAL.matcher(line);
        if (m.matches()) {
            String number = m.group(1);
            boolean single = number.chars().noneMatch(c -> c == '.' || c == '．');
            // "12 items" is prose; a single number needs its "." or "、"
            if (single && m.group(2) == null || !hasLetter(m.group(3))) {
                return null;
            }
            int depth = number.split("[.．]").length;
            return new Heading(DECIMAL_KIND + depth - 1, 0, line);
        }
        if (CHINESE.matcher(line).matches()) {
            return new Heading(CHINESE_KIND, 0, line);
        }
        if (CHINESE_PAREN.matcher(line).matches()) {
            return new Heading(CHINESE_PAREN_KIND, 0, line);
        }
        return null;
    }

    private static boolean hasLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private record Heading(int kind, int markdownLevel, String text) {
    }
}
