package io.docroute.document;

import io.docroute.vocabulary.Vocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP method and path a block states, read deterministically from its lines in the spellings real documents
 * use: {@code POST /api/users/login}, {@code **URL:** /register} with {@code Method: GET}, a table row
 * {@code | 请求方式 | POST |}, {@code GET users/?page=1&size=10}, {@code PUT users/${id}}, {@code delete:/api/x/$ids}.
 * The path is normalised: no scheme, host or base-URL variable, no query string (its names are kept), a leading
 * and no trailing slash, and every placeholder or sample id written {@code {name}}.
 *
 * @param method          upper-case method, or null when the block states none
 * @param path            the normalised path, or null when the block states none
 * @param queryParameters names from the stated path's query string, in order
 */
public record StatedEndpoint(String method, String path, List<String> queryParameters) {

    public static final StatedEndpoint NONE = new StatedEndpoint(null, null, List.of());

    private static final String METHODS = "GET|POST|PUT|PATCH|DELETE";
    // what may stand between a method and its path: a colon, or a dash or comma before the slash or the URL:
    // "GET - /x", "POST -- http://localhost:5050/api/signin"
    static final String METHOD_SEPARATOR = "(?:[:：]|(?:--|[-–—,，])(?=\\s*(?:/|https?://)))";
    // who may call an interface, in brackets, after the icons an exported page draws before it: "࿪ (Private)"
    static final String ACCESS_TAG = "(?:[^\\sA-Za-z0-9\\p{IsHan}]{1,3}\\s+)?[(（][A-Za-z\\p{IsHan}]{1,20}[)）]";
    // a path as written: an optional scheme and host or base-URL variable, then segments, then a query string
    private static final String PATH = "((?:https?://[^\\s/`'\"<>|]+)?(?:\\{\\{[^}\\s]+}}|\\$\\{[^}\\s]+})?"
            + "/?(?:\\{[^{}\\s/]*\\p{IsHan}[^{}\\s/]*}|[A-Za-z0-9_\\-.{}$:~@%<>\\[\\]/])*(?:\\?[^\\s`'\"|]*)?)";
    // "POST /x", "POST: /x", "GET - /x", "`GET`, /x", "POST users/x", "GET "/x"" (the path quoted, as route lists
    // copied from code write it), "DEL /x" (DELETE cut short, before a slash); a method in other cases only in the
    // "get:/x" shorthand or before a slash ("Get /x", "Patch/x"), where prose's "or" ("so that I don't
    // get/recommend a book") is no method; nor is a segment of a path ("/system/delete/comp_info")
    private static final Pattern INLINE = Pattern.compile(
            "(?<![A-Za-z0-9_])(?:(" + METHODS + "|DEL(?=\\s+/))\\s*" + METHOD_SEPARATOR + "?\\s*[\"'`]?"
                    + "|(?i:(" + METHODS + "))\\s*:\\s*"
                    + "|(?<!/)(?i:(get|post|put|patch|delete))(?:\\s+(?=/)|(?=/)(?!/[A-Za-z]+\\s+[a-z])"
                    + "|\\s*(?:--|[-–—])\\s*(?=https?://)))" + PATH);
    private static final int PATH_GROUP = 4;
    // a route that takes several methods, written before it: "GET/POST /dish/add", "PATCH / DELETE /incidents/{id}"
    private static final Pattern METHODS_BEFORE_PATH = Pattern.compile(
            "^[\"'`]?((?:" + METHODS + ")(?:\\s*[/,&]\\s*(?:" + METHODS + "))+)\\s*[\"'`]?\\s+" + PATH);
    // between the endpoints a line lists: "GET /api_usage, POST /auth"
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,，;；、]\\s*");
    // a route written as a template whose last segment the names listed below fill: "api格式为'/api/user/...'"
    private static final Pattern ROUTE_TEMPLATE = Pattern.compile("(/[A-Za-z][\\w/-]*)/(?:\\.{3}|…)");
    // a name alone on its line, or before the code it runs: "search_id_exist", "change_fine:'update borrow …'"
    private static final Pattern TEMPLATE_NAME = Pattern.compile("^([A-Za-z_]\\w*)(?:\\s*[:：]\\s*(['\"`].*))?$");
    // "/teacher/setAssistant(POST)": the path, then its method in brackets
    private static final Pattern PATH_THEN_BRACKETED_METHOD = Pattern.compile(
            "^(/[A-Za-z][\\w{}:./-]*)\\s*[（(]\\s*(?i:(" + METHODS + "))\\s*[)）]$");
    // the root, the one path without a letter, on a line of its own or before what it does: "GET /", "GET / - loads
    // React web app", "GET / -> Dashboard", "GET / (Root)"
    private static final Pattern ROOT_ROUTE = Pattern.compile(
            "^[\"'`]?(" + METHODS + ")[\"'`]?\\s+[\"'`]?/[\"'`]?"
                    + "(?:$|\\s*(?:[-–—]+|->|=>|→|[:：])\\s*\\S|\\s*[(（]|\\s{2,}\\S)");
    private static final Pattern QUOTED_VALUE = Pattern.compile("^r?['\"`]([^'\"`\\s]+)['\"`]\\s*,?$");
    // the anchors of a route written as a regular expression, Django's r'^signUp/$': no part of the path
    private static final Pattern ROUTE_ANCHORS = Pattern.compile("^\\^|\\$$");
    private static final Pattern ROUTE_WORD = Pattern.compile("[A-Za-z][\\w-]*(?:/[\\w{}:.-]+)*");
    // "使用put请求 /api/book", "Get方式", "post请求/api/user/login", "post请求，请求头：/user/add", "第二次采用get请求，
    // 显示帖子评论，请求头：/review/query/{id}": the method named as the request's kind, the path after it, on its
    // own or after a short label (and a clause saying what the request does); after a label the path may leave out
    // its leading slash ("请求头：post/query/{postId}", where "post" is the path's first segment, not a method)
    private static final Pattern CHINESE_METHOD = Pattern.compile(
            "(?<![A-Za-z])(?i:(" + METHODS + "))\\s*(?:请求|方式|方法)(?:"
                    + "(?:\\s*[，,]\\s*(?:[\\p{IsHan}A-Za-z ]{1,12}\\s*[，,]\\s*)?[\\p{IsHan}A-Za-z ]{1,8}\\s*[:：]|\\s*[:：])\\s*"
                    + "(/[^\\s，。,;；]*|[A-Za-z][\\w-]*(?:/[^\\s，。,;；/]+)+)"
                    + "|\\s*(/[^\\s，。,;；]*))?");
    private static final int MAX_STATEMENT_LINE = 80;
    private static final Pattern PLACEHOLDER_NAME = Pattern.compile("\\{[^{}/]*}");
    // a line that is only a request's URL: "http://{{ip}}:8080/auth/register", "{{baseUrl}}/users"
    private static final Pattern BARE_URL = Pattern.compile("^(?:https?://[^\\s/]+|\\{\\{[^}\\s]+}}(?::\\d+)?)(/\\S*)$");
    // "Get Open Venues - /catalog/venues/{page} (GET)", "Create a new grocery list - /lists/ (POST) (Complex
    // Endpoint)": an interface's name, a dash, its path and its method in brackets, a note in brackets after it
    private static final Pattern TITLE_PATH_METHOD = Pattern.compile(
            "^[^/]{1,60}?\\s+[-–—]\\s+(/[^\\s()（）]*)\\s*[（(]\\s*(?i:(" + METHODS + "))\\s*[)）]"
                    + "(?:\\s*[（(][^()（）]*[)）])?$");
    // "1 /api/register POST username:": a table's row flattened into a line, its number before its path
    private static final Pattern ROW_NUMBER = Pattern.compile("^\\d{1,3}\\s+(?=/[A-Za-z])");
    // a title, then its path or URL alone in brackets: "login (/login)", "登出（http://localhost:8080/app/logout.do）"
    private static final Pattern TITLE_THEN_BRACKETED_PATH = Pattern.compile(
            "^[^()（）/]{1,30}?\\s*[（(]\\s*((?:https?://[^\\s/()（）]+)?/[A-Za-z][^\\s()（）]*)\\s*[)）]$");
    // an interface's title line, then its path after a space: "- [X] 关注会员 /api/user/follow", "## Topics /topics"
    private static final Pattern TITLE_THEN_PATH = Pattern.compile(
            "^(?:#{1,6}\\s+|[-*+]\\s+)?(?:\\[[ xX]]\\s+)?[^\\s/#*+\\-\\[][^/:：]{0,29}?\\s+"
                    + "(/[A-Za-z][\\w{}:.-]*(?:/[\\w{}:.-]+)*)$");
    // an interface's title line, its path first and its Chinese name after it: "## /user/login 登录接口",
    // "# 1、loginAPI.aspx 登录接口" (a server page's file, its slash left out)
    private static final Pattern PATH_THEN_TITLE = Pattern.compile(
            "^(?:#{1,6}\\s+)?(?:\\d{1,3}\\s*[、.．)]\\s*)?(/[A-Za-z][\\w{}:.-]*(?:/[\\w{}:.-]+)*"
                    + "|[A-Za-z_][\\w-]*(?:/[\\w-]+)*\\.(?i:aspx|ashx|asp|php|jsp|do|action|cgi))"
                    + "\\s+(\\p{IsHan}[^/]{0,29})$");
    // a URL with its host, the scheme left out or not: "localhost:8080/api/tutorials", "t.cn:82/api/v1/user"
    private static final Pattern HOSTED_URL = Pattern.compile(
            "^(?:https?://)?(?:localhost|\\d{1,3}(?:\\.\\d{1,3}){3}|[a-z0-9-]+(?:\\.[a-z0-9-]+)+)(?::\\d{1,5})?/\\S*$");
    // "t.cn:82/api/v1/user  类型：Post": the URL first, its method labelled after it
    private static final Pattern URL_THEN_METHOD = Pattern.compile(
            "^(\\S*/\\S*)\\s+(?:类型|请求方式|请求类型|方法|方式|method|type)\\s*[:：]\\s*(?i:(" + METHODS + "))\\b.*$");
    // "/users/<int:id>    GET    admin": a route list's path first, its method in the next column, or after an arrow
    // ("/api/students/:id --> GET Request")
    private static final Pattern PATH_THEN_METHOD = Pattern.compile(
            "^(/\\S*)\\s+(?:(?:-+>|=>|→)\\s*)?(" + METHODS + ")(?:\\s.*)?$"
                    // "/user/login.do post(代码需要 post 方式请求)": a method in lower case, alone or before its note;
                    // or before what it does in Chinese ("/customer/findAll      get      查询所有顾客信息")
                    + "|^(/\\S*)\\s+((?i:" + METHODS + "))(?:\\s*[（(].*|\\s+\\p{IsHan}.*)?$");
    // "POST 增加运动员  /system/player/add", "3:post 比赛信息列表 /system/comp_info": a list numbered or not, each line
    // the method, the interface's name, then its path
    private static final Pattern METHOD_NAME_PATH = Pattern.compile(
            "^(?:\\d{1,2}[:：]\\s*)?(?i:(" + METHODS + "))\\s+(?:([^/\\s:：][^/:：]{0,29}?)\\s+)(/[^\\s?？]*)(?:[?？].*)?$");
    private static final Pattern HAN_NAME = Pattern.compile("\\p{IsHan}[\\p{IsHan}\\s]*");
    // a placeholder's type converter: "<int:lot_id>" (Flask), "{id:int}" (Starlette)
    private static final Pattern CONVERTER = Pattern.compile(
            "^(?:int|string|str|float|path|uuid|any)\\s*:\\s*(?=\\w)"
                    + "|(?<=\\w)\\s*:\\s*(?:int|str|string|float|path|uuid)$");
    // a label's value written as a list item of its own: "- POST" under "#### 请求方式"
    private static final Pattern VALUE_BULLET = Pattern.compile("^[-*+" + Text.LIST_GLYPHS + "]\\s+");
    // a line that is only a URL on a development server or below a named base ("Base_Url/booking/id",
    // "{{host}}/x", "<api-url>/x", "http://域名/x"): an interface's address, where a public site's is a link,
    // unless its path opens with api ("gym.example.cn/api/login")
    private static final Pattern LOCAL_URL = Pattern.compile(
            "^(?:https?://\\p{IsHan}[\\p{IsHan}\\w]{0,10}"
                    + "|(?:https?://)?[a-z0-9-]+(?:\\.[a-z0-9-]+)+(?=(?::\\d{1,5})?/api/)"
                    + "|(?:https?://)?(?:localhost|\\d{1,3}(?:\\.\\d{1,3}){3}|\\{\\{[^}\\s]+}}"
                    + "|(?i:base[-_]?ur[li]|api[-_]?(?:url|host))"
                    + "|[<{](?i:[^<>{}/]*(?:url|host|base|server|domain)[^<>{}/]*)[>}]))(?::\\d{1,5})?(/\\S*)$");
    // a full URL, its scheme, host and path, up to a space or Chinese text
    private static final String FULL_URL = "(https?://[^\\s/\\p{IsHan}]+/[^\\s\\p{IsHan}]*)";
    // "详情http://egblog.com/api/blog/info?id=36  get": a full URL, after the interface's name or alone on its line
    private static final Pattern NAMED_URL = Pattern.compile("^([^\\s:：/]{0,24}?)\\s*" + FULL_URL + "(.*)$");
    private static final Pattern LAST_WORD = Pattern.compile("\\s(\\S+)$");
    // an interface's name, a colon and its full URL: "GETALL: https://gcucloud.herokuapp.com/messaging/getall"
    private static final Pattern NAME_THEN_URL = Pattern.compile(
            "^[\\p{L}\\d][\\p{L}\\d _-]{0,39}[:：]\\s*" + FULL_URL + "$");
    // how a note says the method after a URL: "get", "POST", "post方式", "后接id get方式，", "post 请求"; a lower-case
    // method closing a sentence ("… you can get.") says nothing
    private static final Pattern METHOD_NOTED = Pattern.compile(
            "(?:^|\\s|[，,；;。\\p{IsHan}])(?:(?i:(" + METHODS + "))\\s*(?:方式|请求)|(" + METHODS + ")|(?i:(" + METHODS + ")))"
                    + "\\s*[；;，,。]*$");
    private static final int MAX_NOTE_LINES = 3;
    // a sentence that opens with the method it is about: "有post请求新增…", "有delete方法，…", "Get方法表示获取…",
    // "方法post，表示新增…"
    private static final Pattern SPOKEN_METHOD = Pattern.compile(
            "^(?:有)?(?i:(" + METHODS + "))\\s*(?:请求|方法|方式)|^方法\\s*(?i:(" + METHODS + "))(?![A-Za-z])");
    // a path after a few words that lead to it, or two paths that share what follows: "最基础的/teamPost",
    // "接口`/favouritePersonPost` 或者`/favouriteTeamPost`"
    private static final Pattern LED_PATHS = Pattern.compile(
            "^(?:\\p{IsHan}{1,8}\\s*)?(`?/[\\w{}/.-]+`?(?:\\s*(?:或者|或|、|,|，)\\s*`?/[\\w{}/.-]+`?)*)$");
    private static final Pattern PATH_ALTERNATIVE = Pattern.compile("\\s*(?:或者|或|、|,|，)\\s*");
    // "url: './x',", "\"url\": \"/x\"": the key of a request's object literal that holds its address
    private static final Pattern URL_KEY = Pattern.compile("^['\"]?(?i:url|uri)['\"]?\\s*:.*");
    private static final int MAX_OBJECT_LINES = 15;
    // a Chinese title that names its method in brackets or closes with it: "刊授课程列表（POST）", "课程目录(pdf文件)get",
    // "用户登陆 **POST**"
    private static final Pattern METHOD_IN_TITLE = Pattern.compile(
            "\\p{IsHan}.*?(?:[（(]\\s*(?i:(" + METHODS + "))\\s*[)）]"
                    + "|(?<=[\\p{IsHan}）)])\\s*(?i:(" + METHODS + "))\\s*$)");
    // "GET - get all": a method and what it does, its URL on the next line
    private static final Pattern METHOD_AND_WORDS = Pattern.compile("^(" + METHODS + ")\\s+[-–—:]\\s+([^/]+)$");
    // "GET all users" over "/api/users/all": a heading naming the method and what it does, its path alone below
    private static final Pattern METHOD_THEN_WORDS = Pattern.compile("^(" + METHODS + ")\\s+(?:[-–—:]\\s+)?([^/]{1,60})$");
    private static final Pattern DESCRIBED = Pattern.compile(
            "^(" + METHODS + ")\\s+[-–—|]\\s+[^/]{1,80}?\\s*[-–—|>]+\\s+(\\S+)$");
    private static final Pattern USING = Pattern.compile(
            "^([^.,;:。，；：]{3,80}?)\\s+(?i:using|via|through|->|=>|→)\\s+(" + METHODS + ")\\s+(/\\S*)$");
    private static final Pattern LABEL_WITHOUT_COLON = Pattern.compile(
            "^([A-Za-z]+(?:\\s[A-Za-z]+)?|\\p{IsHan}{2,6})\\s+(?=(?:" + METHODS + ")\\s+/)");
    private static final int MAX_LABEL_LENGTH = 40;
    // "Admin - POST /x": a role or remark before the method, set off by a dash; "B GET /x", "[R] GET /x": a short
    // tag (a route list's letter for browse, read, edit, add, delete), or the word itself ("Read GET/menu/:id");
    // "(Private) GET /x": who may call it; "'POST /api/users' - creates a user": the quote a route list wraps each
    // route in; "HTTP PUT /x": the protocol named before its method; "// POST /x": a code listing's comment above
    // the types of the call it names
    private static final Pattern DASHED_PREFIX = Pattern.compile(
            "^(?:(?:[^/:：|]{1,24}?\\s+[-–—]\\s+|\\[?[A-Z]{1,3}]?\\s+|(?:Browse|Read|Edit|Add|Delete)\\s+"
                    // "newUser  POST /users/  Creates a new user.": the handler's name, a table's row flattened
                    + "|[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+\\s+|[a-z][a-z0-9]*(?:_[a-z0-9]+)+\\s+"
                    + "|" + ACCESS_TAG + "\\s*|['\"])(?:HTTP\\s+)?|HTTP\\s+|//+\\s*)"
                    + "(?=(?:" + METHODS + ")\\b)");
    // "登录页接口 '/data'", "注册接口：/logon": an interface's name, as the label of its path
    private static final Pattern NAMED_INTERFACE = Pattern.compile("\\p{IsHan}{1,8}接口");
    // an aside in brackets after a value or a route: "（前者是队伍id…）", "【news_id:新闻ID】"
    private static final Pattern TRAILING_ASIDE = Pattern.compile("\\s+[【（(][^【】（）()]*[】）)]$");
    // "URL", "Endpoint", "请求地址", and a qualified one such as "local API" or "Request URL" (a base or server
    // address is no interface's)
    private static final String CHINESE_PATH_LABELS =
            "接口|地址|路径|接口地址|请求地址|请求路径|接口路径|请求url|接口url|访问url|访问地址|访问路径|请求链接|服务路径|服务名"
                    + "|话题名";
    private static final Pattern PATH_LABEL = Pattern.compile(
            "^(?:(?!(?:base|root|server|host|home|base_url)\\b)[a-z]+(?:\\s[a-z]+)?\\s)?(?:url|path|uri|route|endpoint|api|resource)$"
                    // "link: {{base_url}}/users", "API Link:- http://127.0.0.1:8000/items/", not a page's link
                    + "|^(?:(?:api|request|endpoint)\\s)?link$"
                    + "|^(?:" + CHINESE_PATH_LABELS + ")"
                    // followed by its English rendering: "请求地址URL"
                    + "(?:\\s*(?:url|uri|path|address))?$",
            Pattern.CASE_INSENSITIVE);
    // the label of the address a router's routes are under
    private static final Pattern ADDRESS_LABEL = Pattern.compile("^(?i:end\\s+points?|base\\s+(?:url|path))$");
    // a method, an arrow and what the request does: "delete -> delete all the user"
    private static final Pattern METHOD_ARROW = Pattern.compile("^(?i:(" + METHODS + "))\\s*(?:-+>|=>|→)\\s*\\S");
    // a path's label that names its method first: "POST路径：/Login", "GET URL: /x"
    private static final Pattern METHOD_PATH_LABEL = Pattern.compile(
            "^(?:[-*+]\\s+)?((?i:get|post|put|patch|delete))\\s*(?:(?:请求)?(?:路径|地址)|(?i:url|path|endpoint))"
                    + "\\s*[:：]\\s*(?=\\S)");
    // a label that names the request, whatever it says of it
    private static final Pattern REQUEST_LABEL = Pattern.compile("^(?i:request)\\s+\\w+$");
    // the labels of a URL that is a request's whatever host it is on: one of the environments it is served in ("| 开发环境
    // | http://host:8086/public/login |", "Production: https://x.io/api/login", the same path in each), or a sample
    // request ("请求示例：http://kzs.7east.cn/front/app/getStu?studentName=peter11")
    private static final Pattern REQUEST_ADDRESS_LABEL = Pattern.compile(
            "^(?:(?:开发|测试|生产|正式|线上|本地|预发布?)环境(?:地址)?"
                    + "|(?i:(?:development|dev|test|testing|staging|production|prod|sandbox)"
                    + "(?:\\s+(?:environment|env|server))?)"
                    + "|请求示例|示例请求|请求样例|调用示例|(?i:request\\s+example|example\\s+request|sample\\s+request))$");
    // a path of the API's root alone: "/api", "/api/v1"
    private static final Pattern API_ROOT = Pattern.compile("^(?:/(?i:api|rest|v\\d+(?:\\.\\d+)?))*/?$");
    // "请求路径：login": a path of one word, written without its slash; a path only beside a labelled method
    // "Post user/register  //注册", "Get  course/removeCourse/{id}": a method in any case, then a route without its
    // slash as code writes it, alone on its line; a route, not a requirement's words joined by a slash ("Delete
    // users/groups"), when a comment follows it or it has a camel-case word or a placeholder
    private static final Pattern CODED_ROUTE = Pattern.compile(
            "^(?i:(get|post|put|patch|delete))\\s+([A-Za-z][\\w-]*/\\s?[\\w{}/-]*[\\w}])\\s*(//.*)?$");
    private static final Pattern CAMEL_OR_PLACEHOLDER = Pattern.compile("[a-z][A-Z]|\\{");
    // a route as code declares it, pasted into a document: "@bp.route('/api/v1/user/bind', methods=['POST'])",
    // "@GetMapping("/users/{id}")", "@app.post('/items')", "router.get('/x', auth, handler)"
    private static final Pattern DECLARED_ROUTE = Pattern.compile(
            "^@?(?:[A-Za-z_]\\w*\\.)*(route|get|post|put|patch|delete|(Get|Post|Put|Patch|Delete|Request)Mapping)"
                    + "\\s*\\(\\s*(?:(?:value|path)\\s*=\\s*)?[\"'](/[^\"'\\s]*)[\"'](.*)$");
    // a class as Java or Kotlin declares it: "public class HurdleController {"
    private static final Pattern CLASS_DECLARATION = Pattern.compile(
            "^(?:(?:public|final|abstract|open)\\s+)*class\\s+\\w+");
    private static final int MAX_ANNOTATIONS = 4;
    // the quoted path a route's declaration names
    private static final Pattern PATH_LITERAL = Pattern.compile("([\"'])(/[^\"'\\s]*)\\1");
    // the method a route's declaration names: "methods=['POST']", "method = RequestMethod.PUT"
    private static final Pattern DECLARED_METHOD = Pattern.compile(
            "(?i)\\bmethods?\\s*=\\s*[\\[{(]?\\s*(?:RequestMethod\\.)?[\"']?(" + METHODS + ")\\b");
    // a routes-only list's line: a path alone, or before an arrow or a dash (or a few) and what it does, quoted or not
    // ("/artwork/getAll", "/register/artist -> check the logcontroller", "'/createBoard' - used to create boards",
    // "https://host/votes/count  //get Number of votes": the host written, unquoted, and the remark as a code comment)
    private static final Pattern LISTED_ROUTE = Pattern.compile(
            "^(?:['\"]?|https?://[^/\\s'\"]+)(/[A-Za-z_][\\w{}:.<>-]*(?:/[\\w{}:.<>?-]+)*/?(?:\\?[^\\s'\"]*)?)['\"]?"
                    + "(?:(?:\\s*(?:-+>|=+>|→)\\s*|\\s+(?:[-–—:：]|-{2,6})\\s+|(?<=['\"])\\s*[:：]\\s*|\\s+//\\s*)"
                    + "(\\S.*))?$");
    // the word that ends a front end's page's name: "登录页", "个人详细页", "登录页面", "注册界面"
    private static final String PAGE_WORD = "(?:页|页面|界面)";
    // a route run into what it does in Chinese, or a note or a tick: "/userList 获取用户列表√", "/addNotice添加消息";
    // not a front end's page ("/login 登录页 游客")
    private static final Pattern ROUTE_THEN_CHINESE = Pattern.compile(
            "^(/[A-Za-z_][\\w{}:.<>-]*(?:/[\\w{}:.<>\\[\\]-]+)*/?)\\s*[，,]?\\s*((?![^\\s（(]*" + PAGE_WORD
                    + "(?:[\\s（(]|$))[\\p{IsHan}（(√✓].*)$");
    // what a route's description says its method is: "A post request used to add data", or a method with a capital
    // opening it ("POST to upload", "Get Voter Data"); "get information of an artwork" is a verb
    private static final Pattern DESCRIBED_METHOD = Pattern.compile(
            "\\b(?i:(" + METHODS + "))\\s+(?i:request|method|call)\\b|^(" + METHODS + "|Get|Post|Put|Patch|Delete)\\b");
    // the methods a route's description joins: "get and post Matching String", "PUT & POST Voter", "Put & Post"
    private static final Pattern JOINED_METHODS = Pattern.compile(
            "(?i)\\b(?:" + METHODS + ")(?:\\s*(?:&&?|,|/|\\band\\b)\\s*(?:" + METHODS + "))+\\b");
    // a routes-only list's line that names the route before it: "男: /format_nan", "生活管家: /nine_shenghuo"
    private static final Pattern NAMED_ROUTE = Pattern.compile(
            "^([^:：/\\s][^:：/]{0,19})[:：]\\s*(/[A-Za-z_][\\w{}.<>-]*(?:/[\\w{}.<>-]+)*/?)$");
    // an operation's Chinese name, then its path or URL, then what it takes: "修改邮箱 http://localhost:5139/user/
    // updata/Email 值email", "修改性别/user/updata/Sex 值Sex"
    private static final Pattern NAME_BEFORE_ROUTE = Pattern.compile(
            "^(\\p{IsHan}[^:：/\\s]{1,19})\\s*(?:https?://[^/\\s]+)?(/[A-Za-z_][\\w{}.<>-]*(?:/[\\w{}.<>-]+)*/?)"
                    + "(\\s+\\S.*)?$");
    private static final int MIN_LISTED_ROUTES = 3;
    // a numbered route written without its leading slash and closed by one, what follows it a note on its parameter:
    // "1- create_users_API/", "4- get_user_by_email/@String: Email"
    private static final Pattern NUMBERED_RELATIVE_ROUTE = Pattern.compile(
            "^\\d{1,3}\\s*[-–]\\s*([A-Za-z_][\\w-]*/(?:[\\w-]+/)*)(?:[@{].*)?$");
    // a path alone, or before what it is about: "/admin/author", "/librarian/branch - Branch"
    private static final Pattern PATH_OVER_METHODS = Pattern.compile("^(/\\S+)(?:\\s+[-–—]\\s+\\S.*)?$");
    // a note a dash opens: "- create empty playlist with user info", "-Updates password"
    private static final Pattern DASHED_NOTE = Pattern.compile("^\\s*[-–]\\s*\\p{L}");
    // a line of methods alone, and what they act on: "GET,POST,PUT - Author", "GET,DELETE"
    private static final Pattern METHODS_LINE = Pattern.compile(
            "^((?:" + METHODS + ")(?:\\s*[,，/、|]\\s*(?:" + METHODS + "))*)(?:\\s+[-–—]\\s+.*)?$");
    // a document's one method for all its interfaces: "all requests must be POST requests", "一律POST请求发送JSON数据"
    private static final Pattern COMMON_METHOD = Pattern.compile(
            "\\b(?:all|every)\\s+(?:the\\s+)?(?:requests?|endpoints?|apis?|calls?|interfaces?)\\s+"
                    + "(?:must|should|shall|are|is|use|uses)\\s+(?:be\\s+)?(?:sent\\s+(?:as|with|via|using)\\s+)?"
                    + "(?:an?\\s+)?(" + METHODS + ")\\b"
                    + "|(?:一律|统一|所有(?:的)?(?:接口|请求)(?:均|都|一律|统一)?)(?:使用|采用|为|是|用)?\\s*(" + METHODS + ")",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PATH_FRAGMENT = Pattern.compile("[\\w{}:/.?=&-]{1,40}");
    private static final Pattern BROKEN_PATH_END = Pattern.compile("(?:[/:]|/:[A-Za-z])$");
    // a request sent with curl, as documents paste them: "curl -X POST http://localhost:5000/tasks -H '…'"
    private static final Pattern CURL = Pattern.compile("^curl\\s.*");
    private static final Pattern CURL_METHOD = Pattern.compile(
            "\\s(?:-X|--request)\\s*['\"]?(" + METHODS + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CURL_URL = Pattern.compile(
            "(?<=[\\s'\"])((?:https?://|\\{\\{)[^\\s'\"]+|localhost[:/][^\\s'\"]*)");
    private static final Pattern CURL_DATA = Pattern.compile("\\s(?:-d|--data(?:-raw|-binary|-urlencode)?|-F|--form)\\b");
    // a server's root as a URL: "http://localhost:5000/"
    private static final Pattern ROOT_URL = Pattern.compile("^https?://[^\\s/]+/$");
    private static final Pattern SPLIT_PATH = Pattern.compile(
            "^((?:" + METHODS + ")\\s*[:：]?\\s*/\\S*)((?:\\s+/[\\w{]\\S*)+)$");
    // a table cell's path that a PDF wraps after a slash or a hyphen, the rest on the line below: "/api/posts/{id}/"
    // over "comments", "/api/user/change-" over "password/{userId}"; a method below is the path's ("/api/orders/"
    // over "GET")
    private static final Pattern WRAPPED_PATH = Pattern.compile("(?m)^([ \\t]*/[\\w./{}:-]*[/-])[ \\t]*\\R[ \\t]*"
            + "(?!(?i:" + METHODS + ")[ \\t]*$)([\\w{}:.-]+(?:/[\\w{}:.-]+)*/?)[ \\t]*$");
    // a request's path that a PDF wraps before a slash, the rest alone on the line below: "GET /api" over
    // "/medical_records", "POST /booking" over "/check"
    private static final Pattern WRAPPED_BEFORE_SLASH = Pattern.compile("(?m)^([ \\t]*(?:" + METHODS
            + ")[ \\t]+/[\\w./{}:-]*[\\w}])[ \\t]*\\R[ \\t]*(/[\\w{][\\w{}:.-]*(?:/[\\w{}:.-]+)*/?)[ \\t]*$");
    // a method in square brackets: "[ POST ]", "[GET]"
    private static final Pattern BRACKETED_METHOD = Pattern.compile("\\[\\s*(" + METHODS + ")\\s*]");
    // a query its brackets mark as optional: "/order/[?id=1]"
    private static final Pattern OPTIONAL_QUERY = Pattern.compile("(?<=/|\\w)\\[\\?[^\\]\\s]*]");
    // a method over a path one of whose slashes a space follows: "POST / api/authentication /login", "DELETE/api/
    // moviesRating/id"
    private static final Pattern METHOD_THEN_SLASH = Pattern.compile(
            "^((?:" + METHODS + ")\\s*)(/(?:[\\w{}.:-]+/)*\\s+\\S.*)$");
    // a URL alone, a method before it or not, with a space typed somewhere in it
    private static final Pattern SLIPPED_URL = Pattern.compile(
            "^((?:(?:" + METHODS + ")\\s+)?)(https?://\\s*\\S.*\\s.*)$");
    private static final Pattern SPACE_BEFORE_SEGMENT = Pattern.compile("(?<=[\\w}])\\s+(?=/[\\w{])");
    private static final Pattern SPACE_AFTER_SLASH = Pattern.compile("(?<=/)\\s+(?=[A-Za-z{_])|(?<=://)\\s+");
    private static final Pattern WORD_PATH = Pattern.compile("^[a-z][A-Za-z0-9_-]{1,30}$");
    // "注册接口：user/register", "请求自己的订单信息：customer/myorder": an interface's Chinese name, then only its route
    private static final Pattern CHINESE_NAME = Pattern.compile("^[\\p{IsHan}A-Za-z0-9（）()]{2,20}$");
    private static final Pattern ROUTE = Pattern.compile("^/?[A-Za-z][\\w-]*(?:/[\\w{}:.-]+)+/?$");
    // a route without its slash, after an interface's name and a space or alone under its title: lower case first,
    // as code writes it, each segment a word of three letters or more or a placeholder ("user/login",
    // "get_latest_news/<int:top>", never "Windows/Linux" or "and/or")
    private static final Pattern SLASHLESS_ROUTE = Pattern.compile(
            "^[a-z][\\w-]{2,}(?:/(?:[A-Za-z_{][\\w{}-]{2,}|<[\\w:]+>))+$");
    // a route without its slash alone on its line, after an item's number or letter and before a note in brackets
    // ("R. paResultDetail/list", "dzfx/mulList (不同阶段对照)"), its placeholders as Express writes them too
    // ("api/:userId")
    private static final Pattern RELATIVE_ROUTE_LINE = Pattern.compile(
            "^(?:\\S{1,3}[.、]\\s*)?([A-Za-z][\\w-]*(?:/:?[\\w{}.-]+)+)/?(?:\\s*[(（][^()（）]*[)）]?)?$");
    private static final Pattern METHOD_LABEL = Pattern.compile(
            "^(?:methods?|http methods?|request methods?|request type|type|http|(?:http\\s+)?(?:request\\s+)?verb"
                    + "|http请求方式|http 请求方式|http方法|请求方式|请求的方式|请求方法|请求类型|类型|方法|方式|提交方式|调用方式|访问方式|传值方式|方法类型"
                    + "|接口类型|接口方式|接口方法|模式|请求模式|访问模式)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern METHOD_VALUE = Pattern.compile("^(?i:(" + METHODS + "))\\b");
    // "服务协议：HTTP/POST": the protocol and the method, no path
    private static final Pattern PROTOCOL_METHOD = Pattern.compile("^(?i:https?)\\s*/\\s*(?i:(" + METHODS + "))$");
    // a label's value of one method or several listed: "POST", "GET, PUT, PATCH, DELETE", "GET/POST"
    private static final Pattern METHODS_VALUE = Pattern.compile(
            "^(?i:(?:" + METHODS + ")(?:\\s*[,，、/|]\\s*(?:" + METHODS + "))*)\\b");
    // the name a method's label gives what it does, in brackets after it: "DELETE（取消关注）"
    private static final Pattern BRACKETED_NAME = Pattern.compile("^[（(]([^（()）]{1,30})[)）]$");
    // a method said of the routes that follow it: "以下接口为POST请求", "The following endpoints use POST"
    private static final Pattern METHOD_OF_FOLLOWING = Pattern.compile(
            "(?:以下|下列|下面)的?(?:所有)?(?:接口|请求|api)(?:均|都|全部|一律)?(?:为|是|使用|采用|用)\\s*(" + METHODS + ")"
                    + "|\\bthe\\s+following\\s+(?:endpoints?|requests?|apis?|routes?|interfaces?)\\s+(?:all\\s+)?"
                    + "(?:use|are|must\\s+be)\\s+(?:an?\\s+)?(" + METHODS + ")\\b",
            Pattern.CASE_INSENSITIVE);
    // a method alone as a label over what it sends: "Post:", "GET请求："
    private static final Pattern METHOD_OVER_ROUTES = Pattern.compile(
            "^(?i:(" + METHODS + "))(?:\\s*(?:请求|提交|方式))?\\s*[:：]$");
    // a method said to be how the request is sent: "post 提交", "GET 请求", or a capitalised method alone on its line
    // (or before what the request does, its path unstated: "PUT: Put a new answer for a question")
    private static final Pattern METHOD_SENT = Pattern.compile(
            "^(?:(?i:(" + METHODS + "))\\s*(?:提交|请求|方式)|(" + METHODS + ")(?:\\s*[:：]\\s*[A-Z][^/]{2,120})?)$");
    // "Make a HTTP POST to:", "Send a GET request to:", "Make a HTTP request to:": a line that leads to the path
    // below it, with the method it is sent with
    private static final Pattern REQUEST_LEAD = Pattern.compile(
            "^(?i:(?:make|send|issue)\\s+an?\\s+(?:https?\\s+)?(?:(" + METHODS + ")\\s+)?(?:request\\s+)?to)\\s*:$");
    // a label and its value; the colon of a URL's scheme is no label's
    private static final Pattern LABELLED = Pattern.compile("^(.{1,24}?)\\s*[:：](?!//)\\s*(.+)$");
    // "method；POST": a method's label with its colon typed without the shift key in a Chinese input method
    private static final Pattern SEMICOLON_LABELLED = Pattern.compile("^(.{1,24}?)\\s*；\\s*(.+)$");
    // "URL – base url + userLogin", "Method – POST", "Base URL - http://x.in/api/": a plain label a dash sets off
    // from its value
    private static final Pattern DASHED_LABELLED = Pattern.compile("^(.{1,24}?)\\s+[-–—]\\s+(.+)$");
    // "a. URL", "iv) Method": a lettered list's marker before a label
    private static final Pattern LETTERED_ITEM = Pattern.compile("^(?:[a-h]|[ivx]{1,4})[.)]\\s+(?=\\S)");
    // "状态：ENABLED/DISABLED", "角色：ADMIN/MANAGER/USER": the values a field takes, in capitals, no path
    private static final Pattern VALUES_WITH_SLASHES = Pattern.compile("^[A-Z][A-Z0-9_]*(?:/[A-Z][A-Z0-9_]*)+$");
    // "API: Cancel/Reject/Approve/Postpond Request": a title whose words a slash joins, no path
    private static final Pattern NAME_WITH_SLASHES = Pattern.compile("^[A-Z][A-Za-z]*(?:/[A-Z][A-Za-z]*)+\\s+\\S.*$");
    // "url = {domain}/x", "method = post": a label and its value written as an assignment
    private static final Pattern ASSIGNED = Pattern.compile(
            "^([A-Za-z\\p{IsHan}][\\w\\p{IsHan} ]{0,15}?)\\s*=\\s*(\\S.*)$");
    private static final Pattern SPACED = Pattern.compile("^([^\\s:：]{1,16}) (\\S+)(?: (\\S.*))?$");
    // the labels that state a path or a method without a colon: the plain ones, never a title ("Play URL")
    private static final Pattern SPACED_LABEL = Pattern.compile(
            "^(?:url|uri|path|endpoint|route|method|http method|request (?:url|path|method))$"
                    + "|^(?:" + CHINESE_PATH_LABELS + "|请求方式|请求方法|请求类型"
                    + "|提交方式|调用方式|访问方式|方法)$",
            Pattern.CASE_INSENSITIVE);
    // a table cell that states a method on the root of its routes: "GET /"
    private static final Pattern ROOT_CELL = Pattern.compile("^(?i:(" + METHODS + "))\\s+/$");
    // a word processor's quotes and a full-width colon typed in a URL: "接口：‘http：//154.8.164.57:1127/data’"
    private static final String CURLY_QUOTES = "‘’“”";
    private static final Pattern CURLY_QUOTE = Pattern.compile("[" + CURLY_QUOTES + "]");
    private static final Pattern WIDE_SCHEME = Pattern.compile("(?i)\\b(https?)：//");
    // a template's variable written with spaces inside its braces, as Insomnia writes one: "{{ _.base_url }}"
    private static final Pattern SPACED_TEMPLATE = Pattern.compile("\\{\\{\\s+([^{}\\s]+)\\s+}}");
    // a placeholder named in two words, as a word processor lets one write it: "/events/{event id}"
    private static final Pattern SPACED_PLACEHOLDER = Pattern.compile("(?<=/)\\{([A-Za-z]+) ([A-Za-z]+)}");
    // "…/xz/addpatrolrecord/巡视时间/岗位": a route's last segments named in Chinese, each a value it takes in that place
    private static final Pattern CHINESE_SEGMENTS = Pattern.compile(
            "(?<![\\w/.:-])((?:https?://[^\\s/]+)?(?:/[A-Za-z_][\\w.-]*)+)((?:/\\p{IsHan}{2,12})+)(?=/?(?:[\\s|?]|$))");
    private static final Pattern CHINESE_SEGMENT = Pattern.compile("(?<=/)(\\p{IsHan}+)");
    private static final Pattern NOTE_AGAINST_PATH = Pattern.compile(
            "(?<=/[A-Za-z_][\\w.-]{0,40})([（(][^()（）/]*\\p{IsHan}[^()（）/]*[)）])");
    // a placeholder named in Chinese, "{用户id}", as the path's own segments are not
    private static final Pattern NAMED_IN_CHINESE = Pattern.compile("\\{[^{}\\s/]*\\p{IsHan}[^{}\\s/]*}");
    // "SIGN-UP (/sign-up)": an interface's name, its path in brackets after it
    private static final Pattern BRACKETED_PATH_TITLE = Pattern.compile(
            "^[^/()（）]{1,60}?\\s*[(（]\\s*(/[^\\s()（）]*)\\s*[)）]$");
    // a line's marker: a list's, a quote's, a note's
    private static final String LINE_MARKERS = "-+>※" + Text.LIST_GLYPHS;
    private static final Pattern DECORATION = Pattern.compile("[*`]+|^[" + LINE_MARKERS + "]\\s*|^#+\\s*");
    private static final Pattern BASE_VARIABLE = Pattern.compile(
            "^(?:\\{\\{[^}]+}}|\\$\\{(?i:[^}]*(?:url|host|base|server|domain|prefix|api)[^}]*)})");
    // a placeholder in any of its spellings; a closing brace typed twice ("{event_id}}") is a slip, and a Flask
    // converter that lost its angle brackets ("<int:id>" read as a link by Markdown) is still one
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "^(?:\\$\\{([^}]+)}|\\{\\{([^}]+)}}|\\{([^}]+)}}?|:([A-Za-z_][\\w-]*)|\\$([A-Za-z_][\\w-]*)|<([^>]+)>"
                    + "|\\[([A-Za-z_][\\w-]*)]|(?:int|str|string|float|path|uuid|slug):([A-Za-z_]\\w*))$");
    private static final Pattern SAMPLE_ID = Pattern.compile("^\\d+$|^[0-9a-f]{24,}$|^[0-9a-f-]{36}$");
    // "/users/user_id/avatar": an id written as its bare name, after the collection it identifies
    private static final Pattern BARE_ID_NAME = Pattern.compile("^[a-z]+_id$");
    // braces only around a placeholder's name: "/files/{id}.json", not "/:{{port}}/x"
    private static final Pattern ALLOWED = Pattern.compile("^/(?:[A-Za-z0-9_/.~:@+,;=-]|\\{[A-Za-z0-9_]+})*$");
    private static final Pattern MEDIA_TYPE = Pattern.compile("(application|text|image|multipart|audio|video)/.*");
    private static final Pattern FILE_NAME = Pattern.compile(
            ".*\\.(md|html?|png|jpe?g|gif|svg|pdf|docx?|xlsx?|java|js|ts|py|css|jade|pug|ejs|hbs|ftl|vm)$");
    // "docx/md", "json/xml": file formats listed, not a route
    private static final String FORMAT = "(?:docx?|md|pdf|json|xml|txt|xlsx?|csv|html?|png|jpe?g|gif|zip)";
    private static final Pattern FORMAT_LIST = Pattern.compile("/?" + FORMAT + "(?:/" + FORMAT + ")+/?");
    // "GET/POST", "/get/post": methods listed, where "/post/order/search" is a path
    private static final Pattern METHOD_LIST = Pattern.compile(
            "/?(?:get|post|put|patch|delete)(?:/(?:get|post|put|patch|delete))+/?");
    // the second of "GET/POST", in capitals: a method; "/delete" in lower case is a route
    private static final Pattern METHOD_AFTER_SLASH = Pattern.compile("/(?:GET|POST|PUT|PATCH|DELETE)/?");
    private static final Pattern QUERY_NAME = Pattern.compile("[A-Za-z_][\\w.\\[\\]-]*");
    // (not the bracket that closes a segment's placeholder, as Next.js names its routes: "/api/customers/[id]")
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile(
            "(?:[。，,;；)）】'\"`.:：]|(?<!/\\[[A-Za-z_][\\w-]{0,30})])+$");
    private static final Pattern SCHEME_AND_HOST = Pattern.compile("^https?://[^/]+");
    // "Base URL" over "http://localhost:8080/api/v1": the address every path is under, which states no interface
    private static final Pattern BASE_LABEL = Pattern.compile(
            "^(?i:(?:api\\s+)?base\\s*[-_]?\\s*(?:url|uri|path|address)|root\\s+url|server\\s+(?:url|address)|host)$"
                    + "|^(?:基础地址|基础路径|基础\\s*URL|服务地址|服务器地址|接口前缀|请求前缀|公共前缀"
                    // "API根地址: https://x.site/api/v1"
                    + "|(?i:api)?\\s*根(?:地址|路径|\\s*URL))$");
    private static final int MAX_URL_LABEL = 8;
    // the longest name of a request between its method and its URL
    private static final int MAX_NAME_OVER_URL = 80;
    // a method alone on its line: "GET"
    private static final Pattern BARE_METHOD = Pattern.compile("^(?:" + METHODS + ")$");
    // the name of a code block's language on a line of its own: "text", "bash", "http"
    private static final Pattern CODE_LANGUAGE = Pattern.compile(
            "^(?:text|plain|plaintext|bash|shell|sh|http|url|json)$");
    // a page's name: "首页", "报名页", "个人详细页", "登录页面"
    private static final Pattern PAGE_LABEL = Pattern.compile("^\\p{IsHan}{0,8}" + PAGE_WORD + "$");
    // the address of the interfaces' own description, as springdoc and springfox serve it: no interface of its own
    private static final Pattern API_DOCS = Pattern.compile("/v[23]/api-docs(?:[/?#]|$)");
    // "base-url/api/x", "<host>/api/x", "{baseUrl}/api/x", "基地址/admin/login", "path/products": a word standing
    // for the server, written before the path
    private static final Pattern BASE_WORD = Pattern.compile(
            "^(?:(?i:base[-_]?ur[li]|api[-_]?(?:url|host)|path|host|url|server|domain)"
                    + "|(?:基地址|基础地址|基础路径|根地址|根路径|服务器?地址|域名)"
                    // an ellipsis for the address the path is under: "url:.../barCategory.php"
                    + "|/?(?:\\.{3}|…)"
                    + "|[<{](?i:[^<>{}/]*(?:url|host|base|server|domain)[^<>{}/]*)[>}])(?=/)");
    // "base url + userLogin", "BASE_URL + '/users'": the server's word, a plus, then the path
    private static final Pattern JOINED_TO_BASE = Pattern.compile(
            "(?i)\\b(?:base[\\s_-]?ur[li]|api[\\s_-]?(?:url|host))\\s*\\+\\s*['\"`]?/?(?=[A-Za-z{:])");
    // a parameter written with a question mark, no query string: Express's optional parameters, "/user/?:id",
    // "/user/:id?", Laravel's, "/status/{date?}", and a placeholder a question mark opens as its segment,
    // "/api/student/?{studentId}/subjects"
    private static final Pattern OPTIONAL_PARAMETER = Pattern.compile(
            "\\?:([A-Za-z_]\\w*)|:([A-Za-z_]\\w*)\\?(?=/|$)|\\{([A-Za-z_]\\w*)\\?}"
                    + "|(?<=/)\\?\\{([A-Za-z_]\\w*)}(?=/|\\?|$)");
    // a host written without its scheme: "47.100.6.42/app/x", "localhost:8080/x", "api.example.com/x"
    private static final Pattern BARE_HOST = Pattern.compile(
            "^(?:\\d{1,3}(?:\\.\\d{1,3}){3}|localhost|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?!(?:php|html?|jsp|aspx?|json|xml|do|action)/)[a-z]{2,6})(?::\\d{1,5})?(?=/)");
    private static final Pattern METHOD_WORD = Pattern.compile(METHODS, Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_COLON = Pattern.compile("[:：]$");
    private static final Pattern QUOTED_KEY = Pattern.compile("^'([A-Za-z_][\\w-]*)'$");
    private static final Pattern NAMED_PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern METHOD = Pattern.compile(METHODS, Pattern.CASE_INSENSITIVE);
    // "Client->>API: POST /login" is a message in a sequence diagram, not the definition of an interface
    private static final Pattern DIAGRAM_ARROW = Pattern.compile("-+>>?|=>|→");
    // "mongodb://host/db", "jdbc:…//", "file:///…": an address of another kind, not an HTTP path
    private static final Pattern OTHER_SCHEME = Pattern.compile("^(?!https?://)[a-z][a-z0-9+.:-]*://.*");
    // "url : http://a/b/c": a URL's shape in single letters, how a signature is computed, not an interface
    private static final Pattern LETTERS_PATH = Pattern.compile("^(?:https?://[^/\\s]+)?(?:/[a-z]){2,}/?(?:\\?.*)?$");

    public StatedEndpoint {
        queryParameters = queryParameters == null ? List.of() : List.copyOf(queryParameters);
    }

    public boolean isStated() {
        return method != null || path != null;
    }

    /** Both the method and the path are stated. */
    public boolean isComplete() {
        return method != null && path != null;
    }

    /** The placeholder names of the path, in order. */
    public List<String> pathParameters() {
        List<String> names = new ArrayList<>();
        if (path != null) {
            Matcher m = NAMED_PLACEHOLDER.matcher(path);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** A path with its placeholder names erased, so {@code /goods/{id}} and {@code /goods/{goodsId}} compare equal. */
    public static String shape(String path) {
        return NAMED_PLACEHOLDER.matcher(path).replaceAll("{}");
    }

    /** Whether the text is an HTTP method and nothing else, in any case. */
    public static boolean isMethod(String text) {
        return METHOD.matcher(text.strip()).matches();
    }

    /** {@code POST /x}, {@code /x} or {@code POST}. */
    @Override
    public String toString() {
        return method == null ? String.valueOf(path) : path == null ? method : method + " " + path;
    }

    /**
     * The endpoint the lines state. A labelled path or method ({@code URL: /x}, {@code 请求方式 | POST}) wins over an
     * inline one; the first of each kind counts.
     */
    public static StatedEndpoint read(List<String> written) {
        List<String> lines = withLabelsJoined(written);
        String labelledPath = null;
        String labelledMethod = null;
        String inlineMethod = null;
        String inlinePath = null;
        String urlPath = null;
        String rootMethod = null;
        String bracketedPath = null;
        String wordPath = null;
        String pathAlone = null;
        int content = 0;
        List<String> markedQuery = List.of();
        int headerRow = -1;
        for (int index = 0; index < lines.size(); index++) {
            String raw = lines.get(index);
            if (!raw.isBlank() && content == 0) {
                Matcher titled = TITLE_THEN_PATH.matcher(Text.clean(raw));
                pathAlone = titled.matches() && looksLikePath(titled.group(1)) ? titled.group(1)
                        : pathBeforeName(Text.clean(raw));
            }
            if (!raw.isBlank() && content++ == 1 && pathAlone == null) {
                // "/asset/createNewAsset" (or "get_latest_news/<int:top>") alone on the first line under an
                // interface's title: the path it is at
                pathAlone = routeAlone(raw);
            }
            boolean row = Text.clean(raw).startsWith("|");
            if (!row) {
                headerRow = -1;
            } else if (headerRow < 0) {
                headerRow = index;
            }
            if (!mayState(raw)) {
                continue;
            }
            String plain = plain(raw);
            labelledMethod = labelledMethod == null ? sentMethod(plain) : labelledMethod;
            rootMethod = rootMethod == null ? rootMethod(plain) : rootMethod;
            List<String[]> pairs;
            if (row) {
                List<String> cells = cells(raw);
                pairs = pairs(cells);
                // a cell that labels its own value: | URL：http://ip:8080/app | /teacher/add(POST) |
                cells.forEach(cell -> pairs.addAll(labelled(cell)));
                // a table whose header row names the columns: | 请求地址 | 请求方式 | over | /x | POST |
                if (headerRow != index) {
                    pairs.addAll(columns(lines.get(headerRow), cells));
                }
                // and any row of labels over its values, where a table writes one after another (| 接口名称 | 说明 |
                // over | /user/login.do | |, then | 请求方式 | 说明 | over | GET | 无 |)
                if (headerRow < index - 1 && isFactLabel(label(cells(lines.get(index - 1)).get(0)))) {
                    pairs.addAll(columns(lines.get(index - 1), cells));
                }
            } else {
                pairs = labelled(raw);
            }
            for (String[] pair : pairs) {
                String label = pair[0];
                // "路径：localhost:8080/user/{username} /update", "URL: api /v1/ register": spaces typed around a
                // slash are no end
                String value = withoutSpaceSlips(pair[1]);
                Matcher protocol = PROTOCOL_METHOD.matcher(value.strip());
                if (protocol.matches()) {
                    labelledMethod = labelledMethod == null ? protocol.group(1).toUpperCase(Locale.ROOT)
                            : labelledMethod;
                } else if (labelledPath == null && labelsPath(label, value)) {
                    Matcher inline = INLINE.matcher(value);
                    if (inline.lookingAt() && looksLikePath(inline.group(PATH_GROUP))) {
                        labelledMethod = labelledMethod == null ? method(inline) : labelledMethod;
                        labelledPath = inline.group(PATH_GROUP);
                    } else if (isLabelledPath(value)) {
                        labelledPath = firstToken(value);
                        // "url：/login POST": the method after the path the label gives
                        StatedEndpoint after = labelledMethod == null ? pathThenMethod(value.strip()) : null;
                        labelledMethod = after != null ? after.method() : labelledMethod;
                    } else if (wordPath == null && isWordPath(label, value)) {
                        wordPath = "/" + value;
                    }
                } else if (labelledMethod == null && METHOD_LABEL.matcher(label).matches()) {
                    Matcher m = METHOD_VALUE.matcher(value);
                    if (m.find()) {
                        labelledMethod = m.group(1).toUpperCase(Locale.ROOT);
                    }
                }
            }
            if (inlinePath == null) {
                for (String text : row ? cells(raw) : List.of(plain)) {
                    Matcher after = PATH_THEN_BRACKETED_METHOD.matcher(text);
                    if (inlinePath == null && after.matches()) {
                        inlinePath = after.group(1);
                        inlineMethod = after.group(2).toUpperCase(Locale.ROOT);
                        bracketedPath = inlinePath;
                    }
                }
                Matcher named = CHINESE_METHOD.matcher(plain);
                if (named.find()) {
                    labelledMethod = labelledMethod == null ? named.group(1).toUpperCase(Locale.ROOT) : labelledMethod;
                    if (namedPath(named) != null && looksLikePath(namedPath(named))) {
                        inlinePath = namedPath(named);
                        inlineMethod = named.group(1).toUpperCase(Locale.ROOT);
                    }
                }
                // the line with the spaces slipped into its path joined ("DELETE/api/ moviesRating/id"), read once
                String joined = withPathSlipsJoined(plain);
                Matcher inline = INLINE.matcher(joined);
                // "/search    POST    admin/user": a route list's path first; the column after its method (who
                // may call it) is no path, the line is read as a route list's row below
                boolean pathFirst = inlinePath == null && PATH_THEN_METHOD.matcher(joined).matches();
                while (inlinePath == null && !pathFirst && inline.find()) {
                    if (looksLikePath(inline.group(PATH_GROUP))) {
                        inlineMethod = method(inline);
                        inlinePath = inline.group(PATH_GROUP);
                    }
                }
                Matcher url = BARE_URL.matcher(joined);
                if (urlPath == null && url.matches() && looksLikePath(url.group(1))) {
                    urlPath = url.group(1);
                } else if (urlPath == null) {
                    urlPath = localUrlPath(plain);
                }
                Matcher titled = urlPath == null ? TITLE_THEN_BRACKETED_PATH.matcher(Headings.withoutNumbering(plain))
                        : null;
                if (titled != null && titled.matches() && looksLikePath(titled.group(1))) {
                    urlPath = titled.group(1);
                }
                // a line in a spelling that marks an interface on its own (a row of a table of operations,
                // "t.cn:82/x 类型：Post", "GET - all users - base-url/x") states both
                // (the root on a line of text, which a more telling path after it wins over, is read last: see
                // rootMethod)
                StatedEndpoint marked = inlinePath == null ? complete(marks(raw).stream()
                        .filter(mark -> row || !"/".equals(mark.path())).toList()) : null;
                if (marked != null) {
                    inlineMethod = marked.method();
                    inlinePath = marked.path();
                    markedQuery = marked.queryParameters();
                }
            }
        }
        if (labelledPath == null && inlinePath == null && urlPath == null && rootMethod != null) {
            return new StatedEndpoint(labelledMethod != null ? labelledMethod : rootMethod, "/", List.of());
        }
        if (labelledPath != null && labelledPath.contains("://") && bracketedPath != null
                && bracketedPath.equals(inlinePath)) {
            // "URL：http://ip:8080/app" beside "/teacher/add(POST)": the interface's path is below the address
            labelledPath = below(normalise(labelledPath, new ArrayList<>()), normalise(inlinePath, new ArrayList<>()));
            labelledMethod = labelledMethod == null ? inlineMethod : labelledMethod;
        }
        String path = labelledPath != null ? labelledPath : inlinePath != null ? inlinePath
                : urlPath != null ? urlPath : labelledMethod != null && wordPath != null ? wordPath : pathAlone;
        String method = labelledMethod != null ? labelledMethod : labelledPath == null ? inlineMethod : null;
        if (method == null && labelledPath != null && inlinePath != null
                && normalise(inlinePath, new ArrayList<>()).equals(normalise(labelledPath, new ArrayList<>()))) {
            method = inlineMethod;
        }
        List<String> query = new ArrayList<>();
        // the root, stated beside its method ("| Welcome page | / | GET |"), is the one path without a segment
        String normalised = path == null ? null : method != null && isRoot(path) ? "/" : normalise(path, query);
        if (path != null && path.equals(inlinePath)) {
            // a marked line's path comes normalised, its query names already taken out
            markedQuery.stream().filter(name -> !query.contains(name)).forEach(query::add);
        }
        return method == null && normalised == null ? NONE : new StatedEndpoint(method, normalised, query);
    }

    /** A path written below an address's own path, unless one of the two already holds the other. */
    private static String below(String base, String path) {
        if (base == null || path != null && path.startsWith(base + "/")) {
            return path;
        }
        return path == null || base.endsWith(path) ? base : base + path;
    }

    private static StatedEndpoint complete(List<StatedEndpoint> marks) {
        return marks.stream().filter(StatedEndpoint::isComplete).findFirst().orElse(null);
    }

    /**
     * The interfaces a section marks, in order and each once: those its heading states anywhere, then those its
     * lines mark ({@link #marks(String)}).
     */
    public static List<StatedEndpoint> marks(String heading, List<String> lines) {
        List<StatedEndpoint> found = new ArrayList<>();
        Matcher inline = INLINE.matcher(withPathSlipsJoined(Headings.withoutNumbering(plain(heading))));
        while (inline.find()) {
            add(found, endpoint(method(inline), inline.group(PATH_GROUP)));
        }
        StatedEndpoint pathFirst = found.isEmpty() ? pathThenMethod(Headings.withoutNumbering(plain(heading))) : null;
        if (pathFirst != null) {
            // "#### `/register/normal` `POST`": the path, then its method
            add(found, pathFirst);
        }
        Matcher titled = METHOD_THEN_WORDS.matcher(plain(heading));
        String first = lines.stream().filter(line -> !line.isBlank()).findFirst().orElse("");
        if (titled.matches() && isPath(first)) {
            add(found, endpoint(titled.group(1), plain(first)));
        }
        Matcher bracketed = BRACKETED_PATH_TITLE.matcher(plain(heading));
        if (found.isEmpty() && bracketed.matches()) {
            // "## SIGN-UP (/sign-up)" over "- POST": the path in the title, its method alone below it
            String method = isMethod(plain(first)) ? plain(first).toUpperCase(Locale.ROOT) : null;
            add(found, endpoint(method, bracketed.group(1)));
        }
        Matcher named = METHOD_IN_TITLE.matcher(plain(heading));
        if (found.isEmpty() && named.find() && isPath(first)) {
            // "登陆接口(post)", "获取当前用户该课程的状态GET" over "/login2": the method in the title, the path below it
            String method = named.group(1) != null ? named.group(1) : named.group(2);
            add(found, endpoint(method.toUpperCase(Locale.ROOT), plain(first)));
        }
        List<String> joined = withLabelsJoined(underControllers(lines));
        for (String line : joined) {
            for (StatedEndpoint mark : marks(line)) {
                if (!(sendsWithCurl(line) && isExampleOf(mark, found))) {
                    add(found, mark);
                }
            }
        }
        listedRoutes(joined).values().forEach(routes -> routes.forEach(route -> add(found, route)));
        if (found.isEmpty()) {
            // "### Method: POST" over a line that is only the request's URL, as exported request collections write it
            StatedEndpoint stated = read(joined);
            // and "请求路径：login" over "请求方法：post": a path of one word, labelled beside a labelled method
            if (stated.isComplete() && joined.stream().anyMatch(line -> BARE_URL.matcher(plain(line)).matches()
                    || labelsWordPath(line))
                    && joined.stream().anyMatch(StatedEndpoint::labelsAMethod)) {
                found.add(stated);
            }
        }
        if (found.isEmpty() && isPath(first)) {
            // "### 上线:" over "/DSEP/rbac/online" over "#### 请求类型" and "POST": the path alone under the title, its
            // method labelled below it
            String method = read(joined).method();
            if (method != null) {
                add(found, endpoint(method, plain(first)));
            }
        }
        if (found.isEmpty() && isPath(heading) && !isCapitals(plain(heading))) {
            // "### /user/login" over what it does: a routes-only document heads each interface with its path
            Collection<StatedEndpoint> methods = methodsUnderPath(heading, joined).values();
            if (methods.isEmpty()) {
                add(found, endpoint(null, plain(heading)));
            }
            methods.forEach(endpoint -> add(found, endpoint));
        }
        String labelled = found.isEmpty() ? labelledPath(Headings.withoutNumbering(plain(heading))) : null;
        if (labelled != null) {
            // "### 1. Route: /users/login" over "HTTP Request Verb: POST": the path its heading labels, the method its
            // lines do
            add(found, endpoint(read(joined).method(), labelled));
        }
        return found;
    }

    /** The path a line labels as a path ("Route: /users/login", "Endpoint: /x"), when it is all it holds; else null. */
    private static String labelledPath(String plain) {
        String path = afterPathLabel(plain);
        return path != null && isPath(path) ? path : null;
    }

    /** What follows a path's label ("Endpoint: POST /" is "POST /"); null for a line that opens with none. */
    private static String afterPathLabel(String plain) {
        Matcher label = LABELLED.matcher(plain);
        return label.matches() && PATH_LABEL.matcher(label.group(1).strip()).matches() ? label.group(2) : null;
    }

    /**
     * The interfaces of a path heading that lists its methods, by line: "### /api/pages/" over "GET" and its
     * description, then "POST" and its own, is one interface per method line ({@link #methodAlone}). Empty when no
     * line is one.
     */
    static Map<Integer, StatedEndpoint> methodsUnderPath(String heading, List<String> lines) {
        Map<Integer, StatedEndpoint> methods = new LinkedHashMap<>();
        if (!isPath(heading)) {
            return methods;
        }
        for (int i = 0; i < lines.size(); i++) {
            String method = methodAlone(lines.get(i));
            if (method != null) {
                methods.put(i, endpoint(method, plain(heading)));
            }
        }
        return methods;
    }

    /**
     * The mark of line {@code at} with the method labelled on the line next to it, when the mark states none:
     * "Endpoint: /api/account" over "Method: PUT" (or under it) is PUT /api/account.
     */
    static StatedEndpoint withMethodBeside(StatedEndpoint mark, List<String> lines, int at) {
        if (mark.method() != null) {
            return mark;
        }
        if (at >= 2 && isMethodOverName(lines.get(at - 2), lines.get(at - 1))) {
            // "GET" over "Get game request details" over its URL: the method over the request's name (a Postman
            // Documenter page's layout)
            return new StatedEndpoint(plain(lines.get(at - 2)).strip(), mark.path(), mark.queryParameters());
        }
        for (int step : new int[] {1, -1}) {
            int i = at + step;
            while (i >= 0 && i < lines.size() && lines.get(i).isBlank()) {
                i += step;
            }
            String line = i >= 0 && i < lines.size() ? lines.get(i) : null;
            String named = line != null && step < 0 ? namedMethod(line) : null;
            String method = named != null ? named : line != null ? labelledMethod(line) : null;
            if (method != null) {
                return new StatedEndpoint(method, mark.path(), mark.queryParameters());
            }
        }
        String keyed = methodKeyed(lines, at);
        return keyed == null ? mark : new StatedEndpoint(keyed, mark.path(), mark.queryParameters());
    }

    /**
     * The method keyed beside line {@code at} when that line is the {@code url} key of a request's object literal
     * ({@code wx.request}, {@code axios}, {@code $.ajax}): "url: './x'," over "data: {…}," over "method: 'POST'"
     * is POST. Keys of the same object only, not those of one nested in it, up to the next URL; else null.
     */
    private static String methodKeyed(List<String> lines, int at) {
        if (!URL_KEY.matcher(plain(lines.get(at))).matches()) {
            return null;
        }
        for (int step : new int[] {1, -1}) {
            int depth = 0;
            for (int i = at + step, n = 0; i >= 0 && i < lines.size() && n < MAX_OBJECT_LINES; i += step, n++) {
                String line = plain(lines.get(i));
                if (URL_KEY.matcher(line).matches() || !marks(line).isEmpty()) {
                    break;
                }
                String method = depth == 0 ? labelledMethod(line) : null;
                if (method != null) {
                    return method;
                }
                depth += step * (count(line, "{[") - count(line, "}]"));
                if (depth < 0) {
                    break;
                }
            }
        }
        return null;
    }

    private static int count(String line, String characters) {
        return (int) line.chars().filter(c -> characters.indexOf(c) >= 0).count();
    }

    static boolean labelsAMethod(String line) {
        return labelledMethod(line) != null;
    }

    /**
     * The method a line labels ("Method: PUT", "method: 'get',", "请求方式：post", "方法 post") or says a request is
     * sent with ("post 提交"), upper case; else null.
     */
    private static String labelledMethod(String line) {
        String sent = sentMethod(plain(line));
        if (sent != null) {
            return sent;
        }
        for (String[] pair : labelPairs(line)) {
            Matcher method = METHOD_VALUE.matcher(pair[1]);
            if (METHOD_LABEL.matcher(pair[0]).matches() && method.lookingAt()) {
                return method.group(1).toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** The method closing the request's name on the line above its URL ("用户登陆 **POST**"), upper case; else null. */
    private static String namedMethod(String line) {
        Matcher named = METHOD_IN_TITLE.matcher(plain(line));
        return !named.find() ? null
                : (named.group(1) != null ? named.group(1) : named.group(2)).toUpperCase(Locale.ROOT);
    }

    /** Whether a line leads to the path below it ("Make a HTTP POST to:"), whatever method it names. */
    static boolean leadsToPath(String line) {
        return REQUEST_LEAD.matcher(plain(line)).matches();
    }

    /**
     * The method a plain line says a request is sent with ("post 提交", "Send a GET request to:"), upper case; else
     * null.
     */
    private static String sentMethod(String plain) {
        Matcher lead = REQUEST_LEAD.matcher(plain);
        if (lead.matches()) {
            return lead.group(1) == null ? null : lead.group(1).toUpperCase(Locale.ROOT);
        }
        Matcher sent = METHOD_SENT.matcher(plain);
        return !sent.matches() ? null : sent.group(1) != null ? sent.group(1).toUpperCase(Locale.ROOT) : sent.group(2);
    }

    /**
     * The methods a section's lines label, each with its line and the name the label gives it: "请求方式：POST", then
     * "请求方式：DELETE（取消关注）" further below, where one path takes the methods in turn; or the methods one label
     * lists ("请求方式：GET, PUT, PATCH, DELETE"), each of them. Empty unless two or more are labelled and none twice.
     */
    static List<LabelledMethod> labelledMethods(List<String> lines) {
        List<LabelledMethod> labelled = new ArrayList<>();
        Set<String> methods = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            for (String[] pair : labelPairs(lines.get(i))) {
                Matcher listed = METHODS_VALUE.matcher(pair[1].strip());
                if (!METHOD_LABEL.matcher(pair[0]).matches() || !listed.lookingAt()) {
                    continue;
                }
                List<String> named = new ArrayList<>();
                for (Matcher method = METHOD.matcher(listed.group()); method.find(); ) {
                    named.add(method.group().toUpperCase(Locale.ROOT));
                }
                Matcher bracketed = BRACKETED_NAME.matcher(pair[1].strip().substring(listed.end()).strip());
                String name = named.size() == 1 && bracketed.matches() ? bracketed.group(1).strip() : null;
                for (String method : named) {
                    if (!methods.add(method)) {
                        return List.of();
                    }
                    labelled.add(new LabelledMethod(i, method, name));
                }
                break;
            }
        }
        return labelled.size() >= 2 ? labelled : List.of();
    }

    /** A method a line labels, and the name the label gives what it does ("DELETE（取消关注）"), or null. */
    record LabelledMethod(int line, String method, String name) {
    }

    /**
     * The base path the document states its routes under: "/api" of "Base URL: /api (e.g. http://localhost:3000/api)"
     * or of "服务地址：http://localhost:8080/api"; null when it states none, or the root.
     */
    public static String basePath(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            for (String[] pair : labelled(lines.get(i))) {
                if (BASE_LABEL.matcher(pair[0].strip()).matches()) {
                    return baseOf(pair[1]);
                }
            }
            // "## Base URL" over its address alone, in a code block or not ("### 🌐 Base URL"; a Word file that
            // copied the code block keeps its language's name over the address, "text")
            String title = Vocabulary.withoutPictographs(Headings.withoutNumbering(plain(lines.get(i))));
            if (BASE_LABEL.matcher(title).matches()) {
                int next = i + 1;
                while (next < lines.size() && (lines.get(next).isBlank() || lines.get(next).strip().startsWith("```")
                        || CODE_LANGUAGE.matcher(lines.get(next).strip()).matches())) {
                    next++;
                }
                return next < lines.size() && BARE_URL.matcher(plain(lines.get(next))).matches()
                        ? baseOf(lines.get(next)) : null;
            }
        }
        return null;
    }

    /** The path of a base's address, without its host and a trailing slash; null when it has none. */
    private static String baseOf(String address) {
        String value = SCHEME_AND_HOST.matcher(plain(address)).replaceFirst("").strip();
        String path = value.isEmpty() ? "" : value.split("\\s+", 2)[0];
        path = TRAILING_PUNCTUATION.matcher(path).replaceAll("");
        path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return ALLOWED.matcher(path).matches() && path.length() > 1 ? path : null;
    }

    /** Whether a line is a numbered route that names itself ("1- create_users_API/"), no title over it needed. */
    static boolean isNumberedRoute(String line) {
        return NUMBERED_RELATIVE_ROUTE.matcher(plain(line)).matches();
    }

    /** Whether a line is a method alone as a label over the routes it sends ("Post:"): no interface's title. */
    static boolean labelsMethodOfRoutes(String line) {
        return labelledMethodOfRoutes(line) != null;
    }

    /**
     * The method a line under a route sends it with: labelled alone ("Post:") or before what it does ("post -> save
     * the data of a new user"), upper case; null for any other line.
     */
    static String methodOfRoutes(String line) {
        String labelled = labelledMethodOfRoutes(line);
        Matcher arrow = METHOD_ARROW.matcher(plain(line));
        return labelled != null ? labelled : arrow.lookingAt() ? arrow.group(1).toUpperCase(Locale.ROOT) : null;
    }

    /**
     * The path of the address a router's routes are written under, labelled apart from them ("| End Point:
     * “http://localhost: {{Chosen-Port}} /shopping” |" over "| Fetch the products categories | GET
     * /product_categories |"): "/shopping"; null for any other line.
     */
    static String routesAddress(String line) {
        String text = Text.clean(line);
        String cell = text.startsWith("|") ? String.join(" ", cells(text)) : plain(text);
        Matcher labelled = LABELLED.matcher(cell);
        if (!labelled.matches() || !ADDRESS_LABEL.matcher(labelled.group(1).strip()).matches()) {
            return null;
        }
        String url = labelled.group(2).replaceAll("[\\s\"'“”`]", "");
        Matcher bare = BARE_URL.matcher(url);
        return bare.matches() && !bare.group(1).equals("/") ? bare.group(1).replaceAll("/+$", "") : null;
    }

    /** The method a line labels alone ("Post:", "GET请求："), upper case; null for any other line. */
    static String labelledMethodOfRoutes(String line) {
        Matcher label = METHOD_OVER_ROUTES.matcher(plain(line));
        return label.matches() ? label.group(1).toUpperCase(Locale.ROOT) : null;
    }

    /**
     * Whether two lines over a URL are its method alone and its request's name: a short line that states nothing
     * itself ("GET" over "Get game request details").
     */
    static boolean isMethodOverName(String method, String name) {
        return BARE_METHOD.matcher(plain(method).strip()).matches() && !name.isBlank()
                && plain(name).length() <= MAX_NAME_OVER_URL && labelledMethod(name) == null && marks(name).isEmpty();
    }

    /** Whether the line is a method's label with its value, whatever the value ("提交方式:无"), or a method sent. */
    static boolean isMethodLine(String line) {
        return sentMethod(plain(line)) != null || hasMethodLabel(line);
    }

    /**
     * The path of a line that is only a URL on a development server ({@link #LOCAL_URL}), alone or after a short label
     * that is not a base's ("测试时：localhost:81/accountInsert"); else null.
     */
    private static String localUrlPath(String plain) {
        Matcher labelled = LABELLED.matcher(plain);
        if (labelled.matches() && PAGE_LABEL.matcher(labelled.group(1).strip()).matches()) {
            // "报名页：localhost:8080/vote/register": a page's address, where the browser goes, not an interface
            return null;
        }
        String url = labelled.matches() && labelled.group(1).length() <= MAX_URL_LABEL
                && !BASE_LABEL.matcher(labelled.group(1).strip()).matches() ? labelled.group(2).strip() : plain;
        Matcher local = LOCAL_URL.matcher(url);
        return local.matches() && looksLikePath(local.group(1)) ? local.group(1) : null;
    }

    /** Whether a label's value is a path, not a title whose words a slash joins ("Cancel/Reject Request"). */
    private static boolean isLabelledPath(String value) {
        return looksLikePath(value) && !NAME_WITH_SLASHES.matcher(value).matches()
                && !VALUES_WITH_SLASHES.matcher(value.strip()).matches();
    }

    /**
     * A line of a method and its path alone, with the spaces typed around the path's slashes taken out: "DELETE
     * /users /{id}", "POST / api/authentication /login"; any other line as it is.
     */
    private static String withPathSlipsJoined(String plain) {
        Matcher split = SPLIT_PATH.matcher(plain);
        if (split.matches()) {
            return split.group(1) + split.group(2).replaceAll("\\s+", "");
        }
        Matcher slipped = METHOD_THEN_SLASH.matcher(plain);
        if (!slipped.matches()) {
            // "http:// localhost:8080/express/rest/user/ updatePwd": a URL alone, spaces slipped after its slashes
            slipped = SLIPPED_URL.matcher(plain);
        }
        return slipped.matches() && !withoutSpaceSlips(slipped.group(2)).contains(" ")
                ? slipped.group(1) + withoutSpaceSlips(slipped.group(2)) : plain;
    }

    /**
     * A text's path wrapped onto the next line, one again: after a slash ("/api/friends/requests/" over "{id}"), or a
     * request's before one ("GET /api" over "/medical_records").
     */
    static String withWrappedPathsJoined(String text) {
        String joined = WRAPPED_PATH.matcher(text).replaceAll("$1$2");
        joined = WRAPPED_BEFORE_SLASH.matcher(joined).replaceAll("$1$2");
        return joined.equals(text) ? text : withWrappedPathsJoined(joined);
    }

    /**
     * A path without the spaces typed before a segment or after a slash ("api /v1/ register"), or after its scheme
     * ("http:// 121.42.145.214:8888/topic-post").
     */
    private static String withoutSpaceSlips(String path) {
        return SPACE_AFTER_SLASH.matcher(SPACE_BEFORE_SEGMENT.matcher(path).replaceAll("")).replaceAll("");
    }

    /** Whether the line is a method's label with its value ("Method: POST", "方式：POST", "提交方式:无"). */
    private static boolean hasMethodLabel(String line) {
        return labelled(line).stream().anyMatch(pair -> METHOD_LABEL.matcher(pair[0]).matches());
    }

    /**
     * Whether the lines list routes as nested lists write them, two or more: a path alone over its method alone
     * ("- /login" over "  - POST"), then what else the route has.
     */
    static boolean listsMethodsUnderPaths(List<String> lines) {
        int listed = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            listed += !pathsAlone(lines.get(i)).isEmpty() && methodAlone(lines.get(i + 1)) != null ? 1 : 0;
        }
        return listed >= 2;
    }

    /**
     * The lines with a label that stands alone ({@code URL}, {@code 请求方式：}, as headings or table-less exports write
     * them) joined to the value on the next line ({@code URL: /x}), and a method alone joined to a path alone below
     * or above it ({@code POST /x}); a path over several methods, each with its notes, gives each of them
     * ({@code /boat}, {@code POST}, notes, {@code GET}, notes: {@code POST /boat}, {@code GET /boat}).
     */
    static List<String> withLabelsJoined(List<String> written) {
        List<String> lines = withTemplateRoutes(written);
        List<String> joined = null;
        List<String> pathsOverMethods = List.of();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String plainLine = plain(line);
            List<String> paths = pathsAlone(line);
            if (plainLine.startsWith("/") || !paths.isEmpty()) {
                pathsOverMethods = List.of();
            }
            int value = i + 1;
            while (value < lines.size() && lines.get(value).isBlank()) {
                value++;
            }
            String plainValue = value < lines.size() ? plain(lines.get(value)) : "";
            NotedMethod note = line.contains("://") && !isRemarkedRoute(line) ? urlNote(lines, i) : null;
            if (CURL.matcher(plainLine).matches() && line.strip().endsWith("\\")) {
                // "curl -X POST \\" over "http://localhost:5000/tasks \\": a command over continued lines, as one
                joined = joined == null ? new ArrayList<>(lines.subList(0, i)) : joined;
                StringBuilder command = new StringBuilder(line.strip());
                while (command.charAt(command.length() - 1) == '\\' && i + 1 < lines.size()) {
                    command.setLength(command.length() - 1);
                    command.append(' ').append(lines.get(++i).strip());
                }
                joined.add(command.toString());
            } else if (line.length() <= MAX_LABEL_LENGTH && value < lines.size()
                    && (isBareLabel(line) || BASE_LABEL.matcher(label(line)).matches())
                    && !isBareLabel(lines.get(value)) && !hasFactLabel(lines.get(value))) {
                joined = joined == null ? new ArrayList<>(lines.subList(0, i)) : joined;
                // "#### 请求方式" over "- POST": the value as a list item of its own
                joined.add(label(line) + ": " + VALUE_BULLET.matcher(Text.clean(lines.get(value))).replaceFirst(""));
                i = value;
            } else if (note != null) {
                // "收藏的接口http://x/api/collect/doadd" over "后面加user_id和blog_id" over "post方式": the URL with the
                // method noted after it, and the notes up to it, as one line
                Matcher url = NAMED_URL.matcher(plainLine);
                url.matches();
                StringBuilder noted = new StringBuilder(note.method() + " " + url.group(2) + " " + url.group(1));
                noted.append(note.line() == i ? withoutNote(url.group(3)) : url.group(3));
                for (int below = i + 1; below <= note.line(); below++) {
                    String notes = plain(lines.get(below));
                    noted.append(' ').append(below == note.line() ? withoutNote(notes) : notes);
                }
                joined = joined == null ? new ArrayList<>(lines.subList(0, i)) : joined;
                joined.add(Text.collapse(noted.toString()));
                i = note.line();
            } else if (value == i + 1 && value + 1 < lines.size() && isPath(plainLine)
                    && isNote(lines.get(value)) && METHOD_THEN_WORDS.matcher(plain(lines.get(value + 1))).matches()) {
                // "/playlist/create" over "- create empty playlist with user info" over "GET - select playlist given
                // id": a note on the path between it and its methods
                joined = joined == null ? new ArrayList<>(lines.subList(0, i)) : joined;
                joined.add(line);
                joined.add(lines.get(value));
                pathsOverMethods = List.of(plainLine);
                i = value;
            } else if (value == i + 1 && METHODS_LINE.matcher(plainValue).matches()
                    && pathOverMethods(plainLine) != null) {
                // "/admin/author" over "GET,POST,PUT - Author": a path over the methods it takes, one line each
                String path = pathOverMethods(plainLine);
                joined = joined == null ? new ArrayList<>(lines.subList(0, i)) : joined;
                Matcher methods = METHODS_LINE.matcher(plainValue);
                methods.matches();
                for (Matcher method = METHOD.matcher(methods.group(1)); method.find(); ) {
                    joined.add(method.group().toUpperCase(Locale.ROOT) + " " + path);
                }
                // a method alone further below, over its notes, is the same path's
                pathsOverMethods = List.of(path);
                i = value;
            } else if (value == i + 1 && METHOD_THEN_WORDS.matcher(plainValue).matches()
                    && pathOverMethods(plainLine) != null) {
                // "/api/posts/{id}/comments" over "POST 发表评论 需JWT": a table's row that a PDF breaks after its path
                Matcher words = METHOD_THEN_WORDS.matcher(plainValue);
                words.matches();
                joined = joined == null ? new ArrayList<>(lines.subList(0, i)) : joined;
                joined.add(words.group(1) + " " + pathOverMethods(plainLine) + " " + words.group(2));
                i = value;
            } else if (!pathsOverMethods.isEmpty() && METHOD_THEN_WORDS.matcher(plainLine).matches()) {
                // the next method under the path, with what it does: "/tracks/update", "GET - returns all tracks",
                // "POST - update duration of a track"
                Matcher words = METHOD_THEN_WORDS.matcher(plainLine);
                words.matches();
                joined = joined == null ? new ArrayList<>(lines.subList(0, i)) : joined;
                for (String path : pathsOverMethods) {
                    joined.add(words.group(1) + " " + path + " " + words.group(2));
                }
            } else if (value < lines.size() && METHOD_AND_WORDS.matcher(plainLine).matches()
                    && HOSTED_URL.matcher(plainValue).matches()) {
                // "GET - get all" over "localhost:8080/api/tutorials"
                Matcher words = METHOD_AND_WORDS.matcher(plainLine);
                words.matches();
                joined = joined == null ? new ArrayList<>(lines.subList(0, i)) : joined;
                joined.add(words.group(1) + " " + plainValue + " " + words.group(2));
                i = value;
            } else if (value < lines.size() && METHOD_THEN_WORDS.matcher(plainLine).matches()
                    && isPath(lines.get(value))) {
                // "GET all users" over "/api/users/all"
                Matcher words = METHOD_THEN_WORDS.matcher(plainLine);
                words.matches();
                joined = joined == null ? new ArrayList<>(lines.subList(0, i)) : joined;
                joined.add(words.group(1) + " " + plainValue + " " + words.group(2));
                i = value;
            } else if (!pathsOverMethods.isEmpty() && methodAlone(line) != null) {
                // the next method under the path: "/boat", "POST", notes, "GET", notes
                joined = joined == null ? new ArrayList<>(lines.subList(0, i)) : joined;
                for (String path : pathsOverMethods) {
                    joined.add(methodAlone(line) + " " + path + spokenRest(line));
                }
            } else if (value < lines.size() && isMethod(plainLine) && isPath(lines.get(value))) {
                // a method badge and its path in elements of their own, as API pages lay them out: "POST", "/children";
                // a PDF table's narrow cell breaks the path over lines ("/v1/accounts/:i", "d")
                StringBuilder path = new StringBuilder(plainValue);
                while (value + 1 < lines.size() && continuesPath(path, plain(lines.get(value + 1)))) {
                    path.append(plain(lines.get(++value)));
                }
                joined = joined == null ? new ArrayList<>(lines.subList(0, i)) : joined;
                joined.add(plainLine.toUpperCase(Locale.ROOT) + " " + path);
                i = value;
            } else if (value < lines.size() && RELATIVE_ROUTE_LINE.matcher(plainLine).matches()
                    && labelledMethod(lines.get(value)) != null) {
                // "paResultDetail/list" over "请求方式：post": a route alone on its line, its method labelled below
                Matcher route = RELATIVE_ROUTE_LINE.matcher(plainLine);
                route.matches();
                joined = joined == null ? new ArrayList<>(lines.subList(0, i)) : joined;
                joined.add(labelledMethod(lines.get(value)) + " /" + route.group(1));
                // a method alone further below, over its notes, is the same route's ("api/:userId", "GET", notes,
                // "POST", notes)
                pathsOverMethods = methodAlone(lines.get(value)) != null ? List.of("/" + route.group(1)) : List.of();
                i = value;
            } else if (value < lines.size() && NAME_THEN_URL.matcher(plainLine).matches()
                    && labelledMethod(lines.get(value)) != null) {
                // "GETALL: https://x/messaging/getall" over "METHOD: GET": an interface named by its label, its URL,
                // then its method labelled below
                Matcher url = NAME_THEN_URL.matcher(plainLine);
                url.matches();
                joined = joined == null ? new ArrayList<>(lines.subList(0, i)) : joined;
                joined.add(line);
                joined.add(labelledMethod(lines.get(value)) + " " + url.group(1));
                i = value;
            } else if (value < lines.size() && !paths.isEmpty() && methodAlone(lines.get(value)) != null) {
                // the other way round, as nested lists write it: "- /login" over "  - POST"; or over a sentence
                // that opens with its method ("/teamPost/{id}" over "有delete方法，删除对应id的帖子"); two paths
                // that share their methods each have them
                joined = joined == null ? new ArrayList<>(lines.subList(0, i)) : joined;
                for (String path : paths) {
                    joined.add(methodAlone(lines.get(value)) + " " + path + spokenRest(lines.get(value)));
                }
                pathsOverMethods = paths;
                i = value;
            } else if (joined != null) {
                joined.add(line);
            }
        }
        return joined == null ? lines : joined;
    }

    /**
     * The lines with the names that fill a route template written as such ("api格式为'/api/user/...'" over
     * "search_id_exist", "change_fine:'update borrow set fine=?'") each its route ("/api/user/search_id_exist",
     * "/api/user/change_fine - 'update borrow set fine=?'"), line for line; the lines as they are without a template.
     */
    private static List<String> withTemplateRoutes(List<String> lines) {
        List<String> read = null;
        String prefix = null;
        for (int i = 0; i < lines.size(); i++) {
            String plain = plain(lines.get(i));
            Matcher template = ROUTE_TEMPLATE.matcher(plain);
            Matcher name = TEMPLATE_NAME.matcher(plain);
            if (template.find()) {
                prefix = template.group(1);
            } else if (prefix != null && name.matches() && !isMethod(name.group(1))) {
                read = read == null ? new ArrayList<>(lines) : read;
                read.set(i, prefix + "/" + name.group(1) + (name.group(2) == null ? "" : " - " + name.group(2)));
            }
        }
        return read == null ? lines : read;
    }

    /**
     * Whether a fragment on the next line goes on with a path a cell's width broke: the path ends in a slash or a
     * colon or a placeholder's first letter ("/v1/accounts/:i" over "d"), or the fragment is the path's next segment
     * ("/v1/student/:id" over "/sections"). A type's name beside the path ("IAccount") is another cell.
     */
    private static boolean continuesPath(CharSequence path, String fragment) {
        return PATH_FRAGMENT.matcher(fragment).matches()
                && (fragment.startsWith("/") || BROKEN_PATH_END.matcher(path).find());
    }

    /**
     * The paths a line is: a path alone ("/teamPost"), after a few words that lead to it ("最基础的/teamPost"), or two
     * that share what follows ("接口`/favouritePersonPost` 或者`/favouriteTeamPost`"); else empty.
     */
    private static List<String> pathsAlone(String line) {
        if (isPath(line)) {
            return List.of(plain(line));
        }
        Matcher led = LED_PATHS.matcher(plain(line));
        if (!led.matches()) {
            return List.of();
        }
        List<String> paths = new ArrayList<>();
        for (String path : PATH_ALTERNATIVE.split(led.group(1).replace("`", ""))) {
            if (!isPath(path)) {
                return List.of();
            }
            paths.add(path.strip());
        }
        return paths;
    }

    /** The line as a path when it is one alone, with or without its slash ("get_latest_news/<int:top>"); else null. */
    private static String routeAlone(String line) {
        String plain = TRAILING_ASIDE.matcher(plain(line)).replaceFirst("");
        String path = SLASHLESS_ROUTE.matcher(plain).matches() ? "/" + plain : plain;
        return isPath(path) ? path : null;
    }

    /**
     * The path a title opens with, before the interface's Chinese name ({@link #PATH_THEN_TITLE}: "## /user/login
     * 登录接口", "# 1、loginAPI.aspx 登录接口" as "/loginAPI.aspx"); null for any other title.
     */
    private static String pathBeforeName(String title) {
        Matcher pathFirst = PATH_THEN_TITLE.matcher(title);
        return pathFirst.matches() ? pathBeforeName(pathFirst) : null;
    }

    /** The name a title gives the interface after the path it opens with ("登录接口"), else the title as it is. */
    static String nameAfterPath(String title) {
        Matcher pathFirst = PATH_THEN_TITLE.matcher(title);
        return pathFirst.matches() && pathBeforeName(pathFirst) != null ? pathFirst.group(2) : title;
    }

    /** The path of a title {@link #PATH_THEN_TITLE} matched, a server page's file under a slash; null when none. */
    private static String pathBeforeName(Matcher pathFirst) {
        String path = pathFirst.group(1).startsWith("/") ? pathFirst.group(1) : "/" + pathFirst.group(1);
        return looksLikePath(path) ? path : null;
    }

    /** A note a dash opens that names no method ("- create empty playlist"), not a method's line ("- GET"). */
    private static boolean isNote(String line) {
        return DASHED_NOTE.matcher(line).lookingAt() && methodAlone(line) == null && sentMethod(plain(line)) == null;
    }

    /** The path of a line that is a path alone or before what it is about ("/librarian/branch - Branch"); else null. */
    private static String pathOverMethods(String plainLine) {
        Matcher path = PATH_OVER_METHODS.matcher(plainLine);
        return path.matches() && isPath(path.group(1)) ? path.group(1) : null;
    }

    /**
     * The method a line is, alone ("POST", "方法：GET") or opening a sentence about it ("有post请求新增…",
     * "Get方法获取…", "方法post，表示新增…").
     */
    private static String methodAlone(String line) {
        String plain = plain(line);
        if (isMethod(plain)) {
            return plain.toUpperCase(Locale.ROOT);
        }
        Matcher spoken = SPOKEN_METHOD.matcher(plain);
        if (spoken.lookingAt()) {
            return firstGroup(spoken).toUpperCase(Locale.ROOT);
        }
        // "方法：GET" alone on its line
        String labelled = labelledMethod(line);
        return labelled != null && labelled(line).size() == 1 && isMethod(labelled(line).get(0)[1].strip())
                ? labelled : null;
    }

    /** What a sentence opened by its method says after it, as the joined line's words; empty for a method alone. */
    private static String spokenRest(String line) {
        Matcher spoken = SPOKEN_METHOD.matcher(plain(line));
        return spoken.lookingAt() ? " " + plain(line).substring(spoken.end()).replaceFirst("^[，,：:\\s]+", "") : "";
    }

    /**
     * The method noted after a line's full URL that states none, and the line that notes it: that line itself
     * ("详情http://x/api/info  get") or one of the few lines below it before the next URL ("后面加user_id和blog_id",
     * "post方式"); else null.
     */
    private static NotedMethod urlNote(List<String> lines, int at) {
        Matcher url = NAMED_URL.matcher(plain(lines.get(at)));
        if (!url.matches() || INLINE.matcher(plain(lines.get(at))).find() || !looksLikePath(url.group(2))) {
            return null;
        }
        // on the URL's own line a method may close the line's notes ("classify_id=**  get")
        String closing = closingMethod(url.group(3));
        String own = closing != null ? closing : methodIn(url.group(3));
        if (own != null) {
            return new NotedMethod(own.toUpperCase(Locale.ROOT), at);
        }
        for (int i = at + 1, seen = 0; i < lines.size() && seen < MAX_NOTE_LINES; i++) {
            String line = plain(lines.get(i));
            // another URL or path, a heading or a method's label ("Method: POST") starts the next interface
            if (NAMED_URL.matcher(line).matches() || isPath(line) || line.startsWith("#") || hasMethodLabel(line)) {
                break;
            }
            if (!line.isEmpty()) {
                seen++;
                String noted = methodIn(line);
                if (noted != null) {
                    return new NotedMethod(noted, i);
                }
            }
        }
        return null;
    }

    /** A method noted after a URL, and the line that notes it. */
    private record NotedMethod(String method, int line) {
    }

    /** A note line without the method it notes: "后接id get方式，" is "后接id". */
    private static String withoutNote(String text) {
        String closing = closingMethod(text);
        return closing != null ? text.substring(0, text.lastIndexOf(closing)).stripTrailing()
                : METHOD_NOTED.matcher(text).replaceFirst("");
    }

    /** The method a text's last word is, after a blank ("classify_id=**  get"); else null. */
    private static String closingMethod(String text) {
        Matcher last = LAST_WORD.matcher(text);
        return last.find() && METHOD.matcher(last.group(1)).matches() ? last.group(1) : null;
    }

    /** The method a note line says ("post方式", "后接id get方式，", "GET", "get" alone), upper case; else null. */
    private static String methodIn(String text) {
        Matcher noted = METHOD_NOTED.matcher(text.strip());
        if (!noted.find()) {
            return null;
        }
        // a lower-case method alone, not closing a phrase
        String lower = noted.group(3);
        if (lower != null && noted.start(3) > 0) {
            return null;
        }
        String method = noted.group(1) != null ? noted.group(1) : noted.group(2) != null ? noted.group(2) : lower;
        return method.toUpperCase(Locale.ROOT);
    }

    /** Each cell of a row with the label the same column of a row above gives it. */
    private static List<String[]> columns(String labelRow, List<String> cells) {
        List<String> labels = cells(labelRow).stream().map(StatedEndpoint::label).toList();
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < Math.min(labels.size(), cells.size()); i++) {
            pairs.add(new String[] {labels.get(i), cells.get(i)});
        }
        return pairs;
    }

    /** Whether the line labels a path or a method with its value: "Type:" left empty is no label of "URL: /x". */
    private static boolean hasFactLabel(String line) {
        return labelled(line).stream().anyMatch(pair -> isFactLabel(pair[0]));
    }

    private static boolean isBareLabel(String line) {
        String label = label(line);
        return !label.isEmpty() && isFactLabel(label);
    }

    private static boolean isFactLabel(String label) {
        return PATH_LABEL.matcher(label).matches() || METHOD_LABEL.matcher(label).matches();
    }

    /** The interface's name a line writes between its method and path ("POST 增加运动员 /x"), else null. */
    static String nameBetween(String line) {
        Matcher between = namedBetween(Headings.withoutNumbering(plain(line)));
        return between == null ? null : between.group(2).strip();
    }

    /**
     * A plain line that is a method, an interface's name and its path; a method in lower case only before a Chinese
     * name, as "get the list at /x" is prose.
     */
    private static Matcher namedBetween(String plain) {
        Matcher between = METHOD_NAME_PATH.matcher(plain);
        return between.matches() && looksLikePath(between.group(3))
                && (between.group(1).equals(between.group(1).toUpperCase(Locale.ROOT))
                        || HAN_NAME.matcher(between.group(2)).matches()) ? between : null;
    }

    /**
     * The interfaces one line marks: a line that starts with a method and path ({@code POST /x},
     * {@code 1. GET /x}, {@code 登录：POST /x}), a labelled path ({@code URL: /x}), or a table row with a method
     * and path cell or a method cell beside a path cell. A method and path inside prose is a fact of the block it
     * is in, not the start of another interface.
     */
    public static List<StatedEndpoint> marks(String line) {
        List<StatedEndpoint> found = new ArrayList<>();
        if (line.indexOf('/') < 0 && line.indexOf('\'') < 0 && line.indexOf('"') < 0) {
            return found;
        }
        String trimmed = Text.clean(line);
        if (trimmed.startsWith("|")) {
            List<String> cells = cells(trimmed);
            String methodCell = null;
            String pathCell = null;
            for (String cell : cells) {
                Matcher m = INLINE.matcher(cell);
                Matcher root = ROOT_CELL.matcher(cell);
                if (m.lookingAt() && looksLikePath(m.group(PATH_GROUP))) {
                    add(found, endpoint(method(m), m.group(PATH_GROUP)));
                } else if (root.matches()) {
                    // "| GET / | Fetch tasks |" in a route table under "Task Routes (/api/tasks)": the prefix itself
                    found.add(new StatedEndpoint(root.group(1).toUpperCase(Locale.ROOT), "/", List.of()));
                } else if (isMethod(cell)) {
                    methodCell = methodCell == null ? cell.toUpperCase(Locale.ROOT) : methodCell;
                } else if (pathCell == null) {
                    // "| / Recipient/{id} | DELETE |", "| POST | api /v1/ register |": a cell that holds only a path,
                    // with typing slips around its slashes
                    String path = withoutSpaceSlips(cell);
                    pathCell = !path.contains(" ") && (looksLikePath(path) || path.equals("/")) ? path : null;
                }
            }
            if (found.isEmpty() && cells.size() == 1 && isPath(cells.get(0)) && !"/".equals(pathCell)) {
                // "| /register |": a box that holds a path alone, as a Word file sets off code
                add(found, endpoint(null, pathCell));
            } else if (found.isEmpty() && "/".equals(pathCell) && methodCell != null) {
                // "| Display the welcome page | / | GET |": the root, the one path without a letter, beside its method
                found.add(new StatedEndpoint(methodCell, "/", List.of()));
            } else if (found.isEmpty() && pathCell != null && (methodCell != null || hasLabelledPath(cells))) {
                add(found, endpoint(methodCell, pathCell));
            }
            return found;
        }
        Matcher numbered = NUMBERED_RELATIVE_ROUTE.matcher(plain(trimmed));
        if (numbered.matches()) {
            // "1- create_users_API/" over "GET:" and "POST:": a numbered route, as a URL configuration writes it
            add(found, endpoint(null, "/" + numbered.group(1)));
            return found;
        }
        // (a table row's number before its path is no part of it)
        String written = ROW_NUMBER.matcher(Headings.withoutNumbering(plain(trimmed))).replaceFirst("");
        Matcher methods = METHODS_BEFORE_PATH.matcher(written);
        if (methods.lookingAt() && looksLikePath(methods.group(2))) {
            // one interface per method the route takes (read before a slip joins "PATCH / DELETE" as a path)
            for (Matcher method = METHOD.matcher(methods.group(1)); method.find(); ) {
                add(found, endpoint(method.group().toUpperCase(Locale.ROOT), methods.group(2)));
            }
            return found;
        }
        String plain = withPathSlipsJoined(written);
        Matcher dashed = DASHED_PREFIX.matcher(plain);
        if (dashed.lookingAt()) {
            plain = plain.substring(dashed.end());
        }
        Matcher unpunctuated = LABEL_WITHOUT_COLON.matcher(plain);
        if (unpunctuated.lookingAt() && PATH_LABEL.matcher(unpunctuated.group(1)).matches()) {
            // "Endpoint POST /api/users/register": a label whose colon a line break stood for
            plain = plain.substring(unpunctuated.end());
        }
        Matcher m = INLINE.matcher(plain);
        if (m.lookingAt() && looksLikePath(m.group(PATH_GROUP))) {
            add(found, endpoint(method(m), m.group(PATH_GROUP)));
            // "GET /api_usage, POST /auth, PUT /details": a line that lists several, each with its method
            Matcher separator = LIST_SEPARATOR.matcher(plain);
            Matcher next = INLINE.matcher(plain);
            for (int at = m.end(); separator.region(at, plain.length()).lookingAt()
                    && next.region(separator.end(), plain.length()).lookingAt()
                    && looksLikePath(next.group(PATH_GROUP)); at = next.end()) {
                add(found, endpoint(method(next), next.group(PATH_GROUP)));
            }
            return found;
        }
        String root = rootMethod(plain);
        if (root != null) {
            found.add(new StatedEndpoint(root, "/", List.of()));
            return found;
        }
        StatedEndpoint sent = curlRequest(plain);
        if (sent != null) {
            add(found, sent);
            return found;
        }
        StatedEndpoint declared = declaredRoute(plain);
        if (declared != null) {
            add(found, declared);
            return found;
        }
        Matcher coded = CODED_ROUTE.matcher(plain);
        if (coded.matches() && (coded.group(3) != null || CAMEL_OR_PLACEHOLDER.matcher(coded.group(2)).find())) {
            add(found, endpoint(coded.group(1).toUpperCase(Locale.ROOT), coded.group(2).replaceAll("\\s+", "")));
            return found;
        }
        Matcher urlFirst = URL_THEN_METHOD.matcher(plain);
        if (urlFirst.matches() && looksLikePath(urlFirst.group(1))) {
            add(found, endpoint(urlFirst.group(2).toUpperCase(Locale.ROOT), urlFirst.group(1)));
            return found;
        }
        Matcher between = namedBetween(plain);
        if (between != null) {
            add(found, endpoint(between.group(1).toUpperCase(Locale.ROOT), between.group(3)));
            return found;
        }
        StatedEndpoint pathFirst = pathThenMethod(plain);
        if (pathFirst != null) {
            add(found, pathFirst);
            return found;
        }
        String local = localUrlPath(plain);
        if (local != null) {
            add(found, endpoint(null, local));
            return found;
        }
        Matcher named = CHINESE_METHOD.matcher(plain);
        if (plain.length() <= MAX_STATEMENT_LINE && named.find() && namedPath(named) != null
                && looksLikePath(namedPath(named))) {
            add(found, endpoint(named.group(1).toUpperCase(Locale.ROOT), namedPath(named)));
            return found;
        }
        Matcher described = DESCRIBED.matcher(plain);
        if (described.matches() && looksLikePath(described.group(2))) {
            // "GET - all users - base-url/api/users": the path ends the line, after the description
            add(found, endpoint(described.group(1), described.group(2)));
            return found;
        }
        Matcher titled = TITLE_PATH_METHOD.matcher(plain);
        if (titled.matches() && looksLikePath(titled.group(1))) {
            // "Get Open Venues - /catalog/venues/{page} (GET)": the name, then the path with its method in brackets
            add(found, endpoint(titled.group(2).toUpperCase(Locale.ROOT), titled.group(1)));
            return found;
        }
        Matcher using = USING.matcher(plain);
        if (using.matches() && looksLikePath(using.group(3))) {
            // "Delete a Tutorial using DELETE /tutorials/:id": what it does, then the endpoint that does it
            add(found, endpoint(using.group(2), using.group(3)));
            return found;
        }
        Matcher spaced = SPACED.matcher(plain);
        if (!LABELLED.matcher(plain).matches() && spaced.matches() && spaced.group(3) == null
                && SPACED_LABEL.matcher(spaced.group(1)).matches() && PATH_LABEL.matcher(spaced.group(1)).matches()
                && looksLikePath(spaced.group(2))) {
            // "接口 /student", "URL /users": a path's plain label whose colon a space stood for
            add(found, endpoint(null, spaced.group(2)));
            return found;
        }
        Matcher labelled = LABELLED.matcher(plain);
        if (labelled.matches() && !DIAGRAM_ARROW.matcher(labelled.group(1)).find()) {
            String label = label(labelled.group(1));
            // "接口：/team/ playerFire.json": a space typed after a slash is no end of the path
            String value = withoutSpaceSlips(unquoted(labelled.group(2).strip()));
            Matcher valueInline = INLINE.matcher(value);
            List<String> listed = List.of(LIST_SEPARATOR.split(firstToken(value)));
            if (valueInline.lookingAt() && looksLikePath(valueInline.group(PATH_GROUP))) {
                add(found, endpoint(method(valueInline), valueInline.group(PATH_GROUP)));
            } else if (labelsPath(label, value) && listed.size() > 1
                    && listed.stream().allMatch(StatedEndpoint::isLabelledPath)) {
                // "接口：/taam/teamShowC.json、/taam/teamShowPF.json": a label over several paths states each
                listed.forEach(path -> add(found, endpoint(null, path)));
            } else if (labelsPath(label, value) && isLabelledPath(value)) {
                add(found, endpoint(null, firstToken(value)));
            }
        }
        return found;
    }

    /** Whether a line is a curl command ({@code curl -X POST http://…}). */
    static boolean sendsWithCurl(String line) {
        return CURL.matcher(plain(line)).matches();
    }

    /**
     * Whether a request is an example of an interface stated before it: the same method (or one left unstated) and
     * the same path with other placeholder names or with values in its placeholders ("POST /devices/{id}/temp" of
     * "POST /devices/{deviceId}/{topic}").
     */
    static boolean isExampleOf(StatedEndpoint sample, List<StatedEndpoint> stated) {
        return stated.stream().anyMatch(mark -> mark.path() != null
                && (mark.method() == null || mark.method().equals(sample.method()))
                && requests(mark.path(), sample.path()));
    }

    /**
     * Whether a path written without a method restates an interface stated with its method: the same path with the
     * server's address and base path written out, or with values for its placeholders ("入参示例" of "请求地址：/front/add",
     * "http://127.0.0.1:5008/WeBASE-Stat/front/add").
     */
    static boolean restates(StatedEndpoint written, List<StatedEndpoint> stated) {
        return written.method() == null && written.path() != null && stated.stream().anyMatch(mark ->
                mark.method() != null && mark.path() != null && requests(mark.path(), written.path()));
    }

    /**
     * Whether a sample path requests a stated one: the same path, or its values filled in ("/users/1/x" of
     * "/users/{user_id}/x"), with or without a base path before it ("/api/v1/users/1/x", the server's address written
     * out in full).
     */
    private static boolean requests(String path, String sample) {
        String[] segments = sample.split("/");
        // (the root is no path a base path is written before)
        int based = path.equals("/") ? 0 : Math.max(0, segments.length - path.split("/").length);
        for (int drop = 0; drop <= based; drop++) {
            String tail = drop == 0 ? sample
                    : "/" + String.join("/", Arrays.copyOfRange(segments, drop + 1, segments.length));
            if (samePathShape(path, tail) || fills(path, tail)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a route a code listing declares is the handler of an interface stated before it: the same method, and
     * the stated path ends in the declared one, as a controller's mapping reads without its class's prefix
     * ({@code @PostMapping("/signup")} under "POST /auth/signup").
     */
    static boolean isHandlerOf(StatedEndpoint route, List<StatedEndpoint> stated) {
        if (route.method() == null || route.path() == null || route.path().equals("/")) {
            return false;
        }
        String tail = PLACEHOLDER_NAME.matcher(route.path()).replaceAll("{}");
        return stated.stream().anyMatch(mark -> mark.path() != null && route.method().equals(mark.method())
                && PLACEHOLDER_NAME.matcher(mark.path()).replaceAll("{}").endsWith(tail));
    }

    /**
     * The method a document says all its interfaces use ("all requests must be POST requests", "一律POST请求"), upper
     * case; null when it says none.
     */
    static String commonMethod(List<String> lines) {
        for (String line : lines) {
            Matcher common = COMMON_METHOD.matcher(line);
            if (common.find()) {
                return firstGroup(common).toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** This endpoint with the method the document states for all its interfaces, where it states none itself. */
    StatedEndpoint withMethodOfAll(String common) {
        return common == null || method != null || path == null ? this : new StatedEndpoint(common, path, queryParameters);
    }

    /** The server's root, as a path or a URL: "/", "http://localhost:5000/". */
    private static boolean isRoot(String written) {
        String path = written.strip();
        return path.equals("/") || ROOT_URL.matcher(path).matches();
    }

    /**
     * The request a curl command line sends: the method its {@code -X} names, else POST when it sends data, else
     * GET; the first URL it names. Null for any other line.
     */
    private static StatedEndpoint curlRequest(String line) {
        if (!CURL.matcher(line).matches()) {
            return null;
        }
        Matcher url = CURL_URL.matcher(line);
        if (!url.find()) {
            return null;
        }
        Matcher method = CURL_METHOD.matcher(line);
        return endpoint(method.find() ? method.group(1).toUpperCase(Locale.ROOT)
                : CURL_DATA.matcher(line).find() ? "POST" : "GET", url.group(1));
    }

    /**
     * The route a line of code declares, with the method it names: a decorator or handler named for the method
     * ({@code @app.post}, {@code @GetMapping}, {@code router.get}), else the methods it lists; a Flask route that lists
     * none answers GET. Null for any other line.
     */
    private static StatedEndpoint declaredRoute(String line) {
        Matcher declared = DECLARED_ROUTE.matcher(line);
        if (!declared.matches()) {
            return null;
        }
        String kind = declared.group(2) != null ? declared.group(2) : declared.group(1);
        Matcher listed = DECLARED_METHOD.matcher(declared.group(4));
        String method = listed.find() ? listed.group(1) : kind.equals("route") ? "GET"
                : kind.equals("Request") ? null : kind;
        return endpoint(method == null ? null : method.toUpperCase(Locale.ROOT), declared.group(3));
    }

    /**
     * The lines with each controller's routes under its class-level mapping: {@code @RequestMapping("/hurdle")} over
     * {@code public class HurdleController} is the prefix of the routes its methods declare
     * ({@code @GetMapping("/queryAllMax")} reads as {@code @GetMapping("/hurdle/queryAllMax")}) and no route itself
     * (its line is left blank). The lines as they are where no mapping is declared.
     */
    private static List<String> underControllers(List<String> lines) {
        if (lines.stream().noneMatch(line -> line.contains("Mapping("))) {
            return lines;
        }
        List<String> read = new ArrayList<>(lines);
        String controller = null;
        int controllerClass = -1;
        for (int i = 0; i < read.size(); i++) {
            String line = read.get(i);
            if (controller != null && i != controllerClass && CLASS_DECLARATION.matcher(Text.clean(line)).find()) {
                controller = null;
            }
            StatedEndpoint mapped = line.indexOf('@') < 0 ? null
                    : declaredRoute(Headings.withoutNumbering(plain(line)));
            int declared = mapped != null && mapped.method() == null ? classBelow(read, i) : -1;
            if (declared >= 0) {
                controller = mapped.path();
                controllerClass = declared;
                read.set(i, "");
            } else if (mapped != null && controller != null) {
                Matcher literal = PATH_LITERAL.matcher(line);
                if (literal.find()) {
                    String quote = literal.group(1);
                    read.set(i, line.substring(0, literal.start()) + quote + below(controller, literal.group(2))
                            + quote + line.substring(literal.end()));
                }
            }
        }
        return read;
    }

    /** The line of the class declared below a line, past the other annotations between them; -1 for none. */
    private static int classBelow(List<String> lines, int at) {
        for (int i = at + 1; i < lines.size() && i <= at + MAX_ANNOTATIONS; i++) {
            String line = Text.clean(lines.get(i));
            if (CLASS_DECLARATION.matcher(line).find()) {
                return i;
            }
            if (!line.isEmpty() && !line.startsWith("@")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a line is code that declares a route ({@code @app.post("/items")}): code, no interface's name. */
    static boolean declaresRoute(String line) {
        return declaredRoute(Headings.withoutNumbering(plain(line))) != null;
    }

    /**
     * The routes of a routes-only list, by line: where three lines or more are a path alone or a path and what it
     * does, and no other line states a method, each such line marks the interfaces of its path, with the methods its
     * description names ("A post request used to …", "get and post …"), one interface a method. Empty for other
     * lines.
     */
    static Map<Integer, List<StatedEndpoint>> listedRoutes(List<String> lines) {
        Map<Integer, List<StatedEndpoint>> routes = new LinkedHashMap<>();
        boolean methodElsewhere = false;
        // "Post:" over "/user/register: 注册用户": a method's label over the routes it sends, down to another line
        String labelled = null;
        // "以下接口为POST请求": the method of all the routes below the line, down to another such line
        String following = null;
        for (int i = 0; i < lines.size(); i++) {
            String label = labelledMethodOfRoutes(lines.get(i));
            List<StatedEndpoint> route = listedRoute(lines.get(i));
            Matcher said = METHOD_OF_FOLLOWING.matcher(plain(lines.get(i)));
            if (said.find()) {
                following = firstGroup(said).toUpperCase(Locale.ROOT);
            } else if (label != null) {
                labelled = label;
            } else if (!route.isEmpty()) {
                String method = labelled != null ? labelled : following;
                routes.put(i, route.stream().map(listed -> listed.withMethodOfAll(method)).toList());
            } else if (marks(lines.get(i)).stream().anyMatch(mark -> mark.method() != null)) {
                methodElsewhere = true;
            } else if (!plain(lines.get(i)).isEmpty()) {
                labelled = null;
            }
        }
        return routes.size() < MIN_LISTED_ROUTES || methodElsewhere ? Map.of() : routes;
    }

    /** The interface a line states by its path, then its method ("/customer/findAll  get  查询所有顾客信息"); else null. */
    private static StatedEndpoint pathThenMethod(String plain) {
        Matcher pathFirst = PATH_THEN_METHOD.matcher(plain);
        if (!pathFirst.matches()) {
            return null;
        }
        String path = pathFirst.group(1) != null ? pathFirst.group(1) : pathFirst.group(3);
        String method = pathFirst.group(1) != null ? pathFirst.group(2) : pathFirst.group(4);
        return looksLikePath(path) ? endpoint(method.toUpperCase(Locale.ROOT), path) : null;
    }

    /**
     * The method of the root a line states, alone or labelled as a path is ("GET / - loads the app", "Endpoint: POST
     * /", the root a router's routes are relative to); else null.
     */
    private static String rootMethod(String plain) {
        String labelled = afterPathLabel(plain);
        Matcher root = ROOT_ROUTE.matcher(labelled != null ? labelled : plain);
        return root.lookingAt() ? root.group(1) : null;
    }

    /** The route a line of a routes-only list names, once for each method its description names; else empty. */
    private static List<StatedEndpoint> listedRoute(String line) {
        Matcher named = namedRoute(line);
        if (named != null && !isCapitals(named.group(2))) {
            StatedEndpoint route = endpoint(null, named.group(2));
            return route == null ? List.of() : List.of(route);
        }
        Matcher listed = LISTED_ROUTE.matcher(Headings.withoutNumbering(plain(line)));
        Matcher route = listed.matches() ? listed : ROUTE_THEN_CHINESE.matcher(Headings.withoutNumbering(plain(line)));
        if (!route.matches() || isCapitals(route.group(1))) {
            return List.of();
        }
        String description = route.group(2) == null ? "" : route.group(2);
        Set<String> methods = new LinkedHashSet<>();
        Matcher described = DESCRIBED_METHOD.matcher(description);
        if (described.find()) {
            methods.add(firstGroup(described).toUpperCase(Locale.ROOT));
        }
        Matcher joined = JOINED_METHODS.matcher(description);
        while (joined.find()) {
            Matcher method = METHOD.matcher(joined.group());
            while (method.find()) {
                methods.add(method.group().toUpperCase(Locale.ROOT));
            }
        }
        if (methods.isEmpty()) {
            methods.add(null);
        }
        return methods.stream().map(method -> endpoint(method, route.group(1))).filter(Objects::nonNull).toList();
    }

    /** The name a routes-only list's line gives its route before it ("生活管家" of "生活管家: /nine_shenghuo"); else null. */
    static String routeName(String line) {
        Matcher named = namedRoute(line);
        return named == null ? null : named.group(1).strip();
    }

    /** A routes-only list's line naming its route before it, matched; null for others, a base's label among them. */
    private static Matcher namedRoute(String line) {
        String plain = Headings.withoutNumbering(plain(line));
        Matcher named = NAMED_ROUTE.matcher(plain);
        if (!named.matches()) {
            // (a group's name over its routes, "用户信息相关 /my", is written with neither a host nor what it takes)
            named = NAME_BEFORE_ROUTE.matcher(plain);
            if (named.matches() && named.group(3) == null && !line.contains("://")) {
                return null;
            }
        }
        return named.matches() && !BASE_LABEL.matcher(named.group(1).strip()).matches() ? named : null;
    }

    /** Whether a line of a routes-only list names its route before it ("修改邮箱 /user/updata/Email 值email"). */
    static boolean namesRoute(String line) {
        return namedRoute(line) != null;
    }

    /** What a routes-only list's route does, written after it ("/user/login  登陆"); null for other lines. */
    static String routeRemark(String line) {
        String plain = Headings.withoutNumbering(plain(line));
        Matcher listed = LISTED_ROUTE.matcher(plain);
        Matcher route = listed.matches() ? listed : ROUTE_THEN_CHINESE.matcher(plain);
        return route.matches() && route.group(2) != null ? route.group(2).strip() : null;
    }

    /** Whether a line is a routes-only list's route with what it does written after it. */
    private static boolean isRemarkedRoute(String line) {
        Matcher route = LISTED_ROUTE.matcher(Headings.withoutNumbering(plain(line)));
        return route.matches() && route.group(2) != null;
    }

    /** A role's name in capitals ("/ADMIN" over the admin's stories): it heads a list, it is no route. */
    private static boolean isCapitals(String path) {
        return path.equals(path.toUpperCase(Locale.ROOT));
    }

    /** The method a title opens with before words saying what it does ("GET all users"); else null. */
    static String titleMethod(String title) {
        Matcher titled = METHOD_THEN_WORDS.matcher(plain(title));
        return titled.matches() ? titled.group(1) : null;
    }

    /** Whether a title is a path and nothing else ({@code /user/:id}), as routes-only documents head sections. */
    public static boolean isPath(String title) {
        String plain = plain(title);
        return plain.startsWith("/") && plain.indexOf(' ') < 0 && looksLikePath(plain);
    }

    /** Whether a title is a path or a URL and nothing else ({@code /user/:id}, {@code http://host:8000/user/login/}). */
    public static boolean isPathOrUrl(String title) {
        Matcher url = BARE_URL.matcher(plain(title));
        return isPath(title) || url.matches() && looksLikePath(url.group(1));
    }

    /** Two marks name the same interface: the same path, and the same method or a method left unstated. */
    public static boolean sameInterface(StatedEndpoint a, StatedEndpoint b) {
        return a.path() != null && a.path().equals(b.path())
                && (a.method() == null || b.method() == null || a.method().equals(b.method()));
    }

    /**
     * Whether a sample request's path fills a template's placeholders: "/status/{id}/{id2}/cancelled" (its sample ids
     * made placeholders) fills "/status/{patient_id}/{appointment_id}/{status}/{date}", whose last placeholder may be
     * left out.
     */
    public static boolean fills(String template, String sample) {
        String[] slots = template.split("/");
        String[] values = sample.split("/");
        if (values.length != slots.length && !(values.length == slots.length - 1
                && NAMED_PLACEHOLDER.matcher(slots[slots.length - 1]).matches())) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            boolean slot = NAMED_PLACEHOLDER.matcher(slots[i]).matches();
            if (!slot && !slots[i].equals(values[i]) || slot && values[i].isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The same path, whatever its placeholders are named: /questions/{qid} and /questions/{id}. */
    public static boolean samePathShape(String a, String b) {
        return PLACEHOLDER_NAME.matcher(a).replaceAll("{}").equals(PLACEHOLDER_NAME.matcher(b).replaceAll("{}"));
    }

    private static void add(List<StatedEndpoint> found, StatedEndpoint mark) {
        if (mark == null) {
            return;
        }
        for (int i = 0; i < found.size(); i++) {
            if (sameInterface(found.get(i), mark)) {
                if (found.get(i).method() == null && mark.method() != null) {
                    found.set(i, mark);
                }
                return;
            }
        }
        found.add(mark);
    }

    private static StatedEndpoint endpoint(String method, String written) {
        if (!looksLikePath(written)) {
            return null;
        }
        List<String> query = new ArrayList<>();
        String path = normalise(written, query);
        if (path == null && method != null && isRoot(written)) {
            // "GET http://localhost:5000/ - splash page": the server's root
            path = "/";
        }
        return path == null ? null : new StatedEndpoint(method, path, query);
    }

    private static boolean hasLabelledPath(List<String> cells) {
        return pairs(cells).stream().anyMatch(p -> PATH_LABEL.matcher(p[0]).matches() && looksLikePath(p[1]));
    }

    /**
     * A path as written, normalised; {@code query} receives its query string's names. Null when it is no path,
     * e.g. a bare host or a word.
     */
    static String normalise(String written, List<String> query) {
        String path = written.strip();
        path = TRAILING_PUNCTUATION.matcher(path).replaceAll("");
        path = SCHEME_AND_HOST.matcher(path).replaceFirst("");
        path = BARE_HOST.matcher(path).replaceFirst("");
        path = BASE_WORD.matcher(path).replaceFirst("");
        path = OPTIONAL_PARAMETER.matcher(path).replaceAll(":$1$2$3$4");
        Matcher base = BASE_VARIABLE.matcher(path);
        if (base.find()) {
            path = path.substring(base.end());
        }
        int hash = path.indexOf('#');
        if (hash >= 0) {
            path = path.substring(0, hash);
        }
        int question = path.indexOf('?');
        if (question >= 0) {
            for (String pair : path.substring(question + 1).split("&")) {
                String name = pair.split("=", 2)[0].strip();
                if (QUERY_NAME.matcher(name).matches() && !query.contains(name)) {
                    query.add(name);
                }
            }
            path = path.substring(0, question);
        }
        List<String> segments = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length; i++) {
            String segment = parts[i];
            // "./my/info" is written relative to the base: the current folder is no segment
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            Matcher placeholder = PLACEHOLDER.matcher(segment);
            if (placeholder.matches()) {
                String name = CONVERTER.matcher(firstGroup(placeholder).strip()).replaceAll("");
                segments.add("{" + unique(name.isEmpty() ? "id" : name, names) + "}");
            } else if (SAMPLE_ID.matcher(segment).matches()) {
                segments.add("{" + unique("id", names) + "}");
            } else if (!segments.isEmpty() && (BARE_ID_NAME.matcher(segment).matches() || segment.equals("id")
                    && (i + 1 == parts.length || !PLACEHOLDER.matcher(parts[i + 1]).matches()))) {
                // "/users/user_id/avatar", "/api/student/id": an id written as its bare name; "/order/id/{id}" names
                // the route by id
                segments.add("{" + unique(segment, names) + "}");
            } else {
                segments.add(segment);
            }
        }
        if (segments.isEmpty()) {
            return null;
        }
        String normalised = "/" + String.join("/", segments);
        return ALLOWED.matcher(normalised).matches() ? normalised : null;
    }

    private static String unique(String name, Set<String> names) {
        String candidate = name.replaceAll("[^A-Za-z0-9_]", "");
        candidate = candidate.isEmpty() ? "id" : candidate;
        String result = candidate;
        for (int i = 2; !names.add(result); i++) {
            result = candidate + i;
        }
        return result;
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    private static String method(Matcher inline) {
        String method = inline.group(1) != null ? inline.group(1) : inline.group(2) != null ? inline.group(2)
                : inline.group(3);
        return method.equals("DEL") ? "DELETE" : method.toUpperCase(Locale.ROOT);
    }

    /**
     * Whether a line can state anything: a path needs a slash (or a code literal, {@code url: 'login'}), a method its
     * name. Most lines of a document (prose, field table rows) have none of them and are passed over.
     */
    private static boolean mayState(String line) {
        return line.indexOf('/') >= 0 || METHOD_WORD.matcher(line).find() || line.indexOf('\'') >= 0
                || line.indexOf('+') >= 0 && JOINED_TO_BASE.matcher(line).find()
                || (line.indexOf(':') >= 0 || line.indexOf('：') >= 0 || line.indexOf('|') >= 0) && labelsWordPath(line);
    }

    /** The path a {@link #CHINESE_METHOD} match states after its label or right after the method, or null. */
    private static String namedPath(Matcher named) {
        return named.group(2) != null ? named.group(2) : named.group(3);
    }

    /**
     * A written path: it has a slash and a letter, and is not a file name, a MIME type, a method list or an address
     * of another scheme.
     */
    private static boolean looksLikePath(String value) {
        String token = firstToken(value);
        // a slash between Chinese words names a group and its item ("接口：rooms/删除", "用户/新增"), not a route; a
        // host written in words ("http://域名/api/x") is a placeholder for the server's, and a query's sample values
        // may be words too ("/info/other?uid=用户ID")
        if (!token.contains("/") || token.chars().noneMatch(Character::isLetter)
                || Vocabulary.containsHan(NAMED_IN_CHINESE.matcher(BASE_WORD.matcher(SCHEME_AND_HOST.matcher(
                        token.split("\\?", 2)[0]).replaceFirst("")).replaceFirst("")).replaceAll(""))) {
            return false;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        // a page's address with its fragment ("/swagger-ui/index.html#/") is a file's, not an interface's
        String page = lower.split("#", 2)[0];
        return !MEDIA_TYPE.matcher(lower).matches() && !FILE_NAME.matcher(page).matches() && !lower.startsWith("//")
                && !METHOD_LIST.matcher(lower).matches() && !METHOD_AFTER_SLASH.matcher(token).matches()
                && !PROTOCOL_METHOD.matcher(token).matches()
                && !FORMAT_LIST.matcher(lower).matches()
                && !OTHER_SCHEME.matcher(lower).matches() && !API_DOCS.matcher(lower).find()
                && !LETTERS_PATH.matcher(lower).matches();
    }

    private static String firstToken(String value) {
        String plain = plain(value);
        int space = plain.indexOf(' ');
        return space < 0 ? plain : plain.substring(0, space);
    }

    /** The cells of a table row, without emphasis or bullets. */
    private static List<String> cells(String row) {
        return Outline.Table.cells(row).stream().map(StatedEndpoint::plain).toList();
    }

    /** A table row's cells taken two by two as label and value: {@code | 请求方式 | POST |}. */
    private static List<String[]> pairs(List<String> cells) {
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < cells.size(); i += 2) {
            pairs.add(new String[] {label(cells.get(i)), cells.get(i + 1)});
        }
        return pairs;
    }

    /** "请求路径：login", "| 接口 | index |": a line labelling a path of one word. */
    private static boolean labelsWordPath(String line) {
        return labelPairs(line).stream().anyMatch(pair -> isWordPath(pair[0], pair[1]));
    }

    /** The labels and values of a line: "label: value", and a table's row of a label's cell before its value's. */
    private static List<String[]> labelPairs(String line) {
        List<String[]> pairs = labelled(line);
        if (Text.clean(line).startsWith("|")) {
            pairs.addAll(pairs(cells(line)));
        }
        return pairs;
    }

    /**
     * A {@code Label: value} line as its one pair; none when the line is not one. Without a colon ("接口地址 /login",
     * "Request URL /x") the label is the line's first word or two, and only a plain label of a path or a method counts
     * ({@link #SPACED_LABEL}).
     */
    private static List<String[]> labelled(String line) {
        String plain = plain(line);
        Matcher m = LABELLED.matcher(plain);
        List<String[]> pairs = new ArrayList<>();
        if (m.matches()) {
            // "访问接口：/{teamID}/{id}   （前者是队伍id…）": an aside in brackets after the value is a note on it
            String value = TRAILING_ASIDE.matcher(m.group(2).strip()).replaceAll("");
            pairs.add(new String[] {label(m.group(1)), unquoted(value)});
        } else if ((m = SEMICOLON_LABELLED.matcher(plain)).matches() && METHOD_LABEL.matcher(m.group(1)).matches()) {
            pairs.add(new String[] {m.group(1), m.group(2).strip()});
        } else if ((m = DASHED_LABELLED.matcher(plain)).matches() && isPlainLabel(label(m.group(1)))) {
            pairs.add(new String[] {label(m.group(1)), unquoted(m.group(2).strip())});
        } else if ((m = ASSIGNED.matcher(plain)).matches() && isFactLabel(m.group(1))) {
            // "url = {domain}/service/user/login" over "method = post": the facts written as assignments
            pairs.add(new String[] {m.group(1), unquoted(m.group(2).strip())});
        } else if ((m = SPACED.matcher(plain)).matches()) {
            pairs.add(new String[] {m.group(1),
                    m.group(3) == null ? unquoted(m.group(2)) : m.group(2) + " " + m.group(3)});
            if (m.group(3) != null) {
                pairs.add(new String[] {m.group(1) + " " + m.group(2), unquoted(m.group(3))});
            }
            // "登录页接口 '/data'": an interface's name labels the path it quotes, where a title's words
            // ("用户接口 /users") do not
            boolean quoted = m.group(3) == null && QUOTED_VALUE.matcher(m.group(2)).matches();
            // "登录接口 user/login", "新闻详情 news/getNewsDetails": an interface's Chinese name, then only its route
            boolean named = m.group(3) == null && SLASHLESS_ROUTE.matcher(m.group(2)).matches()
                    && Vocabulary.containsHan(m.group(1)) && CHINESE_NAME.matcher(m.group(1)).matches();
            pairs.removeIf(pair -> !SPACED_LABEL.matcher(pair[0]).matches() && !named
                    && !(quoted && NAMED_INTERFACE.matcher(pair[0]).matches()));
        }
        return pairs;
    }

    /** A label of a path, a method or the base address written without a colon: "URL", "Method", "Base URL". */
    private static boolean isPlainLabel(String label) {
        return SPACED_LABEL.matcher(label).matches() || BASE_LABEL.matcher(label).matches();
    }

    /** A value written as a code literal, {@code 'udUser',} or {@code "post"}, without its quotes and comma. */
    private static String unquoted(String value) {
        Matcher quoted = QUOTED_VALUE.matcher(value);
        if (!quoted.matches()) {
            return value;
        }
        String inner = ROUTE_ANCHORS.matcher(quoted.group(1)).replaceAll("");
        // a relative route in a code literal ('udUser', 'user/login') is a path below the root
        return METHOD.matcher(inner).matches() || inner.startsWith("/") || !ROUTE_WORD.matcher(inner).matches()
                ? inner : "/" + inner;
    }

    /** A path's label over a path of one word without its slash ("请求路径：login"). */
    private static boolean isWordPath(String label, String value) {
        return PATH_LABEL.matcher(label).matches() && WORD_PATH.matcher(value.strip()).matches();
    }

    /**
     * A path's label ("URL", "请求地址", "登录页接口"), or an interface's Chinese name before nothing but its route.
     */
    private static boolean labelsPath(String label, String value) {
        return PATH_LABEL.matcher(label).matches()
                // "免登录接口: `/user/register`, `/user/login`" lists paths, where an interface's name labels one
                || NAMED_INTERFACE.matcher(label).matches() && value.strip().indexOf(' ') < 0
                || Vocabulary.containsHan(label) && CHINESE_NAME.matcher(label).matches() && !label.endsWith("参数")
                        && ROUTE.matcher(value).matches()
                // "Request Format: /api/sprints", "Request address: https://x.appspot.com/api/media/get-style": a
                // label of the request over a path or a URL alone
                || REQUEST_LABEL.matcher(label).matches()
                        && (value.strip().startsWith("/") || BARE_URL.matcher(value.strip()).matches())
                        && value.strip().indexOf(' ') < 0
                || REQUEST_ADDRESS_LABEL.matcher(label).matches() && servedAt(value.strip());
    }

    /**
     * Whether a URL labelled as a request's address is one: it has a path, and not only the API's root ("Development:
     * http://localhost:4000/api" is where every path of the document is served).
     */
    private static boolean servedAt(String url) {
        Matcher bare = BARE_URL.matcher(url);
        return bare.matches() && !API_ROOT.matcher(bare.group(1)).matches();
    }

    /** Whether a line is the label of an interface's path, its value left blank: "接口地址：", "URL:". */
    static boolean labelsBlankPath(String line) {
        String plain = plain(line);
        return TRAILING_COLON.matcher(plain).find() && PATH_LABEL.matcher(label(plain)).matches();
    }

    /**
     * Whether a line labels an interface's path or method, with its value or left blank: "接口地址：", "请求方式：POST",
     * "URL: /x".
     */
    static boolean labelsInterface(String line) {
        String plain = plain(line);
        Matcher labelled = LABELLED.matcher(plain);
        String label = label(labelled.matches() ? labelled.group(1) : plain);
        return (labelled.matches() || TRAILING_COLON.matcher(plain).find())
                && (PATH_LABEL.matcher(label).matches() || METHOD_LABEL.matcher(label).matches());
    }

    private static String label(String text) {
        // a code object's key keeps its quotes: 'url': 'http://localhost:8080/student/signup'
        String label = TRAILING_COLON.matcher(plain(text)).replaceAll("").strip();
        return QUOTED_KEY.matcher(LETTERED_ITEM.matcher(label).replaceFirst("")).replaceAll("$1");
    }

    /**
     * The text without Markdown emphasis, code ticks, list bullets or heading marks, its quotes straight, its
     * full-width scheme colon plain and a placeholder named in two words joined ({@code {event id}} is
     * {@code {event_id}}).
     */
    private static String plain(String text) {
        // every line of a document passes here several times: a pattern runs only where its first sign is
        String plain = Text.clean(text);
        if (containsAny(plain, CURLY_QUOTES)) {
            plain = CURLY_QUOTE.matcher(plain).replaceAll("'");
        }
        if (plain.contains("/{")) {
            plain = SPACED_PLACEHOLDER.matcher(plain).replaceAll("{$1_$2}");
        }
        if (plain.indexOf('/') >= 0 && Vocabulary.containsHan(plain)) {
            // "/we_account/verify(邮件中，已实现)": a note in brackets typed against the path is no part of it
            plain = NOTE_AGAINST_PATH.matcher(plain).replaceAll(" $1");
            plain = CHINESE_SEGMENTS.matcher(plain).replaceAll(
                    route -> Matcher.quoteReplacement(route.group(1)
                            + CHINESE_SEGMENT.matcher(route.group(2)).replaceAll("{$1}")));
        }
        if (plain.indexOf('：') >= 0 || plain.indexOf(':') >= 0) {
            // "POST路径：/Login", "GET URL: /x": a path's label that names its method first
            plain = METHOD_PATH_LABEL.matcher(plain).replaceFirst("$1 ");
        }
        if (plain.contains("{{ ")) {
            // "{{ _.base_url }}/users", as Insomnia writes an environment's variable: "{{base_url}}/users"
            plain = SPACED_TEMPLATE.matcher(plain).replaceAll("{{$1}}");
        }
        if (plain.indexOf('[') >= 0) {
            // "GET /order/[?id=1]": a query its brackets mark as optional is no part of the path; "[ POST ]
            // /ums/register/": a method set off by brackets is the method
            plain = BRACKETED_METHOD.matcher(OPTIONAL_QUERY.matcher(plain).replaceAll("")).replaceAll("$1");
        }
        if (plain.indexOf('：') >= 0) {
            plain = WIDE_SCHEME.matcher(plain).replaceAll("$1://");
        }
        if (plain.indexOf('+') >= 0) {
            // "base url + userLogin", "BASE_URL + '/users'": the server's word and the path joined by a plus
            plain = JOINED_TO_BASE.matcher(plain).replaceAll("base_url/");
        }
        if (plain.indexOf('*') >= 0 || plain.indexOf('`') >= 0
                || !plain.isEmpty() && (plain.charAt(0) == '#' || LINE_MARKERS.indexOf(plain.charAt(0)) >= 0)) {
            plain = DECORATION.matcher(plain).replaceAll("");
        }
        return Text.collapse(plain);
    }

    private static boolean containsAny(String text, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (text.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
