package io.docroute.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The words DocRoute reads documents with, loaded from {@code config/vocabulary.yaml}: actions (verbs, in Chinese
 * and English), entities (nouns), section titles that are context or parts of an interface, and the column names
 * of field tables. Data and exact lookups only; reading a whole title is the extractor's job.
 */
public final class Vocabulary {

    public static final String SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";
    public static final String PDF = "application/pdf";
    public static final String ZIP = "application/zip";
    public static final String OCTET_STREAM = "application/octet-stream";
    public static final String JSON = "application/json";
    public static final String MULTIPART = "multipart/form-data";

    /** What an interface does, with the HTTP method, path suffix and operationId parts that follow from it. */
    public enum Action {
        LIST("GET", "", false, "list", true, ""),
        DETAIL("GET", "", true, "get", false, ""),
        CREATE("POST", "", false, "create", false, ""),
        UPDATE("PUT", "", true, "update", false, ""),
        DELETE("DELETE", "", true, "delete", false, ""),
        EXPORT("GET", "/export", false, "export", true, ""),
        IMPORT("POST", "/import", false, "import", true, ""),
        STATS("GET", "/stats", false, "get", false, "Stats"),
        DISABLE("POST", "/disable", true, "disable", false, ""),
        ENABLE("POST", "/enable", true, "enable", false, ""),
        CANCEL("POST", "/cancel", true, "cancel", false, ""),
        APPROVE("POST", "/approve", true, "approve", false, "");

        private final String method;
        private final String pathSuffix;
        private final boolean itemLevel;
        private final String verb;
        private final boolean pluralNoun;
        private final String operationSuffix;

        Action(String method, String pathSuffix, boolean itemLevel, String verb, boolean pluralNoun,
                String operationSuffix) {
            this.method = method;
            this.pathSuffix = pathSuffix;
            this.itemLevel = itemLevel;
            this.verb = verb;
            this.pluralNoun = pluralNoun;
            this.operationSuffix = operationSuffix;
        }

        /** The HTTP method; UPDATE becomes PATCH when the title asks for a partial update. */
        public String method() {
            return method;
        }

        /** Appended after the collection or item path, e.g. {@code /export}; empty for plain CRUD. */
        public String pathSuffix() {
            return pathSuffix;
        }

        /** True when the interface acts on one item, so its path carries an id placeholder. */
        public boolean itemLevel() {
            return itemLevel;
        }

        /** The lower-case verb an operationId starts with. */
        public String verb() {
            return verb;
        }

        /** True when the operationId names the plural noun (listUsers), false for the singular (getUser). */
        public boolean pluralNoun() {
            return pluralNoun;
        }

        /** Appended to the operationId after the noun, e.g. {@code Stats}. */
        public String operationSuffix() {
            return operationSuffix;
        }

        /** Actions with their own path suffix say more than plain CRUD, so they win a Chinese title. */
        public boolean specific() {
            return !pathSuffix.isEmpty();
        }
    }

    /**
     * One spelling of an action.
     *
     * @param weak true for generic read verbs (get, 查询) that yield to any other action word in the same title
     */
    public record ActionWord(String word, Action action, boolean weak) {

        public boolean chinese() {
            return containsHan(word);
        }
    }

    /**
     * A resource the interfaces act on.
     *
     * @param chinese  the Chinese noun, e.g. 用户; null for nouns guessed from an English title
     * @param singular English singular, words separated by spaces, e.g. {@code cart item}
     * @param plural   the path segment, e.g. {@code cart-items}
     * @param tag      the grouping tag, usually the singular
     */
    public record Entity(String chinese, String singular, String plural, String tag) {

        /** Upper camel singular for operationIds, e.g. {@code CartItem}. */
        public String singularCamel() {
            return upperCamel(singular);
        }

        /** Upper camel plural for operationIds, e.g. {@code CartItems}. */
        public String pluralCamel() {
            return upperCamel(plural);
        }

        /** The default id parameter name, e.g. {@code cartItemId}. */
        public String idName() {
            return lowerCamel(singular) + "Id";
        }
    }

    /** Which part of one interface a sub-section or a label line introduces. */
    public enum Part { REQUEST, RESPONSE, HEADERS, EXAMPLES, OTHER }

    /** Which column of a field table a header names. */
    public enum Column { NAME, TYPE, REQUIRED, DESCRIPTION }

