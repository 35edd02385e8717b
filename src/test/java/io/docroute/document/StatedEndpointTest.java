package io.docroute.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatedEndpointTest {

    @Test
    void aMethodAndPathAtTheStartOfALineAreStated() {
        assertThat(StatedEndpoint.read(List.of("POST /api/users/login"))).hasToString("POST /api/users/login");
    }

    @Test
    void aRouteWrappedInQuotesIsStated() {
        assertThat(StatedEndpoint.marks("- 'GET /api/groups/:id'")).singleElement().hasToString("GET /api/groups/{id}");
        assertThat(StatedEndpoint.marks("- \"DELETE /api/session\" - logs out")).singleElement()
                .hasToString("DELETE /api/session");
    }

    @Test
    void aMethodThenTheInterfacesNameThenItsPathStateIt() {
        assertThat(StatedEndpoint.marks("POST 增加运动员  /system/player/add")).singleElement()
                .hasToString("POST /system/player/add");
        assertThat(StatedEndpoint.marks("1:post  比赛信息列表 /system/comp_info")).singleElement()
                .hasToString("POST /system/comp_info");
        assertThat(StatedEndpoint.marks("POST 删除比赛 /system/delete/comp_info？id =xxx")).singleElement()
                .hasToString("POST /system/delete/comp_info");
        assertThat(StatedEndpoint.marks("you can get the list at /api/list")).isEmpty();
        assertThat(StatedEndpoint.read(List.of("POST 删除比赛 /system/delete/comp_info？id =xxx")))
                .hasToString("POST /system/delete/comp_info");
    }

    @Test
    void anEnvironmentsURLIsTheRequestsAddressUnlessItIsOnlyTheAPIsRoot() {
        assertThat(StatedEndpoint.read(List.of("接口地址", "| 开发环境 | http:// 202.96.155.42:8086/public/login |",
                "| 生产环境 | http:// 202.96.155.42:8086/public/login |", "| 请求方式 | POST |")))
                .hasToString("POST /public/login");
        assertThat(StatedEndpoint.read(List.of("Production: https://x.example.com/api/v1/orders", "Method: GET")))
                .hasToString("GET /api/v1/orders");
        assertThat(StatedEndpoint.read(List.of("Development: http://localhost:4000/api")).path()).isNull();
    }

    @Test
    void aRoutesLastSegmentsNamedInChineseAreTheValuesItTakesThere() {
        assertThat(StatedEndpoint.marks("| 请求URL | http://127.0.0.1:8080/app/xz/delpatrolrecord/时间组 |"))
                .singleElement().hasToString("/app/xz/delpatrolrecord/{id}");
        assertThat(StatedEndpoint.marks("GET /api/departments/{要查询的学院的id}/")).singleElement()
                .hasToString("GET /api/departments/{id}");
        // a slash between Chinese words still names a group and its item
        assertThat(StatedEndpoint.marks("| 接口 | 用户/新增 |")).isEmpty();
    }

    @Test
    void aNoteInBracketsTypedAgainstThePathIsNoPartOfItAndATemplatesFileIsNoPath() {
        assertThat(StatedEndpoint.read(List.of("Url：/we_account/verify(邮件中，已实现)", "Type:get")))
                .hasToString("GET /we_account/verify");
        assertThat(StatedEndpoint.marks("需要模板：views/login.jade")).isEmpty();
        assertThat(StatedEndpoint.marks("需要模板：/views/sendMailResult.jade")).isEmpty();
    }

    @Test
    void aPathsLabelNamingItsMethodFirstStatesBoth() {
        assertThat(StatedEndpoint.marks("- POST路径：/Login")).singleElement().hasToString("POST /Login");
        assertThat(StatedEndpoint.read(List.of("GET URL: /api/tasks"))).hasToString("GET /api/tasks");
    }

    @Test
    void aSampleRequestsURLOnAPublicHostStatesThePathItCalls() {
        assertThat(StatedEndpoint.marks("请求示例：http://kzs.7east.cn/front/app/getStu?studentName=peter11"))
                .singleElement().hasToString("/front/app/getStu");
        // a public site's address under another label is a link, not an interface
        assertThat(StatedEndpoint.marks("官网：http://kzs.7east.cn/front/app/getStu")).isEmpty();
    }

    @Test
    void aLinkLabelledAsTheRequestsIsItsPathAndATemplatesSpacesAreNoEnd() {
        assertThat(StatedEndpoint.read(List.of("type: Post", "link: {{ _.base_url }}/users")))
                .hasToString("POST /users");
        assertThat(StatedEndpoint.read(List.of("· API Link:- http://127.0.0.1:8000/items/", "· Method: GET")))
                .hasToString("GET /items");
        assertThat(StatedEndpoint.read(List.of("API Documentation Link: https://example.com/team_project/doc")).path())
                .isNull();
    }

    @Test
    void aRowOfLabelsOverItsValuesStatesThemWhereATableWritesSeveral() {
        assertThat(StatedEndpoint.read(List.of("| 接口名称 | 说明 | 样例 |", "| /user/login.do |  |  |",
                "| 请求方式 | 说明 | 样例 |", "| GET | 无 |  |", "| 请求参数 | 说明 | 样例 |", "| username | 用户名 | admin |")))
                .hasToString("GET /user/login.do");
    }

    @Test
    void theApisRootAddressIsTheBasePath() {
        assertThat(StatedEndpoint.basePath(List.of("## 基础信息", "- **API根地址**: `https://x.example.site/api/v1`")))
                .isEqualTo("/api/v1");
    }

    @Test
    void aMethodAfterTheLabelledPathIsItsMethod() {
        assertThat(StatedEndpoint.read(List.of("url：/login POST", "发送："))).hasToString("POST /login");
    }

    @Test
    void aNameThenADashThenThePathWithItsMethodInBracketsStateIt() {
        assertThat(StatedEndpoint.marks("1.1 Get Open Venues - /catalog/venues/{page} (GET)")).singleElement()
                .hasToString("GET /catalog/venues/{page}");
        assertThat(StatedEndpoint.marks("### 1.1 - Create a new grocery list - /lists/ (POST) (Complex Endpoint)"))
                .singleElement().hasToString("POST /lists");
    }

    @Test
    void aTableRowsNumberBeforeItsPathIsNoPartOfIt() {
        assertThat(StatedEndpoint.marks("1 /api/register POST username:")).singleElement()
                .hasToString("POST /api/register");
    }

    @Test
    void aPathAloneUnderTheTitleWithItsMethodLabelledBelowIsTheSectionsInterface() {
        assertThat(StatedEndpoint.marks("上线:", List.of("", "/DSEP/rbac/online", "", "#### 请求类型", "", "POST", "",
                "#### 参数", "JSON数组"))).singleElement().hasToString("POST /DSEP/rbac/online");
    }

    @Test
    void aChineseWordForTheServerBeforeThePathIsNoPartOfIt() {
        assertThat(StatedEndpoint.read(List.of("请求地址：基地址/admin/login", "请求方式：post")))
                .hasToString("POST /admin/login");
        assertThat(StatedEndpoint.read(List.of("接口地址:/job/deljob", "请求的方式：get"))).hasToString("GET /job/deljob");
    }

    @Test
    void aDashMayStandBetweenAMethodAndItsFullUrl() {
        assertThat(StatedEndpoint.marks("POST -- http://localhost:5050/api/signin:")).singleElement()
                .hasToString("POST /api/signin");
        assertThat(StatedEndpoint.marks("Post -- http://localhost:5050/api/signup")).singleElement()
                .hasToString("POST /api/signup");
        assertThat(StatedEndpoint.marks("Get - http://localhost:5050/api/transactions")).singleElement()
                .hasToString("GET /api/transactions");
        assertThat(StatedEndpoint.marks("Get - the docs at our site")).isEmpty();
    }

    @Test
    void aBreadRouteListsWordBeforeTheMethodIsNoPartOfTheRoute() {
        assertThat(StatedEndpoint.marks("Read   GET/orders/:orders_id")).singleElement()
                .hasToString("GET /orders/{orders_id}");
        assertThat(StatedEndpoint.marks("Add    POST/orders (1) (submit order)")).singleElement()
                .hasToString("POST /orders");
    }

    @Test
    void aRoutesOnlyListMayWriteTheHostAndRemarkOnEachRoute() {
        assertThat(StatedEndpoint.listedRoutes(List.of(
                "https://vote.example.com/voters/excel          //Post for Upload excel sheet for Voters",
                "https://vote.example.com/votes/count            //GET Number of votes",
                "https://vote.example.com/users/ ====>POST",
                "https://vote.example.com/votes/data            //get candidate voters data",
                "https://vote.example.com/votes                //to Vote for Candidate")).values())
                .flatExtracting(routes -> routes.stream().map(StatedEndpoint::toString).toList())
                .containsExactly("POST /voters/excel", "GET /votes/count", "POST /users", "/votes/data", "/votes");
    }

    @Test
    void aRoutesOnlyListMaySetEachRouteOffBySeveralDashes() {
        assertThat(StatedEndpoint.listedRoutes(List.of(
                "/api/lottery/category    ----    热门彩种以及全部彩种",
                "/api/play/category      \t     ----    传一个category=k3  类型值",
                "/api/all/lottery \t\t     ----    所有彩种")).values())
                .flatExtracting(routes -> routes.stream().map(StatedEndpoint::toString).toList())
                .containsExactly("/api/lottery/category", "/api/play/category", "/api/all/lottery");
    }

    @Test
    void aRoutesOnlyListMayNameEachRouteBeforeIt() {
        List<String> lines = List.of("熊猫首页", "\t男: /format_nan", "\t女: /format_nv", "九块九包邮",
                "\t生活管家: /nine_shenghuo", "Base URL: /api");
        assertThat(StatedEndpoint.listedRoutes(lines).values())
                .flatExtracting(routes -> routes.stream().map(StatedEndpoint::toString).toList())
                .containsExactly("/format_nan", "/format_nv", "/nine_shenghuo");
        assertThat(StatedEndpoint.routeName("\t生活管家: /nine_shenghuo")).isEqualTo("生活管家");
    }

    @Test
    void aListedRoutesQueryMayHoldAnyValueAFrontEndSendsInIt() {
        List<String> lines = List.of("正在热映", "/ajax/movieOnInfoList", "搜索",
                "/ajax/search?kw=${newVal}&cityId=57&stype=-1", "/api/:version/theme/?ids=:ids1,:ids2 - 获取专题组信息",
                "/emps?name=张&gender=1 - 查询员工");
        assertThat(StatedEndpoint.listedRoutes(lines).values())
                .flatExtracting(routes -> routes.stream().map(StatedEndpoint::toString).toList())
                .containsExactly("/ajax/movieOnInfoList", "/ajax/search", "/api/{version}/theme", "/emps");
    }

    @Test
    void aMethodsLabelOverListedRoutesSendsEachOfThemDownToAnotherLine() {
        List<String> lines = List.of("http请求:", "Post:", "/user/register: 注册用户", "/user/login: 用户登录", "",
                "GET:", "/user/base: 获取本用户基本信息", "/video/top: 获取热点视频", "(以下暂未实现)",
                "/broadcast: 直播");
        assertThat(StatedEndpoint.listedRoutes(lines).values())
                .flatExtracting(routes -> routes.stream().map(StatedEndpoint::toString).toList())
                .containsExactly("POST /user/register", "POST /user/login", "GET /user/base", "GET /video/top",
                        "/broadcast");
        assertThat(StatedEndpoint.labelsMethodOfRoutes("GET请求：")).isTrue();
        assertThat(StatedEndpoint.labelsMethodOfRoutes("GET: /user/base")).isFalse();
    }

    @Test
    void aQuotedRouteMayHaveItsDescriptionRightAfterTheClosingQuote() {
        List<String> lines = List.of("‘/getmyfans’：获取我的粉丝（我的页面，查看粉丝）", "‘/addmyfollows’：添加关注",
                "‘/getmyfollows’： 获取我的关注", "'/uploadtextimg': upload an image");
        assertThat(StatedEndpoint.listedRoutes(lines).values())
                .flatExtracting(routes -> routes.stream().map(StatedEndpoint::toString).toList())
                .containsExactly("/getmyfans", "/addmyfollows", "/getmyfollows", "/uploadtextimg");
    }

    @Test
    void aListedRoutesRemarkMayNameSeveralMethodsEachAnInterface() {
        List<String> lines = List.of(
                "https://vote.example.com/matching/             //get and post Matching String",
                "https://vote.example.com/voters/               //PUT & POST Voter",
                "https://vote.example.com/candidates            //Get All Candidates && Put & Post",
                "https://vote.example.com/candidates/12345678   //Get Candidate By NID");
        assertThat(StatedEndpoint.listedRoutes(lines).values())
                .flatExtracting(routes -> routes.stream().map(StatedEndpoint::toString).toList())
                .containsExactly("GET /matching", "POST /matching", "PUT /voters", "POST /voters",
                        "GET /candidates", "PUT /candidates", "POST /candidates", "GET /candidates/{id}");
        // the closing "Post" is the list's, not a method noted after the URL for the line alone
        assertThat(StatedEndpoint.withLabelsJoined(lines)).isEqualTo(lines);
        // a method stated on a line that is no listed route: the paths alone are no interfaces
        assertThat(StatedEndpoint.listedRoutes(List.of("POST /api/login", "/docs", "/health", "/about"))).isEmpty();
    }

    @Test
    void aPathATablesNarrowCellBrokeOverLinesUnderItsMethodIsWholeAgain() {
        assertThat(StatedEndpoint.withLabelsJoined(List.of(
                "GET", "/v1/me", "IAccount AcademicPersonnel",
                "DELETE", "/v1/accounts/:i", "d", "Manage Sections",
                "GET", "/v1/instructor/:", "id/sections", "ISection[]",
                "GET", "/v1/student/:id", "/sections", "ISection[]",
                "PATCH", "/v1/semesters/", ":id", "ISemester")))
                .flatExtracting(StatedEndpoint::marks).extracting(StatedEndpoint::toString).containsExactly(
                        "GET /v1/me", "DELETE /v1/accounts/{id}", "GET /v1/instructor/{id}/sections",
                        "GET /v1/student/{id}/sections", "PATCH /v1/semesters/{id}");
    }

    @Test
    void aPathLedByAFewWordsOrSharedByTwoPathsIsOverTheMethodsBelowIt() {
        assertThat(StatedEndpoint.withLabelsJoined(List.of(
                "最基础的/teamPost", "", "有post请求新增，需要提供一个完整的teampost", "", "有put请求，需要提供一个teampost",
                "接口`/favouritePersonPost` 或者`/favouriteTeamPost`", "方法post，表示新增一个点赞", "方法delete，删除点赞",
                "/distributionGrade/{distribution}", "", "方法：GET", "", "需求：返回特定区域的所有评分")))
                .flatExtracting(StatedEndpoint::marks).extracting(StatedEndpoint::toString).containsExactly(
                        "POST /teamPost", "PUT /teamPost",
                        "POST /favouritePersonPost", "POST /favouriteTeamPost",
                        "DELETE /favouritePersonPost", "DELETE /favouriteTeamPost",
                        "GET /distributionGrade/{distribution}");
    }

    @Test
    void bracesStandOnlyAroundAPlaceholdersName() {
        assertThat(StatedEndpoint.read(List.of("GET /files/{name}.json"))).hasToString("GET /files/{name}.json");
        assertThat(StatedEndpoint.read(List.of("DELETE /events/{event_id}}"))).hasToString("DELETE /events/{event_id}");
        // a variable glued into a segment is no path a client can call
        assertThat(StatedEndpoint.read(List.of("GET /:{{preHttp}}/get/json")).path()).isNull();
    }

    @Test
    void aDashBetweenMethodAndPathAndAnAccessTagBeforeThemStillStateThem() {
        assertThat(StatedEndpoint.marks("(Public) GET - /api/users/:id/projects")).singleElement()
                .hasToString("GET /api/users/{id}/projects");
        assertThat(StatedEndpoint.marks("\u0fea (Private) DELETE - /api/session")).singleElement()
                .hasToString("DELETE /api/session");
        assertThat(StatedEndpoint.read(List.of("POST \u2013 /api/users"))).hasToString("POST /api/users");
        assertThat(StatedEndpoint.marks("`GET`, /inventory/parts")).singleElement().hasToString("GET /inventory/parts");
        assertThat(StatedEndpoint.marks("GET - list the users")).isEmpty();
        assertThat(StatedEndpoint.marks("(b) HTTP PUT /v1/carriers/{code}/flights?")).singleElement()
                .hasToString("PUT /v1/carriers/{code}/flights");
        assertThat(StatedEndpoint.marks("HTTP DELETE /v1/carriers/{code}")).singleElement()
                .hasToString("DELETE /v1/carriers/{code}");
    }

    @Test
    void aUrlAloneOnItsLineIsAnInterfacesWhenItsPathOpensWithApi() {
        assertThat(StatedEndpoint.marks("gym.example.cn/api/roomList")).singleElement().hasToString("/api/roomList");
        assertThat(StatedEndpoint.marks("https://www.example.com/api/login")).singleElement()
                .hasToString("/api/login");
        assertThat(StatedEndpoint.marks("https://www.example.com/docs/login")).isEmpty();
    }

    @Test
    void aSpaceTypedBeforeASegmentOfAPathDoesNotEndIt() {
        assertThat(StatedEndpoint.read(List.of("路径： localhost:8080/user/{username} /update", "请求方式：POST")))
                .hasToString("POST /user/{username}/update");
        assertThat(StatedEndpoint.marks("DELETE /users /{id}")).singleElement().hasToString("DELETE /users/{id}");
        // nor does one typed after its slash, in a line or a heading; a path and prose after it stay apart
        assertThat(StatedEndpoint.marks("POST / api/authentication /login")).singleElement()
                .hasToString("POST /api/authentication/login");
        assertThat(StatedEndpoint.marks("4. PUT / api/authentication/:userid", List.of("· Description: update")))
                .singleElement().hasToString("PUT /api/authentication/{userid}");
        assertThat(StatedEndpoint.marks("GET / list all users")).isEmpty();
        // after a later slash too, the method run into the path
        assertThat(StatedEndpoint.marks("DELETE/api/ moviesRating/id")).singleElement()
                .hasToString("DELETE /api/moviesRating/{id}");
        assertThat(StatedEndpoint.read(List.of("DELETE/api/ moviesRating/id")))
                .hasToString("DELETE /api/moviesRating/{id}");
        assertThat(StatedEndpoint.marks("GET /users/ list of users")).singleElement().hasToString("GET /users");
    }

    @Test
    void aQueryItsBracketsMarkAsOptionalIsNoPartOfThePath() {
        assertThat(StatedEndpoint.read(List.of("//已完成订单的详情", "GET /order/[?id=1]"))).hasToString("GET /order");
        assertThat(StatedEndpoint.marks("GET /users[?page=1]")).singleElement().hasToString("GET /users");
    }

    @Test
    void aMethodSetOffByBracketsIsTheMethod() {
        assertThat(StatedEndpoint.marks("- **[ POST ]** /ums/register/")).singleElement()
                .hasToString("POST /ums/register");
        assertThat(StatedEndpoint.marks("[GET] /ums/user/")).singleElement().hasToString("GET /ums/user");
    }

    @Test
    void aRouteWrittenAsInCodeAfterAMethodInAnyCaseIsStated() {
        assertThat(StatedEndpoint.marks("Post user/register  //注册")).singleElement()
                .hasToString("POST /user/register");
        assertThat(StatedEndpoint.marks("Post  course/ removeKnowledgePointList")).singleElement()
                .hasToString("POST /course/removeKnowledgePointList");
        assertThat(StatedEndpoint.marks("Get  course/removeCourse/{id}")).singleElement()
                .hasToString("GET /course/removeCourse/{id}");
        // a requirement's words joined by a slash are no route
        assertThat(StatedEndpoint.marks("Delete users/groups")).isEmpty();
    }

    @Test
    void aPathsPlainLabelWithoutAColonMarksAnInterface() {
        assertThat(StatedEndpoint.marks("*  接口 /student/sno")).singleElement().hasToString("/student/sno");
        assertThat(StatedEndpoint.marks("URL /users")).singleElement().hasToString("/users");
        assertThat(StatedEndpoint.read(List.of("*  接口 /student", "*  方法 post", "*  参数 学生的信息")))
                .hasToString("POST /student");
        // a title that names an interface is no label
        assertThat(StatedEndpoint.marks("用户接口 /users")).isEmpty();
        assertThat(StatedEndpoint.marks("接口 说明")).isEmpty();
    }

    @Test
    void labelledUrlAndMethodLinesAreStatedTogether() {
        assertThat(StatedEndpoint.read(List.of("**URL:** http://localhost:8080/register", "Method: GET")))
                .hasToString("GET /register");
    }

    @Test
    void anAsideInBracketsAfterALabelledPathIsANoteOnIt() {
        assertThat(StatedEndpoint.read(List.of("访问接口：/{teamID}/{id}   （前者是队伍id，后者是学号）", "方法：delete")))
                .hasToString("DELETE /{teamID}/{id}");
        assertThat(StatedEndpoint.read(List.of("URL: /api/orders (login required)", "Method: GET")))
                .hasToString("GET /api/orders");
    }

    @Test
    void aMethodsLabelTypedWithASemicolonStillLabelsIt() {
        assertThat(StatedEndpoint.read(List.of("URL:/api/anonymous/goods/getGoods", "method；POST")))
                .hasToString("POST /api/anonymous/goods/getGoods");
        // a semicolon after other words separates them
        assertThat(StatedEndpoint.read(List.of("URL:/api/goods", "说明；POST 之后返回"))).hasToString("/api/goods");
    }

    @Test
    void aGroupAndItemNamedWithASlashIsNoPath() {
        assertThat(StatedEndpoint.read(List.of("接口：rooms/删除", "· 地址：/rooms/:room_id", "· 类型：DELETE")))
                .hasToString("DELETE /rooms/{room_id}");
    }

    @Test
    void anInterfaceNamedByItsPageIsThePathNotThePageRoute() {
        assertThat(StatedEndpoint.read(List.of("登录页 路由 ‘/’", "登录页接口 ‘http：//154.8.164.57:1127/data’", "请求方式：POST")))
                .hasToString("POST /data");
        assertThat(StatedEndpoint.read(List.of("注册页路由 ‘/new’", "注册页接口 ‘/logon’", "请求方式：POST")))
                .hasToString("POST /logon");
        assertThat(StatedEndpoint.read(List.of("首页 路由’/home’", "接口：‘/gethomedata’", "POST请求")))
                .hasToString("POST /gethomedata");
        assertThat(StatedEndpoint.read(List.of("路由：‘/Homesearch’", "接口：‘/homesearch’", "POST", "需要接收json参数：")))
                .hasToString("POST /homesearch");
    }

    @Test
    void aRouteAloneOnItsLineOverALabelledMethodIsStated() {
        assertThat(StatedEndpoint.read(List.of("R. paResultDetail/list", "请求方式： post", "参数 值")))
                .hasToString("POST /paResultDetail/list");
        assertThat(StatedEndpoint.read(List.of("khresult/list", "", "请求方式：post"))).hasToString("POST /khresult/list");
        assertThat(StatedEndpoint.read(List.of("U. dzfx/mulList (不同阶段对照)", "请求方式：get")))
                .hasToString("GET /dzfx/mulList");
        // a route alone says nothing without its method's label below it
        assertThat(StatedEndpoint.read(List.of("users/groups", "Delete them when empty")))
                .isEqualTo(StatedEndpoint.NONE);
    }

    @Test
    void aTitleLineEndingInAPathStatesThePath() {
        assertThat(StatedEndpoint.read(List.of("- [X] 关注会员 /api/user/follow"))).hasToString("/api/user/follow");
        assertThat(StatedEndpoint.read(List.of("## 话题组 /topics", "话题列表"))).hasToString("/topics");
        // only the title's line: a line under it that ends in a path is prose
        assertThat(StatedEndpoint.read(List.of("登录", "登录后跳转到 /home"))).isEqualTo(StatedEndpoint.NONE);
    }

    @Test
    void aBaseUrlOverItsAddressStatesNoInterface() {
        assertThat(StatedEndpoint.withLabelsJoined(List.of("Base URL", "http://localhost:8080/api/v1", "Models")))
                .containsExactly("Base URL: http://localhost:8080/api/v1", "Models");
        assertThat(StatedEndpoint.marks("Base URL: http://localhost:8080/api/v1")).isEmpty();
        // a development server's URL after another short label is an interface's
        assertThat(StatedEndpoint.marks("测试时：localhost:81/accountInsert")).singleElement()
                .hasToString("/accountInsert");
    }

    @Test
    void factsWrittenAsAssignmentsAreStated() {
        assertThat(StatedEndpoint.read(List.of("url = {domain}/service/user/login", "method = post")))
                .hasToString("POST /service/user/login");
        assertThat(StatedEndpoint.read(List.of("total = price * count"))).isEqualTo(StatedEndpoint.NONE);
    }

    @Test
    void aSampleRequestFillsItsTemplatesPlaceholdersAndATitleWithSlashesIsNoPath() {
        assertThat(StatedEndpoint.fills("/status/{patient_id}/{appointment_id}/{status}/{date}",
                "/status/{id}/{id2}/cancelled")).isTrue();
        assertThat(StatedEndpoint.fills("/status/{patient_id}/{status}", "/orders/{id}/cancelled")).isFalse();
        assertThat(StatedEndpoint.read(List.of("Method: Put",
                "Link: 127.0.0.1:8000/api//change-appointment-status/{patient_id}/{date?}")))
                .hasToString("PUT /api/change-appointment-status/{patient_id}/{date}");
        assertThat(StatedEndpoint.marks("API: Cancel/Reject/Approve/Postpond Request")).isEmpty();
    }

    @Test
    void theValuesAFieldTakesInCapitalsAreNoPathWhereARouteIsOne() {
        assertThat(StatedEndpoint.marks("- 角色：ADMIN/MANAGER/USER")).isEmpty();
        assertThat(StatedEndpoint.marks("- 文件状态：UPLOADED/PROCESSING/COMPLETED/FAILED")).isEmpty();
        assertThat(StatedEndpoint.marks("登录接口：user/login")).extracting(StatedEndpoint::path)
                .containsExactly("/user/login");
        assertThat(StatedEndpoint.marks("URL: /ADMIN/USER")).extracting(StatedEndpoint::path)
                .containsExactly("/ADMIN/USER");
    }

    @Test
    void aChineseTitleNamingItsMethodOverAPathAloneStatesBoth() {
        assertThat(StatedEndpoint.marks("1.登陆接口(post)", List.of("/login2", "请求参数 account、password")))
                .singleElement().hasToString("POST /login2");
        assertThat(StatedEndpoint.marks("课程目录(pdf文件)get", List.of("/mobile/course/getCourseFileInfo/{courseId}")))
                .singleElement().hasToString("GET /mobile/course/getCourseFileInfo/{courseId}");
        assertThat(StatedEndpoint.marks("获取当前用户该课程的状态GET", List.of("说明", "/mobile/course/status"))).isEmpty();
    }

    @Test
    void aLabelledTableRowStatesTheMethod() {
        assertThat(StatedEndpoint.read(List.of("| 接口地址 | /api/entrance/generalLogin |", "| 请求方式 | POST |")))
                .hasToString("POST /api/entrance/generalLogin");
    }

    @Test
    void aHeaderRowNamesTheColumnsOfTheRowBelow() {
        assertThat(StatedEndpoint.read(List.of("| 请求地址 | 请求方式 |", "| /users/:id | GET |")))
                .hasToString("GET /users/{id}");
        assertThat(StatedEndpoint.marks("| /users/:id | GET |")).singleElement().hasToString("GET /users/{id}");
        assertThat(StatedEndpoint.marks("| / Recipient/{id} | DELETE |")).singleElement()
                .hasToString("DELETE /Recipient/{id}");
        assertThat(StatedEndpoint.marks("| post | localhost:8000/ oldproducts_custom_info/ |")).singleElement()
                .hasToString("POST /oldproducts_custom_info");
    }

    @Test
    void aQueryStringBecomesQueryParametersAndARelativePathGetsItsSlash() {
        StatedEndpoint stated = StatedEndpoint.read(List.of("GET users/?page=1&size=10"));
        assertThat(stated).hasToString("GET /users");
        assertThat(stated.queryParameters()).containsExactly("page", "size");
    }

    @Test
    void everyPlaceholderSpellingBecomesANamedPlaceholder() {
        assertThat(StatedEndpoint.read(List.of("PUT users/${id}")).path()).isEqualTo("/users/{id}");
        assertThat(StatedEndpoint.read(List.of("delete:/api/x/$ids")).toString()).isEqualTo("DELETE /api/x/{ids}");
        assertThat(StatedEndpoint.read(List.of("GET /goods/68")).path()).isEqualTo("/goods/{id}");
        assertThat(StatedEndpoint.read(List.of("GET {{baseUrl}}/api/users/:userId/orders/{{orderId}}")).path())
                .isEqualTo("/api/users/{userId}/orders/{orderId}");
    }

    @Test
    void methodsListedAsAlternativesAreNotAPath() {
        assertThat(StatedEndpoint.read(List.of("支持 GET/POST 两种方式")).isStated()).isFalse();
        assertThat(StatedEndpoint.read(List.of("GET http://localhost:8080/post/order/search")).path())
                .isEqualTo("/post/order/search");
    }

    @Test
    void aLineThatSaysWhatIsDoneUsingAnEndpointMarksIt() {
        assertThat(StatedEndpoint.marks("Delete a shelf using DELETE /shelves/:id"))
                .extracting(StatedEndpoint::toString).containsExactly("DELETE /shelves/{id}");
        assertThat(StatedEndpoint.marks("Find all open orders via GET /orders/open"))
                .extracting(StatedEndpoint::toString).containsExactly("GET /orders/open");
        assertThat(StatedEndpoint.marks("The client then refreshes the page, using GET /orders/open")).isEmpty();
        assertThat(StatedEndpoint.marks("Shelves are read using get /shelves")).isEmpty();
    }

    @Test
    void aMethodLabelledBesideAPathCompletesIt() {
        List<String> literal = List.of("{", "    url: '/staff'", "    method: 'get',", "}");
        assertThat(StatedEndpoint.withMethodBeside(StatedEndpoint.marks(literal.get(1)).get(0), literal, 1))
                .hasToString("GET /staff");
        List<String> labels = List.of("请求方式：post", "", "请求地址：/books");
        assertThat(StatedEndpoint.withMethodBeside(StatedEndpoint.marks(labels.get(2)).get(0), labels, 2))
                .hasToString("POST /books");
        List<String> spaced = List.of("方法 post", "url：http://localhost/weekly/index.php/user/add_label");
        assertThat(StatedEndpoint.withMethodBeside(StatedEndpoint.marks(spaced.get(1)).get(0), spaced, 1))
                .hasToString("POST /weekly/index.php/user/add_label");
        List<String> sent = List.of("post 提交", "url:http://localhost/weekly/index.php/login/register");
        assertThat(StatedEndpoint.withMethodBeside(StatedEndpoint.marks(sent.get(1)).get(0), sent, 1))
                .hasToString("POST /weekly/index.php/login/register");
        List<String> apart = List.of("Endpoint: /books", "Description: all books", "Method: GET");
        assertThat(StatedEndpoint.withMethodBeside(StatedEndpoint.marks(apart.get(0)).get(0), apart, 0).method())
                .isNull();
    }

    @Test
    void aRequestObjectsMethodKeyedAfterItsDataCompletesItsUrl() {
        List<String> request = List.of("url: './my/searchInfo',", "data: {", "    method: 'GET'", "},",
                "method: 'POST',", "header: {}");
        assertThat(StatedEndpoint.withMethodBeside(StatedEndpoint.marks(request.get(0)).get(0), request, 0))
                .hasToString("POST /my/searchInfo");
        List<String> before = List.of("wx.request({", "  method: \"GET\",", "  header: {},", "  url: \"/goods\",", "})");
        assertThat(StatedEndpoint.withMethodBeside(StatedEndpoint.marks(before.get(3)).get(0), before, 3))
                .hasToString("GET /goods");
        // the next request's method is not this one's
        List<String> two = List.of("url: '/a',", "data: {},", "url: '/b',", "method: 'POST'");
        assertThat(StatedEndpoint.withMethodBeside(StatedEndpoint.marks(two.get(0)).get(0), two, 0).method()).isNull();
        // nor is a method of an object the url's object closed before
        assertThat(StatedEndpoint.withMethodBeside(StatedEndpoint.marks("url: '/a',").get(0),
                List.of("url: '/a',", "data: {}", "}", "method: 'PUT'"), 0).method()).isNull();
    }

    @Test
    void aDocumentSaysWhichMethodAllItsInterfacesUseInEitherLanguage() {
        assertThat(StatedEndpoint.commonMethod(List.of("接口列表", "一律POST请求发送JSON数据"))).isEqualTo("POST");
        assertThat(StatedEndpoint.commonMethod(List.of("所有接口均使用 get 方式"))).isEqualTo("GET");
        assertThat(StatedEndpoint.commonMethod(List.of("All endpoints use POST."))).isEqualTo("POST");
        assertThat(StatedEndpoint.commonMethod(List.of("POST /login", "Posts are listed by date."))).isNull();
    }

    @Test
    void aServicesPathInATableOfLabelsIsTheInterfacesPath() {
        assertThat(StatedEndpoint.read(List.of("| 请求方式 | Get |", "| 服务路径 | /showLoginQRCode |",
                "| 路径参数/描述 | 无 |"))).hasToString("GET /showLoginQRCode");
        assertThat(StatedEndpoint.read(List.of("| 请求方式 | Get |", "| 服务路径 | /checkScan?uuid=xxx |")).path())
                .isEqualTo("/checkScan");
    }

    @Test
    void aSegmentsPlaceholderInSquareBracketsIsOneAtTheEndOfThePathToo() {
        assertThat(StatedEndpoint.marks("Route: PUT /api/customers/[id]")).singleElement()
                .hasToString("PUT /api/customers/{id}");
        assertThat(StatedEndpoint.marks("DELETE /api/customers/[id].")).singleElement()
                .hasToString("DELETE /api/customers/{id}");
    }

    @Test
    void aRobotServicesOrTopicsNameIsItsPath() {
        assertThat(StatedEndpoint.marks("服务名：/manual_mapping_service")).singleElement()
                .hasToString("/manual_mapping_service");
        assertThat(StatedEndpoint.marks("话题名：/grab_over")).singleElement().hasToString("/grab_over");
        assertThat(StatedEndpoint.marks("服务名: movieinfo.user.UserService")).isEmpty();
    }

    @Test
    void aPathOfOneWordLabelledBesideALabelledMethodIsStated() {
        List<String> lines = List.of("- 请求路径：login", "- 请求方法：post", "- 请求参数", "", "| 参数名 | 参数说明 |");
        assertThat(StatedEndpoint.marks("登录验证接口", lines)).singleElement().hasToString("POST /login");
        assertThat(StatedEndpoint.read(lines)).hasToString("POST /login");
        assertThat(StatedEndpoint.marks("查看订单数据列表", List.of("- 请求路径：getOrder", "- 请求方法：get")))
                .singleElement().hasToString("GET /getOrder");
        // in a table's rows as well
        assertThat(StatedEndpoint.read(List.of("| 协议 | http |", "| http请求方式 | post |", "| 接口 | index |")))
                .hasToString("POST /index");
        assertThat(StatedEndpoint.marks("获取消息列表", List.of("### 8.1.1接口说明", "| 协议 | http |",
                "| http请求方式 | Get Post |", "| 接口 | getMsgList |"))).singleElement().hasToString("GET /getMsgList");
        // without a method labelled, one word is no path
        assertThat(StatedEndpoint.marks("登录", List.of("- 请求路径：login"))).isEmpty();
        assertThat(StatedEndpoint.read(List.of("| 协议 | http |", "| 接口 | index |")).path()).isNull();
        assertThat(StatedEndpoint.read(List.of("URL: TBD", "Method: GET")).path()).isNull();
    }

    @Test
    void aPathWrittenRelativeToTheCurrentFolderIsUnderTheRoot() {
        assertThat(StatedEndpoint.read(List.of("url: ./my/searchInfo")).path()).isEqualTo("/my/searchInfo");
        assertThat(StatedEndpoint.read(List.of("GET ./search/goods?type=")).toString()).isEqualTo("GET /search/goods");
    }

    @Test
    void aLabelWhoseColonALineBreakStoodForStillLabelsTheEndpoint() {
        assertThat(StatedEndpoint.marks("Endpoint POST /api/shelves/register"))
                .extracting(StatedEndpoint::toString).containsExactly("POST /api/shelves/register");
        assertThat(StatedEndpoint.marks("接口地址 GET /shelves/{id}"))
                .extracting(StatedEndpoint::toString).containsExactly("GET /shelves/{id}");
        assertThat(StatedEndpoint.marks("Clients POST /shelves to add one")).isEmpty();
    }

    @Test
    void aRouteListStatesThePathBeforeItsMethodAndFlaskConvertersAreNoName() {
        assertThat(StatedEndpoint.marks("/view_parking_lot/<int:lot_id>    GET    admin"))
                .extracting(StatedEndpoint::toString).containsExactly("GET /view_parking_lot/{lot_id}");
        assertThat(StatedEndpoint.marks("/parking/{id:int}  DELETE")).extracting(StatedEndpoint::path)
                .containsExactly("/parking/{id}");
        assertThat(StatedEndpoint.marks("## /api/students/:studentId --> GET Request"))
                .extracting(StatedEndpoint::toString).containsExactly("GET /api/students/{studentId}");
    }

    @Test
    void aRouteListsColumnOfWhoMayCallIsNoPathAfterTheMethod() {
        assertThat(StatedEndpoint.read(List.of("/search    POST    admin/user"))).hasToString("POST /search");
        assertThat(StatedEndpoint.read(List.of("/summary    GET    admin/user"))).hasToString("GET /summary");
        assertThat(StatedEndpoint.read(List.of("Searches with POST admin/search"))).hasToString("POST /admin/search");
    }

    @Test
    void aMethodBeforeASlashAloneStatesTheRoot() {
        assertThat(StatedEndpoint.read(List.of("Root (/)", "GET /", "Welcome page"))).hasToString("GET /");
        assertThat(StatedEndpoint.read(List.of("GET /", "GET /health"))).hasToString("GET /health");
        assertThat(StatedEndpoint.read(List.of("see GET / for the list"))).isEqualTo(StatedEndpoint.NONE);
    }

    @Test
    void aPathWithItsMethodInBracketsIsBelowTheAddressBesideIt() {
        assertThat(StatedEndpoint.read(List.of("| URL：http://ip:8080/readingSystem | /teacher/setAssistant(POST) |",
                "| 请求参数 |"))).hasToString("POST /readingSystem/teacher/setAssistant");
        assertThat(StatedEndpoint.read(List.of("/teacher/addTeam（GET）"))).hasToString("GET /teacher/addTeam");
        // an address that already holds the path, or a path that already holds the address's, is not doubled
        assertThat(StatedEndpoint.read(List.of("URL: http://host:80/api/users/login", "/api/users/login(POST)")))
                .hasToString("POST /api/users/login");
        assertThat(StatedEndpoint.read(List.of("URL: http://host:80/api", "/api/users(GET)")))
                .hasToString("GET /api/users");
    }

    @Test
    void aPathAloneOverAMethodAloneIsOneEndpoint() {
        assertThat(StatedEndpoint.withLabelsJoined(List.of("- /login", "  - POST", "  - Body = username")))
                .containsExactly("POST /login", "  - Body = username");
    }

    @Test
    void aPathAloneOverItsMethodAndTitleIsOneEndpoint() {
        assertThat(StatedEndpoint.withLabelsJoined(List.of("/api/posts/{id}/comments", "POST 发表评论 需JWT")))
                .containsExactly("POST /api/posts/{id}/comments 发表评论 需JWT");
    }

    @Test
    void aPathAloneAfterALabelOfTheRequestIsItsPathAndRequestTypeLabelsItsMethod() {
        assertThat(StatedEndpoint.read(List.of("**Request Format:** /api/submit/team", "**Request Type:** POST",
                "**Returned Data Format**: TEXT")).toString()).isEqualTo("POST /api/submit/team");
        assertThat(StatedEndpoint.read(List.of("**Request Format:** JSON", "**Request Type:** POST")).path()).isNull();
    }

    @Test
    void aHandlersNameBeforeTheMethodAndPathIsNoPartOfThem() {
        // a table of handler, request and description, flattened into lines
        assertThat(StatedEndpoint.marks("newUser  POST /users/  Creates a new user.")).singleElement()
                .hasToString("POST /users");
        assertThat(StatedEndpoint.marks("get_user GET /users/{id} Gets a user.")).singleElement()
                .hasToString("GET /users/{id}");
        assertThat(StatedEndpoint.marks("then POST /users to create one")).isEmpty();
    }

    @Test
    void aRouteLabelledAsTheRequestsParametersIsNoPath() {
        assertThat(StatedEndpoint.marks("请求参数：User/userGetCode")).isEmpty();
        assertThat(StatedEndpoint.marks("注册：user/register")).singleElement().hasToString("/user/register");
    }

    @Test
    void aUrlAloneAfterALabelOfTheRequestIsItsPath() {
        assertThat(StatedEndpoint.read(List.of("Get style", "Request method: POST", "Request JSON attributes:",
                "Request address:   https://teamwork-dam.appspot.com/external-api/media/get-style")))
                .hasToString("POST /external-api/media/get-style");
        assertThat(StatedEndpoint.marks("Request address: https://dam.appspot.com/external-api/scheduler/subscribe"))
                .singleElement().hasToString("/external-api/scheduler/subscribe");
        assertThat(StatedEndpoint.read(List.of("Request example: https://x.appspot.com/a/b?c=1 and more")).path())
                .isNull();
    }

    @Test
    void aLineListingSeveralMethodsAndPathsStatesEachOfThem() {
        assertThat(StatedEndpoint.marks("GET /api_usage, POST /auth, PUT /details, DELETE /details/{id},"))
                .extracting(StatedEndpoint::toString)
                .containsExactly("GET /api_usage", "POST /auth", "PUT /details", "DELETE /details/{id}");
    }

    @Test
    void aPathThenItsMethodInLowerCaseThenWhatItDoesInChineseIsStated() {
        assertThat(StatedEndpoint.marks("\t\t/customer/findAll          get         查询所有顾客信息"))
                .extracting(StatedEndpoint::toString).containsExactly("GET /customer/findAll");
        assertThat(StatedEndpoint.marks("/customer/list get all customers")).isEmpty();
    }

    @Test
    void aPathAloneOverSeveralMethodsWithWhatTheyDoGivesEachOfThem() {
        assertThat(StatedEndpoint.withLabelsJoined(List.of("/tracks/update", "GET - returns all tracks",
                "POST - update duration of a track", "POST.data: {}", "", "/users/authenticate", "POST - {email: }")))
                .containsExactly("GET /tracks/update", "POST /tracks/update update duration of a track",
                        "POST.data: {}", "", "POST /users/authenticate");
    }

    @Test
    void aNoteBetweenAPathAloneAndItsMethodsLeavesThemItsOwn() {
        assertThat(StatedEndpoint.withLabelsJoined(List.of("/playlist/create",
                "- create empty playlist with user info and playlist info", "GET  - select playlist given id",
                "POST - create an empty playlist")))
                .containsExactly("/playlist/create", "- create empty playlist with user info and playlist info",
                        "GET /playlist/create select playlist given id",
                        "POST /playlist/create create an empty playlist");
    }

    @Test
    void aNameAndItsUrlOverALabelledMethodStateBoth() {
        assertThat(StatedEndpoint.read(List.of("GETMESSAGES: https://x.herokuapp.com/messaging/getmessages?index=5",
                "METHOD: GET", "DESCRIPTION: Will return the messages."))).hasToString("GET /messaging/getmessages");
        // a sentence before a URL names no interface
        assertThat(StatedEndpoint.read(List.of("See the live demo, which is at: https://x.herokuapp.com/demo",
                "METHOD: GET"))).hasToString("GET");
    }

    @Test
    void aRouteThatTakesSeveralMethodsStatesEachOfThem() {
        assertThat(StatedEndpoint.marks("- `GET/POST /dish/edit/<id>` - 编辑菜品（管理员）"))
                .extracting(StatedEndpoint::toString).containsExactly("GET /dish/edit/{id}", "POST /dish/edit/{id}");
        assertThat(StatedEndpoint.marks("PATCH / DELETE /incidents/{incident_id}")).extracting(StatedEndpoint::toString)
                .containsExactly("PATCH /incidents/{incident_id}", "DELETE /incidents/{incident_id}");
        // several routes, each with its own method, stay as they are
        assertThat(StatedEndpoint.marks("GET /api_usage, POST /auth")).extracting(StatedEndpoint::toString)
                .containsExactly("GET /api_usage", "POST /auth");
    }

    @Test
    void deleteCutShortBeforeAPathIsDelete() {
        assertThat(StatedEndpoint.marks("- `DEL /api/bookings/:id`")).singleElement()
                .hasToString("DELETE /api/bookings/{id}");
        // a word that opens like it is no method
        assertThat(StatedEndpoint.marks("DELIVERY /orders/{id} is tracked")).isEmpty();
        assertThat(StatedEndpoint.marks("Del /api/x")).isEmpty();
    }

    @Test
    void aPathAloneOverSeveralMethodsGivesEachOfThem() {
        assertThat(StatedEndpoint.withLabelsJoined(List.of("/boat", "POST", "● Creates a boat", "GET",
                "● Returns a list of all boats", "https://example.appspot.com/", "/boat/{boat_id}", "GET", "DELETE")))
                .containsExactly("POST /boat", "● Creates a boat", "GET /boat", "● Returns a list of all boats",
                        "https://example.appspot.com/", "GET /boat/{boat_id}", "DELETE /boat/{boat_id}");
        // a method alone over its path is the other layout, and stays so
        assertThat(StatedEndpoint.withLabelsJoined(List.of("POST", "/children", "GET", "/children/{id}")))
                .containsExactly("POST /children", "GET /children/{id}");
    }

    @Test
    void aLabelLeftEmptyLabelsNotTheLabelledLineBelowIt() {
        assertThat(StatedEndpoint.read(List.of("Method: GET", "Type: ", "URL: http://localhost:3001/api/search/")))
                .hasToString("GET /api/search");
    }

    @Test
    void aLabelSetOffByBlanksInsteadOfAColonStatesItsValue() {
        assertThat(StatedEndpoint.read(List.of("接口地址        /login", "请求方式\tPOST", "参数类型        JSON")))
                .hasToString("POST /login");
        assertThat(StatedEndpoint.read(List.of("Request URL   /api/users/{id}", "Method   DELETE")))
                .hasToString("DELETE /api/users/{id}");
        // a title that ends in "URL" labels nothing
        assertThat(StatedEndpoint.read(List.of("Play URL (/mi/play-url)", "POST /mi/device/play-url")))
                .hasToString("POST /mi/device/play-url");
    }

    @Test
    void anInterfaceNamedBeforeItsPathStatesThePath() {
        assertThat(StatedEndpoint.read(List.of("注册接口：user/register", "请求方式：get", "参数：password，username")))
                .hasToString("GET /user/register");
        assertThat(StatedEndpoint.marks("请求自己的订单信息：customer/myorder")).extracting(StatedEndpoint::path)
                .containsExactly("/customer/myorder");
        assertThat(StatedEndpoint.marks("说明：见 docs/api.md 与 上/下 两页")).isEmpty();
    }

    @Test
    void aPathInsideProseIsAFactButNotAMarkOfAnotherInterface() {
        assertThat(StatedEndpoint.marks("先调用 POST /api/sms/send 发送验证码")).isEmpty();
        assertThat(StatedEndpoint.marks("● POST /api/v1/auth/register")).hasSize(1);
    }

    @Test
    void aMessageInASequenceDiagramMarksNoInterface() {
        assertThat(StatedEndpoint.marks("Client->>API: POST /user/login")).isEmpty();
        assertThat(StatedEndpoint.marks("Client -> API: GET /sessions")).isEmpty();
        assertThat(StatedEndpoint.marks("Login: POST /user/login")).hasSize(1);
    }

    @Test
    void anAddressOfAnotherSchemeIsNoPath() {
        assertThat(StatedEndpoint.marks("uri: mongodb://localhost:27017/votes")).isEmpty();
        assertThat(StatedEndpoint.read(List.of("URL: jdbc:postgresql://db/app")).isStated()).isFalse();
        assertThat(StatedEndpoint.read(List.of("URL: https://api.example.com/v1/votes")).path()).isEqualTo("/v1/votes");
    }

    @Test
    void capitalisedMethodsAreReadBeforeASlashOnly() {
        assertThat(StatedEndpoint.marks("Get/api/v1/single/:id")).containsExactly(
                new StatedEndpoint("GET", "/api/v1/single/{id}", List.of()));
        assertThat(StatedEndpoint.marks("- Patch /api/v1/update/:id")).hasSize(1);
        assertThat(StatedEndpoint.marks("Get users/list of a team")).isEmpty();
    }

    @Test
    void aRoleSetOffByADashMayPrecedeTheMethod() {
        assertThat(StatedEndpoint.marks("- Admin - DELETE /api/products/:id -> Delete a product")).containsExactly(
                new StatedEndpoint("DELETE", "/api/products/{id}", List.of()));
    }

    @Test
    void aHostWrittenWithoutItsSchemeIsNoPartOfThePath() {
        assertThat(StatedEndpoint.read(List.of("接口地址：47.100.6.42/ttms/public/index.php/index/user/login")).path())
                .isEqualTo("/ttms/public/index.php/index/user/login");
        assertThat(StatedEndpoint.read(List.of("URL: api.example.com:8443/v1/users")).path()).isEqualTo("/v1/users");
        assertThat(StatedEndpoint.read(List.of("URL: index.php/user/login")).path()).isEqualTo("/index.php/user/login");
    }

    @Test
    void aTypeLabelStatesTheMethodBesideAUrl() {
        StatedEndpoint stated = StatedEndpoint.read(List.of("url：/gantt/day", "类型：POST"));
        assertThat(stated).isEqualTo(new StatedEndpoint("POST", "/gantt/day", List.of()));
    }

    @Test
    void aLabelAloneOnItsLineLabelsTheNextLine() {
        assertThat(StatedEndpoint.read(List.of("URL", "/getAccToken", "Method", "GET")))
                .isEqualTo(new StatedEndpoint("GET", "/getAccToken", List.of()));
        assertThat(StatedEndpoint.marks("获取凭证", List.of("请求地址：", "/getAccToken"))).hasSize(1);
        // an empty value leaves the next label its own
        assertThat(StatedEndpoint.read(List.of("URL", "Method", "GET")).method()).isEqualTo("GET");
    }

    @Test
    void aPathAfterTheDescriptionEndsTheLineAndABaseWordIsNoPartOfIt() {
        assertThat(StatedEndpoint.marks("GET - all users - base-url/api/users")).containsExactly(
                new StatedEndpoint("GET", "/api/users", List.of()));
        assertThat(StatedEndpoint.marks("DELETE - delete specific item - base-url/api/users/:id/items/:item_id"))
                .containsExactly(new StatedEndpoint("DELETE", "/api/users/{id}/items/{item_id}", List.of()));
        assertThat(StatedEndpoint.marks("GET - the list of all users")).isEmpty();
        assertThat(StatedEndpoint.marks("POST /base/v1/login-sms")).containsExactly(
                new StatedEndpoint("POST", "/base/v1/login-sms", List.of()));
        assertThat(StatedEndpoint.marks("GET {baseUrl}/api/users")).containsExactly(
                new StatedEndpoint("GET", "/api/users", List.of()));
        // "path" or "host" before a relative path stands for the server; a path that opens with "/path" is the path
        assertThat(StatedEndpoint.marks("PUT `path/product/:id`")).containsExactly(
                new StatedEndpoint("PUT", "/product/{id}", List.of()));
        assertThat(StatedEndpoint.marks("GET host/api/users")).containsExactly(
                new StatedEndpoint("GET", "/api/users", List.of()));
        assertThat(StatedEndpoint.marks("GET /path/products")).containsExactly(
                new StatedEndpoint("GET", "/path/products", List.of()));
    }

    @Test
    void expressOptionalParametersArePlaceholders() {
        assertThat(StatedEndpoint.marks("GET /user/?:id")).containsExactly(
                new StatedEndpoint("GET", "/user/{id}", List.of()));
        assertThat(StatedEndpoint.marks("GET /user/:id?")).containsExactly(
                new StatedEndpoint("GET", "/user/{id}", List.of()));
    }

    @Test
    void aMethodNamedAsTheRequestsKindStatesIt() {
        assertThat(StatedEndpoint.marks("注册新用户使用put请求 /api/user/registered")).containsExactly(
                new StatedEndpoint("PUT", "/api/user/registered", List.of()));
        assertThat(StatedEndpoint.marks("获取所有用户列表get请求/api/user/list")).containsExactly(
                new StatedEndpoint("GET", "/api/user/list", List.of()));
        assertThat(StatedEndpoint.read(List.of("访问地址：120.55.91.6:9000/movies/movie/list/tag", "作用：按类型查询电影",
                "Get方式"))).isEqualTo(new StatedEndpoint("GET", "/movies/movie/list/tag", List.of()));
        // the path after a short label of its own, whatever the label says
        assertThat(StatedEndpoint.marks("post请求，地址：/user/add")).containsExactly(
                new StatedEndpoint("POST", "/user/add", List.of()));
        // a clause saying what the request does before the label
        assertThat(StatedEndpoint.marks("第二次采用get请求，显示帖子评论，请求头：/review/query/{reviewId}")).containsExactly(
                new StatedEndpoint("GET", "/review/query/{reviewId}", List.of()));
        // after a label the path may leave out its leading slash; its first segment "post" is no method
        assertThat(StatedEndpoint.read(List.of("显示帖子和评论(两次请求)", "第一次采用get请求，请求头：post/query/{postId}")))
                .isEqualTo(new StatedEndpoint("GET", "/post/query/{postId}", List.of()));
        assertThat(StatedEndpoint.marks("get请求，请求头：FansAndConcerned/Toget/{username}")).containsExactly(
                new StatedEndpoint("GET", "/FansAndConcerned/Toget/{username}", List.of()));
        // a method named as the request's kind before words that are no label or path
        assertThat(StatedEndpoint.marks("采用post请求，提交表单后跳转/首页")).isEmpty();
    }

    @Test
    void aHeadingNamingTheMethodAndWhatItDoesOverAPathAloneStatesBoth() {
        assertThat(StatedEndpoint.marks("GET all orders", List.of("/api/orders/all", "Gets every order")))
                .containsExactly(new StatedEndpoint("GET", "/api/orders/all", List.of()));
        assertThat(StatedEndpoint.read(List.of("DELETE order", "/api/orders/:id", "id: the order to delete")))
                .isEqualTo(new StatedEndpoint("DELETE", "/api/orders/{id}", List.of()));
        // a sentence that opens with a capitalised method names no path
        assertThat(StatedEndpoint.marks("GET requests are cached", List.of("for a minute"))).isEmpty();
    }

    @Test
    void anObjectLiteralStatesItsUrlAndMethod() {
        assertThat(StatedEndpoint.read(List.of("update user", "{", "  url: 'udUser',", "  method: 'post',", "}")))
                .isEqualTo(new StatedEndpoint("POST", "/udUser", List.of()));
        assertThat(StatedEndpoint.marks("  url: 'user/login',")).containsExactly(
                new StatedEndpoint(null, "/user/login", List.of()));
        assertThat(StatedEndpoint.marks("  name: 'Anna',")).isEmpty();
    }

    @Test
    void oneRowOfATableOfOperationsStatesItsEndpointWithoutItsHeader() {
        assertThat(StatedEndpoint.read(List.of("| List item details | GET | /api/item/{id} | id: number |")))
                .isEqualTo(new StatedEndpoint("GET", "/api/item/{id}", List.of()));
    }

    @Test
    void aUrlWithItsHostThenItsLabelledMethodStatesBoth() {
        assertThat(StatedEndpoint.marks("t.cn:82/api/v1/token/user  类型：Post")).containsExactly(
                new StatedEndpoint("POST", "/api/v1/token/user", List.of()));
        assertThat(StatedEndpoint.marks("get /api/coral/dept/listHierarchyDept")).containsExactly(
                new StatedEndpoint("GET", "/api/coral/dept/listHierarchyDept", List.of()));
    }

    @Test
    void aMethodAndWhatItDoesOverItsUrlAreOneStatement() {
        assertThat(StatedEndpoint.marks("tutorials", List.of("GET - getOne with ID",
                "localhost:8080/api/tutorials/60ffec2ce5e6086ba72db1ad", "PUT - change",
                "localhost:8080/api/tutorials/60ffec2ce5e6086ba72db1ad"))).containsExactly(
                new StatedEndpoint("GET", "/api/tutorials/{id}", List.of()),
                new StatedEndpoint("PUT", "/api/tutorials/{id}", List.of()));
    }

    @Test
    void aQualifiedUrlLabelStatesThePathButABaseAddressDoesNot() {
        assertThat(StatedEndpoint.marks(" local API : http://localhost:3000/rooms")).containsExactly(
                new StatedEndpoint(null, "/rooms", List.of()));
        assertThat(StatedEndpoint.marks("Request URL: https://api.example.com/v1/rooms")).hasSize(1);
        assertThat(StatedEndpoint.marks("Base URL: https://api.example.com/v1")).isEmpty();
    }

    @Test
    void aLineThatIsOnlyADevelopmentServersUrlStatesAPathButAPublicLinkDoesNot() {
        assertThat(StatedEndpoint.marks("http://localhost:8080/demo_war/admin/createbatch")).containsExactly(
                new StatedEndpoint(null, "/demo_war/admin/createbatch", List.of()));
        assertThat(StatedEndpoint.marks("https://github.com/acme/rooms/issues")).isEmpty();
    }

    @Test
    void aRouteListLineWithATagAQuotedPathAndACommentMarksItsInterface() {
        assertThat(StatedEndpoint.marks(" R GET \"/orders/:id\" //one order")).singleElement()
                .hasToString("GET /orders/{id}");
        assertThat(StatedEndpoint.marks("[D] POST '/orders/:id/cancel'  // cancel it")).singleElement()
                .hasToString("POST /orders/{id}/cancel");
        assertThat(StatedEndpoint.marks("WE GET to the shop")).isEmpty();
    }

    @Test
    void anIdWrittenAsItsBareNameAfterItsCollectionIsAPlaceholder() {
        assertThat(StatedEndpoint.read(List.of("PUT /members/member_id/avatar"))).hasToString("PUT /members/{member_id}/avatar");
        assertThat(StatedEndpoint.read(List.of("GET /order_id/help"))).as("first segment stays")
                .hasToString("GET /order_id/help");
        assertThat(StatedEndpoint.read(List.of("DELETE /api/student/id"))).hasToString("DELETE /api/student/{id}");
        assertThat(StatedEndpoint.read(List.of("GET /api/stu/room/id/notice")))
                .hasToString("GET /api/stu/room/{id}/notice");
        assertThat(StatedEndpoint.read(List.of("GET /order/id/{id}"))).as("a route named by id, then the id")
                .hasToString("GET /order/id/{id}");
    }

    @Test
    void aMethodNotedAfterAUrlStatesItsMethodButAVerbClosingASentenceDoesNot() {
        assertThat(StatedEndpoint.withLabelsJoined(List.of("分类http://x.cn/api/blog/lists? classify_id=**  get")))
                .containsExactly("GET http://x.cn/api/blog/lists? 分类 classify_id=");
        assertThat(StatedEndpoint.withLabelsJoined(List.of("http://x.cn/api/blog/addblog发布接口", "后面加四个字段",
                "", "post 方式", "取消收藏"))).containsExactly(
                "POST http://x.cn/api/blog/addblog 发布接口 后面加四个字段", "取消收藏");
        List<String> prose = List.of("See https://example.com/docs/start", "to learn what you can get");
        assertThat(StatedEndpoint.withLabelsJoined(prose)).isEqualTo(prose);
    }

    @Test
    void aPathBelowANamedBaseOnALineOfItsOwnIsAnInterfacesAddressWithTheMethodLabelledBesideIt() {
        List<String> lines = List.of("Method: PUT", "Base_Url/booking/id", "JSON example");
        assertThat(StatedEndpoint.withMethodBeside(StatedEndpoint.marks(lines.get(1)).get(0), lines, 1))
                .isEqualTo(new StatedEndpoint("PUT", "/booking/{id}", List.of()));
        assertThat(StatedEndpoint.read(List.of("方式：POST", "<api-url>/todo/add")))
                .isEqualTo(new StatedEndpoint("POST", "/todo/add", List.of()));
    }

    @Test
    void aMethodsLabelBelowAUrlBelongsToTheNextInterfaceNotToTheUrl() {
        List<String> lines = List.of("https://example.com/apidoc/index.html#examples", "Auth - Create Token",
                "Method: POST", "Base_Url/auth");
        assertThat(StatedEndpoint.withLabelsJoined(lines)).isEqualTo(lines);
    }

    @Test
    void aMethodWordBeforeASlashInProseIsAnOrNotAMethod() {
        assertThat(StatedEndpoint.marks("so that I don't get/recommend a book that's already on loan")).isEmpty();
        assertThat(StatedEndpoint.marks("Patch/users/{id}")).containsExactly(
                new StatedEndpoint("PATCH", "/users/{id}", List.of()));
        assertThat(StatedEndpoint.marks("Get /books list all books")).containsExactly(
                new StatedEndpoint("GET", "/books", List.of()));
    }

    @Test
    void aHostWrittenInWordsAndAQuerysSampleWordsStillStateThePathAndAMethodAsAListItemUnderItsLabel() {
        assertThat(StatedEndpoint.read(List.of("#### 请求URL", "- ` http://域名/api/v1/user/register `", "#### 请求方式",
                "- POST"))).isEqualTo(new StatedEndpoint("POST", "/api/v1/user/register", List.of()));
        assertThat(StatedEndpoint.read(List.of("请求URL", "` http://localhost:9000/api/v1/user/info/other?uid=用户ID `",
                "请求方式", "- GET")).toString()).isEqualTo("GET /api/v1/user/info/other");
        assertThat(StatedEndpoint.marks("接口：rooms/删除")).isEmpty();
    }

    @Test
    void aRouteThatCodeDeclaresMarksItsInterfaceWithTheMethodItNames() {
        assertThat(StatedEndpoint.marks("@bp.route('/api/v1/user/bind', methods=['POST'])")).singleElement()
                .hasToString("POST /api/v1/user/bind");
        assertThat(StatedEndpoint.marks("@bp_user.route('/api/v1/reserve/getInfo')")).as("Flask's default")
                .singleElement().hasToString("GET /api/v1/reserve/getInfo");
        assertThat(StatedEndpoint.marks("@GetMapping(\"/users/{id}\")")).singleElement().hasToString("GET /users/{id}");
        assertThat(StatedEndpoint.marks("@RequestMapping(value = \"/orders\", method = RequestMethod.PUT)"))
                .singleElement().hasToString("PUT /orders");
        assertThat(StatedEndpoint.marks("router.delete('/items/:id', auth, remove)")).singleElement()
                .hasToString("DELETE /items/{id}");
        assertThat(StatedEndpoint.marks("@login_required")).isEmpty();
    }

    @Test
    void aControllersMappingIsThePrefixOfTheRoutesItsMethodsDeclare() {
        List<String> code = List.of("```java", "@Api(tags = \"栏圈管理模块\")", "@RestController",
                "@RequestMapping(\"/hurdle\")", "public class HurdleController {", "    @Autowired",
                "    private HurdlesService hurdlesService;", "    @GetMapping(\"/queryAllMax\")",
                "    public Result queryAllMax() {", "    }", "    @PutMapping(\"/{hId}\")", "}", "```",
                "```java", "public class OtherController {", "    @GetMapping(\"/ping\")", "}", "```");

        assertThat(StatedEndpoint.marks("查询所有的栏圈容量", code)).extracting(StatedEndpoint::toString)
                .containsExactly("GET /hurdle/queryAllMax", "PUT /hurdle/{hId}", "GET /ping");
    }

    @Test
    void fileFormatsAfterALabelAreNoRoute() {
        assertThat(StatedEndpoint.marks("文件格式：docx/md")).isEmpty();
        assertThat(StatedEndpoint.marks("返回格式：json/xml")).isEmpty();
        assertThat(StatedEndpoint.marks("接口地址：/json/users")).singleElement().hasToString("/json/users");
    }

    @Test
    void theRootInATableRowBesideItsMethodMarksItsInterface() {
        assertThat(StatedEndpoint.marks("| Display Welcome Page to the user. | / | GET | None |")).singleElement()
                .hasToString("GET /");
        assertThat(StatedEndpoint.marks("| Home | / | Start page |")).isEmpty();
        assertThat(StatedEndpoint.read(List.of("| Request | URL | Method |", "| --- | --- | --- |",
                "| Display Welcome Page to the user. | / | GET |"))).hasToString("GET /");
    }

    @Test
    void theRootOnALineOfItsOwnOrBeforeWhatItDoesMarksItsInterface() {
        assertThat(StatedEndpoint.marks("- GET / - loads React web app")).singleElement().hasToString("GET /");
        assertThat(StatedEndpoint.marks("GET / -> Dashboard")).singleElement().hasToString("GET /");
        assertThat(StatedEndpoint.marks("GET / (Root)")).singleElement().hasToString("GET /");
        assertThat(StatedEndpoint.marks("GET /")).singleElement().hasToString("GET /");
        // prose that names two methods apart by a slash is no route
        assertThat(StatedEndpoint.marks("Get / Post requests are logged")).isEmpty();
        assertThat(StatedEndpoint.marks("GET / POST")).isEmpty();
    }

    @Test
    void aBoxHoldingAPathAloneUnderALineThatLeadsToItMarksAnInterface() {
        // a Word file's code box under "Make a HTTP POST to:", its title above that
        List<String> lines = List.of("Create User", "Make a HTTP POST to:", "| /register |",
                "with the following parameters (in JSON):", "Login and Get a Token", "Make a HTTP request to:",
                "| /user |");
        assertThat(StatedEndpoint.marks("| /register |")).singleElement().hasToString("/register");
        assertThat(StatedEndpoint.withMethodBeside(StatedEndpoint.marks(lines.get(2)).get(0), lines, 2))
                .hasToString("POST /register");
        assertThat(StatedEndpoint.withMethodBeside(StatedEndpoint.marks(lines.get(6)).get(0), lines, 6))
                .hasToString("/user");
        assertThat(StatedEndpoint.leadsToPath("Make a HTTP request to:")).isTrue();
        assertThat(StatedEndpoint.marks("| https://api.example.com/app/login? key=a |")).isEmpty();
    }

    @Test
    void theRootLabelledAsAPathIsMarkedAsAnyPathIs() {
        // a router's routes, relative to where it is mounted
        assertThat(StatedEndpoint.marks("•\tEndpoint: POST /")).singleElement().hasToString("POST /");
        assertThat(StatedEndpoint.read(List.of("2 .Create a New Post", "•\tEndpoint: POST /",
                "•\tDescription: Creates a new post."))).hasToString("POST /");
        assertThat(StatedEndpoint.marks("Note: GET / POST both work")).isEmpty();
    }

    @Test
    void anInterfacesTypeLabelsItsMethodAndAPlaceholderInTwoWordsIsOne() {
        assertThat(StatedEndpoint.read(List.of("查看版本号接口", "接口地址：/showversion", "接口类型：get")))
                .hasToString("GET /showversion");
        assertThat(StatedEndpoint.marks("GET /events/{event id}")).singleElement().hasToString("GET /events/{event_id}");
    }

    @Test
    void aTitleWithItsPathInBracketsMarksItsInterfaceWithTheMethodBelowIt() {
        assertThat(StatedEndpoint.marks("2. login (/login)", List.of("- POST", "### Params")))
                .containsExactly(new StatedEndpoint("POST", "/login", List.of()));
        assertThat(StatedEndpoint.marks("Users (see the appendix)", List.of("- POST"))).isEmpty();
    }

    @Test
    void aUrlInSingleLettersShowsAShapeAndStatesNoInterface() {
        assertThat(StatedEndpoint.read(List.of("url : http://a/b/c")).path()).isNull();
        assertThat(StatedEndpoint.marks("url : http://a/b/c")).isEmpty();
        assertThat(StatedEndpoint.read(List.of("url : http://localhost/v/list")).path()).isEqualTo("/v/list");
        assertThat(StatedEndpoint.read(List.of("POST /x")).path()).isEqualTo("/x");
    }

    @Test
    void aPathBeforeItsMethodInLowerCaseStatesThem() {
        assertThat(StatedEndpoint.marks("登陆", List.of("/user/login.do post(代码需要 post 方式请求),开放 get，方便调试",
                "request", "username,password"))).singleElement().hasToString("POST /user/login.do");
        assertThat(StatedEndpoint.marks("/user/logout.do get")).singleElement().hasToString("GET /user/logout.do");
        // a lower-case method word that goes on in prose is no method
        assertThat(StatedEndpoint.marks("/api/users post a new user")).isEmpty();
    }

    @Test
    void aTitleThenItsUrlAloneInBracketsStatesItsPath() {
        assertThat(StatedEndpoint.read(List.of("注册(http://localhost:8080/shop/user/register.do)")).path())
                .isEqualTo("/shop/user/register.do");
        assertThat(StatedEndpoint.read(List.of("login (/login)")).path()).isEqualTo("/login");
        assertThat(StatedEndpoint.read(List.of("详见附录(see the appendix)")).path()).isNull();
    }

    @Test
    void aSpaceTypedAfterTheSchemeIsNoEndOfTheUrl() {
        assertThat(StatedEndpoint.read(List.of("| HTTP方法 | POST |",
                "| url | http:// 121.42.145.214:8888/topic-post |")))
                .hasToString("POST /topic-post");
    }

    @Test
    void aUrlAloneWithSpacesSlippedAfterItsSlashesIsOneUrl() {
        assertThat(StatedEndpoint.read(List.of("POST", "http:// localhost:8080/express/rest/user/ updatePwd", "{")))
                .hasToString("POST /express/rest/user/updatePwd");
        assertThat(StatedEndpoint.marks("http:// localhost:8080/express/rest/user/ setWifiUpload?token=xxx"))
                .singleElement().hasToString("/express/rest/user/setWifiUpload");
        assertThat(StatedEndpoint.marks("http://x.example.com/a 获取用户")).isEmpty();
    }

    @Test
    void aCodeObjectsQuotedKeysLabelItsFacts() {
        assertThat(StatedEndpoint.read(List.of("{", "    'url': 'http://localhost:8080/student/signup' ,",
                "    'method': 'POST',"))).hasToString("POST /student/signup");
        // a JSON example's keys are its data: {"url": "http://…"} in a response names no interface
        assertThat(StatedEndpoint.read(List.of("\"url\": \"http://localhost:8080/student/signup\",",
                "\"method\": \"POST\",")).isStated()).isFalse();
    }

    @Test
    void aProtocolBeforeTheMethodStatesTheMethodAndNoPath() {
        assertThat(StatedEndpoint.read(List.of("- 请求地址：manage/user/info", "- 服务协议：HTTP/POST")))
                .hasToString("POST /manage/user/info");
        assertThat(StatedEndpoint.marks("- 服务协议：HTTP/POST")).isEmpty();
    }

    @Test
    void aLabelOverSeveralPathsStatesEachAndASpaceAfterASlashIsNoEnd() {
        assertThat(StatedEndpoint.marks("· 接口：/taam/teamShowC.json、/taam/teamShowPF.json"))
                .extracting(StatedEndpoint::toString).containsExactly("/taam/teamShowC.json", "/taam/teamShowPF.json");
        assertThat(StatedEndpoint.marks("· 接口：/team/ playerFire.json")).singleElement()
                .hasToString("/team/playerFire.json");
    }

    @Test
    void aPagesAddressAndAStylesheetAreNoInterfaces() {
        assertThat(StatedEndpoint.marks("报名页：localhost:8080/vote/register")).isEmpty();
        assertThat(StatedEndpoint.marks("CSS样式引用地址：/stylesheets/xxx.css")).isEmpty();
        assertThat(StatedEndpoint.marks("测试时：localhost:81/accountInsert")).singleElement()
                .hasToString("/accountInsert");
    }

    @Test
    void anEllipsisForTheAddressIsNoPartOfThePathAndHttpLabelsTheMethod() {
        // a Markdown list's items, as the outline gives them without their numbers
        assertThat(StatedEndpoint.read(List.of("url:.../barCategory.php", "http: post")))
                .hasToString("POST /barCategory.php");
    }

    @Test
    void aPathAloneOnTheFirstLineUnderATitleIsThePathItIsAt() {
        StatedEndpoint stated = StatedEndpoint.read(List.of("Asset的创建请求参数结构", "/asset/createNewAsset",
                "asset_data = {", "\"user_id\": \"\",  # 用户ID", "}"));
        assertThat(stated.path()).isEqualTo("/asset/createNewAsset");
        assertThat(stated.method()).isNull();
        // a path further down is an example or a note, not the interface's
        assertThat(StatedEndpoint.read(List.of("Asset的创建请求参数结构", "创建一个资产。", "/asset/createNewAsset"))
                .path()).isNull();
    }

    @Test
    void anInterfacesChineseNameThenASpaceThenItsRouteStatesThePath() {
        assertThat(StatedEndpoint.read(List.of("登录接口 user/login", "参数说明：")).path()).isEqualTo("/user/login");
        assertThat(StatedEndpoint.read(List.of("新闻详情 news/getNewsDetails")).path())
                .isEqualTo("/news/getNewsDetails");
        // words joined by a slash are no route
        assertThat(StatedEndpoint.read(List.of("支持 Windows/Linux")).path()).isNull();
        assertThat(StatedEndpoint.read(List.of("可以选择 and/or 条件")).path()).isNull();
    }

    @Test
    void aRouteWithoutItsSlashAloneUnderATitleIsThePathItIsAt() {
        assertThat(StatedEndpoint.read(List.of("内容分析>热度分析>当前热度//对接完成",
                "get_now_news_hot/<int:news_id>  【news_id:新闻ID】", "返回json：{\"pv_cnt\": 浏览量}")).path())
                .isEqualTo("/get_now_news_hot/{news_id}");
    }

    @Test
    void aLabelADashSetsOffAndAPathJoinedToTheBaseByAPlusAreStated() {
        // a lettered list of labels, each set off from its value by a dash, the path written as the base URL plus it
        assertThat(StatedEndpoint.read(List.of("a. URL – base url + userLogin", "b. Example - http://localhost/x",
                "c. Method – POST"))).hasToString("POST /userLogin");
        assertThat(StatedEndpoint.read(List.of("URL: BASE_URL + '/users'", "Method: GET"))).hasToString("GET /users");
        assertThat(StatedEndpoint.basePath(List.of("Base URL - http://zamb.codingvisions.in/AndroidAPI/")))
                .isEqualTo("/AndroidAPI");
        // a dash after a name that is not a plain label sets off no value
        assertThat(StatedEndpoint.read(List.of("MINISTATEMENT ENDPOINT - {{baseUrl}}/api/v1/mini-statement")).path())
                .isNull();
    }

    @Test
    void aTitleThatOpensWithItsPathStatesIt() {
        assertThat(StatedEndpoint.read(List.of("## /user/login 登录接口", "account 用户名")).path())
                .isEqualTo("/user/login");
        // a server page's file, its slash left out, after the title's number
        assertThat(StatedEndpoint.read(List.of("# 1、loginAPI.aspx 登录接口", "account 用户名", "password 密码")).path())
                .isEqualTo("/loginAPI.aspx");
        // another file is no path
        assertThat(StatedEndpoint.read(List.of("# 1、readme.md 说明", "安装步骤")).path()).isNull();
    }

    @Test
    void aRequestsPathAPdfWrapsBeforeASlashIsOnePathAgain() {
        assertThat(StatedEndpoint.withWrappedPathsJoined("DELETE /api/appointments\n/cancel\nCancel an appointment"))
                .isEqualTo("DELETE /api/appointments/cancel\nCancel an appointment");
        // a path alone under another is a route of its own
        assertThat(StatedEndpoint.withWrappedPathsJoined("/api/appointments\n/api/users"))
                .isEqualTo("/api/appointments\n/api/users");
    }
}
