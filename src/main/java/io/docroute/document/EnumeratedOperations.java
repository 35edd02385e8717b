package io.docroute.document;

import io.docroute.vocabulary.Vocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a requirement that lists several operations on one thing as one title per operation, the way a backend
 * engineer turns it into interfaces: "查看、修改、删除自己上传的资源", "修改或删除自己的回答", "add, edit and delete books",
 * "create accounts, log into accounts and change own account details", "CRUD（增删改查）课程信息". Every listed part must
 * open with an operation of the vocabulary, so "删除用户和角色" (two things, one operation) stays one; only things
 * enumerated with 、 after one operation ("查看借阅记录、预约记录") are one operation on each.
 */
final class EnumeratedOperations {

    private static final int MAX_OPERATIONS = 8;
    private static final int MAX_CHINESE_LEAD = 16;
    private static final int MAX_CHINESE_THING = 4;
    private static final int MAX_CHINESE_OBJECT = 8;
    private static final int MAX_ENGLISH_LEAD = 60;

    // "CRUD（增删改查）课程信息", "perform all CRUD operations on projects"
    private static final Pattern CRUD = Pattern.compile(
            "^(?:(?:(?:perform|do|carry out)\\s+(?:all\\s+)?(?:the\\s+)?(?:basic\\s+)?)?CRUD\\s+"
                    + "(?:operations|functions|functionality)\\s+(?:of|on|for)\\s+"
                    + "|(?:CRUD|增删改查?)(?:\\s*[（(](?:CRUD|增删改查?)[)）])?(?:\\s+(?:of|on|for))?\\s*)(\\S.*)$",
            Pattern.CASE_INSENSITIVE);
    // "商品分类的增删改查", "参数可以增删改查": the thing first, then the operations on it
    private static final Pattern CRUD_AFTER = Pattern.compile(
            "^(\\p{IsHan}[^，,。；;]{0,15}?)(?:的|可以|可|能够|能|支持)?增删改(查)?(?:功能|操作)?$");
    // "管理员可以对学生进行增删改查，增加学生支持一键导入": the thing between 对 and 进行, wherever the sentence goes on
    private static final Pattern CRUD_ON = Pattern.compile("对(\\p{IsHan}[^，,。；;]{0,15}?)进行增删改(查)?");
    private static final List<String> CHINESE_CRUD = List.of("新增", "删除", "修改", "查询");
    private static final List<String> ENGLISH_CRUD = List.of("create", "view", "update", "delete");