    // "数据备份与恢复": a thing's short name, then operations on it
    private static final int MAX_THING = 4;
    private static final int MAX_THING_THEN_OPERATIONS = 8;
    private static final Pattern ALL_HAN = Pattern.compile("\\p{IsHan}+");
    private static final Pattern OPERATION_JOINER = Pattern.compile("^(?:与|和|及|、)");
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern BRACKETED = Pattern.compile("[（(][^）)]*[）)]");
    private static final Pattern TITLE_NOISE = Pattern.compile("[*`#:：\\s]+");
    // the pictographs a title is decorated with ("🚨 Error Responses"); a word that is one ("✓") is kept
    private static final Pattern PICTOGRAPHS = Pattern.compile("[\\p{So}\\x{FE0F}\\x{200D}]+");
    // a dash after a title, as a label's colon: "Security –" over what it says
    private static final Pattern TRAILING_DASH = Pattern.compile("\\s+[-–—]+$");
    // the requirements of one role or one end of the system: "用户端功能需求说明", "商家功能需求"; never "非功能需求"
    private static final Pattern SCOPED_REQUIREMENTS = Pattern.compile(
            "^\\p{IsHan}{1,5}?(?<!非)(功能\\p{IsHan}{1,3}?)(?:说明)?$");
    // what follows an operation that makes it a figure, "点赞量", "浏览次数", "点击率", the tool that does it, "浏览器",
    // "播放器", or the one who does it, "上传者": a thing or a person, not the operation
    private static final Pattern MADE_A_THING = Pattern.compile("量|率|次数|器|者");
    // a Chinese label followed by the same label in English: "请求方法Method", "接口描述 Description"
    private static final Pattern BILINGUAL = Pattern.compile("(\\p{IsHan}[\\p{IsHan}\\s]*?)\\s*([A-Za-z][A-Za-z -]*)");
    // the end of a short label before its value: "Method: POST"
    private static final Pattern LABEL_END = Pattern.compile("(?<=^.{1,24})[:：]");
    // a response's status as a sub-section title: "HTTP status code 200", "Status: 401", "200 OK", "状态码 200"
    private static final Pattern STATUS_TITLE = Pattern.compile(
            "^(?:(?:http\\s+)?(?:response\\s+)?status(?:\\s+code)?|response(?:\\s+code)?|状态码|响应码|响应状态码?)"
                    + "\\s*[:：]?\\s*[1-5]\\d{2}\\b.{0,40}$|^[1-5]\\d{2}(?:\\s+[a-z][a-z ]{0,30})?$",
            Pattern.CASE_INSENSITIVE);
    // what may come before the operation: a condition ("根据时间", "按名称", "通过手机号"), its object ("对商品进行评论",
    // "将商品添加到购物车", "给作业评分") or where from or to it is done ("从购物车删除商品", "向其它设备发送文件")
    private static final Pattern CHINESE_CONDITION = Pattern.compile("^(?:根据|按照|按|通过|对(?!于)|从|向|将|把|给(?!予))");
    // in prose, where or with what it is done ("向该网站上传图片", "在该网站上注册", "使用手机号登录"), not what it is
    // done to: prose writes "将" for what the system will do ("系统将记录信息存储到记录文件当中")
    private static final Pattern CHINESE_CONDITION_OR_PLACE = Pattern.compile(
            "^(?:根据|按照|按|通过|对(?!于)|向|在|从|使用|用)");
    private static final int MAX_CONDITION_LENGTH = 12;
    // how an operation is done, written before it: "批量导入", "一键导出"
    private static final Pattern CHINESE_MANNER = Pattern.compile("^(?:批量|一键)");
    private static final Set<String> EMPTY = Set.of();
    private static volatile Vocabulary builtIn;

    private final List<ActionWord> actionWords;
    private final List<ActionWord> managedWords;
    private final Map<String, ActionWord> actionsByWord;
    private final Set<String> operationVerbs;
    private final List<String> chineseOperationVerbs;
    private final List<Entity> entities;
    private final Map<String, Entity> entitiesByEnglish = new LinkedHashMap<>();
    private final Map<String, String> sameOperationWords = new LinkedHashMap<>();
    private final List<String> chineseSameOperationWords;
    private final Set<String> operationFillers;
    private final Set<String> stopWords;
    private final Set<String> formatWords;
    private final Set<String> nothingWords;
    private final Set<String> contextTitles;
    private final Set<String> requirementsTitles;
    private final Set<String> referencesTitles;
    private final Set<String> exceptionsTitles;
    private final Set<String> placeholders;
    private final Map<String, Part> parts = new LinkedHashMap<>();
    private final Map<Column, List<String>> columns = new EnumMap<>(Column.class);
    private final Set<String> yes;
    // each spelling as the words it matches, longest first, so "退出登录" is read before the "登录" inside it
    private final Map<Pattern, String> signInOperations = new LinkedHashMap<>();
    private final List<Pattern> signInWho;

