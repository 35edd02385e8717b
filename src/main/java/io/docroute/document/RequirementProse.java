package io.docroute.document;

import io.docroute.vocabulary.Vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the operations that Chinese requirement prose names, where nothing else in the document marks an interface,
 * and in a sentence that says what someone can do ("可以向该网站上传图片以及下载自己想要的图片"):
 * "登陆之后可以查看所有用户信息，对用户权限进行管理，创建新用户，查找商品，添加商品等操作。" names 查看所有用户信息, 创建新用户,
 * 查找商品 and 添加商品. A clause names an operation when, after who may do it and what allows it (可以, 能, 支持), it
 * opens with an operation of the vocabulary (where or how it is done may come first: "向该网站上传图片" is 上传图片)
 * and goes on to what it acts on; "对X进行修改" is 修改X; an enumeration ("增加、删除、修改商品") names one operation per
 * part, as in a requirement item. "对用户权限进行管理" names none: 管理 groups operations without naming one.
 */
final class RequirementProse {

    // a sentence ends at its stop, a line's end, the colon after a label ("评价功能：…") or before the next number of
    // an enumeration written inline ("1、商品分类的增删改查2、级联后…")
    private static final Pattern SENTENCE = Pattern.compile("[。；;！!？?:：]|(?<!\\d)\\d{1,2}、");
    private static final Pattern CLAUSE = Pattern.compile("\\s*(?:[，,]|以及|并且|同时|然后)\\s*");
    private static final Pattern BRACKETED = Pattern.compile("[（(][^）)]*[）)]");
    // "添加商品等操作", "查询功能": what a clause ends with after the thing acted on
    private static final Pattern TAIL = Pattern.compile("(?:等)?(?:操作|功能)$|等$");
    // "对订单进行修改", "对订单进行修改和删除": the thing, then the operations on it
    private static final Pattern OBJECT_FIRST = Pattern.compile(
            "[对为给](.{1,16}?)进行((?:\\p{IsHan}{2}(?:和|与|及|或|、))*\\p{IsHan}{2})$");
    private static final Pattern OPERATION_SEPARATOR = Pattern.compile("和|与|及|或|、");
    // "实现用户注册与登录、客房预订、在线支付等功能": the features a part of the system implements or provides, each named
    // by the thing and the operation on it
    private static final Pattern FEATURES_LED = Pattern.compile("^(?:实现|提供|包括|包含|具备|具有)了?(.+)$");
    // what parts the features, not EnumeratedOperations.parts's separators: 与 and 和 join one feature's operations
    // ("用户注册与登录")
    private static final Pattern FEATURE_SEPARATOR = Pattern.compile("、|以及|及");
    // what says someone can do what follows: "The customer will be able to …", "they can then …", "may also …",
    // "allows users to …", "allows admins to …"
    private static final Pattern CAPABILITY = Pattern.compile(
            "\\b(?:(?:will|shall|should|must)\\s+(?:also\\s+)?be\\s+able\\s+to|(?:is|are)\\s+able\\s+to|can|may"
                    + "|(?:allow|enable)s?\\s+(?:the\\s+|a\\s+)?(?:users?|[a-z]+s)\\s+to)"
                    + "\\s+(?:then\\s+|also\\s+|first\\s+)?(?:(?:decide|choose|opt)\\s+to\\s+)?(?=[a-z])");
    // where one of the operations a capability lists ends: a comma, "and", "or"
    private static final Pattern ENGLISH_PART = Pattern.compile(",\\s*(?:and|or)\\s+|,\\s*|\\s+(?:and|or)\\s+");
    // what ends what a capability asks for: its purpose or a clause about something else
    private static final Pattern ENGLISH_TAIL = Pattern.compile(
            "\\s+(?:so that|so (?:I|we|they|he|she) can|in order to|which|where|when|if|because)\\b.*$");
    private static final int MAX_ENGLISH_OPERATION = 60;
    // a feature's name as the label of the paragraph that describes it: "添加好友：登录成功后，用户可在…"
    private static final Pattern FEATURE_LABEL = Pattern.compile("^(\\p{IsHan}{2,8})[:：]\\s*(\\S.{9,})$");
    private static final int MAX_SENTENCE = 200;
    private static final int MAX_OPERATION = 24;
    private static final int MAX_LEAD = 16;

    private RequirementProse() {
    }

    /** The operations the lines name in prose, in order, each named once; empty for lines that are not Chinese prose. */
    static List<Operation> operations(List<String> lines, Vocabulary vocabulary) {
        Set<String> named = new LinkedHashSet<>();
        List<Operation> operations = new ArrayList<>();
        for (String line : lines) {
            for (String title : titles(line, vocabulary)) {
                if (named.add(title.toLowerCase(Locale.ROOT))) {
                    operations.add(new Operation(title, line));
                }
            }
        }
        return operations;
    }

    /** The operations one line of prose names, in order. */
    static List<String> titles(String line, Vocabulary vocabulary) {
        List<String> titles = new ArrayList<>();
        for (String sentence : SENTENCE.split(Text.clean(line))) {
            String plain = Text.collapse(BRACKETED.matcher(sentence).replaceAll(""));
            if (!plain.isEmpty() && plain.length() <= MAX_SENTENCE && Vocabulary.containsHan(plain.substring(0, 1))) {
                titles.addAll(sentenceTitles(plain, vocabulary));
            }
        }
        return titles;
    }

