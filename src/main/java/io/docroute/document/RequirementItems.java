package io.docroute.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
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

/**
 * Splits a document without usable headings into its requirement items: numbered requirements ({@code FR-1},
 * {@code REQ-003}, {@code 2_FUNC_01}, {@code 需求1}), user stories ({@code As a …, I want …}, {@code 作为…，我希望…}),
 * scenarios named by a label ({@code Scenario Title: …}, {@code 用例名称：…}) and Markdown checklist lines
 * ({@code - [ ] …}). Non-functional requirements, and numbered ones that only constrain, are left out.
 */
final class RequirementItems {

    /**
     * One requirement item: an id when it has one ("FR-1", "2_FUNC_01", "REQ-003", "US-4"), its short title, its
     * requirement text uncut (the feature's or action's name for those kinds), and all its lines.
     */
    record Item(String id, String title, String text, List<String> lines, Kind kind, int group) {

        Item {
            lines = List.copyOf(lines);
        }
    }

    /**
     * What kind of item: numbered requirements, stories, scenarios, "the system shall" statements and the rows of a
     * table of functions (| 序号 | 功能名称 | 简要描述 |) and the functions specified by what goes in and comes out
     * ("1）系统登录" over "数据输入：…" and "数据输出：…") are requirements of their own; what someone can do ("user can
     * create group") may be a story's criterion; checklist lines may be tasks; a feature named by a label ("注册：售货员可以…",
     * "Save for Later: Users can …") is as weak; an action phrase ("发布商品", "Admit new patient") and a step of a
     * screen walk-through ("点击添加按钮，添加新用户信息", {@link ScreenSteps}) are the weakest signs.
     */
    enum Kind {
        NUMBERED(2, 3), STORY(2, 3), SCENARIO(2, 3), STATEMENT(2, 3), LISTED(2, 3), SPECIFIED(2, 3),
        CAPABILITY(1, 3), CHECKLIST(1, 3), FEATURE(1, 5),
        ACTION(0, 5), STEP(0, 5);

        final int strength;
        final int minimum;

        Kind(int strength, int minimum) {
            this.strength = strength;
            this.minimum = minimum;
        }
    }

    static final int MAX_TITLE_LENGTH = 80;