    private Vocabulary(VocabularyFile file) {
        List<ActionWord> words = new ArrayList<>();
        for (Action action : Action.values()) {
            VocabularyFile.Words spelled = file.actions().get(action);
            if (spelled == null) {
                throw new IllegalArgumentException("the vocabulary names no words for the action " + action);
            }
            spelled.strong().forEach(w -> words.add(new ActionWord(lower(w), action, false)));
            spelled.weak().forEach(w -> words.add(new ActionWord(lower(w), action, true)));
        }
        this.actionWords = List.copyOf(words);
        this.actionsByWord = index(words);
        List<ActionWord> managed = new ArrayList<>();
        for (String word : file.managed()) {
            ActionWord known = actionsByWord.get(lower(word));
            if (known == null) {
                throw new IllegalArgumentException("the managed operation '" + word + "' is no action word");
            }
            managed.add(known);
        }
        this.managedWords = List.copyOf(managed);
        Set<String> verbs = new LinkedHashSet<>(lowerSet(file.operations()));
        words.forEach(w -> verbs.add(w.word()));
        this.operationVerbs = Set.copyOf(verbs);
        this.chineseOperationVerbs = verbs.stream().filter(Vocabulary::containsHan).toList();
        List<Entity> list = new ArrayList<>();
        for (List<String> e : file.entities()) {
            if (e.size() < 3) {
                throw new IllegalArgumentException("a vocabulary entity needs [chinese, singular, plural]: " + e);
            }
            list.add(new Entity(e.get(0), lower(e.get(1)), lower(e.get(2)), lower(e.size() > 3 ? e.get(3) : e.get(1))));
        }
        this.entities = List.copyOf(list);
        for (Entity entity : entities) {
            entitiesByEnglish.putIfAbsent(entity.singular(), entity);
            entitiesByEnglish.putIfAbsent(entity.plural().replace('-', ' '), entity);
        }
        for (List<String> group : file.sameOperation().groups()) {
            group.forEach(word -> sameOperationWords.putIfAbsent(lower(word), lower(group.get(0))));
        }
        this.chineseSameOperationWords = sameOperationWords.keySet().stream().filter(Vocabulary::containsHan)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.operationFillers = lowerSet(file.sameOperation().fillers());
        this.stopWords = lowerSet(file.stopWords());
        this.formatWords = lowerSet(file.formatWords());
        this.nothingWords = lowerSet(file.nothingWords());
        this.contextTitles = lowerSet(file.sections().context());
        this.placeholders = lowerSet(file.sections().placeholders());
        this.requirementsTitles = lowerSet(file.sections().requirements());
        this.referencesTitles = lowerSet(file.sections().references());
        this.exceptionsTitles = lowerSet(file.sections().exceptions());
        file.sections().parts().forEach((part, titles) -> titles.forEach(t -> parts.putIfAbsent(title(t), part)));
        VocabularyFile.Columns names = file.columns();
        columns.put(Column.NAME, names.name().stream().map(Vocabulary::title).toList());
        columns.put(Column.TYPE, names.type().stream().map(Vocabulary::title).toList());
        columns.put(Column.REQUIRED, names.required().stream().map(Vocabulary::title).toList());
        columns.put(Column.DESCRIPTION, names.description().stream().map(Vocabulary::title).toList());
        this.yes = lowerSet(names.yes());
        Map<String, String> bySpelling = new TreeMap<>(
                Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        file.signIn().operations().forEach((operation, spellings) -> spellings.forEach(
                spelling -> bySpelling.putIfAbsent(lower(spelling), operation)));
        bySpelling.forEach((spelling, operation) -> signInOperations.put(wordIn(spelling), operation));
        this.signInWho = file.signIn().who().stream().map(who -> wordIn(lower(who))).toList();
    }

    /** Reads a vocabulary file; a missing or malformed list fails with the file's name. */
    public static Vocabulary load(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new Vocabulary(VocabularyFile.read(in));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the vocabulary " + resource.getDescription() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The vocabulary built into the application, for code and tests that run without Spring. */
    public static Vocabulary builtIn() {
        Vocabulary loaded = builtIn;
        if (loaded == null) {
            loaded = load(new ClassPathResource(DEFAULT_LOCATION));
            builtIn = loaded;
        }
        return loaded;
    }

    /** Where the operator's copy lives, relative to the working directory; the jar carries the same file. */
    public static final String DEFAULT_LOCATION = "config/vocabulary.yaml";

    public List<ActionWord> actionWords() {
        return actionWords;
    }

    /**
     * The action words a section about managing a thing ("管理问题主题", "Manage rooms") names its operations with,
     * as opposed to the nouns among the action words (列表, 详情).
     */
    public List<ActionWord> managedWords() {
        return managedWords;
    }

    public List<Entity> entities() {
        return entities;
    }

    /**
     * The sign-in operation ({@code login}, {@code logout}, {@code register}) a title names and nothing more than who
     * does it: "用户登录" and "Admin Login (FM-01-001)" are logins, "登录日志" and "Login page" are not, nor is a
     * title naming two ("注册登录").
     */
    public Optional<String> signInOperation(String title) {
        String rest = BRACKETED.matcher(lower(title)).replaceAll(" ");
        String operation = null;
        for (Map.Entry<Pattern, String> spelling : signInOperations.entrySet()) {
            String left = spelling.getKey().matcher(rest).replaceAll(" ");
            if (!left.equals(rest)) {
                if (operation != null && !operation.equals(spelling.getValue())) {
                    return Optional.empty();
                }
                operation = spelling.getValue();
                rest = left;
            }
        }
        for (Pattern who : signInWho) {
            rest = who.matcher(rest).replaceAll(" ");
        }
        return operation != null && rest.codePoints().noneMatch(c -> Character.isLetter(c))
                ? Optional.of(operation) : Optional.empty();
    }

    /** Where a word stands in lower-case text: a Chinese one anywhere, an English one as a whole word. */
    private static Pattern wordIn(String word) {
        return Pattern.compile(containsHan(word) ? Pattern.quote(word)
                : "(?<![a-z0-9])" + Pattern.quote(word) + "(?![a-z0-9])");
    }

    /** The action spelled {@code word}, English case-insensitive, plural and -ed/-ing forms included. */
    public Optional<ActionWord> actionWord(String word) {
        String lower = lower(word);
        ActionWord found = actionsByWord.get(lower);
        if (found == null && !containsHan(lower)) {
            for (String stem : stems(lower)) {
                found = actionsByWord.get(stem);
                if (found != null) {
                    break;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether a title names an operation, e.g. "用户列表", "新增用户" or "List products". */
    public boolean hasActionWord(String title) {
        String lower = lower(title);
        for (ActionWord word : actionWords) {
            if (word.chinese() && lower.contains(word.word())) {
                return true;
            }
        }
        Matcher m = ENGLISH_WORD.matcher(lower);
        while (m.find()) {
            String word = m.group();
            // an inflected generic verb ("Getting started") is prose, not a title's action
            Optional<ActionWord> found = actionWord(word);
            if (found.isPresent() && (!found.get().weak() || actionsByWord.containsKey(word))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a short phrase opens with an operation, as requirement lists write them: "Admit new patient",
     * "View dosage history", "发布商品", "根据id删除博客". Its first English word, or its first Chinese characters
     * (after a leading 根据… / 按… / 通过… condition), must be an action word or one of the vocabulary's operations.
     */
    /** How a Chinese operation is done, when written before it ("批量" in "批量导入"); else empty. */
    public static String manner(String operation) {
        Matcher manner = CHINESE_MANNER.matcher(operation);
        return manner.lookingAt() ? manner.group() : "";
    }

    public boolean opensWithOperation(String phrase) {
        return operationStart(phrase, false) >= 0;
    }

    /**
     * Whether a phrase names an operation: it opens with one ({@link #opensWithOperation}), or it is a short Chinese
     * name of a thing followed by nothing but operations on it ("数据导出", "个人信息设置", "数据备份与恢复"), as
     * feature lists write them.
     */
    public boolean namesOperation(String phrase) {
        return opensWithOperation(phrase) || closesWithOperations(lower(phrase).strip());
    }

    private boolean closesWithOperations(String phrase) {
        if (phrase.length() > MAX_THING_THEN_OPERATIONS || !ALL_HAN.matcher(phrase).matches()) {
            return false;
        }
        for (int lead = 1; lead <= MAX_THING && lead < phrase.length(); lead++) {
            if (operationLength(phrase.substring(0, lead)) == 0 && onlyOperations(phrase.substring(lead))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text is operations and the words that join them ("备份与恢复"), nothing else. */
    private boolean onlyOperations(String text) {
        String rest = text;
        while (!rest.isEmpty()) {
            int length = operationLength(rest);
            if (length == 0) {
                return false;
            }
            rest = OPERATION_JOINER.matcher(rest.substring(length)).replaceFirst("");
        }
        return true;
    }

    /**
     * Where the operation a phrase (without its surrounding blanks) opens with starts ({@link #opensWithOperation}): 0
     * when it opens the phrase, its index after a leading Chinese condition ("通过关键字搜索图片" → 5) and, when
     * {@code afterPlace}, after where it is done ("向该网站上传图片" → 4); -1 when there is none.
     */
    public int operationStart(String phrase, boolean afterPlace) {
        String lower = lower(phrase).strip();
        if (lower.isEmpty()) {
            return -1;
        }
        if (!containsHan(lower.substring(0, 1))) {
            return operationLength(lower) > 0 ? 0 : -1;
        }
        Matcher condition = (afterPlace ? CHINESE_CONDITION_OR_PLACE : CHINESE_CONDITION).matcher(lower);
        int from = condition.lookingAt() ? condition.end() : 0;
        int to = condition.lookingAt() ? Math.min(lower.length(), from + MAX_CONDITION_LENGTH) : from;
        int start = -1;
        for (String verb : chineseOperationVerbs) {
            int at = lower.indexOf(verb, from);
            if ((at == from || at > from && at <= to) && (start < 0 || at < start)
                    && !madeAThing(lower, at + verb.length())) {
                start = at;
            }
        }
        // "批量导入…": the operation starts with how it is done
        Matcher manner = CHINESE_MANNER.matcher(lower).region(from, lower.length());
        return start < 0 && manner.lookingAt() && operationLength(lower.substring(from)) > 0 ? from : start;
    }

    /**
     * Whether the operation ending at {@code end} makes a thing of it, a figure, a tool or a person: "点赞量", "浏览次数",
     * "点击率", "浏览器", "上传者".
     */
    private static boolean madeAThing(String text, int end) {
        return MADE_A_THING.matcher(text).region(end, text.length()).lookingAt();
    }

    /**
     * How many characters of {@code phrase} its opening operation takes: the longest Chinese operation word it starts
     * with ("删除自己的提问" → 2), or its first English word when that is an operation ("edit books" → 4); 0 when it
     * opens with none.
     */
    public int operationLength(String phrase) {
        String lower = lower(phrase);
        if (lower.isEmpty()) {
            return 0;
        }
        if (containsHan(lower.substring(0, 1))) {
            Matcher manner = CHINESE_MANNER.matcher(lower);
            int from = manner.lookingAt() ? manner.end() : 0;
            int longest = 0;
            for (String verb : chineseOperationVerbs) {
                if (lower.startsWith(verb, from) && verb.length() > longest) {
                    longest = verb.length();
                }
            }
            return longest == 0 || madeAThing(lower, from + longest) ? 0 : from + longest;
        }
        Matcher first = ENGLISH_WORD.matcher(lower);
        if (!first.lookingAt()) {
            return 0;
        }
        String word = first.group();
        if (operationVerbs.contains(word)) {
            return word.length();
        }
        // "Creating a user" names an operation, "Created By" (a past participle: a label, a state) none
        return !word.endsWith("ed") && stems(word).stream().anyMatch(operationVerbs::contains) ? word.length() : 0;
    }

    /**
     * An operation's name reduced to what the names of one operation share, as {@code same-operation} in the
     * vocabulary says: "Update user details" and "edit users" are both "edit user", "添加学生的信息" and
     * "新增学生" both "添加学生". Empty when the name is a word alone, too little to tell operations apart.
     */
    public String sameOperationKey(String name) {
        String lower = BRACKETED.matcher(lower(name)).replaceAll(" ");
        if (containsHan(lower)) {
            String han = lower.replaceAll("[^\\p{IsHan}a-z0-9]", "");
            for (String filler : operationFillers) {
                han = han.replace(filler, "");
            }
            for (String word : chineseSameOperationWords) {
                if (han.startsWith(word)) {
                    han = sameOperationWords.get(word) + han.substring(word.length());
                    break;
                }
            }
            return han.length() > 2 ? han : "";
        }
        List<String> words = new ArrayList<>();
        Matcher m = ENGLISH_WORD.matcher(lower);
        while (m.find()) {
            String word = m.group();
            if (!stopWords.contains(word) && !operationFillers.contains(word)) {
                words.add(sameOperationWords.getOrDefault(word, singularOf(word)));
            }
        }
        return words.size() < 2 ? "" : String.join(" ", words);
    }

    /** The entity whose English singular or plural is exactly {@code words} (space or hyphen separated). */
    public Optional<Entity> entityByEnglish(String words) {
        String key = lower(words).replace('-', ' ').strip();
        return Optional.ofNullable(entitiesByEnglish.get(key));
    }

    /** An entity for an English noun the vocabulary does not know, with a simple English plural. */
    public static Entity guessEntity(String noun) {
        String singular = singularOf(lower(noun));
        return new Entity(null, singular, pluralOf(singular), singular);
    }

    public boolean isStopWord(String word) {
        return stopWords.contains(lower(word));
    }

    public boolean isFormatWord(String word) {
        return formatWords.contains(lower(word));
    }

    public boolean meansNothing(String word) {
        return nothingWords.contains(lower(word.strip()));
    }

    /** Whether a section title names the document's context (概述, Overview, 错误码 ...), never an interface. */
    public boolean isContextTitle(String title) {
        return contextTitles.contains(title(title));
    }

    /** Whether a section title names the section stating the requirements (功能需求, Functional Requirements). */
    public boolean isRequirementsTitle(String title) {
        String t = title(title);
        Matcher scoped = SCOPED_REQUIREMENTS.matcher(t);
        return requirementsTitles.contains(t) || scoped.matches() && requirementsTitles.contains(scoped.group(1));
    }

    /** Whether a section title names the works a document cites (References, 参考文献): their URLs are no interfaces. */
    public boolean isReferencesTitle(String title) {
        return referencesTitles.contains(title(title));
    }

    /**
     * Whether a line is the title of a story list's exceptions (Exceptions, Possible Exceptions): what can go wrong
     * in the operations the product offers.
     */
    public boolean isExceptionsTitle(String line) {
        return exceptionsTitles.contains(title(line));
    }

    /** Whether a section's whole text only says it is not written yet (暂未提供, TBD). */
    public boolean isPlaceholder(String text) {
        return placeholders.contains(title(text));
    }

    /** The interface part a sub-section title or a label line introduces (请求参数, Response ...), if any. */
    public Optional<Part> part(String title) {
        Part part = parts.get(title(title));
        Matcher bilingual = BILINGUAL.matcher(title.strip());
        if (part == null && bilingual.matches()) {
            // "请求地址URL", "请求接口所需参数 Request Param List": a label followed by its English rendering
            part = parts.getOrDefault(title(bilingual.group(1)), parts.get(title(bilingual.group(2))));
        }
        return Optional.ofNullable(part);
    }

    /**
     * The part a sub-section title introduces, a title written as a label and its value ("Method: POST",
     * "Response: 200") included: that introduces the part its label names; a response status ("HTTP status code
     * 401", "200 OK") introduces the response.
     */
    public Optional<Part> headingPart(String title) {
        if (STATUS_TITLE.matcher(title.strip()).matches()) {
            return Optional.of(Part.RESPONSE);
        }
        Optional<Part> part = part(title);
        Matcher label = LABEL_END.matcher(title);
        return part.isEmpty() && label.find() ? part(title.substring(0, label.start())) : part;
    }

    /** Header names of one column kind, in priority order, compared as {@link #columnKey(String)} writes them. */
    public List<String> columnNames(Column column) {
        return columns.get(column);
    }

    /** A table header cell as {@link #columnNames(Column)} lists it. */
    public static String columnKey(String header) {
        return title(header);
    }

    /** Whether a "required" cell says yes: 是, Y, yes, true, 必填, √ and the like. */
    public boolean isYes(String value) {
        return yes.contains(lower(value.strip()));
    }

    /** True when a title asks for a partial update (部分更新, patch, partial). */
    public static boolean asksForPartialUpdate(String title) {
        String t = lower(title);
        return t.contains("部分") || t.matches(".*\\b(patch|partial|partially)\\b.*");
    }

    /** The content type a text names for a file (CSV, Excel, PDF, zip), if it names one. */
    public static Optional<String> fileContentType(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = lower(text);
        if (t.contains("csv")) {
            return Optional.of(CSV);
        }
        if (t.contains("excel") || t.contains("xlsx") || t.contains("xls") || t.contains("表格")) {
            return Optional.of(SPREADSHEET);
        }
        if (t.contains("pdf")) {
            return Optional.of(PDF);
        }
        if (t.matches(".*\\bzip\\b.*") || t.contains("压缩包")) {
            return Optional.of(ZIP);
        }
        return Optional.empty();
    }

    /** True when a returns entry names a file rather than a field, e.g. "Excel 文件" or "CSV file" but not fileUrl. */
    public boolean namesFile(String returned) {
        String t = lower(returned.strip());
        if (formatWords.contains(t) || t.equals("文件") || t.equals("附件")) {
            return true;
        }
        boolean identifier = t.matches("[a-z_][a-z0-9_]*");
        return !identifier && (t.contains("文件") || t.contains("附件") || t.matches(".*\\b(file|excel|csv|xlsx|pdf)\\b.*"));
    }

    public static boolean containsHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    public static String upperCamel(String words) {
        StringBuilder camel = new StringBuilder();
        for (String part : words.split("[\\s_-]+")) {
            if (!part.isEmpty()) {
                camel.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return camel.toString();
    }

    public static String lowerCamel(String words) {
        String camel = upperCamel(words);
        return camel.isEmpty() ? camel : Character.toLowerCase(camel.charAt(0)) + camel.substring(1);
    }

    /** A title without the pictographs it is decorated with: "🌐 Base URL" is "Base URL". */
    public static String withoutPictographs(String title) {
        return PICTOGRAPHS.matcher(title).replaceAll(" ").strip();
    }

    /** A title as the vocabulary compares it: lower case, without numbering marks, brackets or a trailing colon. */
    private static String title(String text) {
        String t = BRACKETED.matcher(lower(text)).replaceAll("");
        String undecorated = withoutPictographs(t);
        t = undecorated.isBlank() ? t : undecorated;
        return TRAILING_DASH.matcher(TITLE_NOISE.matcher(t).replaceAll(" ").strip()).replaceAll("");
    }

    private static List<String> stems(String word) {
        List<String> stems = new ArrayList<>();
        if (word.endsWith("ies") && word.length() > 4) {
            stems.add(word.substring(0, word.length() - 3) + "y");
        }
        for (String suffix : List.of("es", "s", "ed", "d", "ing")) {
            if (word.endsWith(suffix) && word.length() > suffix.length() + 2) {
                String stem = word.substring(0, word.length() - suffix.length());
                stems.add(stem);
                if (suffix.equals("ing") || suffix.equals("ed")) {
                    stems.add(stem + "e");
                    if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                        stems.add(stem.substring(0, stem.length() - 1));
                    }
                }
            }
        }
        return stems;
    }

    private static String singularOf(String word) {
        if (word.endsWith("ies") && word.length() > 3) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.matches(".*(ses|xes|zes|ches|shes)") && !word.endsWith("uses")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.matches(".*(ss|us|is)")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static String pluralOf(String singular) {
        if (singular.matches(".*[^aeiou]y")) {
            return singular.substring(0, singular.length() - 1) + "ies";
        }
        if (singular.matches(".*(s|x|z|ch|sh)")) {
            return singular + "es";
        }
        return singular + "s";
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    private static Set<String> lowerSet(List<String> words) {
        return words == null ? EMPTY : words.stream().map(Vocabulary::title).collect(Collectors.toUnmodifiableSet());
    }

    private static Map<String, ActionWord> index(List<ActionWord> words) {
        Map<String, ActionWord> map = new LinkedHashMap<>();
        for (ActionWord word : words) {
            if (map.putIfAbsent(word.word(), word) != null) {
                throw new IllegalArgumentException("the action word '" + word.word() + "' is listed twice");
            }
        }
        return Map.copyOf(map);
    }
}
