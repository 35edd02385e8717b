package io.docroute.document;

import io.docroute.vocabulary.Vocabulary;
import io.docroute.vocabulary.Vocabulary.Part;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Chooses the interface blocks of a sectioned document, and says why for every section.
 *
 * <ol>
 *   <li>Sub-sections titled as the parts of one interface (基本信息, 请求参数, 返回数据, Request, Response, Headers,
 *       Examples) are never blocks: they are merged into the section above them.</li>
 *   <li>A stated method and path marks an interface wherever it appears. When the document states any, every
 *       section that states one is a block (a section that states several is cut at each), and a section beside
 *       them that looks like an interface without stating a path is one too.</li>
 *   <li>Otherwise the document is cut at one heading level: the configured one, or the level with the most
 *       sections that look like an interface (an action word in the title, a field table, interface parts);
 *       the shallower on a tie. When most sections there look like interfaces, the rest of that level is taken
 *       too, except context (概述, Overview) and empty sections.</li>
 *   <li>A document whose headings give fewer blocks than it has numbered requirements or user stories is cut at
 *       those items instead ({@link RequirementItems}).</li>
 * </ol>
 * Tables of contents, empty or placeholder sections (暂未提供) and a requirement stated twice are not blocks.
 */
final class BlockSelector {

    // a group's label with the path its routes follow, in brackets: "用户组(/user):"
    private static final Pattern GROUP_PATH = Pattern.compile(
            "^[^\\s/:：()（）]{1,16}\\s*[（(](/[A-Za-z_][\\w/-]*?)/?[)）]\\s*[:：]$");
    // a labelled prefix of the routes a section lists: "Route Prefix: /api/user", "路由前缀：/api/admin"
    private static final Pattern PREFIX_LABEL = Pattern.compile(
            "^(?:(?i:(?:route|path|url)\\s+prefix|prefix)|路由前缀|路径前缀)\\s*[:：]\\s*`?(/[A-Za-z_][\\w/-]*?)/?`?\\s*\\.?$");
    // the opening of a template's instruction in angle brackets: "<Provide a short description of the feature"
    private static final Pattern TEMPLATE_INSTRUCTION = Pattern.compile("^<\\p{Lu}[^<>]*\\s[^<>]*(?:>$|$)");
    // a label whose value is left blank: "单位名称：", "签署人职务 ："
    private static final Pattern BLANK_LABEL = Pattern.compile("^[^:：]{1,12}\\s*[:：]$");
    // a title that tells what an interface answered ("注册成功，返回json如下", "文章不存在", "When the title is too long")
    private static final Pattern OUTCOME = Pattern.compile(
            "成功|失败|如下|不存在|有误|出错|时$|(?i:^(?:when|if|on (?:success|error|failure))\\b|\\b(?:succeeded|failed)\\b)");
    // the thing an operation acts on, by the first letters of its first word of four letters or more
    private static final Pattern THING = Pattern.compile("\\b[a-z]{4,}");
    private static final int THING_STEM = 4;
    // a Markdown list item's marker, left on a line of a nested list
    private static final Pattern MARKER = Pattern.compile("^[-+*]\\s+");
    // a list item's glyph, as PDFs and Word keep them: an item of the notes above, not the title of what follows
    private static final Pattern BULLET = Pattern.compile("\\s*[" + Text.LIST_GLYPHS + "]");
    // a paragraph's label, then a sentence of its own, comma and all
    private static final Pattern LABELLED_PARAGRAPH = Pattern.compile("^[^：:]{2,12}[：:](?=[^：:]{24,}$)[^，]+，.+$");
    private static final int MIN_PARAGRAPH_LEVEL = 3;
    // a list item's marker of any glyph, or none, before a line's label
    private static final String ITEM_MARK = "(?:[-*+" + Text.LIST_GLYPHS + "]\\s*)?";
    // a use case's labelled parts, a list item or a line of their own: "- Actor: User", "Flow:", "参与者：学生"
    private static final Pattern USE_CASE_ACTOR = Pattern.compile(
            "^" + ITEM_MARK + "(?:(?i:(?:primary\\s+|main\\s+)?actors?)|参与者|主要参与者|执行者)\\s*[:：]");
    private static final Pattern USE_CASE_FLOW = Pattern.compile(
            "^" + ITEM_MARK + "(?:(?i:(?:(?:main|basic|normal|primary)\\s+)?(?:flow|steps)"
                    + "(?:\\s+of\\s+events)?)|基本流|主事件流|基本事件流)\\s*[:：]");
    // "=> student" under a route: what the route above returns, no title of the one below
    private static final Pattern RETURNS_ARROW = Pattern.compile("\\s*(?:=>|->|→)");
    // a class's field or annotation pasted under a route ("private Integer current = 1;", "@NotNull(…)"): code
    private static final Pattern CODE_LINE = Pattern.compile(
            ".*;\\s*$|\\s*(?:private|protected|public)\\s+[\\w<>\\[\\],]+\\s+\\w+.*|\\s*@\\w+.*");
    private static final int MIN_LABELLED_FEATURES = 3;
    private static final int MIN_MAPPED_FEATURES = 3;
    // "登录按钮", "举报类型选择框": a screen's control, what a user clicks or fills in to do an operation
    private static final Pattern CONTROL_TITLE = Pattern.compile("(?:按钮|选择框|输入框|下拉框|复选框|单选框|文本框|搜索框)$");
    private static final Pattern OPENING_BRACE = Pattern.compile("\\s*[{\\[]\\s*");
    // "Lead with /users", "/api/orders", "Task Routes (`/api/tasks`)": a title that ends in a path, bare or in brackets
    private static final Pattern PATH_PREFIX = Pattern.compile(
            "^(?:[^/]{0,40}\\s)?([(（]?)`?(/[A-Za-z][\\w-]*(?:/[A-Za-z][\\w-]*)*)/?`?([)）]?)$");
    // a method word as such, not inside a path ("/compose/post") or a word
    private static final Pattern METHOD_AND_PATH = Pattern.compile(
            "(?<![/\\w])(?i:get|post|put|patch|delete)\\b(?!/)\\s*" + StatedEndpoint.METHOD_SEPARATOR
                    + "?\\s*(?:\\S*/\\S*|$)");
    private static final Pattern ACCESS_TAG = Pattern.compile("^" + StatedEndpoint.ACCESS_TAG);
    // the label of an example request of the interface above: "**Example Request:**", "Sample call", "请求示例："
    private static final Pattern EXAMPLE_LABEL = Pattern.compile(
            "^(?i:(?:example|sample)\\s+(?:requests?|calls?))\\s*[:：]?$|^(?:请求|调用)示例\\s*[:：]?$");
    // a request labelled on its own line as an example of the interface above, a list item or not: "• Usage: GET
    // /get-friends/12345", "Example: GET /users/1", "示例：GET /users/1"
    private static final Pattern EXAMPLE_LINE = Pattern.compile("^" + ITEM_MARK + "(?:"
            + "(?i:usage|example(?:\\s+(?:requests?|calls?|usage))?|sample(?:\\s+(?:requests?|calls?))?)"
            + "|(?:请求|调用)?示例)\\s*[:：]\\s*\\S");
    private static final int MAX_TITLE_LINE = 40;
    private static final int MAX_PART_LABEL = 30;
    private static final Pattern EMPHASIS = Pattern.compile("[*`#]");
    // the remote method a section calls through one entry, by its label ("方法名：`Auth.Login`") or in its request
    // ("\"method\": \"Auth.Login\"")
    private static final Pattern CALLED_METHOD = Pattern.compile(
            "^\\W*(?:方法名称?|(?i:rpc\\s+method|method\\s+name))\\W*[:：|]\\s*`?([A-Za-z_][\\w.]*)`?\\s*\\|?\\s*$"
                    + "|^\\s*\"method\"\\s*:\\s*\"([A-Za-z_][\\w.]*)\"");

    // a path or two stated beside five times as many requirement items: the document's requirements are the items
    private static final int MAX_STATED_ASIDE = 2;
    private static final int MIN_ITEMS_BESIDE_STATED = 5;

    // the titles alone that make a list of features, where nothing else does
    private static final int MIN_TITLES_ALONE = 3;
    // a line that is only an interface's name: "借款试算接口", "银行卡列表接口"
    private static final Pattern NAMED_INTERFACE_LINE = Pattern.compile("^\\p{IsHan}[\\p{IsHan}A-Za-z0-9/]{1,15}接口$");
    // a message protocol's request by its code, what it does in a comment: "req：1   //启动截图程序" (a websocket's)
    private static final Pattern CODED_REQUEST = Pattern.compile(
            "^(?i:req|request|cmd|command)\\s*[:：]\\s*\\d{1,4},?\\s*//\\s*(\\S.{0,40}?)\\s*$");
    // a function's signature: "function AdminAddRestaurantType($jsonString)", "export async function getUsers(req)"
    private static final Pattern DECLARED_FUNCTION = Pattern.compile(
            "^(?:(?:public|static|export|async)\\s+)*function\\s+([A-Za-z_$][\\w$]*)\\s*\\(.*");