    /**
     * The operations English prose says someone can do, where nothing else in the document marks an interface: "The
     * customer will be able to access the catalog, browse plays, and buy seats." names "browse plays" and "buy seats"
     * (to access is no operation of the vocabulary); "they can decide to edit their cart or purchase the seats" names
     * "edit their cart" and "purchase the seats". Each with its sentence, in order, each named once.
     */
    static List<Operation> englishOperations(List<String> lines, Vocabulary vocabulary) {
        String text = Text.collapse(String.join(" ", lines.stream().map(Text::clean).toList()));
        Set<String> named = new LinkedHashSet<>();
        List<Operation> operations = new ArrayList<>();
        for (String sentence : RequirementItems.SENTENCE_END.split(text)) {
            Matcher capability = CAPABILITY.matcher(sentence);
            if (!capability.find()) {
                continue;
            }
            String asked = ENGLISH_TAIL.matcher(sentence.substring(capability.end())).replaceFirst("");
            for (String part : ENGLISH_PART.split(asked)) {
                String operation = part.strip();
                if (operation.length() <= MAX_ENGLISH_OPERATION && vocabulary.opensWithOperation(operation)
                        && named.add(operation.toLowerCase(Locale.ROOT))) {
                    operations.add(new Operation(operation, sentence.strip()));
                }
            }
        }
        return operations;
    }

    /**
     * The features a requirements section names by their labels, each over the paragraph that describes it
     * ("注册：用户点击登录界面中的“注册账号”，…", "聊天：用户可点击…"): a short Chinese name that {@code isFeature} accepts
     * (a part's or a note's label is none), then its description. Each with its line, in order, each named once.
     */
    static List<Operation> labelledFeatures(List<String> lines, Predicate<String> isFeature) {
        Set<String> named = new LinkedHashSet<>();
        List<Operation> features = new ArrayList<>();
        for (String line : lines) {
            Matcher label = FEATURE_LABEL.matcher(Text.clean(line));
            if (label.matches() && isFeature.test(label.group(1)) && named.add(label.group(1))) {
                features.add(new Operation(label.group(1), line));
            }
        }
        return features;
    }

    /** One operation the prose names, with the line it is named in. */
    record Operation(String title, String line) {
    }

    private static List<String> sentenceTitles(String sentence, Vocabulary vocabulary) {
        List<String> titles = new ArrayList<>();
        for (String clause : CLAUSE.split(sentence)) {
            String text = TAIL.matcher(clause.strip()).replaceAll("").strip();
            if (text.isEmpty()) {
                continue;
            }
            List<String> listed = EnumeratedOperations.titles(text, vocabulary);
            if (!listed.isEmpty()) {
                titles.addAll(listed);
                continue;
            }
            List<String> features = features(text, vocabulary);
            if (!features.isEmpty()) {
                titles.addAll(features);
                continue;
            }
            Matcher object = OBJECT_FIRST.matcher(text);
            if (object.find()) {
                List<String> operations = List.of(OPERATION_SEPARATOR.split(object.group(2)));
                if (operations.stream().allMatch(op -> vocabulary.operationLength(op) == op.length())) {
                    operations.forEach(op -> titles.add(op + object.group(1)));
                    continue;
                }
            }
            String operation = afterFrame(text, vocabulary);
            if (operation != null && operation.length() <= MAX_OPERATION
                    && operation.length() > vocabulary.operationLength(operation)) {
                // "通过手机号或邮箱注册和登录": the operations after where or how they are done, each one
                List<String> joined = EnumeratedOperations.titles(operation, vocabulary);
                titles.addAll(joined.isEmpty() ? List.of(operation) : joined);
            }
        }
        return titles;
    }

    /**
     * The features a clause says are implemented or provided, where at least two of those it lists name an operation
     * on a thing ("用户注册与登录", "客房预订"; "个人中心" names none); empty otherwise.
     */
    private static List<String> features(String clause, Vocabulary vocabulary) {
        Matcher led = FEATURES_LED.matcher(clause);
        if (!led.matches()) {
            return List.of();
        }
        List<String> named = new ArrayList<>();
        for (String part : FEATURE_SEPARATOR.split(led.group(1))) {
            String feature = part.strip();
            if (feature.length() <= MAX_OPERATION && vocabulary.namesOperation(feature)) {
                named.add(feature);
            }
        }
        return named.size() < 2 ? List.of() : named;
    }

    /**
     * The clause from the operation that what allows it leads to ("登录之后可以查看…" is 查看…, though 登录 opens it),
     * else the clause itself when an operation opens it, else from the operation after where or how it is done
     * ("向该网站上传图片" is 上传图片); null when none.
     */
    private static String afterFrame(String clause, Vocabulary vocabulary) {
        Matcher frame = EnumeratedOperations.CHINESE_FRAME.matcher(clause);
        while (frame.find() && frame.start() <= MAX_LEAD) {
            if (EnumeratedOperations.negated(clause, frame.start())) {
                return null;
            }
            String operation = opening(clause.substring(frame.end()).strip(), vocabulary);
            if (operation != null) {
                return operation;
            }
        }
        return opening(clause, vocabulary);
    }

    /** The text from the operation that opens it, or that follows where or how it is done; null when none does. */
    private static String opening(String text, Vocabulary vocabulary) {
        int start = vocabulary.operationStart(text, true);
        return start < 0 ? null : text.strip().substring(start);
    }
}