    // nested lists lose their indentation in rendering, so one marker level is all there is to strip; a Word
    // document's typed "·" bullet needs no space, nor a number before Chinese text ("1.用户管理", "2.5.1点击科室",
    // unless the line ends in a table of contents' page number), and its outline numbering writes "a." and "ii."
    // too, and "A." to "H." (no "I.", a Roman one); a PDF's symbol-font bullet comes out as a private-use or
    // replacement character; a circled number (①, ❶) needs no space; a PDF's bullets of any shape ("●", "○", "■")
    // before a space mark items too; "1.-" numbers
    // them as Spanish writes it, "1：" before Chinese text as a use-case table does; "= As a nurse, …" marks a story;
    // an en dash before a space marks a list nested in another, as LaTeX typesets it; a PDF may run a number into
    // the story it marks ("10.As a user, I would like to …")
    private static final Pattern LIST_MARKER = Pattern.compile(
            "^(?:[-*+–" + Text.LIST_GLYPHS + "]\\s+|=\\s+(?=(?i:as)\\s)|[·•]|[\\uFFFD\\uE000-\\uF8FF]\\s*"
                    + "|[\\u2460-\\u2473\\u2776-\\u2793]\\s*"
                    + "|\\d{1,3}(?:[.)]-?\\s+|、\\s*|[.．](?=\\p{IsHan})|[：:]\\s*(?=\\p{IsHan})"
                    + "|[.](?=(?i:as)\\s+(?:a|an|the)\\s))"
                    + "|\\d{1,3}(?:[.．]\\d{1,3}){1,2}[.．]?(?=\\p{IsHan})(?!.*\\s\\d{1,3}$)"
                    + "|\\d{1,3}(?:[.]\\d{1,3}){2,4}[.]?\\s+(?=(?:The|An?)\\s)(?!.*\\s\\d{1,3}$)"
                    + "|[（(]\\d{1,3}[)）]\\s*"
                    + "|(?:[a-z]|[ivx]{1,4}|[A-H])[.)]\\s+)");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
    // a column said to be its table's key, as one of its column's properties ("integer，外键，主键", "| id | int | PK |"):
    // the section defines the database, not an interface; not a key in a sentence ("根据一个部门的主键读取其详细信息")
    private static final Pattern KEY_COLUMN = Pattern.compile(
            "(?:^|[，,、|：:(（]\\s*)(?:主键|外键|(?i:primary\\s+key|foreign\\s+key|PK|FK))\\s*(?:$|[，,、|。.;；)）])");
    private static final int MIN_KEY_COLUMNS = 2;
    // "*As a user I …": a priority mark glued to the item, where "*As a user*" is emphasis
    private static final Pattern LONE_ASTERISK = Pattern.compile("^\\*(?=[^*\\s][^*]*$)");
    // a table of contents' entry: "Use Case 1: Request Time Slot ........ 5", "3.1 功能需求 …… 6"
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("(?:" + Headings.CONTENTS_LEADER + ")\\s*\\d{1,4}$");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^(?:[-*_]\\s*){3,}$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\|?[\\s:|-]*-[\\s:|-]*$");
    private static final Pattern CHECKBOX = Pattern.compile("^\\[[ xX✓✔]\\]\\s*");
    // a status mark before an item's id: "✅ STORY-C001: Browse Restaurants"
    private static final Pattern STATUS_MARK = Pattern.compile("^[\\p{So}\\x{FE0F}\\x{200D}]+\\s*");
    // a backlog's marks before an item, in square brackets: its estimate and its release, "[20] [mvp] I can log in"
    private static final Pattern BACKLOG_MARKS = Pattern.compile("^(?:\\[[^\\[\\]\\s()]{0,12}\\]\\s+)+(?=\\S)");
    // who may do the operations listed below: "A user can:", "Administrators shall be able to:"
    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?:(?:a|an|the|each|every|all)\\s+)?\\w+(?:\\s\\w+)?\\s+(?:can|may|shall|should|must|will)"
                    + "(?:\\s+be\\s+able\\s+to)?\\s*[:：]", Pattern.CASE_INSENSITIVE);
    // a requirement written as a statement in a list: "- The system shall let a clerk register a part"
    // "The system shall …", "users have to be able to …", "a way to select the date", "needs to generate a report",
    // and items that open with what the system supports: "Supports exporting a month", "支持添加用户", or say whom it
    // will allow to do what: "The interface will allow users to perform all CRUD operations on issues", "Allow users
    // to export their task data", "Recurring Tasks: allow users to create tasks that repeat"
    private static final Pattern STATEMENT = Pattern.compile(
            "\\b(?:shall|(?:must|should|will) be able to|(?:has|have|needs?) to be able to|(?:is|are) able to"
                    + "|(?:a way|a means|the ability|needs?) to)\\b"
                    + "|^(?:supports|allows)\\s+(?!for\\b)|\\b(?:will|shall|should|must)\\s+allow\\s+(?:\\w+\\s+){1,3}?to\\b"
                    + "|(?:^|[:：]\\s*)(?:allow|enable|permit)\\s+(?:\\w+\\s+){1,3}?to\\s+(?!be\\b)"
                    // (not the template's "2.1系统需求", what the system needs)
                    + "|系统(?:还|也)?(?:应|应当|需(?!求)|需要|必须|能够|支持)|应(?:支持|能够|提供)|^(?:支持|允许)",
            Pattern.CASE_INSENSITIVE);
    // in a list, what someone named in a few words can do: "user can create group", "用户可以发布商品", and where or
    // when: "On this page, users can rate the book", "评分表管理界面，管理员可以对评分表进行增删改查"
    private static final Pattern CAPABILITY = Pattern.compile(
            "^(?:(?:on|in|at|from|after|once|when)\\s+[^,.;:]{1,30},\\s+)?(?:(?:a|an|the|each|every|any)\\s+)?"
                    + "[A-Za-z][\\w-]*(?:\\s+[a-z][\\w-]*){0,3}?\\s+can\\s+"
                    + "(?!be\\b|not\\b|also be\\b)"
                    + "|^(?:[\\p{IsHan}]{1,14}(?:界面|页面|页|栏|中|里|后|时)[，,]\\s*)?[\\p{IsHan}]{0,6}(?:可以|能够)(?!被)",
            Pattern.CASE_INSENSITIVE);
    // the roles a requirement list names, in the plural, before what they do: "Players", "1.2 DrinkMeisters"
    private static final Pattern ACTOR = Pattern.compile(
            "^(?:\\d{1,2}(?:\\.\\d{1,2})*\\s+)?(?:(?:the|all)\\s+)?\\p{Lu}[A-Za-z-]*(?:er|or|ist|ant|ent|in|ee|est|ian)s\\s+");
    // "The system should authenticate users …": what the system itself does, listed among what its users do
    private static final Pattern SYSTEM_DOES = Pattern.compile(
            "^(?:the\\s+)?(?:system|application|app|platform|website|server)\\s+(?:should|must|will|shall)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");
    // an item's number inside a line that numbers several: "1、 修改密码 2、 重置密码"
    private static final Pattern INLINE_NUMBER = Pattern.compile("(?:^|(?<=\\s))(\\d{1,2})\\s*[、.．)）](?!\\d)\\s*");
    // a function as code calls it, "get_user(ID)", "login(username, password)": an operation by its name
    static final Pattern CALL_SIGNATURE = Pattern.compile("^[A-Za-z_][\\w.]*\\([\\w\\s,.:=\\[\\]]*\\)$");

    // non-functional codes come first so that "NFR-1" is not read as a prefix-less "FR" id
    private static final String NON_FUNCTIONAL_CODES = "NFR|NF|PERF|SEC|USAB|QR";
    // a feature list's priority before the feature ("P0 User Registration/Login", "P2 Deleting a recipe") leads a
    // row as an id would; alone ("P3.") it annotates the item before
    private static final String FUNCTIONAL_CODES = "REQ|Req|RQ|FR|FUNC|SRS|SR|BR|UR|UC|US|R|F|P(?=[0-4]\\s+\\p{L})";
    // an optional project or chapter prefix ("SRS-", "2_"), the code, an optional area ("FR-AUTH-1", "FR-B-1"),
    // then the number; "US 2024" is a year, not an id
    private static final Pattern CODE_ID = Pattern.compile(
            "^[\\[【(（]?((?:[A-Z0-9]{1,8}[-_])*(?:(" + NON_FUNCTIONAL_CODES + ")|" + FUNCTIONAL_CODES + ")"
                    + "(?:[-_][A-Z]{1,8}(?=[-_]\\d))?"
                    + "(?:[-_]?\\d{1,5}|\\s\\d{1,3})(?:[.\\-_]\\d{1,3})*)(?![A-Za-z0-9])[\\]】)）]?");
    private static final Pattern WORD_ID = Pattern.compile(
            "^[\\[【(（]?((?i:requirement|use case|user story|story)\\s*(?:[-_]?[A-Z]{1,4}[-_]?)?#?\\s*\\d{1,4}(?:\\.\\d{1,3})*"
                    + "|(?:功能需求|需求|功能点|用例|用户故事)\\s*[-_]?\\s*\\d{1,4}(?:\\.\\d{1,3})*)(?![A-Za-z0-9])[\\]】)）]?");
    // a feature's own code before a requirement it states: "IC-1: The system shall allow users to search …",
    // "AM-3 The system shall …", a tracker's key before a story, "CCM-28 As a Club Manager, I want …" (a code of any
    // letters, so only before what a requirement says)
    private static final Pattern FEATURE_ID = Pattern.compile(
            "^[\\[(]?([A-Z]{2,4}-\\d{1,3})[\\])]?(?=[\\s:：.]+(?:\\p{Lu}[^.;。]{0,80}?\\b(?:shall|must)\\b"
                    + "|(?i:as\\s+an?)\\s|作为))");
    private static final Pattern ID_SEPARATOR = Pattern.compile("^[\\s:：.、)）\\]】|\\-–—]+");
    private static final Pattern NON_FUNCTIONAL_LINE = Pattern.compile("^(?i:non[- ]?functional|非功能)");
    private static final int DEEPEST_HEADING = 6;
    // a section's number before its title on a line of its own, "3. 具体需求", "7.1安全性": a Word file's unstyled
    // heading, not a table of contents' entry with its page number ("2.4一般约束 3")
    private static final Pattern SECTION_TITLE = Pattern.compile(
            "^(\\d{1,2}(?:[.．]\\d{1,2}){0,3})[.．]?\\s*(?=\\p{L})(?!.*\\s\\d{1,3}$)");
    // a chapter's number before its title, "8 Future Scope of the Project", where "8 hours" is no title
    private static final Pattern CHAPTER_NUMBER = Pattern.compile("^\\d{1,2}\\s+(?=\\p{Lu}|\\p{IsHan})");
    private static final int MAX_TITLE_WORDS = 8;
    // what the product leaves out or when it is built is no requirement of it either: "2.3 Out of Scope",
    // "Future Enhancements", "开发计划", "里程碑"
    private static final String NOT_REQUIRED_HEADING = "|^(?i:out\\s+of\\s+scope|future\\s+(?:scope|work|enhancements|features)"
            + "|(?:development|project|release)\\s+plan|roadmap|milestones)|^(?:开发计划|项目计划|迭代计划|里程碑|不在范围|后续规划|未来规划)"
            // what a later phase builds: "6. 附录：Phase 2扩展功能", "二期功能"
            + "|^(?:附录\\s*[:：]?\\s*)?(?:(?i:phase\\s*(?:2|ii|two))(?![A-Za-z0-9])|二期|第二期)"
            // nor what the document is written for and who reads it, where a Chinese template lists each reader's
            // work: "1.1 编写目的" over "（2）设计员：对需求进行分析，并设计出系统"
            + "|^(?:(?:编写|文档)?目的|读者对象|(?:预期|文档)的?读者(?:和阅读建议)?)$"
            // nor are the constraints the project works under and what it assumes: "2.4 一般约束", "假设与依据",
            // "Assumptions and Dependencies", "Design Constraints", the Volere template's "Mandated Constraints"
            + "|^(?i:(?:general\\s+|design\\s+(?:and\\s+implementation\\s+)?|mandated\\s+)?constraints|assumptions\\b)"
            + "|^(?:一般|设计|管理|技术|时间|运行|其他)?约束|^假[设定]|^支持(?:软件|平台)(?:环境)?$"
            // nor what the system connects to and the rules of its business: IEEE 830's "3.1 User Interfaces" ..
            // "3.4 Communications Interfaces" ("The UI shall provide clear navigation"), "Business Rules"
            + "|^(?i:(?:external\\s+)?(?:user|hardware|software|communications?)\\s+interfaces?|external\\s+interfaces?"
            + "(?:\\s+requirements)?|business\\s+rules)$|^(?:外部接口(?:需求)?|用户接口|硬件接口|软件接口|通信接口|业务规则)$"
            // nor where each requirement is traced to in the code or the tests: "Traceability Matrix"
            + "|^(?i:(?:requirements?\\s+)?traceability(?:\\s+(?:matrix|notes|table))?)$|^(?:需求)?(?:跟踪|追踪|追溯|可追溯性)矩阵$"
            // nor how it is built: "## 5 Architecture" over "Receives requests from server", "系统架构"
            + "|^(?i:(?:system|software|technical|application)?\\s*architecture)$|^(?:系统|软件|技术|总体)?架构(?:设计)?$"
            // nor its database or how its data is kept: IEEE 830's "3.4 Logical Database Requirements" over "博客文章表设计：…
            // 用来存储…", "3.11 Data persistence" over "All primary entities shall load from and save to gym_data.json"
            + "|^(?i:(?:logical\\s+)?database\\s+(?:requirements|design|schema))$|^(?:逻辑)?数据库(?:逻辑)?(?:需求|设计)$"
            + "|^(?i:(?:data\\s+)?persistence|data\\s+storage)$|^数据(?:持久化|存储)$"
            // nor the terms it defines: "1.3 定义" over "Maven：是一个项目管理工具，可以对 Java 项目进行构建"
            + "|^(?i:glossary|terminology|definitions?(?:\\s*,?\\s*(?:and\\s+)?(?:acronyms|abbreviations))*)$"
            + "|^(?:定义|术语|术语表|名词解释|缩略语)(?:[、,，和与及]*(?:定义|术语|首字母缩写词|缩写词?|缩略语))*$";
    // the overview that frames the requirements: "2.2 Product Functions" summarises what they state, and is passed
    // over where the document states them elsewhere
    private static final Pattern FRAME_HEADING = Pattern.compile(
            "^(?i:product\\s+(?:perspective|functions?|functionality)"
                    + "|users?\\s+(?:classes\\s+and\\s+|and\\s+)?characteristics|operating\\s+environment"
                    + "|user\\s+documentation)$|^(?:产品功能|产品视角|用户类[与和]特征|用户特征|运行环境)$");
    // a word or two of a heading that lists several things, and what joins them: "Bilingual, SEO, accessibility"
    private static final String LISTED_WORDS = "[\\w-]+(?:\\s+[\\w-]+)?";
    private static final String LIST_JOINER = "\\s*(?:,|&|/|\\sand\\s)\\s*";
    // a heading whose whole section is about qualities, not operations: "4. Non-Functional Requirements",
    // "5.3 Security Requirements", "Software Quality Attributes", "性能需求", "性能要求", "兼容性", "技术需求"
    private static final Pattern NON_FUNCTIONAL_HEADING = Pattern.compile(
            "^(?i:(?:other\\s+)?non[- ]?functional|(?:software\\s+)?quality\\s+(?:attributes|requirements)"
                    + "|(?:performance|safety|security|usability|reliability|availability|scalability|maintainability"
                    + "|portability|compatibility|technical)(?:\\s+requirements)?$"
                    // what the product is built with: "7 Technology Requirements", "Tech Stack"
                    + "|(?:technology|technologies|tech)(?:\\s+(?:requirements|stack|choices))?$)"
                    // the qualities a heading may list with others: "8.1 Privacy and PDPL", "Bilingual, SEO,
                    // accessibility", "Design & User Experience", "3.12 Internationalisation"
                    + "|^(?i:(?:" + LISTED_WORDS + LIST_JOINER + ")*(?:privacy|accessibility|internationali[sz]ation"
                    + "|locali[sz]ation|user\\s+experience|seo)(?:" + LIST_JOINER + LISTED_WORDS + ")*"
                    + "(?:\\s+requirements)?$)"
                    // a Chinese quality of any name: "可测试性", "可转移性", "易读性", "稳定性"
                    + "|^(?:非功能|质量属性|质量需求|(?:性能|安全|[可易]\\p{IsHan}{1,3}性"
                    + "|(?:安全|兼容|稳定|健壮|扩展|灵活|准确|实时|保密|完整|一致)性|用户体验|技术|(?:用户)?界面)"
                    + "(?:需求|要求)?$)"
                    // the Volere template's chapters of qualities: "10 Look and Feel Requirements", "13 Operational
                    // and Environmental Require-" (a PDF's line break)
                    + "|^(?i:(?:look\\s+and\\s+feel|usability\\s+and\\s+humanity|operational\\s+and\\s+environmental"
                    + "|maintainability\\s+and\\s+support|cultural(?:\\s+and\\s+political)?|legal|compliance)"
                    + "\\s+require)"
                    + NOT_REQUIRED_HEADING);
    // a statement that constrains how the system is built or behaves, rather than asking for an operation:
    // "shall not store card data", "shall only be able to modify farms they own", "shall enforce access by tier",
    // "shall be extensible", "shall restrict access to …", "shall perform server-side validation on …", "shall employ
    // a hybrid approach", "shall automatically store …", "shall store the information in the database" (what it does
    // by itself or keeps, no caller asks for; "shall store and manage customer information" asks for the managing),
    // "系统应确保…"
    private static final Pattern CONSTRAINT = Pattern.compile(
            "\\b(?:shall|must|should)\\s+(?:not|never|only|enforce|distinguish|prevent|prioriti[sz]e|exclude|integrate"
                    + "|require|log(?!\\s+(?:in|into|on|out|off)\\b)|comply|conform|ensure|follow|adhere|restrict"
                    + "|validate"
                    + "|perform\\s+(?:\\S+\\s+){0,2}validation"
                    + "|employ|utili[sz]e|use|automatically|store(?!\\s+and\\b)"
                    + "|have\\s+(?!(?:the\\s+)?(?:ability|option|access|permission|right)\\b)"
                    + "|be\\s+(?!able\\b))\\b"
                    // what is checked, a database's tables and what they hold, and the messages shown: no operation
                    // of their own
                    + "|\\b(?:shall|must|should|will)\\s+(?:be\\s+able\\s+to\\s+)?(?:validate|contains?\\b"
                    + "|(?:generate|create)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+)?table\\b"
                    + "|display\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+)?(?:error|success|warning|confirmation)\\s+messages?)"
                    // what it will not do, as a MoSCoW list's won't-haves say: "The system won't provide the user
                    // with the ability to …"
                    + "|\\b(?:won[’']t|will\\s+not)\\s+(?:provide|allow|support|offer|let|enable)\\b"
                    + "|(?:应|应当|必须|需)(?:确保|保证|防止|禁止|不得|不能|遵循|符合)"
                    + "|不得|禁止"
                    // who may do it ("发布求购信息的用户必须是已经登录的"), what happens if not ("如果…没有登录，跳转至登录注册"),
                    // what input is refused ("检查到输入不合法时，提示不合法原因")
                    + "|必须(?:是|为)|^(?:如果|若)[^，,。]{1,40}[，,]|不合法|非法"
                    // what the requirement itself is for, over the statements that say it: "本项需求用于明确用户注册相关
                    // 能力及系统响应规则", "This section describes the booking features"
                    + "|^(?:本项需求|本需求|该需求|此需求|本节|本章)(?:主要)?(?:用于|旨在)?(?:明确|描述|说明|介绍|定义)"
                    + "|^this\\s+(?:requirement|section|chapter)\\s+(?:describes|defines|covers|specifies|outlines)\\b"
                    // a quality asked of it: how fast ("within 2 seconds", "3秒内"), how many at once ("concurrent
                    // users", "5000名用户并发使用"), on what ("work on different operating systems", "via web
                    // browsers"), how dependably ("提供稳定的服务", "可靠")
                    + "|\\bwithin\\s+\\d+(?:\\.\\d+)?\\s*(?:milli)?seconds?\\b"
                    + "|\\bconcurrent(?:ly)?\\s+(?:users|instances|sessions|requests)\\b"
                    + "|\\b(?:work|run)\\s+on\\s+(?:different|multiple|all|any|various)\\s+"
                    + "(?:operating\\s+systems|platforms|browsers|devices)\\b|\\bvia\\s+(?:web\\s+)?browsers\\b"
                    + "|\\d+\\s*秒(?:内|以内|之内)|并发|稳定的服务|可靠|方便地使用",
            Pattern.CASE_INSENSITIVE);
    // a statement of what a screen shows the user, "The system shall display a button labeled “Begin Reservation.”",
    // "The system must present the user with the main menu": how an operation looks, no operation of its own
    private static final Pattern PRESENTATION = Pattern.compile(
            "\\b(?:shall|must|should|will)\\s+(?:display|show|present|provide)\\s+(?:the\\s+user\\s+with\\s+)?"
                    + "(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?"
                    + "(?:buttons?|user\\s+interface|gui|fields?|menus?|pop-?ups?|icons?|labels?)\\b",
            Pattern.CASE_INSENSITIVE);
    // "系统显示主题内容", "用户成功发起主题后，系统更新最近主题列表": what the system shows or does in answer, a step of
    // the operation numbered above it
    private static final Pattern SYSTEM_RESPONSE = Pattern.compile(
            "^(?:[^，,。]{1,40}[，,])?系统(?:将|(?:应该|应|会)?默认|(?:应该|应|会)?(?:显示|提示|返回|更新|记录|增加|为用户增加|跳转|取消|要求|进行))");
    private static final int MAX_NON_FUNCTIONAL_HEADING = 60;
    // the column that describes each row of a table of functions or modules: | 功能名称 | 简要描述 |
    private static final String DESCRIPTION_WORDS = "(?:功能|简要|详细)?(?:描述|说明)|(?:short\\s+)?description|details?";
    private static final Pattern DESCRIPTION_COLUMN = Pattern.compile("^(?:" + DESCRIPTION_WORDS + ")$",
            Pattern.CASE_INSENSITIVE);
    // the other column of a two-column table of functions: its description, a note on each function or how it is
    // implemented
    private static final Pattern COLUMN_NAME = Pattern.compile(
            "^(?:" + DESCRIPTION_WORDS + "|备注|优先级|状态|模块|实现(?:方式|方法)?|priority|status|notes?|implementation)$",
            Pattern.CASE_INSENSITIVE);
    // the column of a table of functions that names each function: | 序号 | 功能名称 | 优先级 | 简要描述 |, or each
    // module: | 管理员端模块 | 功能说明 |
    private static final Pattern FUNCTION_COLUMN = Pattern.compile(
            "^(?:功能名称|功能|功能点|功能清单|实现功能|子功能|需求名称|用例名称|用例|(?:feature|function|use case)(?:\\s+name)?)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MODULE_COLUMN = Pattern.compile("^\\p{IsHan}{1,6}模块$|^模块名称$|^(?i:module)(?:\\s+name)?$");
    // a backlog names its items in a column of names beside their priorities: | # | 名称 | 描述 | 优先级 |, or their
    // importance, as Scrum's product backlog writes it: | ID | Name | Imp | Est | How to demo | Notes |
    private static final Pattern NAME_COLUMN = Pattern.compile("^(?:名称|名字|标题|(?i:name|title))$");
    private static final Pattern PRIORITY_COLUMN = Pattern.compile("^(?:优先级|重要性|(?i:priority|importance|imp))$");

    // idioms such as "As a result, I can…" open ordinary sentences, not stories; after the role's comma (and a
    // condition: "As a user, once I have posted a question, I …") any verb reads ("As the system, I maintain…")
    private static final Pattern ENGLISH_STORY = Pattern.compile(
            "^as\\s+(?:(?:a|an|the)\\s+)?(?!(?:result|rule|consequence|whole|matter"
                    + "|example|reminder|note|side effect|first step|general rule|expected|usual|always|mentioned|noted"
                    + "|shown|described|such|well|soon|far|long|before|above|below|follows|of|for|to|if|though)\\b)"
                    + "[^,.;]{1,100}?(?:,\\s*(?:[^,.;]{1,60},\\s*)?(?:I|we)\\s+[a-z]+"
                    // "As a venue user, when i go to ./dashboard i should be able to see my calendar": a route's dots
                    + "|,\\s*(?:when|if|once|after|while)\\s+(?:[^,;.]|\\.(?=\\S)){1,80}?,?\\s+(?:I|we)\\s+"
                    + "(?:want|can|should|would like|need|must|am able to|are able to|expect)\\b"
                    + "|\\s+(?:I|we)(?:\\s+|['’]d\\s+)"
                    + "(?:want|can|should|would like|like|need|must|wish|am able to|are able to|expect)\\b"
                    // a cast of personas as the role: "As John Buck - a student, Tien Levi - an instructor, and Mary
                    // Janet - an organization, I want …", "As John Buck,  a student I want …"
                    + "|(?:,\\s*[^,.;]{1,60}){1,4}?,?\\s+(?:I|we)\\s+(?:want|would like|wish)\\b"
                    // a persona named in the third person: "As a pet lover, Maude would like to know …", "As a
                    // musician SSM would like to be able to upload …"
                    + "|,?\\s+(?-i:[A-Z][\\w'-]*)(?:\\s+(?-i:[A-Z][\\w'-]*)){0,2}\\s+"
                    + "(?:would(?:\\s+(?:just|also|additionally|really))?\\s+like|wants|needs|wishes)\\b)",
            Pattern.CASE_INSENSITIVE);
    // the format a document's stories follow, its role a placeholder: "As a [Role], I want to [Action]",
    // "As a <type of user> …", "作为[角色]，我希望…"
    private static final Pattern STORY_TEMPLATE = Pattern.compile(
            "^(?:as\\s+(?:(?:a|an|the)\\s+)?|作为)[\\[<{【（(][^\\]>}】）)]{1,30}[\\]>}】）)]", Pattern.CASE_INSENSITIVE);
    // a story's purpose, after its wish
    private static final Pattern PURPOSE = Pattern.compile(
            "\\b(?:so that|so (?:I|we)\\b|in order to|以便|从而)", Pattern.CASE_INSENSITIVE);
    // what a story's role may not do is a rule about an operation stated elsewhere, not one of its own
    private static final Pattern NEGATIVE_WISH = Pattern.compile(
            "\\b(?:I|we)\\s+(?:should|must|shall|can|could|will|do|am|are)\\s*(?:not|n['’]t)\\b"
                    + "|\\b(?:I|we)\\s+(?:cannot|can['’]t|won['’]t|don['’]t want)\\b|我(?:们)?(?:不能|不应|不可以|不希望|无法)",
            Pattern.CASE_INSENSITIVE);
    // "Scenario Title: User logs in the system.", "Use case: Book a room", "用例名称：预订房间": a scenario named by its
    // label, its steps below it (a numbered use case, "Use Case 3: …", is a numbered requirement); so is an interface
    // a document names by a label and states no path for ("接口主题：（touchStart）", "接口主题（undo)": an MQTT topic
    // or an RPC call), or by what it is for, its URL and method labelled below ("功能作用：普通用户登录" over "url:user_login")
    private static final Pattern SCENARIO_LABEL = Pattern.compile(
            "^(?:(?i:scenario|use\\s+case)(?:\\s+(?i:title|name))?|用例名称|场景名称|场景|接口名称|接口主题|功能作用|接口作用"
                    + "|(?i:interface\\s+name))\\s*(?:[:：]\\s*(?=\\S)|(?=[（(]))");
    private static final Pattern BRACKETED_NAME = Pattern.compile("^[（(]([^（()）]{1,40})[)）]");
    // a use case a PlantUML diagram declares by its keyword: 'usecase "浏览宠物列表" as UC_BrowsePets', 'usecase (Checkout)'
    private static final Pattern DECLARED_USE_CASE = Pattern.compile(
            "^usecase\\s+(?:\"([^\"]{1,60})\"|\\(([^()]{1,60})\\))");
    // "管理问题主题", "用户管理", "Manage rooms": a section, a requirement or a use case named for managing a thing, the
    // operations on it within or beside it
    static final Pattern MANAGED = Pattern.compile(
            "^管理(?!员)(\\p{IsHan}{2,10})$|^(?!管理员)(\\p{IsHan}{2,10}?)管理$"
                    + "|^(?i:manag(?:e|ing)\\s+(?:the\\s+)?)([a-z][a-z ]{2,30})$");
    // 'UC_Submit ..> UC_FillReason : <<include>>': the use case the first includes, a step of it; and
    // 'UC_Review ..> UC_Approve : <<extend>>', one use case extending another, drawn either way
    private static final Pattern DRAWN_RELATION = Pattern.compile(
            "^(\\w+)\\s*[.-]+>\\s*(\\w+)\\s*:\\s*<<\\s*(include|extend)\\s*>>$", Pattern.CASE_INSENSITIVE);
    // the name a diagram gives a use case to draw its relations by: 'as UC_FillReason'
    private static final Pattern USE_CASE_ALIAS = Pattern.compile("\\s+as\\s+(\\w+)\\s*$");
    // the cell that labels a use case's name in its table of properties: "| 编号 | 101 | 用例名称 | 注册 |", "| 用例名称： |"
    private static final Pattern USE_CASE_NAME = Pattern.compile(
            "^(?:用例名称|用例名|场景名称|(?i:use\\s*case(?:\\s+name)?))\\s*[:：]?$");
    // a use case's name labelled among its other labelled parts on one line: "用例编号：UC01 用例名称：登录 简要说明：…"
    private static final Pattern LABELLED_USE_CASE_NAME = Pattern.compile(
            "(?:^|\\s)(?:用例名称|用例名|(?i:use\\s*case\\s+name))\\s*[:：]\\s*(\\S.*?)(?=\\s+[^\\s:：]{1,12}[:：]|$)");
    // "| 编号 | 1.1 | 名称 | 提出请假申请 |": a plain name label, after the use case's number labelled in the same row
    private static final Pattern NAME_LABEL = Pattern.compile("^(?:名称|(?i:name|title))$");
    // what lists a use case diagram's use cases, one a list item: "包含用例：", "Use Cases:"; a use case section's
    // labels over the use cases it divides into ("基本用例", "选作用例")
    private static final Pattern USE_CASES_LEAD = Pattern.compile(
            "^(?:(?:包含|包括|主要|核心)?用例(?:包括|列表)?|(?i:(?:includes?\\s+)?use\\s+cases(?:\\s+include)?))\\s*[:：]$"
                    + "|^(?:基本|选作|可选|扩展)用例\\s*[:：]?$");
    // a list item that leads in to a list of its own: "ER Diagram:"
    private static final Pattern LEAD_IN_ITEM = Pattern.compile("[:：]\\s*$");
    // a listed use case's name before what it does: "Search for a Vacant Spot: Helps the customer …"
    private static final Pattern USE_CASE_LABEL_BEFORE = Pattern.compile("^([^:：]{1,60})[:：]\\s*(?=\\S)");
    // a relation between the use cases a diagram draws, noted after them: "扩展关系：…", "Extends: …"
    private static final Pattern USE_CASE_RELATION = Pattern.compile(
            "^(?:(?:扩展|包含|泛化)关系|(?i:extends?|includes?|generali[sz]ation)\\b)");
    // the header of a table's column of requirement ids
    private static final Pattern ID_COLUMN = Pattern.compile(
            "^(?:需求编号|需求ID|(?i:(?:req(?:uirement)?\\.?|story|feature)\\s*(?:id|#|no\\.?)))$");
    // a code of any letters and its number: "RM-001", "INV-002", "USR_3"
    private static final Pattern ANY_CODE = Pattern.compile(
            "^[A-Z]{1,8}(?:[-_.][A-Z]{1,8})*[-_.]?\\d{1,4}(?:[.\\-_]\\d{1,3})*$");
    private static final Pattern NUMBER_LABEL = Pattern.compile("^(?:编号|用例编号|序号|(?i:id|no\\.?|number))$");
    // the label of a use case's name before its id and name, where a PDF leaves the table's row as one line: "UC Name
    // UC-01 Register"
    private static final Pattern USE_CASE_NAME_ROW = Pattern.compile(
            "^\\s*(?:用例名称|(?i:(?:uc|use\\s*case)\\s+name))\\s+(?=\\p{Lu}?UC[-_\\s]?\\d)");
    // the label alone over what checks a requirement: "验收标准：", "验证规则：", "Acceptance criteria:"
    private static final Pattern CHECKS_LABEL = Pattern.compile(
            "^(?:验收标准|验收条件|验证规则|校验规则|(?i:acceptance\\s+criteria|validation\\s+rules))\\s*[:：]?$");
    // a feature's name after the label that says so: "功能名称：今日计划生成", "功能 01：优先级设置"
    private static final Pattern FEATURE_NAME = Pattern.compile(
            "^(?:功能名称|功能名|功能\\s*\\d{1,3}|(?i:feature\\s+name|feature\\s+\\d{1,3}))\\s*[:：]\\s*(\\S.{0,60})$");
    // "As a …": who a story's wish is of
    private static final String ROLE = "as\\s+(?:a|an|the)\\s+";
    // a story's role, wish and purpose on lines of their own
    // a role may name several ("As a member of staff with the role of Staff, Admin, or Registrar,")
    private static final Pattern STORY_ROLE = Pattern.compile("^" + ROLE + "[^,.;]{1,80}(?:,\\s*[^,.;]{1,40}){0,3},?$",
            Pattern.CASE_INSENSITIVE);
    // the one who builds the system, as a story's role (see asksForItsMaking)
    private static final Pattern BUILDERS_STORY = Pattern.compile(
            "^" + ROLE + "(?:developer|programmer|maintainer)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOR_USERS = Pattern.compile("\\b(?:users?|customers?|visitors?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STORY_WISH = Pattern.compile(
            "^(?:I|we)\\s+(?:want|would like|need|wish|can|should be able)\\b", Pattern.CASE_INSENSITIVE);
    // "### As a user…" over a list of wishes ("* I want to …"): the role every wish below it is of
    private static final Pattern ROLE_OVER_WISHES = Pattern.compile(
            "^(?:#{1,6}\\s*)?(" + ROLE + "[^,.;:…]{1,40}?)\\s*(?:…|\\.{3}|[:：,])?$",
            Pattern.CASE_INSENSITIVE);
    // a template's labels of a story's parts: "AS a: Designer", "I want: Search projects", "so that: I can …"
    private static final Pattern STORY_PART_LABEL = Pattern.compile(
            "^(as\\s+(?:a|an|the)|I\\s+want|so\\s+that)\\s*:\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern STORY_PURPOSE = Pattern.compile(
            "^(?:so that|in order to|so (?:I|we) can)\\b", Pattern.CASE_INSENSITIVE);
    // "User Story: As a customer, I want …"
    // (or the description a card gives it: "Description: As a logged-in user, I want …")
    private static final Pattern STORY_LABEL = Pattern.compile(
            "^(?:(?i:(?:user\\s+)?story)|用户故事|(?i:description)(?=\\s*[:：]\\s*(?i:as)\\s))\\s*[:：]\\s*");
    // a story card's name on the line over its description: "US Create Account" over "Description: As a …"
    private static final Pattern STORY_NAME = Pattern.compile("^[^:：|#]{2,48}$");
    private static final Pattern CARD_DESCRIPTION = Pattern.compile("^(?i:description)\\s*[:：]\\s*");
    // a lower-case word labelling what follows it: "url:user_login"
    private static final Pattern WORD_LABEL = Pattern.compile("^[a-z_]{1,20}\\s*[:：](?!//)");
    // a method, a colon and what the request does, no path: "POST: Post a new session"
    private static final Pattern METHOD_THEN_WHAT = Pattern.compile(
            "^(?:GET|POST|PUT|PATCH|DELETE)\\s*[:：]\\s*([A-Z\\p{IsHan}][^/]{2,120})$");
    private static final Pattern CHINESE_STORY = Pattern.compile(
            "^作为(?:一[个名位])?[^，,。]{1,20}?[，,、]?\\s*(?:我(?:希望|想要|想|可以|能够|能|需要|要)|希望|想要)");

    // what opens a story's criteria: "Acceptance criteria", "AC1:", "This user story is acceptable when:",
    // "Definition of done", "Conditions of satisfaction", "验收标准"
    private static final String CRITERIA_WORDS = "acceptance criteria"
            + "|this (?:user )?story is (?:acceptable|accepted|done|complete) when|definition of done"
            + "|conditions? of satisfaction";
    private static final Pattern ACCEPTANCE_LABEL = Pattern.compile(
            "^(?i:" + CRITERIA_WORDS + "|ac\\d*\\s*[:：]|验收标准|验收条件)");
    // lines that carry a story on, even after a blank line or when short like a heading
    private static final Pattern STORY_CONTINUATION = Pattern.compile(
            "^(?i:" + CRITERIA_WORDS + "|ac\\d*\\b|given|when|then|and|but|scenario|so that|in order to|so i can"
                    + "|验收|假如|假设|当|那么|并且|而且|以便|从而)");
    private static final Pattern GROUP_LABEL = Pattern.compile("^(?i:epic|feature|theme|module)(?:\\s*\\d+)?\\s*[:：]");
    // "Epic 1:" over the epic's own story, its sub-stories after it: that story is their umbrella, no operation
    private static final Pattern EPIC_LABEL = Pattern.compile("^(?i:epic)(?:\\s*\\d+)?\\s*[:：]");
    private static final Pattern HEADING_PUNCTUATION = Pattern.compile("[:：]|[.。!！?？;；,，]$");
    private static final int MAX_HEADING_LIKE_LENGTH = 40;
    private static final int MAX_HEADING_LIKE_WORDS = 6;
    private static final int MAX_CHINESE_HEADING_LIKE_LENGTH = 12;

    static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b(?:e\\.g|i\\.e|etc|vs))[.!?](?=\\s|$)|[。！？]");
    private static final Pattern TITLE_TAIL = Pattern.compile("[\\s,;:，；：、\\-–—]+$");
    private static final Pattern FULL_STOP_TAIL = Pattern.compile("。$");
    // "• Creation and tracking of customer orders.": an English list item may close with a full stop too, where a
    // line of text that is no list item may not
    private static final Pattern ITEM_STOP_TAIL = Pattern.compile("(?<=[A-Za-z)])\\.$");
    // a feature list's noun before the operations: "Ability to create, update, and delete menu items"
    private static final Pattern ABILITY_LEAD = Pattern.compile(
            "^(?:the\\s+)?(?:ability|option|possibility)\\s+to\\s+(?=\\S)", Pattern.CASE_INSENSITIVE);
    // what happens in a case: "If a slot is full, …", "当视频不存在或加载失败时，…" (not "当前…")
    private static final Pattern CONDITIONAL = Pattern.compile("^(?:(?i:if)\\s|当(?!前)[^，,。；;]{1,40}?时)");
    // a label that says what kind of item follows, not what it is named: "User story 8:", "Epic 2:", "Sub Stories:"
    private static final Pattern STORY_KIND_LABEL = Pattern.compile(
            "^(?i:(?:user\\s+)?stor(?:y|ies)|sub[\\s-]*stories|epic|feature)(?![A-Za-z])|^用户故事");
    // a method's name in camel case, two words or more: "insertOneUser", "getOpenId"
    private static final Pattern METHOD_NAME = Pattern.compile("^[a-z]+(?:[A-Z][a-z0-9]*)+$");
    private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
    // a requirement card's id and title, each on its labelled line: "ID: FR4", "TITLE: Create a new member account"
    private static final Pattern CARD_ID = Pattern.compile(
            "^(?i:id)\\s*[:：]\\s*([A-Za-z][A-Za-z_.-]{0,12}\\d[\\w.-]{0,8})$");
    private static final Pattern CARD_TITLE = Pattern.compile("^(?i:title|name)\\s*[:：]\\s*(\\S.{0,80})$");
    // a use case's name as the first row of its table, without the colon a label has: "Use case Viewing Resource"
    private static final Pattern FLATTENED_USE_CASE = Pattern.compile(
            "^(?i:use[\\s-]?case)\\s+(?!(?i:name|id|no|number|diagrams?|scenario)\\b)(\\p{Lu}[^:：]{1,60})$");
    // the labels of the rows under it: who takes part, what they intend, what holds before
    private static final Pattern USE_CASE_ROW_LABEL = Pattern.compile(
            "^(?i:user\\s+groups?|(?:primary\\s+)?actors?|intention\\s+in\\s+context|pre-?conditions?|goal)\\s+\\S.*");
    // a CRC card's columns ("Responsibility Collaborator", "| Responsibilities | Collaborators |") over what a design
    // class does and which class it asks; its card ends at the next class ("Class: Search_Resource") or heading
    private static final Pattern CRC_COLUMNS = Pattern.compile(
            "^\\|?\\s*(?i:responsibilit(?:y|ies))\\s*\\|?\\s*(?i:collaborators?)\\s*\\|?$");
    private static final Pattern CRC_CLASS = Pattern.compile("^(?i:class)\\s*[:：]");
    // how many lines over its columns a card's class may be named
    private static final int CARD_NAME_DISTANCE = 4;
    // priorities and statuses sit in table cells next to the requirement text and are no title
    private static final Pattern TABLE_META = Pattern.compile(
            "^(?i:must|should|could|won't|high|medium|low|p[0-4]|done|open|draft|approved|"
                    + "高|中|低|必须|应该|可选|是|否|已完成|进行中|待定)$");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");
    private static final Pattern ACTION_LABEL = Pattern.compile("^([^:：]{1,40})[:：]");
    // a label that is an operation alone, what may be done, over the things it is done to: "可查看：积分排行榜、学生分数"
    private static final Pattern VERB_LABEL = Pattern.compile("^(?:可以?|能够?)?(\\p{IsHan}{2})$");
    private static final Pattern THINGS_LISTED = Pattern.compile("[、，,]");
    private static final Pattern BRACKETED_OPERATIONS = Pattern.compile("^([^（(:：]{1,16})[（(]([^）)]+)[)）]$");
    // a function specified by its labelled parts, what goes in and what comes out among them: "1）系统登录" over
    // "数据输入：输入用户账号，密码", "数据输出：登录成功或者…", "数据约束：…"; "· Logout" over "· Description : …",
    // "· Input : Nothing.", "· Output : Redirected to login page."
    private static final Pattern PART_LABEL = Pattern.compile("^[^:：]{1,24}?\\s*[:：]");
    // a use case's id labelling its name, over the labelled parts it is specified by: "PUC 3: Create an event",
    // "BUC 2: User fills out a survey module" (the Volere template's product and business use cases), "UC-4: …",
    // "Use case 8.1 : Add Product to Inventory", "Use-Case: Register"
    private static final Pattern USE_CASE_LABEL = Pattern.compile(
            "^(?:\\p{Lu}?UC[-_\\s]?\\d{1,3}|(?i:use\\s*case)\\s*#?\\s*\\d{1,3}(?:\\.\\d{1,3})?|(?i:use-case)"
                    + "|用例\\s*\\d{1,3})"
                    + "\\s*[:：]\\s*(?=\\S)");
    private static final Pattern INPUT_LABEL = Pattern.compile("^(?:数据)?输入(?:数据|项)?\\s*[:：]|^(?i:inputs?)\\s*:");
    private static final Pattern OUTPUT_LABEL = Pattern.compile("^(?:数据)?输出(?:数据|项)?\\s*[:：]|^(?i:outputs?)\\s*:");
    // "需求描述：病人进行挂号，进入首诊队列" over "操作对象：分诊护士": a function specified by what it does and for whom
    private static final Pattern DESCRIPTION_LABEL = Pattern.compile(
            "^(?:需求|功能|用例)(?:描述|说明)\\s*[:：]");
    private static final int MIN_DESCRIBED_PARTS = 2;
    private static final int SPECIFIED_TITLE = 1;
    private static final int SPECIFIED_PART = 2;
    // "注册：售货员可以用账号密码注册", "Save for Later: Users can save posts to view later": a feature's name, then
    // what someone can do with it
    private static final Pattern FEATURE = Pattern.compile(
            "^([^:：]{1,48})[:：]\\s*(.*(?:\\b(?:can|are able to|is able to|lets users?)\\b|可以|能够).*)$",
            Pattern.CASE_INSENSITIVE);
    // a feature's label on a line of its own ("Delete Tasks:"), its description the paragraph below it
    private static final Pattern FEATURE_LABEL = Pattern.compile("^([^:：|#]{1,48}?)\\s*[:：]$");
    // what a feature's notes are labelled with: its purpose, a note, its risks ("目的：…", "Rationale: …"), no feature
    private static final Pattern NOTE_LABEL = Pattern.compile(
            "^(?:目的|目标|备注|注|注意|原因|理由|背景|优先级|风险|依赖|(?i:purpose|goal|rationale|reason|note|notes"
                    + "|priority|risk|risks|dependency|dependencies|criticality|implementation))$");
    private static final int MIN_PARAGRAPH_LINE_WORDS = 10;
    private static final int MAX_PARAGRAPH_LINES = 6;
    private static final int MIN_FEATURES_ALONE = 2;
    // a line that opens with a label of its own ("User Story: As a customer, …", "Postconditions:")
    private static final Pattern LABELLED = Pattern.compile("^[^:：]{1,40}[:：](?:\\s|$)");
    // a Chinese story that wishes for nothing itself, the lead-in of the wishes listed under it: "作为客户我想要：",
    // "作为平台管理员我想要", "作为商家，我希望可以：" (an English one, "As a doctor, I should be able to:", keeps its sub-items as its own)
    private static final Pattern STORY_LEAD_IN = Pattern.compile("(?:想要|希望|需要)(?:可以|能够|能)?\\s*[:：]?\\s*$");
    // a priority in an id's place ("P0 User Registration/Login"), the same for many requirements
    private static final Pattern PRIORITY = Pattern.compile("^P[0-4]$");
    // ids named as a range: "Requirements 5-7"
    private static final Pattern ID_RANGE = Pattern.compile("^\\p{L}+\\s+\\d+(?:\\s*[-–,]\\s*\\d+)+$");
    // a traceability column's cell, the ids of the requirements a row relates to, a PDF's line break inside one:
    // "FR-2 FR-6", "FR-1, FR-3, FR-4,", "1 MT-1 ER-3" (after "IG-"); or a short id after a long one: "Use case 1, UC1"
    private static final Pattern ID_REFERENCES = Pattern.compile(
            "^(?:[\\s,;，、]*(?:\\p{Lu}{1,5}(?:-\\d{0,3}|\\d{1,3})|\\d{1,3}))+[\\s,;，、]*$");
    // the label over a use case's steps or states ("Primary Sequence:", "Postconditions:"); another label ends them
    private static final Pattern FLOW_LABEL = Pattern.compile(
            "^(?:(?:primary|main|basic|normal|alternate|alternative|exception(?:al)?|success)"
                    + "\\s+(?:sequence|flow|work\\s?flow|scenario|course)"
                    // "Normal Workflow – 1.a", "Alternative Workflow -": numbered after a dash, or a dash alone
                    + "(?:\\s+of\\s+events)?(?:\\s*\\d+)?(?:\\s*[-–—]\\s*(?:\\d{1,2}(?:\\.[a-z0-9]{1,2})?)?)?"
                    + "|(?:primary\\s+)?(?:pre|post)-?\\s?conditions?|triggers?"
                    + "|主事件流|基本事件流|基本流|备选事件流|备选流|异常事件流|异常流|主成功场景|前置条件|后置条件|触发条件"
                    // a function's flow, a part's flow in it ("业务前端子系统流程"), what goes in and comes out of
                    // it, and what it does when it fails
                    + "|\\p{IsHan}{0,10}流程|输入|输出|异常处理)"
                    + "\\s*[:：]?$"
                    // a story's acceptance criteria, under the condition they hold in: "When I'm on the /signup page:"
                    + "|^(?:acceptance\\s+criteria|(?:when|once|given)\\s+(?:i|i'm|i am|we|we're|the\\s+user|users?)\\b[^:：]{0,60})"
                    + "\\s*[:：]$", Pattern.CASE_INSENSITIVE);
    // a page's number alone on its line, as a PDF's text keeps it
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\d{1,3}$");
    private static final Pattern NUMBERED_STEP = Pattern.compile("^\\d{1,2}[.)、]\\s*\\S");
    // a use case's or a template feature's part labelled with its value beside it: "Pre-condition: log in page is
    // available", "Primary actor: app user", "Description and Priority: User should be able to create report."
    private static final Pattern TEMPLATE_PART = Pattern.compile(
            "^(?:(?:primary|secondary)\\s+actors?|actors?|(?:pre|post)-?\\s?conditions?|description\\s+and\\s+priority"
                    + "|(?:stimulus\\s*/\\s*)?response\\s+sequences?|stimulus|(?:system\\s+)?response"
                    + "|前置条件|后置条件|参与者|主要参与者|特性描述|刺激\\s*/?\\s*响应序列|刺激|响应|验收标准"
                    // what a function takes, does with it and gives back ("a. 输入：企业就业人数", "b. 处理：记录…")
                    + "|输入|处理|输出)\\s*[:：]",
            Pattern.CASE_INSENSITIVE);
    // "delE	删除电价	GET  id  电价的id", "getinfo  获取用户信息  GET id": an API's call listed by its name, the
    // operation it does and the method it is called with
    private static final Pattern NAMED_CALL = Pattern.compile(
            "^([A-Za-z_][A-Za-z0-9_]*)\\s+(\\p{IsHan}[^\\s]{1,15})\\s+(?:GET|POST|PUT|PATCH|DELETE)\\b.*$");
    // a flow written as a chain of its steps: "Sign up->enter information->submit->user already exists"; not a
    // feature's label over the steps it takes ("提问：选择具体课程 -> 填写标题 -> 上传图片")
    private static final Pattern FLOW_CHAIN = Pattern.compile("^[^:：]*?(?:->|→|=>)[^>:：]*(?:->|→|=>)");
    // "| Activity.Manage.Create | 用户可以使用系统发布新活动 |", "| Theme.announce.show |": a requirement's id as a path
    // of names, in a table's first cell; not a file's name ("Index.html")
    private static final Pattern DOTTED_ID = Pattern.compile("^[A-Z][A-Za-z]+(?:\\.[A-Za-z]+)+$"
            + "(?<!\\.(?:html?|md|txt|java|js|ts|json|xml|ya?ml|pdf|docx?|png|jpe?g|py|css|vue|go|sql))");
    // a requirement's id under its parent's: "R2.1" under "R2", "FR-1.2" under "FR-1"
    // (a use case's numbered extension, "Use case 4.1: Reset Password", is one of its own)
    private static final Pattern NUMBERED_CHILD_ID = Pattern.compile("^[A-Za-z]{1,6}[-_]?\\d+(?:\\.\\d+)*\\.\\d+$");
    // a name's closing remark in brackets: "Tracking Task Completion (Mark task as done)"
    private static final Pattern BRACKETED_TAIL = Pattern.compile("\\s*[(（][^)）]*[)）]$");
    private static final Pattern BRACKETED_ASIDE = Pattern.compile("\\s*[(（][^)）]*[)）]");
    // (a straight quote: a JSON key, '"addr2": "??",  <-- can be null', is no feature's name)
    private static final Pattern PUNCTUATION_IN_NAME = Pattern.compile("[.。,，;；!！?？\"]");
    // the short words a name in title case leaves in lower case: "Head-to-Head", "Sign in with Google"
    private static final Pattern CARD_NAME_SMALL_WORD = Pattern.compile(
            "^(?:a|an|the|of|and|or|to|for|in|on|with|by|at|vs)$");
    // a sentence that asks: "How can we handle user authentication (e.g., student, …)?", "如何保证数据安全？"
    private static final Pattern QUESTION = Pattern.compile(
            "^(?:(?i:what|how|why|which|who|when|where)\\b(?:(?i:e\\.g\\.|i\\.e\\.|etc\\.)|[^.!?。！？]){0,300}[?？]"
                    + "|(?:如何|怎样|怎么|为什么|为何)[^。！？]{0,100}[?？])");
    private static final int MAX_CHINESE_FEATURE_NAME = 10;
    private static final int MAX_FEATURE_WORDS = 5;
    private static final Pattern FIRST_CLAUSE = Pattern.compile("[，,。；;.!！?？]");
    // what a Chinese clause says before its operations: where they are done ("在个人中心", "在订单页面") and that
    // they are supported or allowed ("支持发布、编辑、删除自有商品", "可以查看…")
    private static final Pattern OPERATIONS_LEAD = Pattern.compile(
            "^(?=[在支可能允])(?:在\\p{IsHan}{1,8}?(?:中心|页面|界面|列表|中|里|上|内|页))?(?:支持|可以|能够|允许)?");
    private static final int MAX_CHINESE_ACTION_LENGTH = 24;
    private static final int MAX_ACTION_WORDS = 8;
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("\\s+(?:that|which|who|whom|whose)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final int MIN_OPERATION_RUN = 3;
    private static final int MAX_ACTOR_LENGTH = 4;
    // how the Chinese names of those who use a system end: 会员, 管理员, 读者, 用户, 商家, 教师, 学生, 前台
    private static final Pattern ACTOR_ENDING = Pattern.compile("[员者户家师生人客主手工台]$");
    // "个人中心：", "Search:": a short label alone on its line, over the lines it groups
    private static final Pattern LABEL_LINE = Pattern.compile("^[^:：|#\\s][^:：|]{0,15}[:：]$");
    // "Functionalities" over "Create new users", "Assign branch for cashier users" (a PDF's bullets lost): the title
    // of a module's list of operations, a label without its colon; "Business Rules" ends such a list
    private static final Pattern FUNCTIONS_TITLE = Pattern.compile(
            "^(?i:functionalit(?:y|ies)|functions|features|main features|主要功能|功能列表|功能点)$");
    private static final Pattern RULES_TITLE = Pattern.compile(
            "^(?i:business rules|rules|constraints|notes|业务规则|约束条件|备注)[:：]?$");
    // a label over more lines than this is over a flow of text, not a list
    private static final int MAX_LABEL_LIST = 12;
    private static final int STEM_LENGTH = 4;
    private static final Pattern ENGLISH_WORD = Pattern.compile("[a-z]{" + STEM_LENGTH + ",}");

    private RequirementItems() {
    }

    /** The items found in the document's lines, in order; empty when the lines are not an item list. */
    static List<Item> split(List<String> lines) {
        return split(lines, phrase -> false);
    }

    /**
     * The items found in the document's lines, in order, list items that open with an operation
     * ({@code opensWithOperation}) included as action phrases; empty when the lines are not an item list.
     */
    static List<Item> split(List<String> lines, Predicate<String> opensWithOperation) {
        return split(lines, opensWithOperation, opensWithOperation);
    }

    /**
     * The items found in the document's lines, as {@link #split(List, Predicate)}; a list item that only
     * {@code namesOperation} ("数据导出": a thing, then the operation on it) is an action phrase too.
     */
    static List<Item> split(List<String> lines, Predicate<String> opensWithOperation,
            Predicate<String> namesOperation) {
        List<String> joined = withFeatureParagraphsJoined(withStoriesJoined(withoutUseCaseSteps(lines).stream()
                .map(line -> USE_CASE_NAME_ROW.matcher(line).replaceFirst("")).toList()));
        List<Item> stated = items(drafts(joined, opensWithOperation, namesOperation, true), opensWithOperation);
        // a document whose only list of functions is its overview's
        return !stated.isEmpty() ? stated
                : items(drafts(joined, opensWithOperation, namesOperation, false), opensWithOperation);
    }

    /**
     * The lines without the declarations of the use cases a diagram makes steps of others: those another includes
     * ('UC_Submit ..> UC_FillReason : <<include>>' makes 'usecase "填写领养原因" as UC_FillReason' a step of submitting),
     * and those that extend another, told apart from it by being in fewer extensions (a diagram may draw the arrow from
     * the extension, as UML does, or to it: 'UC_BrowseList ..> UC_FilterSpecies : <<extend>>' and four more filters
     * make each filter a step of browsing).
     */
    private static List<String> withoutUseCaseSteps(List<String> lines) {
        Set<String> steps = new HashSet<>();
        List<String[]> extensions = new ArrayList<>();
        Map<String, Integer> extending = new HashMap<>();
        for (String line : lines) {
            Matcher relation = line.contains("<<") ? DRAWN_RELATION.matcher(line.strip()) : null;
            if (relation == null || !relation.matches()) {
                continue;
            }
            if (relation.group(3).equalsIgnoreCase("include")) {
                steps.add(relation.group(2));
            } else {
                extensions.add(new String[] {relation.group(1), relation.group(2)});
                extending.merge(relation.group(1), 1, Integer::sum);
                extending.merge(relation.group(2), 1, Integer::sum);
            }
        }
        for (String[] pair : extensions) {
            int first = extending.get(pair[0]);
            int second = extending.get(pair[1]);
            if (first != second) {
                steps.add(first < second ? pair[0] : pair[1]);
            }
        }
        return lines.stream().filter(line -> {
            Matcher alias = declaredUseCase(line) == null ? null : USE_CASE_ALIAS.matcher(line.strip());
            return alias == null || !(alias.find() && steps.contains(alias.group(1)));
        }).toList();
    }

    /**
     * Whether a use case is named for managing a thing ("管理图书信息", "Manage books", a diagram's
     * 'usecase "用户管理"') that two or more of the document's other items act on ("增加图书信息", "删除图书信息"): the
     * group of those use cases, none of its own.
     */
    private static boolean managesOthers(Draft draft, List<Draft> drafts) {
        Matcher managed = draft.start.kind() == Kind.SCENARIO ? MANAGED.matcher(draft.start.text()) : null;
        if (managed == null || !managed.matches()) {
            return false;
        }
        String thing = (managed.group(1) != null ? managed.group(1) : managed.group(2) != null ? managed.group(2)
                : managed.group(3)).toLowerCase(Locale.ROOT);
        return drafts.stream().filter(other -> other != draft)
                .filter(other -> other.start.text().toLowerCase(Locale.ROOT).contains(thing)).count() >= 2;
    }

    /** The name of the use case a diagram's line declares ('usecase "浏览宠物列表" as UC_BrowsePets'), or null. */
    private static String declaredUseCase(String line) {
        if (!line.contains("usecase")) {
            return null;
        }
        Matcher declared = DECLARED_USE_CASE.matcher(line.strip());
        return !declared.lookingAt() ? null
                : (declared.group(1) != null ? declared.group(1) : declared.group(2)).strip();
    }

    private static List<Item> items(List<Draft> drafts, Predicate<String> opensWithOperation) {
        List<Item> items = new ArrayList<>();
        // each key with the index of its item: an operation named first as a weaker kind of item (a screen's "1.1登录"
        // under "界面原型") and then as a stronger one ("功能 1：登录") is the stronger one's
        Map<String, Integer> seen = new HashMap<>();
        Set<String> ids = new HashSet<>();
        // "Activity.Manage" over "Activity.Manage.Create"; "R2" over "R2.1" over "R2.1.1"
        Set<String> parents = drafts.stream().map(draft -> draft.start.id()).filter(Objects::nonNull)
                .filter(id -> DOTTED_ID.matcher(id).matches() || NUMBERED_CHILD_ID.matcher(id).matches())
                .map(id -> id.substring(0, id.lastIndexOf('.'))).collect(Collectors.toSet());
        for (Draft draft : drafts) {
            // "Activity.Manage" over "Activity.Manage.Create", "Activity.Manage.Update": the group its rows divide
            boolean group = parents.contains(draft.start.id());
            // "[Requirement 1](sketch.png)", "Requirements 5-7": a link to an id, no requirement stated; nor is a
            // traceability column's list of ids ("FR-1 FR-2 FR-6"), whatever a flattened table puts after it
            boolean idOnly = draft.start.id() != null && (draft.lines.stream().allMatch(RequirementItems::namesOnlyIds)
                    || ID_REFERENCES.matcher(draft.start.text()).matches());
            // a requirement its id names again ("FR-1" in a plan's table of what each phase delivers) is stated
            // already; a priority names no one requirement
            String id = draft.start.id() == null || PRIORITY.matcher(draft.start.id()).matches() ? null
                    : draft.start.id();
            // "FR-AUTH-007 — Protected Resources" over "The system shall prevent unauthenticated users from …": a
            // named requirement whose statement constrains
            boolean constrains = draft.isNamedRequirement() && draft.lines.size() > 1
                    && CONSTRAINT.matcher(textOf(draft.lines.get(1))).find();
            if (draft.umbrella || group || idOnly || constrains || draft.asks() || id != null && ids.contains(id)
                    || managesOthers(draft, drafts)) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(draft.key(), items.size());
            if (earlier == null) {
                if (id != null) {
                    ids.add(id);
                }
                items.add(draft.toItem());
            } else if (items.get(earlier).kind().strength < draft.start.kind().strength) {
                items.set(earlier, draft.toItem());
            }
        }
        return requirements(items, opensWithOperation);
    }

    /**
     * The items that are requirements: those of the strongest kind the document has enough of, and of kinds as
     * strong. Beside numbered requirements, stories or statements, checklist lines are project tasks ("Set up the
     * repository", "Phase 2 complete"); beside any of those, action phrases are feature notes. Features or
     * capabilities at least half as many again as the stories, statements or numbered requirements beside them (a
     * scope section's feature list beside a few stories) state the requirements more fully, and are taken too; so do
     * the operations that module labels list ("用户管理：搜索用户分类，添加用户以及删除用户信息") beside fewer
     * capabilities or features.
     */
    private static List<Item> requirements(List<Item> items, Predicate<String> opensWithOperation) {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        items.forEach(item -> counts.merge(item.kind(), 1, Integer::sum));
        int strongest = counts.entrySet().stream().filter(e -> e.getValue() >= e.getKey().minimum)
                .mapToInt(e -> e.getKey().strength).max().orElse(-1);
        // a document written as lists under labels, most of its items lines of them: those lines are alike, whatever
        // their kind ("支持回复评论" beside "查看收藏的诗词")
        long grouped = items.stream().filter(item -> item.group() > 0).count();
        boolean labelLists = grouped >= MIN_OPERATION_RUN && grouped * 2 >= items.size();
        if (strongest < 0 && labelLists) {
            return items.stream().filter(item -> item.group() > 0).toList();
        }
        if (strongest < 0) {
            // fewer features than make a list of them, and no other sign: they may be a short document's interfaces
            // ("Delete Tasks:" over its paragraph, three more beside it), see fewFeatures
            List<Item> features = items.stream().filter(item -> item.kind() == Kind.FEATURE).toList();
            return features.size() >= MIN_FEATURES_ALONE ? features : List.of();
        }
        if (statementsRestateStories(items, counts)) {
            items = items.stream().filter(item -> item.kind() != Kind.STATEMENT).toList();
        }
        long taken = items.stream().filter(item -> item.kind().strength >= strongest).count();
        int weaker = counts.entrySet().stream().filter(e -> e.getKey().strength == strongest - 1)
                .filter(e -> e.getValue() >= e.getKey().minimum).mapToInt(Map.Entry::getValue).sum();
        int floor = strongest == Kind.STORY.strength && weaker * 2 >= taken * 3 ? strongest - 1 : strongest;
        List<Item> enumerations = items.stream().filter(item -> listedOperations(item, opensWithOperation) >= 2)
                .toList();
        int listed = enumerations.stream().mapToInt(item -> listedOperations(item, opensWithOperation)).sum();
        boolean modulesListOperations = strongest == Kind.CAPABILITY.strength
                && enumerations.size() >= 2 && listed * 2 >= taken * 3;
        return items.stream().filter(item -> item.kind().strength >= floor
                || modulesListOperations && enumerations.contains(item) || labelLists && item.group() > 0).toList();
    }

    /**
     * Whether the document lists its stories and then as many statements, one for each ("1. As a customer, I want to
     * rate the haircut images, …" … then "2. The system shall provide customers a rating feature for haircut
     * images."): the statements say again what the stories wish for.
     */
    private static boolean statementsRestateStories(List<Item> items, Map<Kind, Integer> counts) {
        int stories = counts.getOrDefault(Kind.STORY, 0);
        if (stories < Kind.STORY.minimum || counts.getOrDefault(Kind.STATEMENT, 0) != stories) {
            return false;
        }
        List<Kind> kinds = items.stream().map(Item::kind)
                .filter(kind -> kind == Kind.STORY || kind == Kind.STATEMENT).toList();
        return kinds.lastIndexOf(Kind.STORY) == stories - 1;
    }

    /** How many operations an action item's label lists ("搜索用户，添加用户以及删除用户" lists 3); 0 for other items. */
    private static int listedOperations(Item item, Predicate<String> opensWithOperation) {
        if (item.kind() != Kind.ACTION || item.text().equals(item.title())) {
            return 0;
        }
        return (int) Arrays.stream(EnumeratedOperations.parts(item.text())).filter(opensWithOperation).count();
    }

    /**
     * The parts of a text that numbers them from 1 on one line ("1、 修改密码 2、 重置密码", "1. Add 2. Remove"), in
     * order; empty when it numbers none.
     */
    static List<String> numberedParts(String text) {
        List<String> parts = new ArrayList<>();
        Matcher number = INLINE_NUMBER.matcher(text);
        int expected = 1;
        int start = -1;
        while (number.find()) {
            if (Integer.parseInt(number.group(1)) != expected) {
                continue;
            }
            if (start >= 0) {
                parts.add(text.substring(start, number.start()).strip());
            } else if (!text.substring(0, number.start()).isBlank()) {
                return List.of();
            }
            start = number.end();
            expected++;
        }
        if (start >= 0) {
            parts.add(text.substring(start).strip());
        }
        return parts.stream().anyMatch(String::isEmpty) ? List.of() : parts;
    }

    /** A line that only names requirement ids: "[**Requirement 4**](sketch.png)", "Requirements 5-7". */
    private static boolean namesOnlyIds(String line) {
        String text = withoutEmphasis(strip(LIST_MARKER, Text.clean(line)));
        IdMatch id = id(text);
        return id != null && text.substring(id.end()).isBlank() || ID_RANGE.matcher(text).matches();
    }

    /**
     * Whether the items are only features, fewer than make a list of them: a short document's interfaces when
     * nothing else in it names any, and no more than that.
     */
    static boolean fewFeatures(List<Item> items) {
        return !items.isEmpty() && items.size() < Kind.FEATURE.minimum
                && items.stream().allMatch(item -> item.kind() == Kind.FEATURE);
    }

    /**
     * A story written over several lines, as story templates lay it out ("**As a** business owner" over "**I want
     * to** create an account …" over "**So that** …", or with the purpose before the wish: "As a user," over "So I
     * can make money," over "I want to list a space."), joined into the one line it is, its wish before its purpose.
     */
    private static List<String> withStoriesJoined(List<String> lines) {
        List<String> joined = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            int wishesEnd = joinedWishes(lines, i, joined);
            if (wishesEnd > i) {
                i = wishesEnd;
                continue;
            }
            String role = storyPart(lines.get(i));
            if (!STORY_ROLE.matcher(role).matches() || isStory(role)) {
                joined.add(lines.get(i));
                continue;
            }
            int wish = nextFilled(lines, i);
            String purpose = "";
            if (wish < lines.size() && STORY_PURPOSE.matcher(storyPart(lines.get(wish))).lookingAt()) {
                purpose = TITLE_TAIL.matcher(storyPart(lines.get(wish))).replaceAll("");
                wish = nextFilled(lines, wish);
            }
            if (wish < lines.size() && STORY_WISH.matcher(storyPart(lines.get(wish))).lookingAt()) {
                // the role line as written (a list item's marker kept), unless a template labels it
                String opening = role.equals(textOf(Text.clean(lines.get(i)))) ? Text.clean(lines.get(i)) : role;
                StringBuilder story = new StringBuilder(TITLE_TAIL.matcher(opening).replaceAll(""))
                        .append(", ").append(storyPart(lines.get(wish)));
                int last = wish;
                String after = last + 1 < lines.size() ? storyPart(lines.get(last + 1)) : "";
                if (purpose.isEmpty() && STORY_PURPOSE.matcher(after).lookingAt()) {
                    purpose = after;
                    last++;
                }
                joined.add(purpose.isEmpty() ? story.toString() : story.append(' ').append(purpose).toString());
                i = last;
            } else {
                joined.add(lines.get(i));
            }
        }
        return joined;
    }

    /** A line of a story's role, wish or purpose, without the label a template gives it ("AS a: Designer"). */
    private static String storyPart(String line) {
        return STORY_PART_LABEL.matcher(textOf(Text.clean(line))).replaceFirst("$1 ");
    }

    /**
     * A feature's label alone on its line over the paragraph that describes it ("Delete Tasks:" over "Users can
     * remove tasks that are no longer required …"), joined into the one line a feature is ("Delete Tasks: Users can
     * …"). A label over a list or over short lines is left as it is: those lines are its items.
     */
    private static List<String> withFeatureParagraphsJoined(List<String> lines) {
        List<String> joined = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Matcher label = FEATURE_LABEL.matcher(Text.clean(lines.get(i)));
            int last = i;
            boolean featureLabel = label.matches() && isFeatureName(label.group(1))
                    && !GROUP_LABEL.matcher(label.group()).lookingAt();
            while (featureLabel && last + 1 < lines.size() && last - i < MAX_PARAGRAPH_LINES
                    && isParagraphLine(Text.clean(lines.get(last + 1)))) {
                last++;
            }
            if (last == i) {
                joined.add(lines.get(i));
                continue;
            }
            StringBuilder feature = new StringBuilder(label.group(1)).append(':');
            for (int line = i + 1; line <= last; line++) {
                feature.append(' ').append(Text.clean(lines.get(line)));
            }
            joined.add(feature.toString());
            i = last;
        }
        return joined;
    }

    /**
     * A line of English running prose as a page wraps it: no heading, list item, table row, label, labelled line,
     * story or numbered requirement, and longer than an item of a list. (A Chinese label's lines below it are its
     * list.)
     */
    private static boolean isParagraphLine(String line) {
        if (line.isEmpty() || line.startsWith("|") || MARKDOWN_HEADING.matcher(line).lookingAt()
                || LIST_MARKER.matcher(line).lookingAt() || FEATURE_LABEL.matcher(line).matches()
                || isChinese(line.codePointAt(0)) || LABELLED.matcher(line).lookingAt() || isStory(line)
                || id(withoutEmphasis(line)) != null) {
            return false;
        }
        return line.split("\\s+").length >= MIN_PARAGRAPH_LINE_WORDS;
    }

    /**
     * A role over the list of its wishes ("### As a user…" over "* I want to be able to create images, …"): the
     * role's line, then each wish as the story it is ("As a user, I want to be able to create images, …"). Returns
     * the last line read, or {@code at} when the line leads into no more than one wish.
     */
    private static int joinedWishes(List<String> lines, int at, List<String> joined) {
        Matcher role = ROLE_OVER_WISHES.matcher(Text.clean(lines.get(at)));
        if (!role.matches()) {
            return at;
        }
        List<String> wishes = new ArrayList<>();
        int last = at;
        for (int next = nextFilled(lines, at); next < lines.size(); next = nextFilled(lines, next)) {
            String line = Text.clean(lines.get(next));
            String wish = textOf(line);
            if (!LIST_MARKER.matcher(line).lookingAt() || !STORY_WISH.matcher(wish).lookingAt()) {
                break;
            }
            wishes.add(role.group(1) + ", " + wish);
            last = next;
        }
        if (wishes.size() < 2) {
            return at;
        }
        joined.add(lines.get(at));
        joined.addAll(wishes);
        return last;
    }

    /** The index of the first line after {@code from} that is not blank; the lines' size when none is. */
    private static int nextFilled(List<String> lines, int from) {
        int next = from + 1;
        while (next < lines.size() && lines.get(next).isBlank()) {
            next++;
        }
        return next;
    }

    /** Walks the lines once: an item line opens a draft, a section or separator closes it. */
    private static List<Draft> drafts(List<String> lines, Predicate<String> opensWithOperation,
            Predicate<String> namesOperation, boolean frameSkipped) {
        Predicate<String> passedOver = title -> NON_FUNCTIONAL_HEADING.matcher(title).lookingAt()
                || frameSkipped && FRAME_HEADING.matcher(title).matches();
        List<Draft> drafts = new ArrayList<>();
        Draft open = null;
        int nonFunctionalLevel = 0;
        int functionColumn = -1;
        int descriptionColumn = -1;
        boolean backlog = false;
        // a table whose first column is headed as the requirements' ids ("| Req ID | Requirement |"): whatever code
        // a row's first cell holds ("RM-001", "INV-002") is its requirement's id
        boolean idColumn = false;
        boolean[] operationLines = operationLines(lines, opensWithOperation);
        boolean[] actorLed = actorLedLines(lines, opensWithOperation);
        int[] groups = labelGroups(lines);
        int[] specified = specifiedFunctions(lines);
        String[] flattened = namedOver(lines, FLATTENED_USE_CASE, USE_CASE_ROW_LABEL, false);
        String[] carded = namedOver(lines, CARD_ID, CARD_TITLE, true);
        boolean[] titleOnly = titleOnlyHeadings(lines);
        boolean headed = lines.stream().anyMatch(line -> MARKDOWN_HEADING.matcher(Text.clean(line)).lookingAt());
        // the non-functional section was opened by a title line, not a heading
        boolean untitled = false;
        // the depth of the section number before that title ("7.1安全性" is 2), 0 when it has none
        int untitledDepth = 0;
        boolean epic = false;
        boolean inFlow = false;
        boolean inChecks = false;
        // under "包含用例：" or "Use Cases:", down to a line that is no list item or a relation between use cases
        boolean inUseCases = false;
        // under a story that wishes for nothing itself ("作为商家，我希望可以："): its wishes, one a list item
        boolean wishesListed = false;
        boolean inTable = false;
        boolean[] crcLines = crcCards(lines);
        String sectionHeading = null;
        // whether that heading is a story card's name, the story's whatever its words
        boolean cardName = false;
        int firstUnderHeading = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = Text.clean(lines.get(i));
            if (CONTENTS_ENTRY.matcher(line).find()) {
                // the item is stated where its page is
                continue;
            }
            epic |= EPIC_LABEL.matcher(line).lookingAt();
            // "Donor Registration:" on a line of its own over "As a donor I would like to register myself …": a
            // label that heads the story below it as a heading would
            Matcher storyLabel = FEATURE_LABEL.matcher(line);
            int next = nextFilled(lines, i);
            String below = next < lines.size() ? textOf(Text.clean(lines.get(next))) : "";
            // "US Create Account" over "Description: As a non-logged-in user, I want …": a card's name over its story
            // (not the role it is of: "Customer" over "User Story: As a customer, I want …")
            boolean namesCard = !storyLabel.matches() && STORY_NAME.matcher(textOf(line)).matches()
                    && !isStory(textOf(line)) && CARD_DESCRIPTION.matcher(below).lookingAt();
            int under = storyLabel.matches() || namesCard ? next : lines.size();
            // (not one that says only what kind of item it is: "User story 8:")
            boolean labelsStory = under < lines.size() && isStory(strip(STORY_LABEL, below));
            if (MARKDOWN_HEADING.matcher(line).lookingAt() || labelsStory) {
                nameByHeading(sectionHeading, cardName, drafts.subList(firstUnderHeading, drafts.size()));
                cardName = namesCard && labelsStory;
                sectionHeading = !labelsStory ? Headings.stripNumbering(withoutEmphasis(strip(MARKDOWN_HEADING, line)))
                        : namesCard ? withoutEmphasis(textOf(line))
                        : STORY_KIND_LABEL.matcher(storyLabel.group(1)).lookingAt() ? null
                        : withoutEmphasis(storyLabel.group(1));
                firstUnderHeading = drafts.size();
            }
            // a table's first row, or (Markdown) the row over a rule: tables apart only by blank lines run together
            boolean headerRow = line.startsWith("|") && (i == 0 || !Text.clean(lines.get(i - 1)).startsWith("|")
                    || i + 1 < lines.size() && TABLE_RULE.matcher(Text.clean(lines.get(i + 1))).matches());
            if (headerRow) {
                functionColumn = functionColumn(line);
                descriptionColumn = descriptionColumn(line, functionColumn);
                backlog = functionColumn >= 0 && NAME_COLUMN.matcher(
                        withoutEmphasis(Outline.Table.cells(line).get(functionColumn))).matches();
                idColumn = ID_COLUMN.matcher(withoutEmphasis(Outline.Table.cells(line).get(0))).matches();
            } else if (!line.startsWith("|")) {
                functionColumn = -1;
                idColumn = false;
            }
            Matcher heading = MARKDOWN_HEADING.matcher(line);
            if (heading.lookingAt()) {
                // a non-functional section is passed over down to the next heading of its level or above
                int level = headingLevel(line);
                if (nonFunctionalLevel > 0 && level <= nonFunctionalLevel) {
                    nonFunctionalLevel = 0;
                    untitled = false;
                }
                String title = Headings.withoutNumbering(withoutEmphasis(line.substring(heading.end())));
                // "Business rules (selected)": an aside after the title says nothing of what the section is
                title = BRACKETED_ASIDE.matcher(title).replaceAll("").strip();
                if (nonFunctionalLevel == 0 && passedOver.test(title)) {
                    nonFunctionalLevel = level;
                }
                // nor is a database table's definition ("# 15. Schedule Table" over its columns and their keys), down
                // to the next heading
                inTable = definesTableBelow(lines, i);
            }
            if (headed && isNonFunctionalTitle(line)) {
                // "Non-functional Requirements:", "8 Future Scope of the Project": such a section's title as a line of
                // its own in a document with headings (a PDF's or a Word file's unstyled title): what follows it is
                // passed over down to the next heading or title-like line
                nonFunctionalLevel = nonFunctionalLevel == 0 ? DEEPEST_HEADING : nonFunctionalLevel;
                untitled = nonFunctionalLevel == DEEPEST_HEADING;
                untitledDepth = untitled ? sectionDepth(line) : 0;
            } else if (untitled && isHeadingLike(line)
                    || nonFunctionalLevel > 0 && CHAPTER_NUMBER.matcher(line).lookingAt() && isHeadingLike(line)
                    || untitledDepth > 0 && sectionDepth(line) > 0 && sectionDepth(line) <= untitledDepth) {
                // a chapter's title left unstyled ("6 Other Requirements" under "# 5.5 Business Rules") ends the
                // sections of the chapter before it, as a section's numbered title ends those it numbers at its depth
                // or below ("3. 具体需求" after "2.4一般约束")
                nonFunctionalLevel = 0;
                untitled = false;
                untitledDepth = 0;
            }
            if (nonFunctionalLevel > 0 || inTable || crcLines[i]) {
                open = null;
                continue;
            }
            // "Primary Sequence:" over "1. User accesses the registration page", "Postconditions:" over "+ User can
            // now sign in": a use case's steps and states, part of what is above them, not requirements of their own
            String label = withoutEmphasis(strip(LIST_MARKER, strip(MARKDOWN_HEADING, line)));
            boolean flowLabel = FLOW_LABEL.matcher(label).matches();
            boolean checksLabel = CHECKS_LABEL.matcher(label).matches();
            if (flowLabel || checksLabel || MARKDOWN_HEADING.matcher(line).lookingAt()
                    || LABELLED.matcher(label).lookingAt()) {
                inFlow = flowLabel;
                inChecks = checksLabel;
            } else if (SECTION_TITLE.matcher(line).lookingAt() || isStory(label) || id(label) != null) {
                // the next requirement, numbered or a story, ends them
                inChecks = false;
            }
            // (a table row is read by its cells, whatever one of them holds: "| UC-002 | 发布兼职 | 雇主 |
            // 填写职位信息→选择分类→提交审核 |" is no chain of steps)
            // "验收标准：" over "能正确显示用户列表", "搜索功能正常": what checks the requirement above, no requirement
            boolean step = !line.startsWith("|") && (flowLabel || checksLabel || inChecks
                    || TEMPLATE_PART.matcher(label).lookingAt() || FLOW_CHAIN.matcher(label).lookingAt()
                    || inFlow && (NUMBERED_STEP.matcher(line).lookingAt() || LIST_MARKER.matcher(line).lookingAt()));
            boolean part = specified[i] == SPECIFIED_PART;
            boolean listed = LIST_MARKER.matcher(line).lookingAt();
            // (a list item that leads in to another list, "ER Diagram:", ends them; a sentence, "Taxi is approaching.",
            // is a case of something else, no use case)
            boolean useCase = inUseCases && listed && !USE_CASE_RELATION.matcher(label).lookingAt()
                    && !LEAD_IN_ITEM.matcher(label).find();
            inUseCases = USE_CASES_LEAD.matcher(label).matches() || useCase || inUseCases && line.isEmpty();
            useCase &= !SENTENCE_END.matcher(useCaseName(label)).find();
            Start start = step || part ? null
                    : useCase ? new Start(Kind.SCENARIO, null, useCaseName(label))
                    : flattened[i] != null ? new Start(Kind.SCENARIO, null, flattened[i])
                    : carded[i] != null ? cardTitle(line, carded[i])
                    : specified[i] == SPECIFIED_TITLE
                            ? new Start(Kind.SPECIFIED, null,
                                    strip(USE_CASE_LABEL, withoutNumberedHeading(line)))
                    : functionColumn >= 0 && !headerRow ? functionRow(line, functionColumn, descriptionColumn, backlog)
                    : titleOnly[i] ? start("- " + Headings.withoutNumbering(strip(MARKDOWN_HEADING, line)),
                            opensWithOperation, namesOperation, true)
                    : actorLed[i] ? new Start(Kind.CAPABILITY, null, textOf(line))
                    : line.startsWith("|") ? tableRowStart(line, i > 0 ? Text.clean(lines.get(i - 1)) : "", idColumn)
                    : start(line, opensWithOperation, namesOperation, operationLines[i] || groups[i] > 0);
            if (start == null && listed && wishesListed) {
                // "1.管理商家信息", "4.知道每顿沙拉的卡路里": each item under the lead-in is a wish, whatever its words
                start = new Start(Kind.ACTION, null, withoutEmphasis(strip(LIST_MARKER, line)));
            }
            if (start != null && open != null && open.isBareId() && !start.isNonFunctional()
                    && start.kind() != Kind.NUMBERED && start.id() == null) {
                // "User story 1:" over "As an employee, I want …": the id labels the item below it
                drafts.remove(open);
                start = new Start(start.kind(), open.start.id(), start.text(), start.operations());
                open = null;
            }
            if (useCase && open != null && open.kind() == Kind.NUMBERED && open.headingLevel > 0) {
                // "### Use Case 1 注册登录" over "基本用例" over "- 学生注册：…": the section's use cases are its
                // operations, the section their group
                open.umbrella = true;
                open = null;
            }
            if (start != null && (open == null || !open.absorbs(start, line))) {
                // a non-functional start opens nothing, so its continuation lines fall outside every item
                open = start.isNonFunctional() ? null : new Draft(start, line);
                if (open != null) {
                    open.group = groups[i];
                    open.umbrella = start.kind() == Kind.STORY && (epic || EPIC_LABEL.matcher(line).lookingAt()
                            || STORY_LEAD_IN.matcher(start.text()).find());
                    drafts.add(open);
                }
                epic = false;
            } else if (open != null && !part && ends(open, line, lines, i)) {
                open = null;
            } else if (open != null && !line.isEmpty() && !TABLE_RULE.matcher(line).matches()) {
                open.add(line);
            }
            // the wishes run on from a story's lead-in down to a line that is no list item
            boolean leadIn = open != null && open.lines.size() == 1 && open.kind() == Kind.STORY
                    && STORY_LEAD_IN.matcher(open.start.text()).find();
            wishesListed = leadIn || wishesListed && (listed || line.isEmpty());
        }
        nameByHeading(sectionHeading, cardName, drafts.subList(firstUnderHeading, drafts.size()));
        return drafts;
    }

    /**
     * A story alone under its heading is named by it ("Graphs" over "As a user, I want to be able to view my expenses
     * in a graph …"), when the heading shares a word with the story or is the name of the story's card; a heading over
     * several stories groups them.
     */
    private static void nameByHeading(String heading, boolean cardName, List<Draft> underHeading) {
        List<Draft> stories = underHeading.stream().filter(draft -> draft.kind() == Kind.STORY).toList();
        if (heading == null || heading.isEmpty() || heading.length() > MAX_TITLE_LENGTH || stories.size() != 1) {
            return;
        }
        Draft story = stories.get(0);
        Set<String> storyStems = stems(story.start.text());
        if (cardName || stems(heading).stream().anyMatch(storyStems::contains)) {
            story.heading = heading;
        }
    }

    /** The first four letters of each English word of four letters or more, lower case: "graphs" and "graph" share one. */
    private static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        Matcher word = ENGLISH_WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            stems.add(word.group().substring(0, STEM_LENGTH));
        }
        return stems;
    }

    /** The number of '#' marks of a heading line. */
    private static int headingLevel(String line) {
        return line.indexOf(' ');
    }

    /** Whether this line closes the open item instead of continuing it. */
    private static boolean ends(Draft open, String line, List<String> lines, int index) {
        if (MARKDOWN_HEADING.matcher(line).lookingAt()) {
            // a requirement stated as a heading owns its sub-sections
            return open.headingLevel == 0 || headingLevel(line) <= open.headingLevel;
        }
        if (THEMATIC_BREAK.matcher(line).matches()) {
            return true;
        }
        if (open.kind() == Kind.NUMBERED || open.kind() == Kind.SCENARIO) {
            return false;
        }
        if (open.kind() == Kind.LISTED) {
            return !line.startsWith("|");
        }
        if (open.kind() == Kind.SPECIFIED) {
            // its labelled parts are all it has
            return !line.isEmpty();
        }
        if (open.leadsIn() && LIST_MARKER.matcher(line).lookingAt()) {
            // "I need to be able to:" over its list of operations
            return false;
        }
        if (open.kind() == Kind.STATEMENT && LIST_MARKER.matcher(line).lookingAt()) {
            // the next point of a list of statements, though it states no requirement ("each account has a role")
            return true;
        }
        if (open.kind() == Kind.STEP) {
            // a walk-through states one step per line; the lines between steps describe the screen
            return true;
        }
        if (line.isEmpty()) {
            return !carriesOn(open.kind(), nextNonBlank(lines, index));
        }
        return isHeadingLike(line);
    }

    /** Whether a line after a blank line still belongs to a story or checklist item. */
    private static boolean carriesOn(Kind kind, String next) {
        if (next == null) {
            return false;
        }
        boolean bullet = LIST_MARKER.matcher(next).lookingAt();
        return kind == Kind.STORY ? bullet || STORY_CONTINUATION.matcher(withoutEmphasis(next)).lookingAt() : bullet;
    }

    private static String nextNonBlank(List<String> lines, int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            String line = Text.clean(lines.get(i));
            if (!line.isEmpty()) {
                return line;
            }
        }
        return null;
    }

    /** A short title-like line such as "Reporting" or "订单管理", which starts a new group of stories. */
    private static boolean isHeadingLike(String line) {
        if (GROUP_LABEL.matcher(line).lookingAt()) {
            return true;
        }
        if (LIST_MARKER.matcher(line).lookingAt() || STORY_CONTINUATION.matcher(line).lookingAt()
                || line.startsWith("|") || HEADING_PUNCTUATION.matcher(line).find()
                || line.length() > MAX_HEADING_LIKE_LENGTH) {
            return false;
        }
        int first = line.codePointAt(0);
        if (isChinese(first)) {
            return line.length() <= MAX_CHINESE_HEADING_LIKE_LENGTH;
        }
        return (Character.isUpperCase(first) || Character.isDigit(first))
                && line.split("\\s+").length <= MAX_HEADING_LIKE_WORDS;
    }

    private static boolean isChinese(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /**
     * The operation lines of runs of unmarked brief lines, at least {@value #MIN_OPERATION_RUN} of them and two in
     * three naming an operation ("create user(s)", "get users", "update user email"): a list written without
     * markers, one operation per line. A line in the run that names none ("Roles") is not taken.
     */
    private static boolean[] operationLines(List<String> lines, Predicate<String> opensWithOperation) {
        boolean[] marked = new boolean[lines.size()];
        int runStart = 0;
        List<Integer> operations = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? Text.clean(lines.get(i)) : "";
            boolean brief = !line.isEmpty() && !LIST_MARKER.matcher(line).lookingAt()
                    && !MARKDOWN_HEADING.matcher(line).lookingAt() && isBrief(trimmedPhrase(line));
            if (brief && canDo(line, opensWithOperation)) {
                marked[i] = true;
            }
            if (brief && opensWithOperation.test(line)) {
                operations.add(i);
            } else if (!brief) {
                if (operations.size() >= MIN_OPERATION_RUN && operations.size() * 3 >= (i - runStart) * 2) {
                    operations.forEach(at -> marked[at] = true);
                }
                runStart = i + 1;
                operations.clear();
            }
        }
        return marked;
    }

    /**
     * The list lines that name who does an operation, then the operation, with no "can" between them ("前台创建教练",
     * "会员预订课程", "教练发布课程", "教练查询课程"): two to four Chinese characters that at least two items of the same
     * list open with, each going on with an operation, and that end as the names of users do (会员, 前台) or go on with
     * different operations (教练). A thing's outcomes ("任务发布成功", "任务发布失败") go on with one operation, and a
     * labelled item ("用户注册：…") is read by its label.
     */
    private static boolean[] actorLedLines(List<String> lines, Predicate<String> opensWithOperation) {
        boolean[] marked = new boolean[lines.size()];
        int runStart = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i < lines.size() && LIST_MARKER.matcher(Text.clean(lines.get(i))).lookingAt()) {
                continue;
            }
            List<String> run = lines.subList(runStart, i).stream().map(line -> textOf(Text.clean(line))).toList();
            // each word an item of the run opens with, to the items it opens that go on with an operation after it
            Map<String, List<String>> acts = new HashMap<>();
            for (String item : run) {
                for (int length = 2; length <= Math.min(MAX_ACTOR_LENGTH, item.length() - 2); length++) {
                    String actor = item.substring(0, length);
                    if (actor.codePoints().allMatch(RequirementItems::isChinese)
                            && opensWithOperation.test(item.substring(length))) {
                        acts.computeIfAbsent(actor, key -> new ArrayList<>()).add(item);
                    }
                }
            }
            for (int at = 0; at < run.size(); at++) {
                marked[runStart + at] = !acts.isEmpty() && opensWithActor(run.get(at), acts, opensWithOperation);
            }
            runStart = i + 1;
        }
        return marked;
    }

    /** Whether {@code item} opens with who does the operation after it, as another item of its list does. */
    private static boolean opensWithActor(String item, Map<String, List<String>> acts,
            Predicate<String> opensWithOperation) {
        if (item.isEmpty() || !isChinese(item.codePointAt(0)) || !isBrief(trimmedPhrase(item))
                || opensWithOperation.test(item) || CONSTRAINT.matcher(item).find()
                || ACTION_LABEL.matcher(item).lookingAt()) {
            return false;
        }
        for (int length = Math.min(MAX_ACTOR_LENGTH, item.length() - 2); length >= 2; length--) {
            String actor = item.substring(0, length);
            List<String> acted = acts.getOrDefault(actor, List.of());
            if (acted.size() < 2 || !acted.contains(item) || EnumeratedOperations.CHINESE_FRAME.matcher(actor).find()) {
                continue;
            }
            int from = length;
            long operations = acted.stream().map(act -> act.substring(from, from + 2)).distinct().count();
            if (ACTOR_ENDING.matcher(actor).find() || operations >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether lines define a database table: two of them or more declare a column its table's key
     * ("点赞用户编号（LikeUserId）：integer，外键，主键", "| vehicle_id | INT | PRIMARY KEY, AUTO_INCREMENT |").
     */
    static boolean definesTable(List<String> lines) {
        return lines.stream().filter(line -> KEY_COLUMN.matcher(line).find()).count() >= MIN_KEY_COLUMNS;
    }

    /** Whether the section under the heading at {@code at}, down to the next heading, defines a database table. */
    private static boolean definesTableBelow(List<String> lines, int at) {
        int end = at + 1;
        while (end < lines.size() && !MARKDOWN_HEADING.matcher(Text.clean(lines.get(end))).lookingAt()) {
            end++;
        }
        return definesTable(lines.subList(at + 1, end));
    }

    /**
     * The lines of CRC cards: from a design class's name ("Class: View_Resource", a few lines over the card's columns)
     * down to the next class or heading, what the class does and which class it asks, no requirement.
     */
    private static boolean[] crcCards(List<String> lines) {
        boolean[] card = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (!CRC_COLUMNS.matcher(Text.clean(lines.get(i))).matches()) {
                continue;
            }
            int from = i;
            for (int back = i - 1; back >= Math.max(0, i - CARD_NAME_DISTANCE); back--) {
                from = CRC_CLASS.matcher(Text.clean(lines.get(back))).lookingAt() ? back : from;
            }
            for (int at = from; at < lines.size() && (at <= i || !endsCard(Text.clean(lines.get(at)))); at++) {
                card[at] = true;
            }
        }
        return card;
    }

    private static boolean endsCard(String line) {
        return MARKDOWN_HEADING.matcher(line).lookingAt() || CRC_CLASS.matcher(line).lookingAt();
    }

    private static Start cardTitle(String line, String id) {
        Matcher title = CARD_TITLE.matcher(line);
        return title.matches() ? new Start(Kind.NUMBERED, id, title.group(1).strip()) : null;
    }

    /**
     * What a line {@code row} matches names (its first group) where the next filled line is one {@code under}
     * matches, at that line's index or, {@code atUnder}, the next one's; null elsewhere. The ids of requirement cards
     * on their titles' lines ("ID: FR4" over "TITLE: Create a new member account", then "DESC: …", "RAT: …"); the
     * names of use cases whose table a PDF left as lines, each row its label and value without a colon ("Use case
     * Viewing Resource" over "User Group Student, Teaching Staff" or "Intention in Context …").
     */
    private static String[] namedOver(List<String> lines, Pattern row, Pattern under, boolean atUnder) {
        String[] names = new String[lines.size()];
        for (int i = 0; i + 1 < lines.size(); i++) {
            Matcher named = row.matcher(Text.clean(lines.get(i)));
            if (!named.matches()) {
                continue;
            }
            int next = nextFilled(lines, i);
            if (next < lines.size() && under.matcher(Text.clean(lines.get(next))).matches()) {
                names[atUnder ? next : i] = named.group(1);
            }
        }
        return names;
    }

    /** "Admin can create categories": what someone named in a few words can do, an operation. */
    private static boolean canDo(String line, Predicate<String> opensWithOperation) {
        Matcher capability = CAPABILITY.matcher(line);
        return !isChinese(line.codePointAt(0)) && capability.lookingAt() && !LEAD_IN.matcher(line).matches()
                && opensWithOperation.test(line.substring(capability.end()))
                && !CONSTRAINT.matcher(line).find();
    }

    /**
     * The headings of runs of at least {@value #MIN_OPERATION_RUN} sibling headings with nothing under them: a list
     * whose numbered lines were read as headings ("1.post tweet发布推文" over "2.user timeline用户时间线").
     */
    private static boolean[] titleOnlyHeadings(List<String> lines) {
        boolean[] marked = new boolean[lines.size()];
        List<Integer> run = new ArrayList<>();
        int runLevel = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? Text.clean(lines.get(i)) : "";
            if (i < lines.size() && line.isEmpty()) {
                continue;
            }
            boolean heading = MARKDOWN_HEADING.matcher(line).lookingAt();
            int next = nextFilled(lines, i);
            String below = next < lines.size() ? Text.clean(lines.get(next)) : "";
            boolean empty = heading && (next >= lines.size() || MARKDOWN_HEADING.matcher(below).lookingAt()
                    && headingLevel(below) <= headingLevel(line));
            if (empty && (run.isEmpty() || headingLevel(line) == runLevel)) {
                run.add(i);
                runLevel = headingLevel(line);
                continue;
            }
            if (run.size() >= MIN_OPERATION_RUN && !statedAgainBelow(lines, run)) {
                run.forEach(at -> marked[at] = true);
            }
            run.clear();
            if (empty) {
                run.add(i);
                runLevel = headingLevel(line);
            }
        }
        return marked;
    }

    /**
     * Whether each heading of a run is a heading again below it: the run is a table of contents typed as headings
     * (a PDF's contents without their page numbers), not a list.
     */
    private static boolean statedAgainBelow(List<String> lines, List<Integer> run) {
        Set<String> below = new HashSet<>();
        for (int i = run.get(run.size() - 1) + 1; i < lines.size(); i++) {
            String line = Text.clean(lines.get(i));
            if (MARKDOWN_HEADING.matcher(line).lookingAt()) {
                below.add(Headings.stripNumbering(strip(MARKDOWN_HEADING, line)));
            }
        }
        return run.stream().allMatch(at -> below.contains(
                Headings.stripNumbering(strip(MARKDOWN_HEADING, Text.clean(lines.get(at))))));
    }

    /**
     * The brief lines under a label line ("个人中心：" over "编辑个人资料。" over "查看收藏的诗词。"), down to the next
     * label or heading, numbered by their label: a list written without markers, as documents with a paragraph per
     * line write one. Other lines are 0.
     */
    private static int[] labelGroups(List<String> lines) {
        int[] groups = new int[lines.size()];
        int group = 0;
        int labels = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = Text.clean(lines.get(i));
            if (MARKDOWN_HEADING.matcher(line).lookingAt()) {
                group = 0;
            } else if ((LABEL_LINE.matcher(line).matches() || FUNCTIONS_TITLE.matcher(line).matches())
                    && !LIST_MARKER.matcher(line).lookingAt()) {
                group = ++labels;
            } else if (RULES_TITLE.matcher(line).matches()) {
                group = 0;
            } else if (group > 0 && !line.isEmpty() && !LIST_MARKER.matcher(line).lookingAt() && !line.startsWith("|")
                    && isBrief(trimmedPhrase(line))) {
                groups[i] = group;
            }
        }
        // a label over more lines than a list holds is over a flow of text (a table's cells, a page's lines)
        int[] sizes = new int[labels + 1];
        for (int labelled : groups) {
            sizes[labelled]++;
        }
        for (int i = 0; i < groups.length; i++) {
            groups[i] = sizes[groups[i]] > MAX_LABEL_LIST ? 0 : groups[i];
        }
        return groups;
    }

    /**
     * The functions specified by their labelled parts: a short title line (no label of its own) over labelled lines,
     * an input and an output among them; or a use case's name after its id ("PUC 3: Create an event") over its
     * labelled parts and whatever runs on between them, to the next use case or heading. The title's line is
     * {@link #SPECIFIED_TITLE}, its parts' lines {@link #SPECIFIED_PART}, other lines 0.
     */
    private static int[] specifiedFunctions(List<String> lines) {
        int[] marks = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            int next = nextFilled(lines, i);
            String under = next == lines.size() ? "" : textOf(Text.clean(lines.get(next)));
            if (!PART_LABEL.matcher(under).lookingAt() || USE_CASE_LABEL.matcher(under).lookingAt()) {
                // no labelled line under it, or the name of the next use case: no title of a function specified
                continue;
            }
            String title = withoutNumberedHeading(Text.clean(lines.get(i)));
            boolean named = USE_CASE_LABEL.matcher(title).lookingAt();
            if (!named && (title.isEmpty() || PART_LABEL.matcher(title).lookingAt() || !isFeatureName(title)
                    || MARKDOWN_HEADING.matcher(Text.clean(lines.get(i))).lookingAt())) {
                continue;
            }
            boolean input = false;
            boolean output = false;
            boolean described = false;
            int parts = 0;
            int end = i + 1;
            for (; end < lines.size(); end++) {
                String part = textOf(Text.clean(lines.get(end)));
                if (part.isEmpty()) {
                    continue;
                }
                if (USE_CASE_LABEL.matcher(part).lookingAt()
                        || MARKDOWN_HEADING.matcher(Text.clean(lines.get(end))).lookingAt()) {
                    break;
                }
                if (!PART_LABEL.matcher(part).lookingAt()) {
                    // a named use case's parts run on to the next one: a precondition's bullets, a line broken
                    if (named) {
                        continue;
                    }
                    break;
                }
                input |= INPUT_LABEL.matcher(part).lookingAt();
                output |= OUTPUT_LABEL.matcher(part).lookingAt();
                described |= end == next && DESCRIPTION_LABEL.matcher(part).lookingAt();
                // what checks a requirement ("验收标准：" over its checks) is no part of what specifies it
                parts += CHECKS_LABEL.matcher(part).matches() ? 0 : 1;
            }
            if (input && output || described && parts >= MIN_DESCRIBED_PARTS || named && parts > 0) {
                marks[i] = SPECIFIED_TITLE;
                Arrays.fill(marks, i + 1, end, SPECIFIED_PART);
                i = end - 1;
            }
        }
        return marks;
    }

    /** Whether a heading names a use case after its label: "1. Use-Case: Register", "Use case 8.1 : Add Product". */
    static boolean namesUseCase(String heading) {
        return USE_CASE_LABEL.matcher(withoutNumberedHeading(Text.clean(heading))).lookingAt();
    }

    /** A line's text without its heading's marks and number: "# 1. Use-Case: Register" is "Use-Case: Register". */
    private static String withoutNumberedHeading(String line) {
        return Headings.withoutNumbering(textOf(strip(MARKDOWN_HEADING, line)));
    }

    /** Whether a label names a part of a use case or a template feature ("前置条件", "Description and Priority"). */
    static boolean isTemplatePart(String label) {
        return TEMPLATE_PART.matcher(label.strip() + "：").lookingAt();
    }

    /** The item a line of text (no table row: see tableRowStart) opens, a non-functional start, or null. */
    private static Start start(String line, Predicate<String> opensWithOperation, Predicate<String> namesOperation,
            boolean operationLine) {
        String unmarked = strip(LONE_ASTERISK, strip(MARKDOWN_HEADING, line));
        // a heading's section number before a requirement id is no list marker: "3.1 FR-01 收支记录新增" is FR-01
        String unnumbered = Headings.withoutNumbering(unmarked);
        if (MARKDOWN_HEADING.matcher(line).lookingAt() && id(withoutEmphasis(unnumbered)) != null) {
            unmarked = unnumbered;
        }
        boolean listed = operationLine || LIST_MARKER.matcher(unmarked).lookingAt();
        String body = strip(LIST_MARKER, unmarked);
        Matcher box = CHECKBOX.matcher(body);
        boolean checked = box.lookingAt();
        if (checked) {
            body = body.substring(box.end());
        }
        body = withoutEmphasis(body);
        IdMatch id = id(body);
        if (id == null && STATUS_MARK.matcher(body).lookingAt() && id(strip(STATUS_MARK, body)) != null) {
            body = strip(STATUS_MARK, body);
            id = id(body);
        }
        if (id == null && listed) {
            body = strip(BACKLOG_MARKS, body);
        }
        if (id != null && id.nonFunctional() || isNonFunctionalHeading(body)) {
            return Start.NON_FUNCTIONAL;
        }
        String declared = declaredUseCase(line);
        if (declared != null) {
            return new Start(Kind.SCENARIO, null, declared);
        }
        Matcher called = METHOD_THEN_WHAT.matcher(body);
        if (id == null && called.matches()) {
            // "GET: Get a question using its questionid and sessionid": an interface named by its method and what it
            // does, its path left unstated
            return new Start(Kind.LISTED, null, called.group(1));
        }
        Matcher scenario = SCENARIO_LABEL.matcher(body);
        if (id == null && scenario.lookingAt()) {
            // "（touchStart）注意：…": the name the brackets hold, without the note after them
            String named = body.substring(scenario.end()).strip();
            Matcher bracketed = BRACKETED_NAME.matcher(named);
            return new Start(Kind.SCENARIO, null, bracketed.lookingAt() ? bracketed.group(1).strip() : named);
        }
        Matcher featureName = FEATURE_NAME.matcher(body);
        if (id == null && featureName.matches()) {
            // "功能名称：今日计划生成", "功能 01：优先级设置", "Feature name: Export": a feature the document names
            return new Start(Kind.LISTED, null, featureName.group(1).strip());
        }
        String text = strip(STORY_LABEL, id == null ? body : strip(ID_SEPARATOR, body.substring(id.end())));
        // "US-1.1 P0": a card's id with its priority beside it is an id alone
        text = id != null && PRIORITY.matcher(text).matches() ? "" : text;
        if (isStory(text) && wishesNot(text)) {
            // "As a user, once I have received an answer, I should not be able to delete my post": a rule
            return null;
        }
        if (CONDITIONAL.matcher(text).lookingAt()) {
            // "If a slot is full, an attempt to book it shall fail", "当视频不存在时，系统应给出合理提示": what happens in
            // a case of another operation, a rule of it, no operation of its own
            return null;
        }
        if (asksForItsMaking(text)) {
            return Start.NON_FUNCTIONAL;
        }
        if (id != null && constrainsOrPresents(text)) {
            // "FR8 All requests and updates must be logged": a numbered requirement that asks for no operation
            return Start.NON_FUNCTIONAL;
        }
        Kind kind = isStory(text) ? Kind.STORY : checked ? Kind.CHECKLIST : id != null ? Kind.NUMBERED
                : LEAD_IN.matcher(text).matches() ? Kind.STATEMENT
                : (listed || text.toLowerCase(Locale.ROOT).startsWith("the system shall"))
                        && STATEMENT.matcher(text).find() && !constrainsOrPresents(text) ? Kind.STATEMENT
                : listed && actorDoes(text, opensWithOperation) ? Kind.STATEMENT
                : listed && CAPABILITY.matcher(text).lookingAt() && !CONSTRAINT.matcher(text).find() ? Kind.CAPABILITY
                : null;
        Matcher feature = FEATURE.matcher(text);
        if (kind == null && feature.matches() && isFeatureName(feature.group(1))) {
            // "Submit Complaint: Users can create complaints …": a feature named by its label, whatever it names
            return new Start(Kind.FEATURE, null, Text.clean(feature.group(1)));
        }
        Matcher call = NAMED_CALL.matcher(text);
        if (kind == null && call.matches() && opensWithOperation.test(call.group(2))) {
            // "delE	删除电价	GET  id  电价的id": a call's name, the operation it does, then how it is called
            return new Start(Kind.ACTION, null, call.group(2) + " (" + call.group(1) + ")");
        }
        if (kind == null && listed && METHOD_NAME.matcher(text).matches()
                && opensWithOperation.test(CAMEL_HUMP.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT))) {
            // "- insertOneUser", "- queryTasksByPublisherId": a client's method listed by its name, what it does
            return new Start(Kind.ACTION, null, text);
        }
        if (kind == null && listed) {
            String labelled = bracketedOperations(strip(ABILITY_LEAD, text), namesOperation);
            for (String phrase : actionPhrases(labelled)) {
                if (namesOperation.test(phrase)) {
                    // "用户管理：搜索用户，添加用户以及删除用户": what follows the label, for each operation it lists
                    Matcher label = ACTION_LABEL.matcher(labelled);
                    boolean clause = label.lookingAt() && !phrase.equals(Text.clean(label.group(1)));
                    String rest = clause ? labelled.substring(label.end()).strip() : "";
                    Matcher lead = OPERATIONS_LEAD.matcher(rest);
                    Matcher verb = VERB_LABEL.matcher(phrase);
                    List<String> things = label.lookingAt() && !clause ? thingsListed(
                            trimmedPhrase(labelled.substring(label.end()).strip()), opensWithOperation) : List.of();
                    if (verb.matches() && opensWithOperation.test(verb.group(1)) && !things.isEmpty()) {
                        // "可查看：积分排行榜、学生分数": the label's operation on each thing it lists
                        rest = things.stream().map(thing -> verb.group(1) + thing).collect(Collectors.joining("、"));
                    }
                    return new Start(Kind.ACTION, null, phrase,
                            lead.lookingAt() && !phrase.startsWith(lead.group()) ? rest.substring(lead.end()) : rest);
                }
            }
        }
        if (kind == null) {
            Optional<String> step = ScreenSteps.operation(text, opensWithOperation);
            if (step.isPresent()) {
                return new Start(Kind.STEP, null, step.get());
            }
        }
        return kind == null ? null : new Start(kind, id == null ? null : id.id(), text);
    }

    /**
     * A group of operations named with the operations it groups in brackets, as a label over them: "管理帖子（发帖、修改帖子、
     * 删除帖子）" reads "管理帖子：发帖、修改帖子、删除帖子"; any other text as it is ("举报（用户、帖子、评论）" lists things).
     */
    private static String bracketedOperations(String text, Predicate<String> namesOperation) {
        Matcher bracketed = BRACKETED_OPERATIONS.matcher(text);
        if (!bracketed.matches()) {
            return text;
        }
        List<String> operations = List.of(THINGS_LISTED.split(bracketed.group(2)));
        boolean all = operations.size() > 1
                && operations.stream().allMatch(operation -> namesOperation.test(operation.strip()));
        return all ? bracketed.group(1).strip() + "：" + bracketed.group(2) : text;
    }

    /**
     * The things a label's value lists, two or more short names that name no operation ("积分排行榜、学生分数、手机豁免
     * 状态"); empty for any other value ("上传资源（PDF/Zip/Img），需填写：标题").
     */
    private static List<String> thingsListed(String value, Predicate<String> opensWithOperation) {
        List<String> things = THINGS_LISTED.splitAsStream(value).map(String::strip).toList();
        boolean names = things.size() >= 2 && things.stream().allMatch(thing -> !thing.isEmpty()
                && thing.length() <= MAX_CHINESE_FEATURE_NAME && !thing.contains("：")
                && !opensWithOperation.test(thing));
        return names ? things : List.of();
    }

    /**
     * Whether a requirement statement asks for no operation: it constrains how the system is built or behaves, or
     * says how a screen looks ("shall display a button labeled …").
     */
    private static boolean constrainsOrPresents(String text) {
        return CONSTRAINT.matcher(text).find() || PRESENTATION.matcher(text).find();
    }

    /** A short name, not a sentence: at most a few words or a few Chinese characters, no sentence punctuation. */
    private static boolean isFeatureName(String label) {
        String name = BRACKETED_TAIL.matcher(Text.clean(label)).replaceAll("");
        if (name.isEmpty() || PUNCTUATION_IN_NAME.matcher(name).find() || NOTE_LABEL.matcher(name).matches()) {
            return false;
        }
        return isChinese(name.codePointAt(0)) ? name.length() <= MAX_CHINESE_FEATURE_NAME
                : name.split("\\s+").length <= MAX_FEATURE_WORDS;
    }

    /** A listed use case's name: its label before what it does ("Search for a Vacant Spot: Helps …"), else all. */
    private static String useCaseName(String item) {
        Matcher labelled = USE_CASE_LABEL_BEFORE.matcher(item);
        return labelled.lookingAt() ? labelled.group(1).strip() : item.strip();
    }

    /**
     * Whether a line under a card's id names the card: a feature's name in title case ("Email Registration", "View
     * Team Profile (Personal Stats)") or in Chinese; not a template's label ("Front of the card").
     */
    private static boolean isCardName(String line) {
        String name = BRACKETED_TAIL.matcher(Text.clean(line)).replaceAll("");
        if (!isFeatureName(name)) {
            return false;
        }
        if (isChinese(name.codePointAt(0))) {
            return true;
        }
        String[] words = name.split("\\s+");
        return !Character.isLowerCase(words[0].codePointAt(0))
                && !Character.isLowerCase(words[words.length - 1].codePointAt(0))
                && Arrays.stream(words).allMatch(word -> !Character.isLowerCase(word.codePointAt(0))
                        || CARD_NAME_SMALL_WORD.matcher(word).matches());
    }

    /**
     * The phrases a list item may name an operation with: its label before a colon ("发布商品：输入商品名称…") or, when
     * the label names a feature, the first clause after it ("账号安全：修改登录密码。"); the whole item when it is short
     * and no sentence ("Admit new patient"). Only brief phrases count.
     */
    private static List<String> actionPhrases(String text) {
        Matcher label = ACTION_LABEL.matcher(text);
        List<String> phrases = new ArrayList<>();
        if (label.lookingAt()) {
            phrases.add(label.group(1));
            String clause = FIRST_CLAUSE.split(text.substring(label.end()).strip(), 2)[0];
            phrases.add(clause);
            Matcher lead = OPERATIONS_LEAD.matcher(clause);
            if (lead.lookingAt() && lead.end() > 0) {
                // "个人管理：在个人中心查看、修改、删除自己上传的资源": the operations after where they are done or what
                // allows them
                phrases.add(clause.substring(lead.end()));
            }
        } else {
            phrases.add(text);
        }
        List<String> brief = new ArrayList<>();
        for (String phrase : phrases) {
            String trimmed = trimmedPhrase(ITEM_STOP_TAIL.matcher(phrase).replaceAll(""));
            if (isBrief(trimmed)) {
                brief.add(trimmed);
            }
        }
        return brief;
    }

    /** "CRUD（增删改查）课程信息。": a Chinese list item may close with a full stop and still be a phrase. */
    private static String trimmedPhrase(String phrase) {
        return TITLE_TAIL.matcher(FULL_STOP_TAIL.matcher(phrase).replaceAll("")).replaceAll("");
    }

    /**
     * A phrase ({@link #trimmedPhrase trimmed}) of a few words or Chinese characters and no sentence: an operation's
     * name. The words of a relative clause that closes it ("Add a homework to a course that he's participated in")
     * qualify the thing and are not counted.
     */
    private static boolean isBrief(String trimmed) {
        if (trimmed.isEmpty()) {
            return false;
        }
        // an aside in brackets qualifies the operation and is not counted: "查看自己提出的问题（区分已解决/未解决）"
        boolean fits = isChinese(trimmed.codePointAt(0))
                ? BRACKETED_ASIDE.matcher(trimmed).replaceAll("").length() <= MAX_CHINESE_ACTION_LENGTH
                : RELATIVE_CLAUSE.split(trimmed, 2)[0].split("\\s+").length <= MAX_ACTION_WORDS;
        return fits && !SENTENCE_END.matcher(trimmed).find();
    }

    /**
     * The column of a header row that names functions, or a backlog's items, or -1. A two-cell row whose first cell
     * is the label ("| 用例名称 | 修改用户信息 |", over "| 参与者 | 管理员 |") opens a table of one thing's properties,
     * not of functions; a two-cell row of modules and no description ("| Module | Relationships |") names none either.
     */
    private static int functionColumn(String header) {
        List<String> cells = Outline.Table.cells(header);
        String first = withoutEmphasis(cells.get(0));
        if (cells.size() == 2 && (FUNCTION_COLUMN.matcher(first).matches() || MODULE_COLUMN.matcher(first).matches())
                && !FUNCTION_COLUMN.matcher(withoutEmphasis(cells.get(1))).matches()
                && !COLUMN_NAME.matcher(withoutEmphasis(cells.get(1))).matches()) {
            return -1;
        }
        for (Pattern column : List.of(FUNCTION_COLUMN, MODULE_COLUMN)) {
            for (int i = 0; i < cells.size(); i++) {
                if (column.matcher(withoutEmphasis(cells.get(i))).matches()) {
                    return i;
                }
            }
        }
        boolean backlog = cells.stream().anyMatch(cell -> PRIORITY_COLUMN.matcher(withoutEmphasis(cell)).matches());
        for (int i = 0; backlog && i < cells.size(); i++) {
            if (NAME_COLUMN.matcher(withoutEmphasis(cells.get(i))).matches()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The column that describes each module of a table of modules ("| 管理员端模块 | 功能说明 |"): there the
     * operations are in the descriptions ("管理创建者及填写者账号，配置用户权限"), where a table of functions names one
     * function a row. -1 for any other table.
     */
    private static int descriptionColumn(String header, int nameColumn) {
        List<String> cells = Outline.Table.cells(header);
        if (nameColumn < 0 || !MODULE_COLUMN.matcher(withoutEmphasis(cells.get(nameColumn))).matches()) {
            return -1;
        }
        for (int i = 0; i < cells.size(); i++) {
            if (i != nameColumn && DESCRIPTION_COLUMN.matcher(withoutEmphasis(cells.get(i))).matches()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A row of a table of functions: the function its name cell names, with the operations its description cell
     * states in a table of modules; nothing for an empty or rule row, or, in a backlog, a row of its name cell alone
     * ("| | The application should get the factors … |": the description of the requirement above, on a row of its
     * own).
     */
    private static Start functionRow(String line, int column, int descriptionColumn, boolean backlog) {
        if (TABLE_RULE.matcher(line).matches()) {
            return null;
        }
        List<String> cells = Outline.Table.cells(line);
        String name = column < cells.size() ? withoutEmphasis(cells.get(column)) : "";
        if (name.isEmpty() || TABLE_META.matcher(name).matches() || isNonFunctionalHeading(name)
                || backlog && cells.stream().filter(cell -> !cell.isBlank()).count() == 1) {
            return null;
        }
        String description = descriptionColumn >= 0 && descriptionColumn < cells.size()
                ? withoutEmphasis(cells.get(descriptionColumn)) : "";
        return new Start(Kind.LISTED, null, name, description);
    }

    /**
     * A table row whose first cell holds an id (or a story) is one item; its title comes from a prose cell. The row
     * above it tells a use case's name in its table of properties, a row each ("| 编号 | 1.1 |" over "| 名称 | 注册 |").
     */
    private static Start tableRowStart(String line, String above, boolean idColumn) {
        if (TABLE_RULE.matcher(line).matches()) {
            return null;
        }
        List<String> cells = cells(line);
        if (cells.isEmpty()) {
            return null;
        }
        String first = cells.get(0);
        for (int i = 0; i + 1 < cells.size(); i++) {
            if ((USE_CASE_NAME.matcher(cells.get(i)).matches() || i >= 2 && NAME_LABEL.matcher(cells.get(i)).matches()
                    && NUMBER_LABEL.matcher(cells.get(i - 2)).matches() && !cells.get(i + 1).isBlank())
                    && !isTemplatePart(cells.get(i + 1)) && !COLUMN_NAME.matcher(cells.get(i + 1)).matches()) {
                // "| 编号 | 101 | 用例名称 | 注册 |" in a use case's table of properties: the use case, its other rows
                // below it; not the header of a table of use cases, a row each ("| 用例编号 | 用例名称 | 参与者 |")
                return new Start(Kind.SCENARIO, null, cells.get(i + 1));
            }
        }
        List<String> aboveCells = above.startsWith("|") ? cells(above) : List.of();
        if (cells.size() == 2 && NAME_LABEL.matcher(first).matches() && !cells.get(1).isBlank()
                && aboveCells.size() == 2 && NUMBER_LABEL.matcher(aboveCells.get(0)).matches()) {
            // "| 编号 | 1.1 |" over "| 名称 | 浏览网页获取旅游项目信息 |" over "| 执行者 | 用户 |": the use case, its other
            // properties below it
            return new Start(Kind.SCENARIO, null, cells.get(1));
        }
        Matcher named = cells.size() == 1 ? LABELLED_USE_CASE_NAME.matcher(first) : null;
        if (named != null && named.find()) {
            // "| 用例编号：UC01 用例名称：登录 简要说明：… 前置条件：… |": a use case's table whose one cell runs its labelled
            // parts together, the use case its name
            return new Start(Kind.SCENARIO, null, named.group(1).strip());
        }
        IdMatch id = DOTTED_ID.matcher(first).matches() || idColumn && ANY_CODE.matcher(first).matches()
                ? new IdMatch(first, false, first.length()) : id(first);
        if (id != null && id.nonFunctional() || isNonFunctionalHeading(first)) {
            return Start.NON_FUNCTIONAL;
        }
        String story = storyInCells(cells);
        if (story != null && !isStory(first)) {
            return wishesNot(story) ? null : asksForItsMaking(story) ? Start.NON_FUNCTIONAL
                    : new Start(Kind.STORY, id == null ? null : id.id(), story);
        }
        String rest = id == null ? first : strip(ID_SEPARATOR, first.substring(id.end()));
        String text = id == null || isProse(rest) ? rest : proseCell(cells.subList(1, cells.size()), rest);
        if (id != null && SYSTEM_RESPONSE.matcher(text).find()) {
            return null;
        }
        if (id != null && CONSTRAINT.matcher(text).find()) {
            // "| Buy.Post.UserVaild.Logined | 发布求购信息的用户必须是已经登录的 |": a numbered rule, as on a line of its own
            return Start.NON_FUNCTIONAL;
        }
        Kind kind = isStory(text) ? Kind.STORY : id != null ? Kind.NUMBERED : null;
        return kind == null ? null : new Start(kind, id == null ? null : id.id(), text);
    }

    /**
     * The story a row of a story table holds after its number: in one cell, or with its role, wish and purpose in
     * cells of their own ("| 1 | As a teacher | I want to find books by genre | So that I can plan lessons |"), joined
     * into the one line it is. Null when no cell opens a story.
     */
    private static String storyInCells(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (isStory(cell)) {
                return cell;
            }
            // not the template's placeholder over a table of stories: "| As a <type of user> | I want <some goal> |"
            if (i + 1 < cells.size() && STORY_ROLE.matcher(cell).matches() && !STORY_TEMPLATE.matcher(cell).lookingAt()
                    && STORY_WISH.matcher(cells.get(i + 1)).lookingAt()) {
                String story = TITLE_TAIL.matcher(cell).replaceAll("") + ", " + cells.get(i + 1);
                return i + 2 < cells.size() && STORY_PURPOSE.matcher(cells.get(i + 2)).lookingAt()
                        ? story + " " + cells.get(i + 2) : story;
            }
        }
        return null;
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        for (String cell : row.split("\\|")) {
            String text = withoutEmphasis(Text.clean(cell));
            if (!text.isEmpty()) {
                cells.add(text);
            }
        }
        return cells;
    }

    /** The first cell that reads as requirement text, else the id cell's own text, else the next cell. */
    private static String proseCell(List<String> cells, String fallback) {
        return cells.stream().filter(RequirementItems::isProse).findFirst()
                .orElse((cells.isEmpty() || !fallback.isEmpty()) ? fallback : cells.get(0));
    }

    private static boolean isProse(String cell) {
        if (TABLE_META.matcher(cell).matches()) {
            return false;
        }
        int words = cell.split("\\s+").length;
        long chinese = cell.codePoints().filter(RequirementItems::isChinese).count();
        long letters = cell.codePoints().filter(Character::isLetter).count();
        return chinese >= 2 || words >= 2 && letters >= 3;
    }

    /** A title without the requirement id it opens with: "FR-11 用户管理" is "用户管理". */
    static String withoutId(String title) {
        IdMatch id = id(title);
        return id == null ? title : strip(ID_SEPARATOR, title.substring(id.end()));
    }

    private static IdMatch id(String text) {
        Matcher code = CODE_ID.matcher(text);
        if (code.lookingAt()) {
            return new IdMatch(code.group(1), code.group(2) != null, code.end());
        }
        Matcher word = WORD_ID.matcher(text);
        if (word.lookingAt()) {
            return new IdMatch(word.group(1), false, word.end());
        }
        Matcher feature = FEATURE_ID.matcher(text);
        return feature.lookingAt() ? new IdMatch(feature.group(1), false, feature.end()) : null;
    }

    /**
     * Whether a line that is neither a heading nor a list item is a non-functional or not-required section's title:
     * short, no sentence, the words of {@link #NON_FUNCTIONAL_HEADING}.
     */
    private static boolean isNonFunctionalTitle(String line) {
        if (MARKDOWN_HEADING.matcher(line).lookingAt()
                || LIST_MARKER.matcher(line).lookingAt() && sectionDepth(line) < 2) {
            return false;
        }
        String unnumbered = CHAPTER_NUMBER.matcher(Headings.withoutNumbering(withoutEmphasis(line))).replaceFirst("");
        String title = TITLE_TAIL.matcher(unnumbered).replaceAll("");
        return !title.isEmpty() && title.length() <= MAX_NON_FUNCTIONAL_HEADING
                && title.split("\\s+").length <= MAX_TITLE_WORDS && !PUNCTUATION_IN_NAME.matcher(title).find()
                && NON_FUNCTIONAL_HEADING.matcher(title).lookingAt();
    }

    /**
     * How deep the section number before a title on a line of its own is: "3. 具体需求" 1, "7.1安全性" 2; 0 for a line
     * that is no such title ("1. 系统应设置访问用户的标识…；", a table of contents' "2.4一般约束 3").
     */
    private static int sectionDepth(String line) {
        Matcher number = SECTION_TITLE.matcher(line);
        if (!number.lookingAt()) {
            return 0;
        }
        String title = line.substring(number.end());
        return title.length() <= MAX_NON_FUNCTIONAL_HEADING && !PUNCTUATION_IN_NAME.matcher(title).find()
                ? number.group(1).split("[.．]").length : 0;
    }

    private static boolean isNonFunctionalHeading(String text) {
        return text.length() <= MAX_NON_FUNCTIONAL_HEADING && NON_FUNCTIONAL_LINE.matcher(text).lookingAt();
    }

    /** "Players add their score to the leaderboard", "1.1 Managers create tournaments": what a role does, as stated. */
    private static boolean actorDoes(String text, Predicate<String> opensWithOperation) {
        Matcher actor = ACTOR.matcher(text);
        if (!actor.lookingAt()) {
            actor = SYSTEM_DOES.matcher(text);
        }
        return actor.lookingAt() && opensWithOperation.test(text.substring(actor.end()))
                && !CONSTRAINT.matcher(text).find();
    }

    /**
     * Whether a story asks that its role may not do something: a rule, not an operation. Its purpose may say what it
     * avoids ("… so that I don't recommend a book already on loan") and still wish for one.
     */
    private static boolean wishesNot(String story) {
        return NEGATIVE_WISH.matcher(wishOf(story)).find();
    }

    /**
     * Whether a story is its builder's wish for a quality of the system's making ("As a developer, I want to make a
     * clean code base …"), not for what its users get ("… to allow users to share their image").
     */
    private static boolean asksForItsMaking(String story) {
        return BUILDERS_STORY.matcher(story).lookingAt() && !FOR_USERS.matcher(wishOf(story)).find();
    }

    /** A story without its purpose: "… I want X so that Y" is "… I want X". */
    private static String wishOf(String story) {
        return PURPOSE.split(story, 2)[0];
    }

    static boolean isStory(String text) {
        return (ENGLISH_STORY.matcher(text).lookingAt() || CHINESE_STORY.matcher(text).lookingAt())
                && !STORY_TEMPLATE.matcher(text).lookingAt();
    }

    private static String strip(Pattern prefix, String text) {
        Matcher m = prefix.matcher(text);
        return m.lookingAt() ? Text.clean(text.substring(m.end())) : text;
    }

    private static String withoutEmphasis(String text) {
        boolean emphasised = text.indexOf('`') >= 0 || text.contains("**") || text.contains("__");
        return Text.clean(emphasised ? EMPHASIS.matcher(text).replaceAll("") : text);
    }

    /**
     * The items of the list that a lead-in ending the item's first lines opens ("Manage shifts - as an administrator,
     * I need to be able to:" over "· Create new shifts by …", "· Cancel a scheduled shift …"), without their
     * markers; empty when the item has no such list.
     */
    static List<String> ledItems(Item item) {
        int[] list = ledList(item.lines());
        return list == null ? List.of() : item.lines().subList(list[0], list[1]).stream()
                .map(RequirementItems::textOf).toList();
    }

    /**
     * Where the list led in by a line ending in a colon starts and ends, when the lines end in that lead-in or in
     * list items after it (a table restating them may close the item); null otherwise.
     */
    private static int[] ledList(List<String> lines) {
        int end = lines.size();
        while (end > 1 && Text.clean(lines.get(end - 1)).startsWith("|")) {
            end--;
        }
        int at = end;
        while (at > 1 && LIST_MARKER.matcher(Text.clean(lines.get(at - 1))).lookingAt()) {
            at--;
        }
        String lead = Text.clean(lines.get(at - 1));
        return lead.endsWith(":") || lead.endsWith("：") ? new int[] {at, end} : null;
    }

    /**
     * A continuation line's text, as {@link #textOf}; a table row's without its own id's cell: "| Buy.Post.Edit.Emotion
     * .Insert | 系统将算中表情插入 |" says what "| Sale.Post.Edit.Emotion.Insert | 系统将算中表情插入 |" says.
     */
    private static String stepText(String line) {
        List<String> cells = line.startsWith("|") ? cells(line) : List.of();
        boolean identified = cells.size() > 1
                && (DOTTED_ID.matcher(cells.get(0)).matches() || id(cells.get(0)) != null);
        return identified ? withoutEmphasis(String.join(" ", cells.subList(1, cells.size()))) : textOf(line);
    }

    /** A continuation line's text without its list marker, checkbox and emphasis. */
    private static String textOf(String line) {
        String body = strip(LIST_MARKER, line.startsWith("|") ? String.join(" ", cells(line)) : line);
        return withoutEmphasis(strip(CHECKBOX, body));
    }

    /** First sentence of the requirement text, cut on a word boundary to fit the title length. */
    static String title(String text) {
        String sentence = Text.collapse(text);
        Matcher end = SENTENCE_END.matcher(sentence);
        if (end.find() && end.start() > 0) {
            sentence = sentence.substring(0, end.start());
        }
        if (sentence.length() <= MAX_TITLE_LENGTH) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_TITLE_LENGTH - 1);
        // Chinese has no spaces to cut on, so it is cut at the length itself
        String head = sentence.substring(0, cut > MAX_TITLE_LENGTH / 2 ? cut : MAX_TITLE_LENGTH - 1);
        return TITLE_TAIL.matcher(head).replaceAll("") + "…";
    }

    /** Lower-case, no punctuation, single spaces: copies that differ only in formatting compare equal. */
    private static String normalise(String text) {
        String plain = PUNCTUATION.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return Text.collapse(Text.clean(plain));
    }

    private record IdMatch(String id, boolean nonFunctional, int end) {
    }

    /**
     * What an item line opens: its kind (null for a non-functional requirement), id, requirement text and, for an
     * action named by the first clause after a label, the label's whole text ("搜索用户，添加用户以及删除用户").
     */
    private record Start(Kind kind, String id, String text, String operations) {

        static final Start NON_FUNCTIONAL = new Start(null, null, "");

        Start(Kind kind, String id, String text) {
            this(kind, id, text, "");
        }

        boolean isNonFunctional() {
            return kind == null;
        }
    }

    /** An item while its lines are being collected. */
    private static final class Draft {

        private final Start start;
        private final List<String> lines = new ArrayList<>();
        private boolean inCriteria;
        /** The level of the heading that states the item, 0 when a line states it. */
        private final int headingLevel;
        /** The heading that names the item, when it is alone under one ({@link #nameByHeading}). */
        private String heading;
        /** The label line's group the item is a line of ({@link #labelGroups}), 0 for none. */
        private int group;
        /** An epic's own story, under "Epic 1:": what its sub-stories are part of. */
        private boolean umbrella;

        Draft(Start start, String line) {
            this.start = start;
            lines.add(line);
            headingLevel = MARKDOWN_HEADING.matcher(line).lookingAt() ? headingLevel(line) : 0;
        }

        Kind kind() {
            return start.kind();
        }

        /** An id alone on its line ("User story 1:"), nothing under it yet. */
        boolean isBareId() {
            return kind() == Kind.NUMBERED && start.text().isEmpty() && lines.size() == 1 && headingLevel == 0;
        }

        void add(String line) {
            if (isBareId() && PAGE_NUMBER.matcher(Text.clean(line)).matches()) {
                // "FR-12" over "24" over its requirement: a page's number between them
                return;
            }
            lines.add(line);
            inCriteria |= ACCEPTANCE_LABEL.matcher(textOf(line)).lookingAt();
        }

        /** Whether the item's lines end in a lead-in ("I need to be able to:") or in the list it opens. */
        boolean leadsIn() {
            return kind() != Kind.NUMBERED && kind() != Kind.SCENARIO && ledList(lines) != null;
        }

        /**
         * Items under a story's acceptance criteria (checkboxes, statements, actions) are its criteria; the
         * statements and steps in the section of a requirement stated as a heading ("### FR-03 记录编辑与删除") are
         * its flows and criteria, down to the next heading of its level.
         */
        boolean absorbs(Start next, String line) {
            if (next.kind() == Kind.NUMBERED) {
                return false;
            }
            if (kind() == Kind.NUMBERED && headingLevel > 0) {
                return !MARKDOWN_HEADING.matcher(line).lookingAt() || headingLevel(line) > headingLevel;
            }
            if (kind() == Kind.SCENARIO) {
                // its steps ("Creates a new account"), whatever they look like
                return next.kind() != Kind.SCENARIO && next.kind() != Kind.STORY;
            }
            if (isNamedRequirement() && next.kind() == Kind.STATEMENT) {
                // "F1.1: User Registration" over "1. The system shall allow new users to create accounts", "FR-AUTH-001
                // — User Registration" over "The system shall allow a new user to create an account": what the
                // requirement it names shall do
                return true;
            }
            if (isNamedRequirement() && next.kind() == Kind.STORY
                    && lines.stream().filter(text -> !text.isBlank()).count() == 1) {
                // "US01 – Apply for Leave" over "As an employee, I want to submit a leave request …": the story it names
                return true;
            }
            if (kind() == Kind.NUMBERED && start.text().isEmpty() && next.kind() == Kind.STORY
                    && lines.stream().filter(text -> !text.isBlank()).count() == 2
                    && isCardName(textOf(lines.get(1)))) {
                // "US-1.1 P0" over "Email Registration" over "As a new user, I want …": the story the card names
                return true;
            }
            if (CALL_SIGNATURE.matcher(start.text()).matches()) {
                // "get_all_users()" over "Get request", "Returns all users in the table": a function's notes
                return !CALL_SIGNATURE.matcher(next.text()).matches();
            }
            if ((kind() == Kind.STATEMENT && leadsIn() || kind() == Kind.NUMBERED && ledList(lines) != null)
                    && next.kind() == Kind.ACTION && LIST_MARKER.matcher(line).lookingAt()) {
                // "A user can:" over "1. Create an account", "2. Log in"; "R1.3 Clients shall be able to:" over
                // "- create a booking"
                return true;
            }
            // a story's criteria, and the scenarios that check it
            return kind() == Kind.STORY && (inCriteria && next.kind() != Kind.STORY || next.kind() == Kind.SCENARIO
                    || next.kind() == Kind.STATEMENT);
        }

        /** A numbered requirement that names what it is ("FR-AUTH-001 — User Registration"), its statement below. */
        boolean isNamedRequirement() {
            return kind() == Kind.NUMBERED && isFeatureName(start.text());
        }

        /** Whether the item is an operation's or feature's name rather than a requirement's text. */
        private boolean isNamed() {
            return kind() == Kind.ACTION || kind() == Kind.STEP || kind() == Kind.FEATURE || kind() == Kind.LISTED
                    || kind() == Kind.SPECIFIED;
        }

        /** The requirement text without id or markers, continuation lines included: what duplicates share. */
        String key() {
            if (isNamed()) {
                // an operation listed again with another description is the same operation
                return normalise(start.text());
            }
            return normalise(fullText());
        }

        /** A question put to the reader ("What knowledge will the team need to acquire …?"): no requirement. */
        boolean asks() {
            return QUESTION.matcher(fullText()).lookingAt();
        }

        private String fullText() {
            StringBuilder text = new StringBuilder(start.text());
            lines.subList(1, lines.size()).forEach(line -> text.append(' ').append(stepText(line)));
            return text.toString();
        }

        Item toItem() {
            String text = start.text();
            if (text.isEmpty() && lines.size() > 1) {
                // "**FR-1**" alone on its line: the requirement text is the next line
                text = textOf(lines.get(1));
            }
            return new Item(start.id(), heading != null ? heading : title(wrappedSentence(text)),
                    requirementText(text), lines, start.kind(), group);
        }

        /** The first line that goes on with the text: the second, or the third when the text is the second's. */
        private int continuationFrom(String text) {
            return text.equals(start.text()) ? 1 : 2;
        }

        /**
         * A requirement's first sentence with the lines a page's width wrapped it onto ("The system shall allow users
         * to sort through the leaderboards based on" over "criteria like error %."): each opens in lower case.
         */
        private String wrappedSentence(String text) {
            if (isNamed() || SENTENCE_END.matcher(text).find()) {
                return text;
            }
            StringBuilder sentence = new StringBuilder(text);
            for (String line : lines.subList(continuationFrom(text), lines.size())) {
                String next = Text.clean(line);
                // ("url:user_login" under "功能作用：普通用户登录" is a fact of its own, labelled)
                if (next.isEmpty() || !Character.isLowerCase(next.codePointAt(0))
                        || WORD_LABEL.matcher(next).lookingAt()) {
                    break;
                }
                sentence.append(' ').append(next);
                if (SENTENCE_END.matcher(next).find()) {
                    break;
                }
            }
            return sentence.toString();
        }

        /**
         * An action's or feature's name alone (an action's label text when it lists operations); any other
         * requirement with its continuation lines.
         */
        private String requirementText(String text) {
            if ((kind() == Kind.ACTION || kind() == Kind.LISTED) && !start.operations().isEmpty()) {
                return start.operations();
            }
            if (isNamed() || lines.size() < 2) {
                return text;
            }
            StringBuilder whole = new StringBuilder(text);
            lines.subList(continuationFrom(text), lines.size()).forEach(line -> whole.append(' ').append(textOf(line)));
            return Text.collapse(whole.toString());
        }
    }
}
