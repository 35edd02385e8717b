package io.docroute.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words the local extractor understands: actions (verbs, in Chinese and English) and entities (nouns).
 * Data and exact lookups only; reading a whole title is {@link TitleReader}'s job.
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
            String camel = singularCamel();
            return Character.toLowerCase(camel.charAt(0)) + camel.substring(1) + "Id";
        }
    }

    private static final List<ActionWord> ACTION_WORDS = List.of(
            strong(Action.LIST, "列表", "分页", "搜索", "list", "search", "browse"),
            weak(Action.LIST, "查询", "query"),
            strong(Action.DETAIL, "详情", "detail", "details"),
            weak(Action.DETAIL, "查看", "获取", "get", "view", "show"),
            strong(Action.CREATE, "新增", "添加", "创建", "注册", "create", "add", "register", "place"),
            weak(Action.CREATE, "new"),
            strong(Action.UPDATE, "修改", "编辑", "更新", "调整", "update", "edit", "modify", "change", "patch"),
            strong(Action.DELETE, "删除", "移除", "delete", "remove"),
            strong(Action.EXPORT, "导出", "下载", "export", "download"),
            strong(Action.IMPORT, "导入", "上传", "import", "upload"),
            strong(Action.STATS, "统计", "报表", "汇总", "stats", "statistics", "summary", "report"),
            strong(Action.DISABLE, "禁用", "停用", "冻结", "disable", "deactivate", "suspend"),
            strong(Action.ENABLE, "启用", "解冻", "enable", "activate"),
            strong(Action.CANCEL, "取消", "cancel"),
            strong(Action.APPROVE, "审核", "审批", "approve", "review"))
            .stream().flatMap(List::stream).toList();

    private static final List<Entity> ENTITIES = List.of(
            entity("用户", "user", "users"),
            entity("订单", "order", "orders"),
            entity("商品", "product", "products"),
            entity("库存", "stock", "stocks"),
            entity("角色", "role", "roles"),
            entity("权限", "permission", "permissions"),
            entity("部门", "department", "departments"),
            entity("菜单", "menu", "menus"),
            entity("日志", "log", "logs"),
            entity("优惠券", "coupon", "coupons"),
            entity("支付", "payment", "payments"),
            entity("退款", "refund", "refunds"),
            entity("分类", "category", "categories"),
            entity("供应商", "supplier", "suppliers"),
            entity("销售", "sales", "sales"),
            entity("地址", "address", "addresses"),
            entity("购物车", "cart", "carts"),
            new Entity("购物车商品", "cart item", "cart-items", "cart"),
            entity("评价", "review", "reviews"),
            entity("会员", "member", "members"),
            entity("客户", "customer", "customers"),
            entity("仓库", "warehouse", "warehouses"),
            entity("商户", "merchant", "merchants"),
            entity("文章", "article", "articles"),
            entity("通知", "notice", "notices"),
            entity("消息", "message", "messages"),
            entity("配置", "setting", "settings"),
            entity("字典", "dictionary", "dictionaries"),
            entity("员工", "employee", "employees"),
            entity("合同", "contract", "contracts"),
            entity("发票", "invoice", "invoices"),
            entity("物流", "shipment", "shipments"));

    private static final Map<String, ActionWord> ACTIONS_BY_WORD = index(ACTION_WORDS);
    private static final Map<String, Entity> ENTITIES_BY_CHINESE = new LinkedHashMap<>();
    private static final Map<String, Entity> ENTITIES_BY_ENGLISH = new LinkedHashMap<>();

    static {
        for (Entity entity : ENTITIES) {
            ENTITIES_BY_CHINESE.put(entity.chinese(), entity);
            ENTITIES_BY_ENGLISH.put(entity.singular(), entity);
            ENTITIES_BY_ENGLISH.put(entity.plural().replace('-', ' '), entity);
        }
    }

    /** Connecting words that never name a resource in an English title. */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "of", "for", "with", "by", "in", "on", "to", "from", "and", "or", "all", "via", "as",
            "at", "into", "per", "its", "their", "my", "your", "our", "one", "multiple", "batch", "bulk", "api",
            "interface", "endpoint", "info", "information", "data", "single", "partial", "partially");

    /** File format words: they pick a content type, never a resource. */
    private static final Set<String> FORMAT_WORDS = Set.of(
            "csv", "excel", "xlsx", "xls", "pdf", "zip", "json", "file", "files", "format", "spreadsheet");

    /** Spellings of "returns nothing" in a returns line. */
    private static final Set<String> NOTHING_WORDS = Set.of(
            "无", "空", "无返回", "无返回值", "不返回", "none", "nothing", "n/a", "na", "-", "void", "empty");

    private Vocabulary() {
    }

    public static List<ActionWord> actionWords() {
        return ACTION_WORDS;
    }

    public static List<Entity> entities() {
        return ENTITIES;
    }

    /** The action spelled exactly {@code word} (English case-insensitive). */
    public static Optional<ActionWord> actionWord(String word) {
        return Optional.ofNullable(ACTIONS_BY_WORD.get(word.toLowerCase(Locale.ROOT)));
    }

    /** The entity whose Chinese noun is exactly {@code word}. */
    public static Optional<Entity> entityByChinese(String word) {
        return Optional.ofNullable(ENTITIES_BY_CHINESE.get(word));
    }

    /** The entity whose English singular or plural is exactly {@code words} (space or hyphen separated). */
    public static Optional<Entity> entityByEnglish(String words) {
        String key = words.toLowerCase(Locale.ROOT).replace('-', ' ').strip();
        return Optional.ofNullable(ENTITIES_BY_ENGLISH.get(key));
    }

    /** An entity for an English noun the vocabulary does not know, with a simple English plural. */
    public static Entity guessEntity(String noun) {
        String singular = singularOf(noun.toLowerCase(Locale.ROOT));
        return new Entity(null, singular, pluralOf(singular), singular);
    }

    public static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isFormatWord(String word) {
        return FORMAT_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean meansNothing(String word) {
        return NOTHING_WORDS.contains(word.strip().toLowerCase(Locale.ROOT));
    }

    /** True when a title asks for a partial update (部分更新, patch, partial). */
    public static boolean asksForPartialUpdate(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        return t.contains("部分") || t.matches(".*\\b(patch|partial|partially)\\b.*");
    }

    /** The content type a text names for a file (CSV, Excel, PDF, zip), if it names one. */
    public static Optional<String> fileContentType(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.toLowerCase(Locale.ROOT);
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
    public static boolean namesFile(String returned) {
        String t = returned.strip().toLowerCase(Locale.ROOT);
        if (FORMAT_WORDS.contains(t) || t.equals("文件") || t.equals("附件")) {
            return true;
        }
        boolean identifier = t.matches("[a-z_][a-z0-9_]*");
        return !identifier && (t.contains("文件") || t.contains("附件") || t.matches(".*\\b(file|excel|csv|xlsx|pdf)\\b.*"));
    }

    static boolean containsHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    static String upperCamel(String words) {
        StringBuilder camel = new StringBuilder();
        for (String part : words.split("[\\s_-]+")) {
            if (!part.isEmpty()) {
                camel.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return camel.toString();
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

    private static List<ActionWord> strong(Action action, String... words) {
        return words(action, false, words);
    }

    private static List<ActionWord> weak(Action action, String... words) {
        return words(action, true, words);
    }

    private static List<ActionWord> words(Action action, boolean weak, String... words) {
        List<ActionWord> list = new ArrayList<>();
        for (String word : words) {
            list.add(new ActionWord(word, action, weak));
        }
        return Collections.unmodifiableList(list);
    }

    private static Entity entity(String chinese, String singular, String plural) {
        return new Entity(chinese, singular, plural, singular);
    }

    private static Map<String, ActionWord> index(List<ActionWord> words) {
        Map<String, ActionWord> map = new LinkedHashMap<>();
        for (ActionWord word : words) {
            if (map.putIfAbsent(word.word(), word) != null) {
                throw new IllegalStateException("action word '" + word.word() + "' is listed twice");
            }
        }
        return Map.copyOf(map);
    }
}