    // who may do what, before the operations: "users have to be able to", "admins can", "I want to", "I want the
    // ability to", "enable them to"
    private static final Pattern ENGLISH_FRAME = Pattern.compile(
            "\\b(?:(?:be|is|are) able to|(?:wants?|needs?|would like|ha(?:ve|s))\\s+(?:the\\s+)?(?:ability|option) to"
                    + "|can|could|shall|should|must|may|will|wants? to|needs? to|would like to"
                    + "|(?:allow|enable|permit)s?\\s+(?:\\w+\\s+){1,3}?to|lets?(?:\\s+\\w+){1,3}?)\\s+",
            Pattern.CASE_INSENSITIVE);
    // "用户可以查看…", "支持添加…", "可进行…": the words before the operations
    static final Pattern CHINESE_FRAME = Pattern.compile("可以|能够|可进行|进行|可对|支持|允许|需要|有权|具有|具备|可|能");
    // "管理员不能删除用户", "不可修改", "无法查看": what is not allowed is a constraint, no operation
    private static final Pattern CHINESE_NEGATION = Pattern.compile("[不无未没]$");
    // where the list of operations ends: the sentence, a purpose or a condition after it
    private static final Pattern LIST_END = Pattern.compile(
            RequirementItems.SENTENCE_END.pattern() + "|[；;:：]|\\s+(?:so that|in order to|so (?:I|we|they) can"
                    + "|when|if|by|using|via|from|such as|including|e\\.g\\.)(?=\\s|$)"
                    + "|以便|从而|，?但|，?并|，?如果|，?当|的?功能(?=$|[，,。；;])",
            Pattern.CASE_INSENSITIVE);
    // the comma a list's item closes with: "create a booking,"
    private static final Pattern LIST_ITEM_TAIL = Pattern.compile("\\s*[,，、]+$");
    private static final Pattern BRACKETED = Pattern.compile("\\s*[（(][^）)]*[）)]");
    private static final Pattern CHINESE_SEPARATOR = Pattern.compile("\\s*(?:[、，,/／]|以及|或者|或|及|与|和)\\s*");
    // a slash between two prepositions ("files to/from homeworks") joins them: one place, not two operations
    private static final Pattern ENGLISH_SEPARATOR = Pattern.compile(
            "\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or|&)\\s+|\\s*/\\s*(?!(?:to|from|into|onto|in|on|off|out)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENUMERATION_COMMA = Pattern.compile("\\s*、\\s*");
    private static final Pattern COLON = Pattern.compile("[:：]");
    private static final Pattern CLAUSE_SEPARATOR = Pattern.compile("\\s*[，,；;]\\s*");
    private static final Pattern SENTENCE_TAIL = Pattern.compile("[。.!！]+$");
    // what follows an English object: how it is marked, where it goes ("tasks as complete", "files to a folder")
    private static final Pattern COMPLEMENT = Pattern.compile(
            "(?:^|\\s+)(?:as|to|into|from|in|on|with|for|by)\\b.*$", Pattern.CASE_INSENSITIVE);
    // "tasks as complete": how the last operation marks its object, which the bare ones before it do not
    private static final Pattern MARKED_AS = Pattern.compile("\\s+as\\s+.*$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_THING_WORDS = 4;
    // where one wish of a story ends and the next begins: a sentence's end, or ", I want to" within one
    private static final Pattern WISH_BOUNDARY = Pattern.compile(
            "(?<=[.!?。])\\s+|,\\s*(?=I\\s+(?:also\\s+)?(?:want|would like|need)\\b)", Pattern.CASE_INSENSITIVE);
    // "I want", "I would like", and a persona named in the third person: "Maude would just like", "John Doe wants"
    private static final Pattern WISH = Pattern.compile(
            "\\b(?:I\\s+(?:also\\s+)?(?:want|would like|need|wish|(?:should|must|shall)\\s+be\\s+able)"
                    + "|(?-i:[A-Z][\\w'-]*)(?:\\s+(?-i:[A-Z][\\w'-]*)){0,2}\\s+"
                    + "(?:would(?:\\s+(?:just|also|additionally|really))?\\s+like|wants|needs))\\b",
            Pattern.CASE_INSENSITIVE);
    // a Chinese story's wish, up to the comma before its purpose: "我希望查看和编辑个人资料，从而…"
    private static final Pattern CHINESE_WISH = Pattern.compile(
            "我(?:也|还)?(?:希望|想要|想|需要)(?:能够|能|可以)?\\s*([^，,。；;]+)");
    // where a wish ends and its purpose begins: "…, so that I can …", "… in order to …", the sentence's end
    private static final Pattern PURPOSE = Pattern.compile(
            "[,，]?\\s+(?:so that|so (?:I|we|they|he|she) can|in order to)\\b|[.!?。！？]\\s*$", Pattern.CASE_INSENSITIVE);
    // a list of things or examples an operation's object opens, which an "and" goes on with
    private static final Pattern OPEN_COMPLEMENT = Pattern.compile(
            "\\s(?:with|such as|including|like|e\\.g\\.)\\s+(?:\\S+\\s+){0,2}\\S+$", Pattern.CASE_INSENSITIVE);
    // the words between a wish and what it asks for: "(I want) to be able to", "(I would like) the ability to"
    private static final Pattern WISH_VERB = Pattern.compile(
            "^\\s*(?:to\\s+)?(?:(?:be\\s+able|have\\s+the\\s+(?:ability|option))\\s+to\\s+"
                    + "|the\\s+(?:ability|option)\\s+to\\s+)?",
            Pattern.CASE_INSENSITIVE);
    // the particle of a phrasal verb: "log in", "sign up", "check out"
    private static final Pattern PARTICLE = Pattern.compile("(in|out|up|off)(?:\\s+|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREPOSITION = Pattern.compile("for|to|with|at|on|through|into",
            Pattern.CASE_INSENSITIVE);
    // "sorting options", "registered users", and the vocabulary's words that name what is read ("profile picture",
    // "order history"): things, not operations
    private static final Pattern NOUN_FORM = Pattern.compile(
            "(?:ing|ed)$|^(?:profile|details?|history|records|feed|summary|statistics|stats|analytics|dashboard)$",
            Pattern.CASE_INSENSITIVE);

    private EnumeratedOperations() {
    }

    /**
     * One title per operation the text lists, in its order; empty when it lists fewer than two (then the requirement
     * is one interface as written).
     */
    static List<String> titles(String text, Vocabulary vocabulary) {
        String collapsed = Text.collapse(text);
        String plain = BRACKETED.matcher(collapsed).replaceAll("").strip();
        List<String> crud = crud(plain);
        if (!crud.isEmpty()) {
            return crud;
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(plain);
        // "edit the library's contents (delete books, edit books, add books)"
        Matcher bracketed = BRACKETED.matcher(collapsed);
        while (bracketed.find()) {
            String inside = bracketed.group().strip();
            String operations = inside.substring(1, inside.length() - 1).strip();
            // "moderate (edit/delete) comments": bare operations in brackets act on the thing after them
            String thing = COMPLEMENT.matcher(cut(collapsed.substring(bracketed.end()))).replaceFirst("").strip();
            if (!thing.isEmpty() && thing.split("\\s+").length <= MAX_THING_WORDS) {
                candidates.add(operations + " " + thing);
            }
            candidates.add(operations);
        }
        // "edit the library's book list: delete, edit and add books"
        Matcher colon = COLON.matcher(plain);
        if (colon.find()) {
            candidates.add(plain.substring(colon.end()).strip());
        }
        for (String candidate : candidates) {
            List<String> titles = listed(candidate, vocabulary);
            if (!titles.isEmpty()) {
                return titles;
            }
        }
        List<String> led = thingFirst(SENTENCE_TAIL.matcher(plain).replaceAll(""), vocabulary);
        if (!led.isEmpty()) {
            return led;
        }
        List<String> things = verbFirst(plain, vocabulary);
        return !things.isEmpty() ? things : clauses(plain, vocabulary);
    }

    /**
     * One title per operation a story's wishes name, when it states several: "As an employee, I want to order the
     * objects. I want to create, update or delete any of the objects." is create, update and delete any of the
     * objects (the first wish names no operation of the vocabulary); empty when the wishes name fewer than two.
     */
    static List<String> wishes(String story, Vocabulary vocabulary) {
        Matcher chinese = CHINESE_WISH.matcher(Text.collapse(story));
        if (chinese.find()) {
            // "作为发帖人，我希望编辑、删除和关闭自己的帖子，从而管理内容生命周期": the wish up to its purpose
            List<String> listed = titles(chinese.group(1), vocabulary);
            return listed.size() < 2 ? List.of() : listed;
        }
        Set<String> titles = new LinkedHashSet<>();
        for (String wish : WISH_BOUNDARY.split(Text.collapse(story))) {
            if (!WISH.matcher(wish).find()) {
                // the story's purpose, criteria or notes
                continue;
            }
            List<String> listed = titles(fromWish(wish), vocabulary);
            if (!listed.isEmpty()) {
                titles.addAll(listed);
                continue;
            }
            String operation = afterFrame(fromWish(wish), vocabulary);
            if (operation != null) {
                String one = cut(SENTENCE_TAIL.matcher(operation).replaceAll(""));
                if (!one.isEmpty()) {
                    titles.add(one);
                }
            }
        }
        return titles.size() < 2 ? List.of() : List.copyOf(titles);
    }

    /**
     * The operation a story's first wish names, with what qualifies it but without who wishes it and why: "As a worker,
     * I want to be able to log in with my credentials, so that …" is "log in with my credentials"; null when the wish
     * opens with no operation.
     */
    static String wish(String story, Vocabulary vocabulary) {
        String wish = firstWish(story);
        String operation = wish == null ? null : afterFrame(wish, vocabulary);
        return operation == null ? null : withoutPurpose(operation);
    }

    /**
     * What a story's first wish asks for, whatever its verb, without who wishes it and why: "As John Buck - a
     * student, Tien Levi - an instructor, I want to see all the courses that are available so that …" is "see all
     * the courses that are available"; null when it has no wish.
     */
    static String wished(String story) {
        String wish = firstWish(story);
        if (wish == null) {
            return null;
        }
        Matcher opening = WISH.matcher(wish);
        opening.lookingAt();
        String wished = withoutPurpose(WISH_VERB.matcher(wish.substring(opening.end())).replaceFirst(""));
        return wished.isEmpty() ? null : wished;
    }

    /** A story's first wish from its "I want", or null when it has none. */
    private static String firstWish(String story) {
        for (String wish : WISH_BOUNDARY.split(Text.collapse(story))) {
            if (WISH.matcher(wish).find()) {
                return fromWish(wish);
            }
        }
        return null;
    }

    private static String withoutPurpose(String wish) {
        Matcher purpose = PURPOSE.matcher(wish);
        return (purpose.find() ? wish.substring(0, purpose.start()) : wish).strip();
    }

    /**
     * One Chinese operation, then the things it acts on in an enumeration: "查看个人借阅记录、预约记录、逾期罚金" is
     * 查看个人借阅记录, 查看预约记录 and 查看逾期罚金 (a thing may open with an operation's word, 预约记录, but not be one).
     * Only the enumeration comma counts: "删除用户和角色" stays one.
     */
    private static List<String> verbFirst(String text, Vocabulary vocabulary) {
        String operations = afterFrame(text, vocabulary);
        if (operations == null || !Vocabulary.containsHan(operations.substring(0, 1))) {
            return List.of();
        }
        int length = vocabulary.operationLength(operations);
        String[] things = ENUMERATION_COMMA.split(cut(operations.substring(length)));
        if (things.length < 2 || things.length > MAX_OPERATIONS) {
            return List.of();
        }
        for (String thing : things) {
            if (thing.isEmpty() || thing.length() > MAX_CHINESE_OBJECT || !Vocabulary.containsHan(thing)
                    || vocabulary.operationLength(thing) == thing.length()) {
                return List.of();
            }
        }
        String verb = operations.substring(0, length);
        return Arrays.stream(things).map(thing -> verb + thing).distinct().toList();
    }

    /**
     * A Chinese name of a thing, then the operations on it, each a bare verb: "用户注册与登录" is 用户注册 and 用户登录,
     * "订单新增、修改、删除" three operations on 订单.
     */
    private static List<String> thingFirst(String text, Vocabulary vocabulary) {
        for (int lead = 1; lead <= MAX_CHINESE_THING && lead < text.length(); lead++) {
            String thing = text.substring(0, lead);
            String[] verbs = parts(text.substring(lead));
            if (!Vocabulary.containsHan(text.substring(lead, lead + 1)) || verbs.length < 2
                    || verbs.length > MAX_OPERATIONS || vocabulary.operationLength(thing) > 0) {
                continue;
            }
            boolean bare = Arrays.stream(verbs).allMatch(verb -> !verb.isEmpty()
                    && vocabulary.operationLength(verb) == verb.length());
            if (bare) {
                return Arrays.stream(verbs).map(verb -> thing + verb).distinct().toList();
            }
        }
        return List.of();
    }

    /**
     * "查看所有上传的资源，有权删除违规资源，修改资源描述": a Chinese sentence whose clauses each open with an operation,
     * after who may do it ({@link #afterFrame}), names one operation per clause, each with its own object.
     */
    private static List<String> clauses(String text, Vocabulary vocabulary) {
        if (text.isEmpty() || !Vocabulary.containsHan(text.substring(0, 1))) {
            return List.of();
        }
        String[] parts = CLAUSE_SEPARATOR.split(SENTENCE_TAIL.matcher(text).replaceAll(""));
        if (parts.length < 2 || parts.length > MAX_OPERATIONS) {
            return List.of();
        }
        Set<String> titles = new LinkedHashSet<>();
        for (String part : parts) {
            String clause = afterFrame(part.strip(), vocabulary);
            if (clause == null || clause.length() <= vocabulary.operationLength(clause)) {
                return List.of();
            }
            titles.add(clause);
        }
        return titles.size() < 2 ? List.of() : List.copyOf(titles);
    }

    /** The four operations on one thing, when the text asks for its CRUD, as its opening or after who may do it. */
    private static List<String> crud(String text) {
        Matcher on = CRUD_ON.matcher(text);
        if (on.find()) {
            return chineseCrud(on.group(1), on.group(2) != null);
        }
        Matcher m = CRUD.matcher(text);
        Matcher frame = ENGLISH_FRAME.matcher(text);
        while (!m.matches() && frame.find() && frame.start() <= MAX_ENGLISH_LEAD) {
            m = CRUD.matcher(text.substring(frame.end()));
        }
        // "用户管理可以增删改系统管理员": after who may do it and what allows it
        Matcher chineseFrame = CHINESE_FRAME.matcher(text);
        while (!m.matches() && chineseFrame.find() && chineseFrame.start() <= MAX_CHINESE_LEAD) {
            m = CRUD.matcher(text.substring(chineseFrame.end()));
        }
        Matcher after = CRUD_AFTER.matcher(text);
        if (after.matches()) {
            return chineseCrud(after.group(1), after.group(2) != null);
        }
        if (!m.matches()) {
            return List.of();
        }
        String thing = cut(m.group(1));
        if (Vocabulary.containsHan(thing)) {
            String named = m.group().substring(0, m.start(1));
            return chineseCrud(thing, named.contains("增删改查") || named.toUpperCase(Locale.ROOT).contains("CRUD"));
        }
        return ENGLISH_CRUD.stream().map(verb -> verb + " " + thing).toList();
    }

    /** 新增, 删除 and 修改 the thing, and 查询 it unless the text wrote 增删改 without 查. */
    private static List<String> chineseCrud(String thing, boolean withRead) {
        return CHINESE_CRUD.subList(0, withRead ? 4 : 3).stream().map(verb -> verb + thing).toList();
    }

    /** The titles of a text that opens (after who may do it) with two or more listed operations. */
    private static List<String> listed(String text, Vocabulary vocabulary) {
        String operations = afterFrame(text, vocabulary);
        if (operations == null) {
            return List.of();
        }
        boolean chinese = Vocabulary.containsHan(operations.substring(0, 1));
        String[] parts = parts(cut(operations));
        if (!chinese) {
            parts = withThingsJoined(parts, vocabulary);
        }
        if (parts.length < 2 || parts.length > MAX_OPERATIONS) {
            return List.of();
        }
        for (int i = 0; i + 1 < parts.length && !chinese; i++) {
            if (OPEN_COMPLEMENT.matcher(parts[i]).find()) {
                // "create a course with a title and summary", "modify my account information such as name and login
                // credentials": what follows the "and" ends the example list, not another operation
                return List.of();
            }
        }
        String[] verbs = new String[parts.length];
        String[] things = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            int length = vocabulary.operationLength(parts[i]);
            if (length == 0 || !chinese && !isVerb(parts[i].substring(0, length))) {
                return List.of();
            }
            verbs[i] = parts[i].substring(0, length);
            things[i] = parts[i].substring(length).strip();
            Matcher particle = PARTICLE.matcher(things[i]);
            if (!chinese && particle.lookingAt()) {
                // "register and log in securely": the particle is the last verb's, not the object the others take
                verbs[i] += " " + particle.group(1);
                things[i] = things[i].substring(particle.end()).strip();
            }
            if (!chinese && PREPOSITION.matcher(things[i]).matches()) {
                // "search for and add friends": the verb's preposition, its object the one the next part names
                verbs[i] += " " + things[i];
                things[i] = "";
            }
        }
        Set<String> titles = new LinkedHashSet<>();
        boolean phrasal = false;
        for (String verb : verbs) {
            phrasal |= verb.contains(" ");
        }
        boolean anyThing = false;
        for (String thing : things) {
            anyThing |= !thing.isEmpty();
        }
        // "批量导入/导出诗词数据": how the first operation is done, the others are done too
        String manner = Vocabulary.manner(verbs[0]);
        for (int i = 0; i < parts.length; i++) {
            String thing = anyThing ? thingFor(things, i) : "";
            if (chinese && things[i].isEmpty() && !thing.isEmpty() && verbs[i].endsWith(thing.substring(0, 1))) {
                // "发帖、修改帖子、删除帖子": an operation that holds its thing ("发帖" of 帖子) takes it not again
                thing = "";
            }
            if (chinese && Vocabulary.manner(verbs[i]).isEmpty()) {
                verbs[i] = manner + verbs[i];
            }
            if (!chinese && things[i].isEmpty()) {
                // "edit, delete, and mark tasks as complete": a bare verb takes the object, not how it is marked
                thing = MARKED_AS.matcher(thing).replaceFirst("");
            }
            titles.add(thing.isEmpty() ? verbs[i] : chinese ? verbs[i] + thing : verbs[i] + " " + thing);
        }
        // bare verbs after a lead ("其他界面可进行模糊查询，增加，删除") name no thing to act on; a phrasal verb needs
        // none ("Users can register or log in")
        boolean bare = !anyThing && !phrasal && !operations.equals(text);
        return titles.size() < 2 || bare ? List.of() : List.copyOf(titles);
    }

    /**
     * The parts of an English list with the things an operation lists joined to it: "add personal details, work
     * experience, skills, and upload a resume" is "add personal details, work experience, skills" and "upload a
     * resume"; "view or download the resume and profile" is "view" and "download the resume, profile".
     */
    private static String[] withThingsJoined(String[] parts, Vocabulary vocabulary) {
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            int at = joined.size() - 1;
            int length = vocabulary.operationLength(part);
            String before = at >= 0 ? joined.get(at) : "";
            String object = before.substring(Math.min(before.length(), vocabulary.operationLength(before))).strip();
            // "set time and place": a verb's word alone last, after an operation with its object (not a particle:
            // "sign up, verify"), is another object
            boolean lastAlone = i == parts.length - 1 && length == part.strip().length()
                    && !PARTICLE.matcher(object).matches();
            boolean thing = at >= 0 && (length == 0 || !isVerb(part.substring(0, length)) || lastAlone)
                    && !object.isEmpty();
            if (thing) {
                joined.set(at, joined.get(at) + ", " + part);
            } else {
                joined.add(part);
            }
        }
        return joined.toArray(String[]::new);
    }

    /** The parts a list of operations is cut into: "查看、修改、删除资源", "add, edit and delete books". */
    static String[] parts(String text) {
        boolean chinese = !text.isEmpty() && Vocabulary.containsHan(text.substring(0, 1));
        return (chinese ? CHINESE_SEPARATOR : ENGLISH_SEPARATOR).split(text);
    }

    /** "sorting options" and "registered users" are things, not operations. */
    private static boolean isVerb(String word) {
        return !NOUN_FORM.matcher(word).find();
    }

    /** A part without its own object acts on the next part's ("查看、修改、删除资源"), else on the previous one's. */
    private static String thingFor(String[] things, int at) {
        for (int i = at; i < things.length; i++) {
            if (!things[i].isEmpty()) {
                return things[i];
            }
        }
        for (int i = at - 1; i >= 0; i--) {
            if (!things[i].isEmpty()) {
                return things[i];
            }
        }
        return "";
    }

    /** The text from its first operation on, after who may do it; null when no operation opens it. */
    private static String afterFrame(String text, Vocabulary vocabulary) {
        // "Enable them to edit …" opens with its frame, not with the operation "enable"
        if (vocabulary.operationLength(text) > 0 && !ENGLISH_FRAME.matcher(text).lookingAt()) {
            return text;
        }
        boolean chinese = Vocabulary.containsHan(text.substring(0, Math.min(1, text.length())));
        Matcher frame = (chinese ? CHINESE_FRAME : ENGLISH_FRAME).matcher(text);
        int maxLead = chinese ? MAX_CHINESE_LEAD : MAX_ENGLISH_LEAD;
        while (frame.find() && frame.start() <= maxLead) {
            String rest = text.substring(frame.end()).strip();
            if (LIST_END.matcher(text.substring(0, frame.start())).find() || negated(text, frame.start())) {
                return null;
            }
            if (vocabulary.operationLength(rest) > 0) {
                return rest;
            }
        }
        return null;
    }

    /** Whether the Chinese frame at {@code frameStart} is negated: "不能", "不可以", "无法". */
    static boolean negated(String text, int frameStart) {
        return CHINESE_NEGATION.matcher(text.substring(0, frameStart)).find();
    }

    /** A wish from its "I want": the role before it, however many personas it names, is no frame. */
    private static String fromWish(String wish) {
        Matcher m = WISH.matcher(wish);
        return m.find() ? wish.substring(m.start()) : wish;
    }

    /**
     * An operation's phrase without what it says in brackets and where its list ends: "Create new shifts by …", a
     * list item's "create a booking,".
     */
    static String opening(String text) {
        return LIST_ITEM_TAIL.matcher(cut(BRACKETED.matcher(Text.collapse(text)).replaceAll(""))).replaceFirst("");
    }

    private static String cut(String text) {
        Matcher end = LIST_END.matcher(text);
        return (end.find() ? text.substring(0, end.start()) : text).strip();
    }
}