    // a requirement's code in its title, "一级功能1：多源同步录入 (FUNC-NOTE-001)", "FR-2.1 Login"
    private static final Pattern TITLE_CODE = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Z]{1,8}(?:[-_][A-Z]{1,8})*[-_]?\\d{1,4}(?:[-_.]\\d{1,4})*)(?![A-Za-z0-9])");
    // a sub-section title that is a label and its value: "URL: /api/users", "method post", "url api/User/login"
    private static final Pattern LABEL_AND_VALUE = Pattern.compile("^(.{1,24}?)(?:\\s*[:：]\\s*|\\s+)(\\S+)$");

    private final Vocabulary vocabulary;
    // each managed operation word as it is found in a section's text: a Chinese word anywhere, an English one as a
    // word ("add", not the start of "address"); compiled once, not per section
    private final Map<Vocabulary.ActionWord, Pattern> managedWords = new LinkedHashMap<>();
    private final FieldTables fieldTables;

    BlockSelector(Vocabulary vocabulary, FieldTables fieldTables) {
        this.vocabulary = vocabulary;
        for (Vocabulary.ActionWord word : vocabulary.managedWords()) {
            managedWords.put(word, Pattern.compile(word.chinese() ? Pattern.quote(word.word())
                    : "(?i)\\b" + Pattern.quote(word.word()) + "\\b"));
        }
        this.fieldTables = fieldTables;
    }

    /**
     * The chosen blocks, the document title and one choice per section; {@code lastResort} when only the prose or a
     * flowchart gave the blocks, as another reading of the same text may do better.
     */
    record Selection(String title, List<InterfaceBlock> blocks, List<Choice> choices, boolean lastResort) {
    }

    /**
     * The blocks and the document title: its first h1 unless that is a block; else, when {@code firstLineTitle},
     * a short first line before any heading (plain text has no h1 to mark it); else {@code fallbackTitle}.
     */
    Selection select(Outline outline, int configuredLevel, boolean firstLineTitle, String fallbackTitle) {
        Node root = tree(outline);
        List<Node> nodes = root.descendants();
        List<Pick> picks = new ArrayList<>();
        List<Choice> choices = new ArrayList<>();
        boolean stated = nodes.stream().anyMatch(n -> !n.marks.isEmpty());
        List<GraphQlOperations.Operation> schema = configuredLevel == 0 && !stated
                ? GraphQlOperations.read(outline.lines()) : List.of();
        List<Node> mapped = configuredLevel == 0 && !stated && schema.isEmpty() ? mappedFeatures(root) : List.of();
        if (!schema.isEmpty()) {
            byGraphQlOperations(schema, picks);
        } else if (!mapped.isEmpty()) {
            byFeatureMap(mapped, picks);
        } else if (configuredLevel == 0 && stated) {
            byStatedEndpoints(root, picks);
            picks.sort(Comparator.comparingInt(pick -> pick.order));
        } else {
            byHeadingLevel(nodes, configuredLevel, picks);
        }
        // a requirements document that states a path or two (an outside service it calls) beside five times as many
        // requirement items is read for its items, the interfaces it states kept beside them
        long statedCount = nodes.stream().mapToLong(n -> n.marks.size()).sum();
        boolean itemsRead = configuredLevel == 0 && mapped.isEmpty() && schema.isEmpty()
                && (!stated || statedCount <= MAX_STATED_ASIDE);
        List<RequirementItems.Item> items = itemsRead ? RequirementItems.split(outline.lines(),
                vocabulary::opensWithOperation, vocabulary::namesOperation) : List.of();
        boolean aside = stated && items.size() >= MIN_ITEMS_BESIDE_STATED * statedCount;
        List<Pick> statedAside = aside ? notStatedBy(items, picks) : List.of();
        if (stated && !aside) {
            items = List.of();
        }
        // a few features and nothing else are the document's interfaces only when no requirements section says more
        boolean fewFeatures = RequirementItems.fewFeatures(items);
        // requirements numbered under their group's code ("用户登录 (FM-01-001)" under "用户管理模块 (FM-01)") are the
        // document's own cut; the lines listed in them ("功能：" over "支持按用户名搜索") say what each does
        boolean numbered = picks.stream().filter(BlockSelector::isNumberedUnderItsGroup).count() * 2 > picks.size();
        if (!fewFeatures && !numbered && (items.size() > picks.size() || identifiedElsewhere(items, picks))) {
            byItems(items, nodes, picks, choices);
            byExceptionCases(items, outline.lines(), picks);
            statedAside.forEach(pick -> {
                picks.add(pick);
                pick.sections.forEach(section -> section.pick = pick);
            });
        }
        if (picks.isEmpty() && configuredLevel == 0) {
            byRequirementsSection(nodes, picks);
        }
        if (picks.isEmpty() && fewFeatures) {
            byItems(items, nodes, picks, choices);
        }
        boolean lastResort = picks.isEmpty() && configuredLevel == 0;
        // the last resorts read the document's lines, whatever section they are in
        List<String> lines = lastResort ? documentLines(root) : List.of();
        if (lastResort) {
            byMarkedLines(lines, picks, NAMED_INTERFACE_LINE, true, "interfaces the document names, a line each");
        }
        if (lastResort && picks.isEmpty()) {
            byMarkedLines(lines, picks, DECLARED_FUNCTION, false, "functions the document declares");
        }
        if (lastResort && picks.isEmpty()) {
            byMarkedLines(lines, picks, CODED_REQUEST, true, "requests the document's protocol codes");
        }
        if (lastResort && picks.isEmpty()) {
            byProse(lines, picks);
        }
        if (lastResort && picks.isEmpty()) {
            byFlowchart(lines, picks);
        }
        if (lastResort && picks.isEmpty()) {
            byTitlesAlone(nodes, picks);
        }
        List<InterfaceBlock> blocks = withMethodOfAll(
                distinct(picks, choices, StatedEndpoint.basePath(outline.lines())), outline.lines());
        for (Node node : nodes) {
            if (node.part) {
                Node owner = node.parent;
                while (owner.part) {
                    owner = owner.parent;
                }
                choices.add(new Choice(node.title, -1, "a part of '" + owner.title + "', merged into it"));
            } else if (node.pick == null) {
                choices.add(new Choice(node.title, -1, node.why == null ? "no interface found in it" : node.why));
            }
        }
        String title = documentTitle(nodes, firstLineTitle, fallbackTitle);
        return new Selection(title, blocks, choices, lastResort);
    }

    /**
     * The picks whose path no requirement item's own lines state: an interface an item states itself ("功能作用：普通用户登录"
     * over "url:user_login") is the item's.
     */
    private static List<Pick> notStatedBy(List<RequirementItems.Item> items, List<Pick> picks) {
        Set<String> itemPaths = items.stream().map(item -> StatedEndpoint.read(item.lines()).path())
                .filter(Objects::nonNull).collect(Collectors.toSet());
        return picks.stream().filter(pick -> !itemPaths.contains(statedPath(pick))).toList();
    }

    /** The path a pick states: the one carried to it, else its one section's one mark's; null when neither. */
    private static String statedPath(Pick pick) {
        return pick.stated != null ? pick.stated.path()
                : pick.sections.size() == 1 && pick.sections.get(0).marks.size() == 1
                        ? pick.sections.get(0).marks.get(0).path() : null;
    }

    /** The document cut at its requirement items: one block per operation an item names, none named twice. */
    private void byItems(List<RequirementItems.Item> items, List<Node> nodes, List<Pick> picks, List<Choice> choices) {
        picks.clear();
        for (Node node : nodes) {
            node.pick = null;
            node.why = "the document is cut at its requirement items";
        }
        // an operation named again (a feature list repeating the requirement list) is the same operation
        Set<String> operationsNamed = new HashSet<>();
        for (RequirementItems.Item item : items) {
            if (vocabulary.isContextTitle(item.title())) {
                // a label over the document's context ("Overview:", "Overall Description:") names no feature, nor does
                // a requirement titled by it ("FR-SYS-003 — Pagination")
                choices.add(new Choice(item.title(), -1, "it describes the document's context"));
                continue;
            }
            String reason = "requirement item "
                    + (item.id() == null ? item.kind().name().toLowerCase(Locale.ROOT) : item.id());
            List<String> operations = operations(item);
            if (operations.isEmpty() && leadsIn(item)) {
                // "The system shall store, for each user:" over the fields it stores
                choices.add(new Choice(item.title(), -1, "it leads in to what it lists, and names no operation"));
                continue;
            }
            // a story that another role's story wished for before ("As a worker, I want to submit a report" after
            // "As a registered user, I want to submit a report") names the same operation; not one its heading
            // names apart ("Patient login" after "Donor login")
            String wish = item.kind() == RequirementItems.Kind.STORY && operations.isEmpty()
                    && RequirementItems.isStory(item.title()) ? EnumeratedOperations.wish(item.text(), vocabulary)
                    : null;
            // a story whose role alone fills its title (a cast of personas) is named by what it wishes for
            String wished = item.kind() == RequirementItems.Kind.STORY && item.title().endsWith("…")
                    && !item.title().contains(" want") ? EnumeratedOperations.wished(item.text()) : null;
            String named = wished != null ? RequirementItems.title(wished) : item.title();
            for (String title : operations.isEmpty() ? List.of(named) : operations) {
                String key = Text.collapse((wish != null ? "wish: " + wish : title).toLowerCase(Locale.ROOT));
                if (item.id() == null && (bareRepeat(key, operationsNamed) || !operationsNamed.add(key))) {
                    choices.add(new Choice(title, -1, "the same operation is named earlier"));
                } else {
                    picks.add(new Pick(title, item.lines(), List.of(), operations.size() < 2 ? reason
                            : reason + ", one of the " + operations.size() + " operations it lists"));
                }
            }
        }
    }

    /**
     * Beside a list of stories, the operations its exceptions section names that no story wished for ("If a user
     * tries to share a recipe but fails" after stories that never share one): see {@link ExceptionCases}.
     */
    private void byExceptionCases(List<RequirementItems.Item> items, List<String> lines, List<Pick> picks) {
        long stories = items.stream().filter(item -> item.kind() == RequirementItems.Kind.STORY).count();
        if (stories * 2 < items.size()) {
            return;
        }
        // a story's first line is its wish; the lines after it may run on into the exceptions
        List<String> wished = picks.stream()
                .map(pick -> (pick.title + " " + pick.lines.stream().findFirst().orElse("")).toLowerCase(Locale.ROOT))
                .toList();
        for (ExceptionCases.Operation operation : ExceptionCases.operations(lines, vocabulary)) {
            // wished for already: a story names its verb and the thing it acts on ("rate a game twice" after "I want
            // to rate a game"; "search for a specific media by title" is not "search for movies by actor")
            String[] words = operation.title().toLowerCase(Locale.ROOT).split("\\s+", 2);
            Matcher thing = THING.matcher(words.length > 1 ? words[1] : "");
            String stem = thing.find() ? thing.group().substring(0, THING_STEM) : "";
            if (wished.stream().noneMatch(story -> story.contains(words[0]) && story.contains(stem))) {
                picks.add(new Pick(operation.title(), List.of(operation.line()), List.of(),
                        "an operation an exception case names, that no story wishes for"));
            }
        }
    }

    /**
     * Whether an operation named by its word alone ("删除", "Edit", a button under a page's operations) is one named
     * on its thing before ("删除记录").
     */
    private boolean bareRepeat(String operation, Set<String> named) {
        return vocabulary.operationLength(operation) == operation.length()
                && named.stream().anyMatch(earlier -> earlier.length() > operation.length()
                        && earlier.startsWith(operation));
    }

    /**
     * The operations a requirement item names when it names several, else none (the item is one interface). A
     * numbered requirement and a named use case are their author's own unit, whatever they list, unless the requirement
     * is titled by what it manages ("FR2：餐位管理"); a story names the
     * operations of its wishes ("I want to …. I want to create, update or delete …"); a capability written as a
     * Chinese sentence
     * ("可以向该网站上传图片以及下载自己想要的图片") and a module's description in a table of modules name theirs as
     * prose does. An item that only leads in to a list ("R1.3 Clients shall be able to:" over "- create a booking")
     * names the operations its list names, numbered or not.
     */
    private List<String> operations(RequirementItems.Item item) {
        if (item.kind() == RequirementItems.Kind.SCENARIO) {
            return List.of();
        }
        List<String> led = RequirementItems.ledItems(item).stream().filter(vocabulary::opensWithOperation).toList();
        if (item.id() != null && !leadsIn(item) && RequirementItems.MANAGED.matcher(item.title()).matches()) {
            // "FR2：餐位管理" over "比如创建餐位，对餐位的信息进行修改": the operations its lines do
            List<String> named = RequirementProse.titles(item.text(), vocabulary).stream().distinct().toList();
            return named.size() >= 2 ? named : List.of();
        }
        if (item.id() != null) {
            return leadsIn(item) ? ledOperations(led, false) : List.of();
        }
        List<String> numbered = item.kind() == RequirementItems.Kind.LISTED
                ? RequirementItems.numberedParts(item.title()) : List.of();
        if (!numbered.isEmpty()) {
            // a table's function cell that numbers its functions: "1、 更换头像 2、 修改昵称 3、 修改简介"
            return numbered;
        }
        List<String> lined = item.kind() == RequirementItems.Kind.LISTED ? linedOperations(item.title()) : List.of();
        if (!lined.isEmpty()) {
            return lined;
        }
        if (led.size() >= 2) {
            return ledOperations(led, true);
        }
        List<String> operations = EnumeratedOperations.titles(item.text(), vocabulary);
        if (operations.isEmpty() && item.kind() == RequirementItems.Kind.STORY) {
            operations = EnumeratedOperations.wishes(item.text(), vocabulary);
        }
        if (operations.isEmpty() && (item.kind() == RequirementItems.Kind.CAPABILITY
                || item.kind() == RequirementItems.Kind.LISTED && !item.text().equals(item.title()))) {
            operations = RequirementProse.titles(item.text(), vocabulary).stream().distinct().toList();
        }
        return operations.isEmpty() && leadsIn(item) ? ledOperations(led, false) : operations;
    }

    /** The operations of the lines a lead-in lists, each line's own list of several read as one each if asked. */
    private List<String> ledOperations(List<String> led, boolean enumerated) {
        return led.stream().flatMap(line -> {
            List<String> listed = enumerated ? EnumeratedOperations.titles(line, vocabulary) : List.of();
            return listed.isEmpty() ? Stream.of(EnumeratedOperations.opening(line)) : listed.stream();
        }).distinct().toList();
    }

    /** Whether the item's title leads in to a list: "Clients shall be able to:". */
    private static boolean leadsIn(RequirementItems.Item item) {
        return item.title().endsWith(":") || item.title().endsWith("：");
    }

    /**
     * The operations a Word table's function cell lists a line each, its lines run together by spaces ("添加/删除用户
     * 重置账户密码 管理数据字典"): each opens with an operation, and one that names two on one thing is both; empty
     * unless the cell is Chinese and every part opens with an operation.
     */
    private List<String> linedOperations(String cell) {
        String[] parts = cell.strip().split("\\s+");
        if (parts.length < 2 || !Vocabulary.containsHan(cell)
                || !Arrays.stream(parts).allMatch(vocabulary::opensWithOperation)) {
            return List.of();
        }
        List<String> operations = new ArrayList<>();
        for (String part : parts) {
            List<String> listed = EnumeratedOperations.titles(part, vocabulary);
            operations.addAll(listed.isEmpty() ? List.of(part) : listed);
        }
        return operations.stream().distinct().toList();
    }

    /**
     * The last resort, where nothing marks an interface: the sub-sections of the section stating the requirements
     * (功能需求, Functional Requirements), those its number puts under it at its own level, or that section itself when
     * it has none. A sub-section written as features named by their labels ("注册：用户点击…", "添加好友：登录成功后…")
     * gives one block per feature; one whose prose names two or more operations ({@link RequirementProse}: "Teachers
     * can add questions and publish results", "可以查看所有用户信息，创建新用户") one block per operation; any other is one
     * block for the extractor (and a model, when one is configured) to read.
     */
    private void byRequirementsSection(List<Node> nodes, List<Pick> picks) {
        for (int i = 0; i < nodes.size(); i++) {
            Node section = nodes.get(i);
            if (section.part || !vocabulary.isRequirementsTitle(section.title)) {
                continue;
            }
            String title = section.title;
            if (nodes.subList(i + 1, nodes.size()).stream().anyMatch(later -> later.title.equals(title))) {
                // a table of contents typed as numbered lines: the section is stated again below
                section.why = "a table of contents entry: '" + title + "' is stated again below";
                continue;
            }
            // "## 4.0 Features" followed at its own level by "## 4.1 : Personal User Account", "## 4.2 …": those are
            // its sub-sections, by their numbers
            List<Node> below = section.children.isEmpty() ? numberedAfter(section) : section.children;
            List<Node> children = below.stream().filter(n -> !n.part && !isContextOrEmpty(n)).toList();
            List<Node> blocks = children.isEmpty() && !isContextOrEmpty(section) ? List.of(section) : children;
            for (Node node : blocks) {
                List<String> lines = sectionLines(node);
                List<RequirementProse.Operation> labelled = RequirementProse.labelledFeatures(lines,
                        this::isFeatureLabel);
                List<RequirementProse.Operation> named = labelled.size() >= MIN_LABELLED_FEATURES ? labelled
                        : proseOperations(lines);
                if (named.size() < 2) {
                    picks.add(whole(node, "a part of '" + section.title
                            + "', the section stating the requirements, where nothing else marks an interface"));
                    continue;
                }
                for (int k = 0; k < named.size(); k++) {
                    Pick pick = new Pick(named.get(k).title(), List.of(named.get(k).line()), List.of(),
                            "one of the " + named.size() + " operations the prose of '" + node.title + "' names");
                    pick.order = node.order * 1000 + k;
                    picks.add(pick);
                }
                node.pick = picks.get(picks.size() - 1);
            }
        }
    }

    /**
     * The sections after {@code section} at its own level whose numbers number them under its own ("4.1", "4.2" after
     * "4.0"), down to the first that is not or that states requirements itself; none when its heading has no number.
     */
    private List<Node> numberedAfter(Node section) {
        String number = Headings.decimalNumber(section.section.heading());
        if (number == null) {
            return List.of();
        }
        List<Node> siblings = section.parent.children;
        List<Node> after = new ArrayList<>();
        for (Node next : siblings.subList(siblings.indexOf(section) + 1, siblings.size())) {
            String its = Headings.decimalNumber(next.section.heading());
            if (its == null || !its.startsWith(number + ".") || vocabulary.isRequirementsTitle(next.title)) {
                break;
            }
            after.add(next);
        }
        return after;
    }

    /**
     * Where nothing marks an interface, lines that do, at least three, one block each: a line that names an interface
     * ({@link #NAMED_INTERFACE_LINE}: "产品上下线接口" over who provides it and what it gives, a table of the
     * interfaces to build that its export left as lines) with the lines down to the next (when {@code marksOpen}); a
     * function's signature ({@link #DECLARED_FUNCTION}: "function AdminAddRestaurantType($jsonString)" under the
     * comments that say what it takes and gives) with the lines since the one before. The block is named by the
     * pattern's group, or the whole line when it has none.
     */
    private static void byMarkedLines(List<String> lines, List<Pick> picks, Pattern pattern, boolean marksOpen,
            String what) {
        List<Integer> marks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher mark = pattern.matcher(Text.clean(lines.get(i)));
            if (mark.matches()) {
                marks.add(i);
                names.add(mark.groupCount() > 0 ? mark.group(1) : mark.group());
            }
        }
        if (marks.size() < MIN_TITLES_ALONE) {
            return;
        }
        for (int n = 0; n < marks.size(); n++) {
            int at = marks.get(n);
            int from = marksOpen ? at : n == 0 ? 0 : marks.get(n - 1) + 1;
            int to = !marksOpen ? at + 1 : n + 1 < marks.size() ? marks.get(n + 1) : lines.size();
            picks.add(new Pick(names.get(n), lines.subList(from, to), List.of(),
                    "one of the " + marks.size() + " " + what));
        }
    }

    /**
     * The very last resort, where nothing else marks an interface: the operations the prose says someone can do
     * ("Customers will be able to browse plays and buy seats", "员工可以提交自己的请假申请以及查询自己的请假记录"), one
     * block each, with the sentence that names it.
     */
    private void byProse(List<String> lines, List<Pick> picks) {
        List<RequirementProse.Operation> named = proseOperations(lines);
        for (RequirementProse.Operation operation : named) {
            picks.add(new Pick(operation.title(), List.of(operation.line()), List.of(),
                    "one of the " + named.size() + " operations the document's prose says someone can do"));
        }
    }

    /** The operations English prose says someone can do, else those Chinese prose names. */
    private List<RequirementProse.Operation> proseOperations(List<String> lines) {
        List<RequirementProse.Operation> english = RequirementProse.englishOperations(lines, vocabulary);
        return english.isEmpty() ? RequirementProse.operations(lines, vocabulary) : english;
    }

    /**
     * And last: a list of titles with nothing under them ("1、商品管理（新增、编辑、查询）", "2、采购入库", a plain
     * text's numbered lines read as headings), one block each, where the document names at least three.
     */
    private void byTitlesAlone(List<Node> nodes, List<Pick> picks) {
        List<Node> titles = nodes.stream().filter(node -> node.children.isEmpty() && !node.title.isEmpty()
                && isEmpty(node) && !isContext(node)).toList();
        if (titles.size() >= MIN_TITLES_ALONE) {
            titles.forEach(node -> picks.add(whole(node, "one of the " + titles.size()
                    + " titles the document lists with nothing under them, and nothing else names an interface")));
        }
    }

    /** And after that: the features a flowchart of the product draws, one block each. */
    private static void byFlowchart(List<String> lines, List<Pick> picks) {
        List<MermaidFlowchart.Feature> drawn = MermaidFlowchart.features(lines);
        for (MermaidFlowchart.Feature feature : drawn) {
            picks.add(new Pick(feature.title(), List.of(feature.line()), List.of(),
                    "one of the " + drawn.size() + " features the document's flowchart draws"));
        }
    }

    /** A section's lines and those of the sections below it, the parts of interfaces left out. */
    private static List<String> sectionLines(Node node) {
        return node.subtree().stream().filter(n -> !n.part).flatMap(n -> n.ownLines().stream()).toList();
    }

    /** The document's own lines, section by section, the parts of interfaces left out. */
    private static List<String> documentLines(Node root) {
        return root.descendants().stream().filter(n -> !n.part).flatMap(n -> n.ownLines().stream()).toList();
    }

    /**
     * The features of a document that maps them as headings alone, as a mind map's export writes it ("## 后台端"
     * over "### 1、点单管理" over "#### 1.1座位状态"): no text under any heading but chapters of their own
     * ("# 搭建部署"). Each heading of the map with none below it is a feature; none when the document is no such map.
     */
    private static List<Node> mappedFeatures(Node root) {
        List<Node> leaves = new ArrayList<>();
        for (Node node : root.descendants()) {
            boolean chapter = node.parent == root && node.children.isEmpty();
            if (node.part || chapter) {
                continue;
            }
            if (node.ownLines().stream().anyMatch(line -> !line.isBlank())) {
                return List.of();
            }
            if (node.children.isEmpty()) {
                leaves.add(node);
            }
        }
        return leaves.size() < MIN_MAPPED_FEATURES ? List.of() : leaves;
    }

    /** The operations of a GraphQL API's documentation, one block each, with its signature and notes. */
    private static void byGraphQlOperations(List<GraphQlOperations.Operation> operations, List<Pick> picks) {
        for (GraphQlOperations.Operation operation : operations) {
            picks.add(new Pick(operation.title(), operation.lines(), List.of(), "one of the " + operations.size()
                    + " operations under the queries and mutations of the GraphQL schema the document describes"));
        }
    }

    private static void byFeatureMap(List<Node> leaves, List<Pick> picks) {
        for (Node leaf : leaves) {
            Pick pick = new Pick(Headings.stripNumbering(leaf.title), List.of(), List.of(), "one of the "
                    + leaves.size() + " features the document maps as headings with nothing written under them");
            leaf.pick = pick;
            picks.add(pick);
        }
    }

    // ---- stated endpoints ------------------------------------------------------------------------------------

    private void byStatedEndpoints(Node parent, List<Pick> picks) {
        byStatedEndpoints(parent, picks, false);
    }

    /**
     * The sections beneath {@code parent} that state their endpoints, each a block. With {@code besideStated} (a
     * section above, or one of its siblings' sections, states paths), a section that names the method it calls
     * ("| 方法名称 | getCode |", a module's operation under one call address) is an interface too.
     */
    private void byStatedEndpoints(Node parent, List<Pick> picks, boolean besideStated) {
        List<Node> unmarked = new ArrayList<>();
        boolean anyPicked = false;
        boolean statedBelow = false;
        for (Node node : parent.children) {
            if (node.part) {
                continue;
            }
            List<StatedEndpoint> below = node.marksBelow;
            if (!below.isEmpty()) {
                statedBelow = true;
                List<StatedEndpoint> own = node.marks.stream().filter(m -> !contains(below, m)).toList();
                if (isServicePath(node, own, below)) {
                    // "**服务路径**: `/api/v1/auth`" over "#### POST /login": the path its sections' paths follow
                    node.servicePath = own.get(0).path();
                    node.why = "states the path its sections' paths follow: " + node.servicePath;
                } else if (!own.isEmpty()) {
                    split(node, picks);
                }
                byStatedEndpoints(node, picks);
            } else if (node.marks.size() == 1) {
                StatedEndpoint read = StatedEndpoint.read(node.ownLines());
                StatedEndpoint stated = completed(node.marks.get(0), read);
                String titled = stated.method() == null && stated.path() != null
                        ? StatedEndpoint.read(List.of(node.title)).method() : null;
                if (titled != null) {
                    // "5. 查询用户是否已经被注册 get请求" over "请求 URL：…/check_name": a method only its heading states
                    stated = new StatedEndpoint(titled, stated.path(), stated.queryParameters());
                }
                StatedEndpoint endpoint = underPrefix(pathPrefix(node), stated);
                Map<Node, String> calls = callsThrough(node);
                List<StatedEndpoint.LabelledMethod> methods = node.children.isEmpty()
                        ? StatedEndpoint.labelledMethods(node.ownLines()) : List.of();
                if (methods.size() > 1 && endpoint.path() != null
                        && methods.get(0).method().equals(endpoint.method())) {
                    byLabelledMethods(node, endpoint, methods, picks);
                } else if (calls.size() > 1) {
                    // one entry ("调用入口：POST /rpc") and the sections of the remote methods called through it
                    for (Map.Entry<Node, String> call : calls.entrySet()) {
                        Pick pick = whole(call.getKey(), "calls " + call.getValue() + " through " + endpoint);
                        pick.stated = endpoint;
                        pick.sharedEntry = true;
                        picks.add(pick);
                    }
                    node.why = "the entry of the methods its sections call, each a block";
                } else {
                    Pick pick = whole(node, "states " + endpoint);
                    // what only its heading states ("登陆接口(post)" over "/login2") is carried to the block
                    pick.stated = endpoint == stated && read.isComplete() ? null : endpoint;
                    picks.add(pick);
                }
                anyPicked = true;
            } else if (node.marks.size() > 1) {
                split(node, picks);
                byStatedEndpoints(node, picks);
            } else {
                unmarked.add(node);
            }
        }
        for (Node node : unmarked) {
            Optional<String> looks = anyPicked ? looksLikeInterface(node)
                    : besideStated ? calledMethod(node).map(method -> "names " + method)
                    : Optional.empty();
            if (looks.isPresent() && !isContextOrEmpty(node)) {
                picks.add(whole(node, "beside sections that state their paths, and " + looks.get()));
            } else {
                node.why = node.why != null ? node.why : anyPicked ? "states no path and does not look like an interface"
                        : "states no path";
                byStatedEndpoints(node, picks, anyPicked || besideStated || statedBelow);
            }
        }
    }

    /**
     * One pick per method a section's path takes in turn, each from the line labelling it ("请求方式：POST", its fields
     * and answers, then "请求方式：DELETE（取消关注）" and its own), named by its label or by the section and the method;
     * the methods one label lists share the section's lines.
     */
    private static void byLabelledMethods(Node node, StatedEndpoint endpoint,
            List<StatedEndpoint.LabelledMethod> methods, List<Pick> picks) {
        List<String> lines = node.ownLines();
        for (int k = 0; k < methods.size(); k++) {
            StatedEndpoint.LabelledMethod method = methods.get(k);
            int from = method.line() == methods.get(0).line() ? 0 : method.line();
            int to = methods.stream().mapToInt(StatedEndpoint.LabelledMethod::line).filter(line -> line > method.line())
                    .findFirst().orElse(lines.size());
            String title = k == 0 ? node.title
                    : method.name() != null ? method.name() : node.title + " (" + method.method() + ")";
            StatedEndpoint stated = new StatedEndpoint(method.method(), endpoint.path(), endpoint.queryParameters());
            Pick pick = new Pick(title, lines.subList(from, to), List.of(),
                    "one of the methods '" + node.title + "' labels: " + stated);
            pick.order = node.order * 1000 + k;
            pick.stated = stated;
            picks.add(pick);
            node.pick = pick;
        }
        node.why = "its path takes the methods it labels in turn, each a block";
    }

    /**
     * The sections beneath {@code node} that each call a remote method of their own, in order, with the method's
     * name; none named twice.
     */
    private static Map<Node, String> callsThrough(Node node) {
        Map<Node, String> calls = new LinkedHashMap<>();
        for (Node section : node.descendants()) {
            Optional<String> method = section.part ? Optional.empty() : calledMethod(section);
            if (method.isPresent() && !calls.containsValue(method.get())) {
                calls.put(section, method.get());
            }
        }
        return calls;
    }

    /** The remote method a section's first such label names; none where it names an HTTP method ("method": "GET"). */
    private static Optional<String> calledMethod(Node section) {
        for (String line : section.ownLines()) {
            Matcher called = CALLED_METHOD.matcher(line);
            if (called.find()) {
                return Optional.of(called.group(1) != null ? called.group(1) : called.group(2))
                        .filter(method -> !StatedEndpoint.isMethod(method));
            }
        }
        return Optional.empty();
    }

    /** The mark with the method the section states on another line ("**URL:** /x" above "**Method:** GET"). */
    private static StatedEndpoint completed(StatedEndpoint mark, StatedEndpoint read) {
        if (mark.method() != null) {
            return mark;
        }
        return read.isComplete() && read.path().equals(mark.path()) ? read : mark;
    }

    /**
     * One pick per endpoint a section states itself: each from its line (or the short title line above it). A section
     * whose title ends in a path alone ("Lead with /users", "/api/orders") lists its routes below that path: a listed
     * path that does not start with it ("- /login" over "- POST") is stated under it ({@code POST /users/login}).
     */
    private void split(Node node, List<Pick> picks) {
        String prefix = pathPrefix(node);
        List<String> lines = StatedEndpoint.withLabelsJoined(node.ownLines());
        // the line each interface starts on, with the endpoints it states there
        Map<Integer, List<StatedEndpoint>> stated = new LinkedHashMap<>();
        List<StatedEndpoint> seen = new ArrayList<>();
        Map<Integer, List<StatedEndpoint>> routes = new HashMap<>(StatedEndpoint.listedRoutes(lines));
        StatedEndpoint.methodsUnderPath(node.title, lines).forEach((line, route) -> routes.put(line, List.of(route)));
        List<StatedEndpoint> headed = StatedEndpoint.marks(node.title, List.of());
        // a listed route's line is read for its path here only: its block carries the path
        Set<Integer> routeStarts = new HashSet<>();
        // a line whose path takes its method from a line beside it ("用户登陆 POST" over its URL): its block carries it
        Set<Integer> methodsBeside = new HashSet<>();
        // "用户组(/user):" over "/register:": a group's label with the path its routes follow
        String group = null;
        for (int i = 0; i < lines.size(); i++) {
            String groupPath = groupPath(lines.get(i));
            group = groupPath != null ? groupPath : group;
            List<StatedEndpoint> marks = StatedEndpoint.marks(lines.get(i));
            boolean listed = marks.isEmpty() && routes.containsKey(i);
            for (StatedEndpoint mark : listed ? routes.get(i) : marks) {
                StatedEndpoint endpoint = underPrefix(group, StatedEndpoint.withMethodBeside(mark, lines, i));
                // a curl command under the interface it calls is its example, and so is a request under an example's
                // label ("**Example Request:**" over "GET /room-types/1/availability?checkInDate=…") after the
                // interface its lines state
                boolean example = StatedEndpoint.sendsWithCurl(lines.get(i))
                        && (StatedEndpoint.isExampleOf(endpoint, seen) || StatedEndpoint.isExampleOf(endpoint, headed))
                        || (underExampleLabel(lines, i) || labelledAsExample(lines.get(i)))
                                && StatedEndpoint.isExampleOf(endpoint, seen)
                        // a controller's mapping under the interface it serves is its code
                        || StatedEndpoint.declaresRoute(lines.get(i)) && StatedEndpoint.isHandlerOf(endpoint, seen);
                // a listed route whose method is named is another interface than its path listed bare above it
                boolean known = listed && endpoint.method() != null
                        ? seen.stream().anyMatch(m -> m.method() != null && StatedEndpoint.sameInterface(m, endpoint))
                        : contains(seen, endpoint) || StatedEndpoint.restates(endpoint, seen);
                if (!example && !known) {
                    seen.add(endpoint);
                    stated.computeIfAbsent(i, line -> new ArrayList<>()).add(endpoint);
                    if (listed) {
                        routeStarts.add(i);
                    }
                    if (mark.method() == null && endpoint.method() != null) {
                        methodsBeside.add(i);
                    }
                }
            }
        }
        List<Integer> distinctStarts = List.copyOf(stated.keySet());
        // "- /users/{id}" over "- GET", its headers and what it does, as nested lists write routes: each path has its
        // details, its name too, below it; the line above it is the last of the interface before
        boolean detailsBelow = StatedEndpoint.listsMethodsUnderPaths(node.ownLines());
        // where each interface's lines begin: its title line above, over the brace that opens an object literal
        // stating the endpoint or its method labelled apart, if any
        List<Integer> froms = new ArrayList<>();
        // the line each interface's title is on, -1 when none above it titles it
        List<Integer> titleLines = new ArrayList<>();
        for (int k = 0; k < distinctStarts.size(); k++) {
            int at = distinctStarts.get(k);
            int previous = k == 0 ? -1 : distinctStarts.get(k - 1);
            int first = at - 1 > previous && (OPENING_BRACE.matcher(lines.get(at - 1)).matches()
                    || StatedEndpoint.isMethodLine(lines.get(at - 1)) || StatedEndpoint.leadsToPath(lines.get(at - 1))
                    || StatedEndpoint.labelsMethodOfRoutes(lines.get(at - 1))) ? at - 1 : at;
            // "(2) 新增巡视记录" over "| 接口描述 | 新增一条巡视记录 |" over "| 请求URL | http://…/addpatrolrecord |": a row's
            // interface begins where its table does, under the title above the table
            if (first == at && Text.clean(lines.get(at)).startsWith("|")) {
                int top = at;
                while (top - 1 > previous && Text.clean(lines.get(top - 1)).startsWith("|")) {
                    top--;
                }
                first = top < at && top - 1 > previous && isTitleAbove(lines.get(top - 1)) ? top : first;
            }
            // (a listed route that says what it does, "/user/login  登陆", or is named before it, "修改邮箱 /user/…",
            // is titled by that: the line above it may be the last of the interface before, "pass  密码")
            boolean title = first - 1 > previous && !detailsBelow && !StatedEndpoint.isNumberedRoute(lines.get(at))
                    && !(routeStarts.contains(at) && (StatedEndpoint.routeRemark(lines.get(at)) != null
                            || StatedEndpoint.namesRoute(lines.get(at))))
                    && isTitleAbove(lines.get(first - 1));
            // "GET" over "Get game request details" over its URL: the method over the request's name, as a Postman
            // Documenter page lays a request out, is the request's, not the last line of the one before
            boolean methodOverTitle = title && first - 2 > previous && first == at
                    && StatedEndpoint.isMethodOverName(lines.get(first - 2), lines.get(first - 1));
            froms.add(methodOverTitle ? first - 2 : title ? first - 1 : first);
            titleLines.add(title ? first - 1 : -1);
        }
        // "1- create_users_API/" over "GET:" and "POST:", what each does below it, or "/user" alone over "get -> all
        // the user info" and "post -> save the data of a new user": one interface a method
        for (int k = 0; k < distinctStarts.size(); k++) {
            int at = distinctStarts.get(k);
            boolean numbered = StatedEndpoint.isNumberedRoute(lines.get(at));
            if (!numbered && !StatedEndpoint.isPath(lines.get(at))) {
                continue;
            }
            int to = k + 1 < distinctStarts.size() ? froms.get(k + 1) : lines.size();
            List<StatedEndpoint> endpoints = stated.get(at);
            List<String> methods = lines.subList(at + 1, to).stream().map(StatedEndpoint::methodOfRoutes)
                    .filter(Objects::nonNull).distinct().toList();
            if (numbered || !methods.isEmpty()) {
                // (its block carries the route: the extractor reads no numbered route)
                routeStarts.add(at);
            }
            if (endpoints.size() == 1 && endpoints.get(0).method() == null && !methods.isEmpty()) {
                StatedEndpoint route = endpoints.get(0);
                stated.put(at, methods.stream().map(route::withMethodOfAll).toList());
            }
        }
        int count = stated.values().stream().mapToInt(List::size).sum();
        for (int k = 0, order = 0; k < distinctStarts.size(); k++) {
            int at = distinctStarts.get(k);
            int from = froms.get(k);
            int to = k + 1 < distinctStarts.size() ? froms.get(k + 1) : lines.size();
            List<String> segment = lines.subList(from, to);
            List<StatedEndpoint> endpoints = stated.get(at);
            for (StatedEndpoint mark : endpoints) {
                // a section that states one interface after all (the rest were its examples) keeps its own title
                String below = detailsBelow ? lastTitleLine(segment) : null;
                String title = titleLines.get(k) >= 0 ? Headings.stripNumbering(titleOf(lines.get(titleLines.get(k))))
                        : count == 1 ? node.title : below != null ? below : segmentTitle(lines.get(at), mark);
                // one line stating several methods of its path ("get and post Matching String"): one block each
                if (endpoints.size() > 1 && mark.method() != null && !title.contains(mark.toString())) {
                    title = title + " (" + mark.method() + ")";
                }
                StatedEndpoint endpoint = underPrefix(prefix, mark);
                Pick pick = new Pick(title, segment, List.of(), "one of the " + count
                        + " interfaces '" + node.title + "' states: " + endpoint);
                pick.order = node.order * 1000 + order++;
                // a table row's endpoint is carried to its block: the row ("| Resource | /users/login |") titles it
                boolean row = Text.clean(lines.get(at)).startsWith("|");
                // (with the method a row below it states: "| url | http://…/api/station |" over "| 请求类型 | get |")
                pick.stated = endpoint == mark && !routeStarts.contains(at) && !methodsBeside.contains(at)
                        && endpoints.size() == 1 && !row
                        ? null : row ? completed(endpoint, StatedEndpoint.read(segment)) : endpoint;
                picks.add(pick);
            }
        }
        node.pick = picks.isEmpty() ? null : picks.get(picks.size() - 1);
    }

    /** Whether the line labels its own request as an example ("• Usage: GET /get-friends/12345"). */
    private static boolean labelledAsExample(String line) {
        return EXAMPLE_LINE.matcher(Text.clean(line).replace("*", "").strip()).find();
    }

    /** Whether the nearest written line above line {@code at}, a code fence aside, labels an example request. */
    private static boolean underExampleLabel(List<String> lines, int at) {
        for (int i = at - 1; i >= 0; i--) {
            String line = MARKER.matcher(Text.clean(lines.get(i))).replaceFirst("").replace("*", "");
            if (!line.isEmpty() && !line.startsWith("```")) {
                return EXAMPLE_LABEL.matcher(line).matches();
            }
        }
        return false;
    }

    /** The last line of an interface's lines that reads as its name ("Demote a current Admin"), if any. */
    private String lastTitleLine(List<String> segment) {
        for (int i = segment.size() - 1; i > 1; i--) {
            String line = segment.get(i);
            String title = MARKER.matcher(Text.clean(line)).replaceFirst("");
            if (isTitleLine(title) && !title.contains("=") && !StatedEndpoint.isMethodLine(title)) {
                return title;
            }
        }
        return null;
    }

    /**
     * Whether a titled section's own lines state one path, without a method, that none of the endpoints its sections
     * state (each with its method) starts with: a service's path, which theirs follow. A path its title states
     * ("Area Endpoint (/api/area/)" over "GET /api/areas") is no such path, nor a base URL before the first heading.
     */
    private static boolean isServicePath(Node node, List<StatedEndpoint> own, List<StatedEndpoint> below) {
        if (node.title.isBlank() || own.size() != 1 || own.get(0).method() != null || own.get(0).path() == null
                || node.title.contains(own.get(0).path())) {
            return false;
        }
        String path = own.get(0).path();
        return below.stream().allMatch(mark -> mark.method() != null && mark.path() != null
                && !mark.path().equals(path) && !mark.path().startsWith(path + "/"));
    }

    /**
     * The prefix of the routes a section lists: the path its title ends in, or a line of it labels ("Route Prefix:
     * /api/user"); else the service's path a section above it states ({@link #isServicePath}); else, when every route
     * it states opens with a placeholder ("/{group_id}/update" under "Group Admin Only endpoints"), the prefix of the
     * nearest section before it under the same parent ("Lead with /groups"). A route cannot open with a placeholder at
     * the root of an API.
     */
    private static String pathPrefix(Node node) {
        String own = pathPrefix(node.title);
        for (int i = 0; own == null && i < node.ownLines().size(); i++) {
            Matcher labelled = PREFIX_LABEL.matcher(Text.clean(node.ownLines().get(i)));
            own = labelled.matches() ? labelled.group(1) : null;
        }
        for (Node section = node.parent; own == null && section != null; section = section.parent) {
            if (section.servicePath != null) {
                return section.servicePath;
            }
        }
        if (own != null || node.parent == null || node.marks.isEmpty()
                || !node.marks.stream().allMatch(mark -> mark.path() != null && mark.path().startsWith("/{"))) {
            return own;
        }
        List<Node> siblings = node.parent.children;
        for (int i = siblings.indexOf(node) - 1; i >= 0; i--) {
            String before = pathPrefix(siblings.get(i).title);
            if (before != null) {
                return before;
            }
        }
        return null;
    }

    /** The path a section's title ends in, when it states no method: the prefix of the routes it lists; else null. */
    private static String pathPrefix(String title) {
        Matcher prefix = PATH_PREFIX.matcher(Text.clean(title));
        return prefix.matches() && prefix.group(1).isEmpty() == prefix.group(3).isEmpty()
                && StatedEndpoint.marks(title).isEmpty() ? prefix.group(2) : null;
    }

    /**
     * The path the routes listed below a line follow: a group's label with it in brackets ("用户组(/user):"), or the
     * address a router's routes are under ("End Point: “http://localhost: {{Chosen-Port}} /shopping”"); else null.
     */
    private static String groupPath(String line) {
        Matcher grouped = GROUP_PATH.matcher(Text.clean(line));
        return grouped.matches() ? grouped.group(1) : StatedEndpoint.routesAddress(line);
    }

    private static StatedEndpoint underPrefix(String prefix, StatedEndpoint endpoint) {
        String path = endpoint.path();
        if (prefix == null || path == null || path.equals(prefix) || path.startsWith(prefix + "/")) {
            return endpoint;
        }
        // "/api/v1/roles" over "/roles/{role_id}": the segment both write is written once
        String last = prefix.substring(prefix.lastIndexOf('/'));
        String rest = last.length() > 1 && (path.equals(last) || path.startsWith(last + "/"))
                ? path.substring(last.length()) : path;
        return new StatedEndpoint(endpoint.method(), rest.isEmpty() || rest.equals("/") ? prefix : prefix + rest,
                endpoint.queryParameters());
    }

    /** A title line, or a title closed by a colon ("Modify account details:") that labels no part. */
    private boolean isTitleAbove(String line) {
        if (StatedEndpoint.labelsMethodOfRoutes(line)) {
            return false;
        }
        if (isTitleLine(titleOf(line))) {
            return true;
        }
        String title = line.strip();
        return (title.endsWith(":") || title.endsWith("：")) && labelledPart(title).isEmpty()
                && isTitleLine(title.substring(0, title.length() - 1));
    }

    /**
     * A line's title: the one cell a table row fills, as a table of one interface's properties heads it with its
     * name ("|  | 获取车站列表 |" over "| url | http://…/api/station |"); else the line.
     */
    private static String titleOf(String line) {
        if (!line.startsWith("|")) {
            return line;
        }
        List<String> filled = Outline.Table.cells(line).stream().map(Text::clean).filter(c -> !c.isEmpty()).toList();
        return filled.size() == 1 ? filled.get(0) : line;
    }

    private static boolean isTitleLine(String line) {
        return line.length() <= MAX_TITLE_LINE && !line.startsWith("|") && !BULLET.matcher(line).lookingAt()
                && StatedEndpoint.marks(line).isEmpty() && StatedEndpoint.routeName(line) == null
                && !StatedEndpoint.isMethodLine(line) && !line.contains("://")
                // a letter alone ("E" in a route list's B-R-E-A-D) names nothing
                && line.codePoints().filter(Character::isLetter).count() >= 2 && !line.endsWith("：") && !line.endsWith(":")
                && !line.startsWith("{") && !line.startsWith("\"") && !RETURNS_ARROW.matcher(line).lookingAt()
                && !CODE_LINE.matcher(line).matches();
    }

    /** A split block's title: the line's words beside its method and path, else the endpoint itself. */
    private static String segmentTitle(String line, StatedEndpoint mark) {
        String rest = line;
        if (rest.startsWith("|")) {
            for (String cell : rest.substring(1).split("\\|")) {
                String c = Text.clean(cell);
                if (StatedEndpoint.marks(c).isEmpty() && !StatedEndpoint.isMethod(c)
                        && !c.startsWith("/") && c.codePoints().anyMatch(Character::isLetter)) {
                    return c;
                }
            }
            return mark.toString();
        }
        if (StatedEndpoint.declaresRoute(line)) {
            return mark.toString();
        }
        String named = StatedEndpoint.nameBetween(line);
        if (named != null) {
            return named;
        }
        String routeName = StatedEndpoint.routeName(line);
        if (routeName != null) {
            return routeName;
        }
        String untagged = ACCESS_TAG.matcher(line.strip()).replaceFirst("");
        // a method word beside a path that states none is a verb ("/artwork/{id} -> get information of an artwork")
        String words = Text.clean((mark.method() == null ? untagged : METHOD_AND_PATH.matcher(untagged).replaceAll(" "))
                .replaceAll("[`*#|]", " ").replaceAll("^[-+•\\d.、)\\s]+", "").replaceAll("[:：\\-–—]+\\s*$", ""));
        return words.codePoints().filter(Character::isLetter).count() >= 2 && words.length() <= 80 ? words
                : mark.toString();
    }

    /** Whether a section's marks have this one already; a path alone with other placeholder names is its example. */
    private static boolean contains(List<StatedEndpoint> marks, StatedEndpoint mark) {
        return marks.stream().anyMatch(m -> StatedEndpoint.sameInterface(m, mark)
                || mark.method() == null && m.path() != null && StatedEndpoint.samePathShape(m.path(), mark.path()));
    }

    // ---- heading level ---------------------------------------------------------------------------------------

    private void byHeadingLevel(List<Node> nodes, int configuredLevel, List<Pick> picks) {
        int level = configuredLevel > 0 ? configuredLevel : automaticLevel(nodes);
        if (level == 0) {
            nodes.forEach(n -> n.why = "no heading level has sections that look like interfaces");
            return;
        }
        List<Node> atLevel = nodes.stream().filter(n -> n.level == level && !n.part).toList();
        List<Node> looking = atLevel.stream().filter(n -> looksLikeInterface(n).isPresent() && !isContextOrEmpty(n))
                .toList();
        List<Node> contentful = atLevel.stream().filter(n -> !isContextOrEmpty(n)).toList();
        boolean takeRest = looking.size() >= 2 && looking.size() * 2 >= contentful.size();
        // the sections stating the requirements with a feature below them whose title names an action
        Set<Node> requirementsWithFeatures = looking.stream().map(this::requirementsAbove).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        for (Node node : atLevel) {
            Optional<String> looks = looksLikeInterface(node).filter(reason -> !isContextOrEmpty(node));
            Node requirements = requirementsAbove(node);
            // a context section's lines name no operations to build ("业务层：处理搜索、筛选" in the architecture)
            List<Pick> listed = looks.isPresent() || isContext(node) ? List.of() : listedOperations(node);
            listed = looks.isPresent() || isContext(node) || !listed.isEmpty() ? listed : managedOperations(node);
            List<Pick> labelled = labelledFeatures(node);
            if (labelled.size() > Math.max(1, listed.size())) {
                // "注册：…", "登录与鉴权：…" in a section of the requirements: each label a feature
                looks = Optional.empty();
                listed = labelled;
            }
            List<Node> numbered = numberedUnder(node);
            // (a level the configuration names is the cut, whatever its sections manage)
            List<Node> managed = configuredLevel > 0 ? List.of() : managedUnder(node);
            if (!managed.isEmpty()) {
                // "### 1.3.1 学期管理" over "#### 1.3.1.1 超级管理员添加新的学期" and "#### 1.3.1.2 修改学期介绍": the
                // operations it manages are its sub-sections, not what its text names
                for (Node child : managed) {
                    picks.add(whole(child, "an operation '" + node.title + "' manages, a section of its own"));
                }
                node.why = "its sub-sections are the operations it manages";
            } else if (numbered.size() >= 2) {
                // "二级功能1：图像采集 (FUNC-NOTE-001-01)" under "一级功能1：多源同步录入 (FUNC-NOTE-001)": the
                // requirements its code groups, each one of its own
                for (Node child : numbered) {
                    picks.add(whole(child, "a requirement numbered under '" + node.title + "'"));
                }
                node.why = "its sub-sections are the requirements numbered under it";
            } else if (looks.isPresent()) {
                picks.add(whole(node, looks.get()));
            } else if (!listed.isEmpty()) {
                for (Pick pick : listed) {
                    pick.order = node.order * 1000 + picks.size();
                    picks.add(pick);
                    node.pick = pick;
                }
            } else if (takeRest && !isContextOrEmpty(node)) {
                picks.add(whole(node, "a section of level " + level + ", where most sections are interfaces"));
            } else if (requirements != null && !isContextOrEmpty(node)
                    && requirementsWithFeatures.contains(requirements)) {
                // "用户偏好推荐" beside "电影信息查询" under 功能描述, "系统登录" beside "用户下单" under 功能需求's
                // modules: a feature among the features the requirements state
                picks.add(whole(node, "a section of '" + requirements.title + "', the section stating the requirements"));
            } else {
                node.why = isContextOrEmpty(node) ? contextReason(node) : "does not look like an interface";
            }
        }
        for (Node node : nodes) {
            if (node.level != level && node.why == null) {
                node.why = "the document is cut at heading level " + level;
            }
        }
    }

    /**
     * Whether a sub-section's title labels its interface's method or path with its value ("URL: /api/users",
     * "#### method post", "#### url api/User/login"): a part of the interface above it, as the label alone is.
     */
    private boolean labelsFact(String title) {
        Matcher labelled = LABEL_AND_VALUE.matcher(title.strip());
        return labelled.matches() && vocabulary.part(labelled.group(1)).isPresent()
                && (StatedEndpoint.isMethod(labelled.group(2)) || !StatedEndpoint.marks(title).isEmpty());
    }

    /**
     * The sub-sections whose titles' codes number them under the section's own code (FUNC-NOTE-001-01 under
     * FUNC-NOTE-001, FR-2.1 under FR-2); empty unless every sub-section's does.
     */
    private static List<Node> numberedUnder(Node node) {
        Matcher own = TITLE_CODE.matcher(node.title);
        List<Node> sections = node.children.stream().filter(c -> !c.part).toList();
        if (!own.find() || sections.isEmpty()) {
            return List.of();
        }
        for (Node child : sections) {
            Matcher code = TITLE_CODE.matcher(child.title);
            if (!code.find() || !code.group(1).startsWith(own.group(1))
                    || code.group(1).length() <= own.group(1).length()
                    || "-_.".indexOf(code.group(1).charAt(own.group(1).length())) < 0) {
                return List.of();
            }
        }
        return sections;
    }

    /**
     * The sub-sections of a section titled for managing a thing ("学期管理", "Manage rooms") when at least half of them
     * look like interfaces; else none.
     */
    private List<Node> managedUnder(Node node) {
        String title = RequirementItems.withoutId(Headings.withoutNumbering(node.title));
        List<Node> sections = node.children.stream().filter(c -> !c.part && !isContextOrEmpty(c)).toList();
        long looking = sections.stream().filter(child -> looksLikeInterface(child).isPresent()).count();
        boolean operations = looking > 0 && looking * 2 >= sections.size()
                && RequirementItems.MANAGED.matcher(title).matches();
        return operations ? sections : List.of();
    }

    /** Whether a pick is a whole section whose code numbers it under its parent section's code. */
    private static boolean isNumberedUnderItsGroup(Pick pick) {
        Node section = pick.sections.size() == 1 ? pick.sections.get(0) : null;
        return section != null && section.parent != null && numberedUnder(section.parent).contains(section);
    }

    /** The nearest section above a node that states the requirements (功能需求, Functional Requirements); else null. */
    private Node requirementsAbove(Node node) {
        for (Node above = node.parent; above != null; above = above.parent) {
            if (above.title != null && vocabulary.isRequirementsTitle(above.title)) {
                return above;
            }
        }
        return null;
    }

    private int automaticLevel(List<Node> nodes) {
        int[] counts = new int[7];
        for (Node node : nodes) {
            if (node.level > 0 && !node.part && (hasActionTitle(node) || ownsFieldTable(node)
                    || node.children.stream().anyMatch(c -> c.part))) {
                counts[node.level]++;
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

    // ---- what a section looks like ---------------------------------------------------------------------------

    private Optional<String> looksLikeInterface(Node node) {
        if (node.level == 0) {
            return Optional.empty();
        }
        if (hasActionTitle(node)) {
            return Optional.of("its title names an action");
        }
        if (node.children.stream().anyMatch(c -> c.part)) {
            return Optional.of("it has the parts of an interface");
        }
        if (node.subtree().stream().anyMatch(n -> !fieldTables(n).isEmpty())) {
            return Optional.of("it has a field table");
        }
        if (node.ownLines().stream().anyMatch(StatedEndpoint::isMethodLine)) {
            // "Method: GET" over an empty "URL:", as an export writes a request saved without its address
            return Optional.of("it states its method");
        }
        List<String> lines = node.ownLines().stream().map(Text::clean).toList();
        if (lines.stream().anyMatch(USE_CASE_ACTOR.asPredicate())
                && lines.stream().anyMatch(USE_CASE_FLOW.asPredicate())) {
            // "Actor: User" and "Flow:" over its steps: a use case, whatever its title names
            return Optional.of("it labels a use case's actor and its flow");
        }
        return Optional.empty();
    }

    /**
     * One pick per operation a section names in lines that only list them ("增加店面，删除店面，修改店面信息", under
     * 店面管理), each with its line; empty when the section has sub-sections or no such line.
     */
    private List<Pick> listedOperations(Node node) {
        List<Pick> picks = new ArrayList<>();
        if (!node.children.isEmpty()) {
            return picks;
        }
        for (Outline.Part part : node.section.parts()) {
            if (part instanceof Outline.Line line && vocabulary.opensWithOperation(line.text())) {
                List<String> operations = EnumeratedOperations.titles(line.text(), vocabulary);
                for (String operation : operations) {
                    picks.add(new Pick(operation, List.of(line.text()), List.of(), "one of the " + operations.size()
                            + " operations a line of '" + node.title + "' lists"));
                }
            }
        }
        return picks;
    }

    /**
     * The features a section of the requirements (功能需求说明 over 账号与鉴权) names by the labels of its paragraphs
     * ("注册：支持用户…", "登录与鉴权：…"), one pick each; none for a section elsewhere.
     */
    private List<Pick> labelledFeatures(Node node) {
        if (node.parent == null || node.parent.title == null || !vocabulary.isRequirementsTitle(node.parent.title)
                || isContextOrEmpty(node)) {
            return List.of();
        }
        List<RequirementProse.Operation> features = RequirementProse.labelledFeatures(sectionLines(node),
                this::isFeatureLabel);
        return features.stream().map(feature -> new Pick(feature.title(), List.of(feature.line()), List.of(),
                "one of the " + features.size() + " features '" + node.title + "' names by their labels")).toList();
    }

    /**
     * A paragraph's label that may name a feature: no interface part's, no context's, no section's of the requirements
     * and no part of a use case ("请求参数：", "说明：", "功能描述：", "前置条件：").
     */
    private boolean isFeatureLabel(String label) {
        return vocabulary.part(label).isEmpty() && !vocabulary.isContextTitle(label)
                && !vocabulary.isRequirementsTitle(label) && !RequirementItems.isTemplatePart(label);
    }

    /**
     * One pick per operation a section titled for managing a thing ("管理问题主题", "用户管理", "Manage rooms") names in
     * its text: "点击“主题添加”… 点击“查看”、“修改”和“删除”的图标" under 管理问题主题 is 添加问题主题, 查看问题主题, 修改问题主题
     * and 删除问题主题, each with the whole section. Empty when the section names fewer than two.
     */
    private List<Pick> managedOperations(Node node) {
        String title = RequirementItems.withoutId(Headings.withoutNumbering(node.title));
        Matcher managed = RequirementItems.MANAGED.matcher(title);
        if (!managed.matches() || isContextOrEmpty(node)) {
            return List.of();
        }
        String thing = managed.group(1) != null ? managed.group(1) : managed.group(2) != null ? managed.group(2)
                : managed.group(3);
        boolean chinese = Vocabulary.containsHan(thing);
        String text = node.subtree().stream().flatMap(n -> n.ownLines().stream())
                .collect(Collectors.joining("\n"));
        // each operation on the thing once, by the word the text first names it with, in the order they come
        Map<Vocabulary.Action, Integer> at = new EnumMap<>(Vocabulary.Action.class);
        Map<Vocabulary.Action, String> words = new EnumMap<>(Vocabulary.Action.class);
        for (Map.Entry<Vocabulary.ActionWord, Pattern> managedWord : managedWords.entrySet()) {
            Vocabulary.ActionWord word = managedWord.getKey();
            Matcher named = managedWord.getValue().matcher(text);
            if (word.chinese() == chinese && named.find()
                    && named.start() < at.getOrDefault(word.action(), Integer.MAX_VALUE)) {
                at.put(word.action(), named.start());
                words.put(word.action(), word.word());
            }
        }
        if (at.size() < 2) {
            return List.of();
        }
        List<Pick> picks = new ArrayList<>();
        for (Vocabulary.Action action : at.keySet().stream().sorted(Comparator.comparing(at::get)).toList()) {
            picks.add(new Pick(chinese ? words.get(action) + thing : words.get(action) + " " + thing, List.of(),
                    node.subtree(), "one of the " + at.size() + " operations '" + node.title + "' manages"));
        }
        return picks;
    }

    /**
     * A title naming an action ("新增用户", "Delete order") or, in Chinese, opening with an operation ("登录",
     * "回答题目"); the English operations ("open", "check", "return") head too many other sections to count alone.
     */
    private boolean hasActionTitle(Node node) {
        return !vocabulary.isContextTitle(node.title) && !OUTCOME.matcher(node.title).find()
                && (vocabulary.hasActionWord(node.title) || isOperation(node.title)) && !isBlankForm(node);
    }

    /**
     * A form to fill in and sign: a section whose own lines are mostly labels with their values left blank, two or
     * more ("五、确认签署" over "单位名称：\t单位名称：", "签署人：\t签署人："), whatever its title names; not an
     * interface's template left blank ("接口地址：" over "描述：").
     */
    private static boolean isBlankForm(Node node) {
        List<String> lines = node.ownLines().stream().map(Text::clean).filter(line -> !line.isEmpty()).toList();
        if (lines.stream().anyMatch(StatedEndpoint::labelsInterface)) {
            return false;
        }
        long blank = lines.stream().filter(line -> Arrays.stream(line.split("\\t|\\s{2,}"))
                .allMatch(cell -> BLANK_LABEL.matcher(cell.strip()).matches())).count();
        return blank >= 2 && blank * 2 >= lines.size();
    }

    private boolean isOperation(String title) {
        // ("/user/login 登录接口": by the name after the path it opens with)
        String name = StatedEndpoint.nameAfterPath(Headings.withoutNumbering(title));
        return !name.isEmpty() && vocabulary.opensWithOperation(name);
    }

    private boolean isContextOrEmpty(Node node) {
        return isContext(node) || isContentsEntry(node) || isEmpty(node) || isDatabaseTable(node);
    }

    /**
     * A database table's definition: a section that states no interface and declares keys among its columns, on two
     * lines or more ("点赞用户编号（LikeUserId）：integer，外键，主键"); one such line may be a field's note in a request.
     */
    private static boolean isDatabaseTable(Node node) {
        return node.marks.isEmpty() && node.marksBelow.isEmpty() && RequirementItems.definesTable(node.ownLines());
    }

    /** A heading with leader dots ("User Creates a Resume……………… 10"), its page number perhaps on the line below. */
    private static boolean isContentsEntry(Node node) {
        return Headings.isContentsEntry(node.title);
    }

    /** A section whose title, or an enclosing section's, names context (数据库设计文档 over its tables). */
    private boolean isContext(Node node) {
        return within(node, vocabulary::isContextTitle);
    }

    /** Whether the section's title, or an enclosing section's, is one {@code titled} accepts. */
    private static boolean within(Node node, Predicate<String> titled) {
        for (Node n = node; n != null; n = n.parent) {
            if (n.title != null && titled.test(n.title)) {
                return true;
            }
        }
        return false;
    }

    private String contextReason(Node node) {
        if (vocabulary.isContextTitle(node.title)) {
            return "its title names context, not an interface";
        }
        if (isDatabaseTable(node)) {
            return "it defines a database table, its keys among its columns";
        }
        return isContext(node) ? "it is part of a section whose title names context"
                : isContentsEntry(node) ? "a table of contents entry" : "it is empty or only a placeholder";
    }

    /**
     * No content, or only a placeholder such as 暂未提供 / TBD, in the section and everything beneath it; a template's
     * instruction in angle brackets, over one line or several, is a placeholder too ("<Don’t really say “System
     * Feature 1.” State the feature name in just a few words.>"), and so is a requirement's id over nothing ("REQ-1:");
     * not a section whose title states its interface.
     */
    private boolean isEmpty(Node node) {
        for (Node n : node.subtree()) {
            boolean instruction = false;
            for (Outline.Part part : n.section.parts()) {
                if (part instanceof Outline.Table) {
                    return false;
                }
                if (part instanceof Outline.Line line) {
                    String text = line.text().strip();
                    boolean opens = !instruction && TEMPLATE_INSTRUCTION.matcher(text).lookingAt();
                    // (a requirement's id over nothing, as the template leaves it: "REQ-1:")
                    if (!instruction && !opens && !vocabulary.isPlaceholder(text)
                            && !RequirementItems.withoutId(text).isEmpty()) {
                        return false;
                    }
                    instruction = (instruction || opens) && !text.endsWith(">");
                }
            }
        }
        // "1、 车辆列表接口：ajaction/v1/?menuid=121010&cmd=qry" over nothing: its title states the interface (read last,
        // for the few sections with nothing under them)
        return StatedEndpoint.marks(node.title).isEmpty();
    }

    /** A field table in the section itself or its part sub-sections, not in a deeper section of its own. */
    private boolean ownsFieldTable(Node node) {
        if (!fieldTables(node).isEmpty()) {
            return true;
        }
        return node.children.stream().filter(c -> c.part).flatMap(c -> c.subtree().stream())
                .anyMatch(n -> !fieldTables(n).isEmpty());
    }

    private List<List<List<String>>> fieldTables(Node node) {
        List<List<List<String>>> tables = new ArrayList<>();
        for (Outline.Part part : node.section.parts()) {
            if (part instanceof Outline.Table t && fieldTables.isFieldTable(t.rows())) {
                tables.add(t.rows());
            }
        }
        return tables;
    }

    // ---- blocks ----------------------------------------------------------------------------------------------

    private Pick whole(Node node, String reason) {
        Pick pick = new Pick(node.title, List.of(), node.subtree(), reason);
        pick.order = node.order * 1000;
        node.pick = pick;
        return pick;
    }

    /** The blocks in document order, without a requirement stated twice; every pick gets its choice. */
    private List<InterfaceBlock> distinct(List<Pick> picks, List<Choice> choices, String basePath) {
        List<InterfaceBlock> blocks = new ArrayList<>();
        List<Pick> taken = new ArrayList<>();
        Set<String> texts = new LinkedHashSet<>();
        Set<String> operations = new HashSet<>();
        for (Pick pick : picks) {
            InterfaceBlock block = pick.sections.isEmpty() ? lineBlock(blocks.size(), pick) : sectionBlock(blocks.size(), pick);
            block = pick.stated == null ? block : block.withStated(pick.stated);
            // the same words under two path prefixes ("/all" under "Lead with /friendships" and under "Lead with
            // /notifications") are two interfaces
            String key = (block.stated() + "\n" + block.title() + "\n" + block.text()).replaceAll("\\s+", " ")
                    .toLowerCase(Locale.ROOT);
            if (block.title().isEmpty() && block.text().isBlank()) {
                choices.add(new Choice(pick.title, -1, "it is empty"));
                continue;
            }
            if (!texts.add(key)) {
                choices.add(new Choice(pick.title, -1, "the same requirement is stated earlier"));
                continue;
            }
            if (pick.stated == null && !block.stated().isComplete() && CONTROL_TITLE.matcher(block.title()).find()) {
                choices.add(new Choice(pick.title, -1, "it names a control of a screen, not an operation"));
                continue;
            }
            if (basePath != null && block.stated().method() == null && basePath.equals(block.stated().path())) {
                // "Base URL" over "http://localhost:8000/api/v1": the address every path is under
                choices.add(new Choice(pick.title, -1, "it states the base path " + basePath + ", no interface"));
                continue;
            }
            // a requirement list's item, not a section: sections of one name may be interfaces of their own; a
            // function's name ("get_user(ID)" beside "get_all_users()") is its own
            String operation = !pick.sections.isEmpty() || block.stated().isComplete()
                    || !vocabulary.opensWithOperation(block.title())
                    || RequirementItems.CALL_SIGNATURE.matcher(block.title()).matches()
                    ? "" : vocabulary.sameOperationKey(block.title());
            if (!operation.isEmpty() && !operations.add(operation)) {
                choices.add(new Choice(pick.title, -1, "the same operation is stated earlier in other words"));
                continue;
            }
            int named = namedBefore(blocks, block);
            // "查询" under 学生管理 and under 课程管理 acts on two things
            int titled = pick.sections.isEmpty() || block.stated().path() != null
                    || vocabulary.actionWord(block.title()).isPresent() ? -1
                    : sameTitleElsewhere(blocks, taken, block, pick);
            if (titled >= 0) {
                choices.add(new Choice(pick.title, titled, "titled like block " + titled
                        + ", which states this operation already"));
            } else if (named >= 0) {
                choices.add(new Choice(pick.title, named, "names " + block.stated().path()
                        + " again, the path of block " + named + "'s " + blocks.get(named).stated()
                        + ", under no title of its own"));
            } else if (pick.sharedEntry || !mergedIntoTheSameEndpoint(blocks, block, choices, basePath)) {
                choices.add(new Choice(pick.title, blocks.size(), pick.reason));
                blocks.add(block);
                taken.add(pick);
            }
        }
        return blocks;
    }

    /**
     * The block taken before from a section of the same title under another section (登录 under each role's
     * chapter): the operation stated again for another reader; -1 when none. Sections of one title side by side
     * are told apart by their text ("Novel的获取请求参数结构" by novel id, then by author id).
     */
    private static int sameTitleElsewhere(List<InterfaceBlock> blocks, List<Pick> taken, InterfaceBlock block,
            Pick pick) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).stated().path() == null && blocks.get(i).title().equalsIgnoreCase(block.title())
                    && !taken.get(i).sections.isEmpty()
                    && taken.get(i).sections.get(0).parent != pick.sections.get(0).parent) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The block taken before whose method and path a block names again by its path alone, titled by nothing but
     * that URL or an interface part's label (a PDF's link list after its interfaces, "响应参数" over it); -1 when none.
     * A path stated again under a title of its own may be another method's interface.
     */
    private int namedBefore(List<InterfaceBlock> blocks, InterfaceBlock block) {
        StatedEndpoint stated = block.stated();
        String title = Headings.withoutNumbering(block.title());
        if (stated.method() != null || stated.path() == null
                || !StatedEndpoint.isPathOrUrl(title) && vocabulary.part(title).isEmpty()) {
            return -1;
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).stated().isComplete() && StatedEndpoint.sameInterface(blocks.get(i).stated(), stated)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the block states the complete endpoint of a block already taken: one method and path is one
     * interface, however often a document shows it (a collection's test requests, a summary list). The fuller of
     * the two is kept in the first one's place, and the choice says so.
     */
    static boolean mergedIntoTheSameEndpoint(List<InterfaceBlock> blocks, InterfaceBlock block, List<Choice> choices) {
        return mergedIntoTheSameEndpoint(blocks, block, choices, null);
    }

    /**
     * As {@link #mergedIntoTheSameEndpoint(List, InterfaceBlock, List)}, where a path written without the base path
     * the document states ("POST /services" beside "Base URL: /api" and "POST /api/services") is the same
     * interface as the path written with it; the one with the base path is kept.
     */
    private static boolean mergedIntoTheSameEndpoint(List<InterfaceBlock> blocks, InterfaceBlock block,
            List<Choice> choices, String basePath) {
        // a request with the base path written out is the same interface before it is an example: the fuller path
        // is kept
        int same = sameEndpoint(blocks, block, basePath);
        int example = same >= 0 ? -1 : exampleOf(blocks, block.stated());
        example = same >= 0 || example >= 0 ? example : sentExampleOf(blocks, block);
        if (example >= 0) {
            choices.add(new Choice(block.title(), example, "requests " + block.stated().path()
                    + ", an example of block " + example + "'s " + blocks.get(example).stated()));
            return true;
        }
        if (same < 0) {
            return false;
        }
        StatedEndpoint kept = blocks.get(same).stated();
        if (block.text().length() > blocks.get(same).text().length()) {
            blocks.set(same, renumber(block, same));
        }
        if (!kept.path().equals(block.stated().path())) {
            // the path with the document's base path is the one a client calls
            StatedEndpoint full = kept.path().length() > block.stated().path().length() ? kept : block.stated();
            blocks.set(same, blocks.get(same).withStated(full));
        }
        choices.add(new Choice(block.title(), same, "states " + block.stated() + " like block " + same
                + "; the fuller of the two is kept"));
        return true;
    }

    private static int sameEndpoint(List<InterfaceBlock> blocks, InterfaceBlock block, String basePath) {
        if (!block.stated().isComplete()) {
            return -1;
        }
        for (int i = 0; i < blocks.size(); i++) {
            StatedEndpoint other = blocks.get(i).stated();
            if (other.isComplete() && (StatedEndpoint.sameInterface(other, block.stated())
                    || basePath != null && other.method().equals(block.stated().method())
                    && (other.path().equals(basePath + block.stated().path())
                            || block.stated().path().equals(basePath + other.path())))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The block whose stated path a path alone fills with values ("/status/{id}/{id2}/cancelled", a sample request
     * of "PUT /status/{patient_id}/{appointment_id}/{status}"), or a request of its method fills with sample ids
     * ("PUT /slips/xyz1234" of "PUT /slips/{slipID}", where "GET /users/me" is an interface of its own); -1 when
     * none.
     */
    private static int exampleOf(List<InterfaceBlock> blocks, StatedEndpoint stated) {
        for (int i = 0; stated.path() != null && i < blocks.size(); i++) {
            StatedEndpoint other = blocks.get(i).stated();
            if (other.isComplete() && !other.path().equals(stated.path())
                    && StatedEndpoint.fills(other.path(), stated.path())
                    && (stated.method() == null || stated.method().equals(other.method())
                            && filledWithSampleIds(other.path(), stated.path()))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a sample path gives each of a template's placeholders a value with a digit, as a sample id has. */
    private static boolean filledWithSampleIds(String template, String sample) {
        String[] slots = template.split("/");
        String[] values = sample.split("/");
        for (int i = 0; i < slots.length; i++) {
            if (i >= values.length || !slots[i].equals(values[i]) && values[i].chars().noneMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The block a block of curl commands calls, as its example ("Example cURL" under "POST /devices/{deviceId}/{topic}",
     * sending to /devices/{id}/temp): the nearest before it whose interface the request is an example of; -1 when
     * none, or when the block states its interface on a line of its own.
     */
    private static int sentExampleOf(List<InterfaceBlock> blocks, InterfaceBlock block) {
        // most blocks send nothing with curl: their lines are not read again for marks
        if (!block.stated().isComplete() || !block.text().contains("curl")) {
            return -1;
        }
        List<String> marking = block.text().lines().filter(line -> !StatedEndpoint.marks(line).isEmpty()).toList();
        // a block whose heading states its endpoint ("GET /users/:user_id/sleep_records") is that interface,
        // whatever its example sends
        if (marking.isEmpty() || !marking.stream().allMatch(StatedEndpoint::sendsWithCurl)
                || marking.stream().noneMatch(line -> StatedEndpoint.marks(line).stream()
                        .anyMatch(mark -> block.stated().path().equals(mark.path())))) {
            return -1;
        }
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i).stated().isComplete()
                    && StatedEndpoint.isExampleOf(block.stated(), List.of(blocks.get(i).stated()))) {
                return i;
            }
        }
        return -1;
    }

    /** The blocks whose path states no method, with the one the document says all its interfaces use, if it does. */
    private static List<InterfaceBlock> withMethodOfAll(List<InterfaceBlock> blocks, List<String> lines) {
        String common = StatedEndpoint.commonMethod(lines);
        return common == null ? blocks
                : blocks.stream().map(block -> block.withStated(block.stated().withMethodOfAll(common))).toList();
    }

    static InterfaceBlock renumber(InterfaceBlock block, int index) {
        return new InterfaceBlock(index, block.title(), block.text(), block.fields(), block.returns(), block.stated());
    }

    /** A block of whole sections: part sub-sections decide whether a table holds request or response fields. */
    private InterfaceBlock sectionBlock(int index, Pick pick) {
        List<String> lines = new ArrayList<>();
        List<String> prose = new ArrayList<>();
        List<List<List<String>>> requestTables = new ArrayList<>();
        List<String> responseNames = new ArrayList<>();
        Node top = pick.sections.get(0);
        for (Node node : pick.sections) {
            Part part = node == top ? Part.REQUEST : partOf(node, top);
            if (node != top) {
                lines.add(node.section.heading());
            }
            for (Outline.Part content : node.section.parts()) {
                if (content instanceof Outline.Line line) {
                    lines.add(line.text());
                    prose.add(line.text());
                    part = labelledPart(line.text()).orElse(part);
                } else if (content instanceof Outline.Table table) {
                    lines.add(table.render());
                    if (part == Part.RESPONSE) {
                        responseNames.addAll(fieldTables.responseNames(table.rows()));
                    } else if (part != Part.HEADERS && part != Part.EXAMPLES) {
                        requestTables.add(table.rows());
                    }
                }
            }
        }
        List<String> returns = ReturnsLine.find(prose);
        return new InterfaceBlock(index, pick.title, String.join("\n", lines), fieldTables.merge(requestTables),
                returns.isEmpty() ? responseNames.stream().distinct().toList() : returns);
    }

    /** A block cut from lines: its tables are read back from their rows. */
    private InterfaceBlock lineBlock(int index, Pick pick) {
        List<List<List<String>>> tables = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (String line : pick.lines) {
            if (line.startsWith("|")) {
                rows.add(Outline.Table.cells(line));
            } else if (!rows.isEmpty()) {
                tables.add(rows);
                rows = new ArrayList<>();
            }
        }
        if (!rows.isEmpty()) {
            tables.add(rows);
        }
        return new InterfaceBlock(index, pick.title, String.join("\n", pick.lines), fieldTables.merge(tables),
                ReturnsLine.find(pick.lines));
    }

    /** The part a section is, judged by its own title or the nearest part section above it inside the block. */
    private Part partOf(Node node, Node top) {
        for (Node n = node; n != null && n != top; n = n.parent) {
            Optional<Part> part = vocabulary.headingPart(n.title);
            if (part.isPresent()) {
                return part.get();
            }
        }
        return Part.REQUEST;
    }

    /** A short label line such as "**Response-fields:**" or "响应参数：" switches the part that follows. */
    private Optional<Part> labelledPart(String line) {
        String label = EMPHASIS.matcher(line).replaceAll("").strip();
        return label.length() <= MAX_PART_LABEL ? vocabulary.part(label) : Optional.empty();
    }

    private static String documentTitle(List<Node> nodes, boolean firstLineTitle, String fallbackTitle) {
        Node h1 = nodes.stream().filter(n -> n.level == 1).findFirst().orElse(null);
        String title = h1 != null && h1.pick == null ? h1.section.heading() : "";
        if (title.isBlank() && firstLineTitle && !nodes.isEmpty() && nodes.get(0).level == 0) {
            title = nodes.get(0).section.parts().stream()
                    .filter(p -> p instanceof Outline.Line)
                    .map(p -> ((Outline.Line) p).text())
                    .findFirst()
                    .filter(line -> line.length() <= PlainTextOutlineReader.MAX_HEADING_LENGTH)
                    .orElse("");
        }
        return title.isBlank() ? fallbackTitle : title;
    }

    // ---- the section tree ------------------------------------------------------------------------------------

    private Node tree(Outline outline) {
        Node root = new Node(null, null, -1, 0, false);
        List<Node> stack = new ArrayList<>();
        stack.add(root);
        int order = 1;
        for (Outline.Section section : outline.sections()) {
            Node previous = null;
            while (stack.size() > 1 && stack.get(stack.size() - 1).level >= section.level()) {
                Node closed = stack.remove(stack.size() - 1);
                previous = closed.level == section.level() ? closed : previous;
            }
            Node parent = stack.get(stack.size() - 1);
            String title = Headings.stripNumbering(section.heading());
            if (StatedEndpoint.isMethod(title) && parent != root && StatedEndpoint.isPath(parent.title)) {
                // "### /user/:id" over "#### GET", "#### POST": each method of the route is an interface
                title = title.toUpperCase(Locale.ROOT) + " " + parent.title;
            } else if (StatedEndpoint.isPath(title) && parent != root && StatedEndpoint.titleMethod(parent.title) != null) {
                // "# GET all users" over "### /api/users/all": the route of the method its parent's title names
                title = StatedEndpoint.titleMethod(parent.title) + " " + title;
            }
            // (and a labelled paragraph a PDF's bookmarks make a deep heading, "##### 唯一性校验：系统实时检测手机号…，…": a
            // detail of the section above; at a chapter's level it is a list's item, for the list's own rules)
            boolean partTitle = section.level() > 0 && !vocabulary.isContextTitle(title)
                    && (vocabulary.headingPart(title).isPresent() && StatedEndpoint.marks(title).isEmpty()
                            || labelsFact(title)
                            || section.level() >= MIN_PARAGRAPH_LEVEL && LABELLED_PARAGRAPH.matcher(title).matches());
            if (partTitle && previous != null) {
                // "### 获取凭证" then "### URL", "### Method", "### Request Param List" at its own level: exports that
                // write an interface's labels as headings make them its siblings, so they are adopted as its parts
                Node owner = previous.part && previous.parent.level == previous.level ? previous.parent : previous;
                parent = owner.part ? parent : owner;
            }
            // a part's own sub-sections are parts of it too; a top-level section is never a part
            boolean part = parent != root && section.level() > 0 && (parent.part || partTitle);
            Node node = new Node(section, parent, section.level(), order++, part);
            node.title = title;
            parent.children.add(node);
            stack.add(node);
        }
        List<Node> nodes = root.descendants();
        for (Node node : nodes) {
            // the works a document cites (References, 参考文献): their URLs are no routes
            if (!node.part && !within(node, vocabulary::isReferencesTitle)) {
                node.marks = StatedEndpoint.marks(node.title, node.ownLines());
                // "## Base URL" over "http://localhost:3000/api": a section about the API as a whole names where its
                // routes are, not one of them; one that states a method with its path still states an interface
                if (vocabulary.isContextTitle(node.title)) {
                    node.marks = node.marks.stream().filter(mark -> mark.method() != null).toList();
                }
            }
        }
        withoutPathsStatedBefore(nodes);
        // deepest first, so each section adds up its children's figures once
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Node node = nodes.get(i);
            if (!node.part) {
                List<StatedEndpoint> below = new ArrayList<>();
                for (Node child : node.children) {
                    if (!child.part) {
                        below.addAll(child.marks);
                        below.addAll(child.marksBelow);
                    }
                }
                node.marksBelow = below;
                if (!below.isEmpty() && StatedEndpoint.isPath(node.title)) {
                    // "## /users" over "### GET /users/{id}": a path heading over stated routes groups them
                    List<StatedEndpoint> heading = StatedEndpoint.marks(node.title, List.of());
                    node.marks = node.marks.stream().filter(mark -> !heading.contains(mark)).toList();
                }
            }
        }
        return root;
    }

    /**
     * A section's paths written again alone beside its own interface ("http://localhost:6000/api/users/sendcode"
     * under "# 5. 查询用户是否已经被注册", after "# 1. 获取短信验证码" stated it) are the interfaces stated before, not
     * more of its own.
     */
    private static void withoutPathsStatedBefore(List<Node> nodes) {
        Set<String> before = new HashSet<>();
        for (Node node : nodes) {
            List<StatedEndpoint> own = node.marks;
            if (own.size() > 1) {
                List<StatedEndpoint> kept = own.stream()
                        .filter(mark -> mark.method() != null || !before.contains(mark.path())).toList();
                node.marks = kept.isEmpty() ? own : kept;
            }
            own.stream().map(StatedEndpoint::path).filter(Objects::nonNull).forEach(before::add);
        }
    }

    /**
     * Whether the document identifies its requirements (UC001, FR-01) and the sections picked are other than those:
     * the steps of a use case's scenario, written as numbered lines a PDF turns into headings ("1.学生登录系统").
     */
    private static boolean identifiedElsewhere(List<RequirementItems.Item> items, List<Pick> picks) {
        if (items.isEmpty() || items.stream().anyMatch(item -> item.id() == null)) {
            return false;
        }
        long identified = picks.stream()
                .filter(pick -> items.stream().anyMatch(item -> pick.title.contains(item.id()))).count();
        return identified * 2 < picks.size();
    }

    /** A section that is taken as a block, whole or as a cut of its lines. */
    private static final class Pick {

        final String title;
        final List<String> lines;
        final List<Node> sections;
        final String reason;
        /** The endpoint stated under the section's path prefix, when the lines state it without the prefix. */
        StatedEndpoint stated;
        /** Whether {@link #stated} is an entry that remote methods of other blocks are called through too. */
        boolean sharedEntry;
        // document order: a section's number times 1000, plus the cut's number within it
        int order;

        Pick(String title, List<String> lines, List<Node> sections, String reason) {
            this.title = title;
            this.lines = lines;
            this.sections = sections;
            this.reason = reason;
        }
    }

    private static final class Node {

        final Outline.Section section;
        final Node parent;
        final int level;
        final int order;
        final boolean part;
        final List<Node> children = new ArrayList<>();
        String title = "";
        List<StatedEndpoint> marks = List.of();
        /** The endpoints stated in non-part sections beneath this one. */
        List<StatedEndpoint> marksBelow = List.of();
        /** The path this section states for the paths its sections state to follow ("**服务路径**: `/api/v1/auth`"). */
        String servicePath;
        Pick pick;
        String why;

        Node(Outline.Section section, Node parent, int level, int order, boolean part) {
            this.section = section;
            this.parent = parent;
            this.level = level;
            this.order = order;
            this.part = part;
        }

        /** Every section beneath, depth first, in document order. */
        List<Node> descendants() {
            List<Node> all = new ArrayList<>();
            for (Node child : children) {
                all.add(child);
                all.addAll(child.descendants());
            }
            return all;
        }

        /** This section and every section beneath it. */
        List<Node> subtree() {
            List<Node> all = new ArrayList<>();
            all.add(this);
            all.addAll(descendants());
            return all;
        }

        /** The section's own lines and tables and those of its part sub-sections, tables as rendered rows. */
        List<String> ownLines() {
            List<String> lines = new ArrayList<>();
            addLines(section, lines);
            for (Node child : children) {
                if (child.part) {
                    for (Node n : child.subtree()) {
                        lines.add(n.section.heading());
                        addLines(n.section, lines);
                    }
                }
            }
            return lines;
        }

        private static void addLines(Outline.Section section, List<String> lines) {
            for (Outline.Part part : section.parts()) {
                if (part instanceof Outline.Line line) {
                    lines.add(line.text());
                } else if (part instanceof Outline.Table table) {
                    lines.addAll(table.render().lines().toList());
                }
            }
        }
    }
}
