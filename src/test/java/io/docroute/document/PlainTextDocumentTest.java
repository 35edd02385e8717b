package io.docroute.document;

import static io.docroute.document.TestDocuments.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlainTextDocumentTest {

    private static final String CONTENTS_THEN_SECTIONS = """
            Table of Contents
            1. Introduction 1
            2. Functional Requirements 2
            2.1 Register 2
            2.2 Delete customer 3

            1. Introduction
            The system helps customers find flats.
            2. Functional Requirements
            2.1 Register
            The system must allow the user to create an account.
            2.2 Delete customer
            The admin must be able to delete a customer from the system.
            """;

    private final DocumentParser parser = TestDocuments.parser();

    @Test
    void aUseCasesNumberedStepsThatAreSentencesAreItsLinesNotSections() {
        Document document = parser.parse("bugs.txt", utf8("""
                Use Cases:
                QA Creates a Bug
                · Actor: QA
                · Description: A QA user creates a new bug report.
                · Steps:
                1. QA logs into the system.
                2. QA navigates to the "Create Bug" page.
                3. QA fills in the "Summary" and "Description" fields.
                4. QA submits the bug.
                5. System saves the bug and assigns it a unique ID.
                6. System displays the bug details with a confirmation message.
                QA Edits a Bug
                · Actor: QA
                · Description: A QA user edits an existing bug report.
                · Steps:
                1. QA logs into the system.
                2. QA navigates to the "Bug List" page.
                3. QA selects a bug to edit.
                4. QA modifies the "Summary" and/or "Description" fields.
                5. QA submits the changes.
                6. System updates the bug details.
                7. System displays the updated bug details with a confirmation message.
                Use Case 3: QA Deletes a Bug
                · Actor: QA
                · Description: A QA user deletes an existing bug report.
                · Steps:
                1. QA logs into the system.
                2. QA navigates to the "Bug List" page.
                3. QA selects a bug to delete.
                4. QA confirms the deletion.
                5. System deletes the bug.
                6. System displays a confirmation message.
                Use Case 4: RD Resolves a Bug
                · Actor: RD
                · Description: An RD user marks a bug as resolved.
                · Steps:
                1. RD logs into the system.
                2. RD navigates to the "Bug List" page.
                3. RD selects a bug to resolve.
                4. RD marks the bug as resolved.
                5. System updates the bug status to "Resolved."
                6. System displays the updated bug details with a confirmation message.
                Phase II Use Cases
                Use Case 5: QA Creates a Test Case
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("QA Deletes a Bug", "RD Resolves a Bug", "QA Creates a Test Case");
    }

    @Test
    void aProtocolsRequestCodesWithWhatEachDoesInACommentAreItsInterfaces() {
        Document document = parser.parse("socket.txt", utf8("""
                ----------websocket接口信息查看表----------
                type列表查看：
                type:1              //推送已经获取到的网址信息
                type:3              //推送配置信息
                req列表查看：
                req：1             //启动截图程序
                req：2             //保存当前url
                req: 3              //获取配置信息
                ----------websocket接口信息查看表end----------
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "启动截图程序", "保存当前url", "获取配置信息");
    }

    @Test
    void aPathAloneOverItsMethodsEachBeforeWhatItDoesIsOneInterfaceAMethod() {
        Document document = parser.parse("api.txt", utf8("""
                /user

                get -> all the user info
                post -> save the data of a new user
                delete -> delete all the user

                ****************************************

                /user/verify

                post -> verify the user details posted and return response: true or false

                ****************************************

                /food/:hotelname

                get -> get all the food items of the :hotename specified
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "GET /user", "POST /user", "DELETE /user", "POST /user/verify", "GET /food/{hotelname}");
    }

    @Test
    void aTableOfContentsWithoutLeaderDotsOpensNoSections() {
        Document document = parser.parse("srs.txt", utf8(CONTENTS_THEN_SECTIONS));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("Register", "Delete customer");
        assertThat(PlainTextOutlineReader.read(CONTENTS_THEN_SECTIONS).sections()).extracting(Outline.Section::heading)
                .containsExactly("", "1. Introduction", "2. Functional Requirements", "2.1 Register", "2.2 Delete customer");
    }

    @Test
    void aPathInABoxUnderTheLineThatLeadsToItIsTheInterfaceOfTheTitleAbove() {
        // a Word file's unstyled titles and code boxes, as its text gives them
        Document document = parser.parse("readinglist.txt", utf8("""
                Reading List REST API Documentation
                Create User
                Make a HTTP POST to:
                | /register |
                with the following parameters (in JSON):
                | { "email": "ok@ok.com" } |
                Login and Get a Token
                Make a HTTP request to:
                | /user |
                with your login credentials.
                Read All Lists
                Make a HTTP GET to:
                | /user/<user_id> |
                with your token.
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title, block -> block.stated().toString())
                .containsExactly(tuple("Create User", "POST /register"), tuple("Login and Get a Token", "/user"),
                        tuple("Read All Lists", "GET /user/{user_id}"));
    }

    @Test
    void theItemsOfAListALabelsLineOpensAreNoSections() {
        // a use case's table flattened into lines, as a PDF gives it: each cell's label, then its numbered list
        String text = """
                3 系统功能性分析
                3.1 借阅图书
                用例描述 普通用户经过系统完成借阅操作
                前置条件 1. 普通用户已进入借阅管理模块；
                2. 目标图书已在系统中存在
                基本事件流 1. 普通用户进入借阅操作页面
                2. 普通用户输入信息，提交借阅请求
                3. 系统校验是否满足借阅条件
                Basic Path 1.Enter Username
                2.Enter Password
                3.Verify
                3.2 归还图书
                用例描述 普通用户办理图书归还手续
                """;

        assertThat(PlainTextOutlineReader.read(text).sections()).extracting(Outline.Section::heading)
                .containsExactly("3 系统功能性分析", "3.1 借阅图书", "3.2 归还图书");
    }

    @Test
    void aListOfTitlesAloneIsTheDocumentsFeaturesWhereNothingElseNamesThem() {
        Document document = parser.parse("wms.txt", utf8("""
                假设某公司销售某产品，并拥有多个仓库。

                系统需要支持：

                1、商品管理（新增、编辑、查询）

                2、仓库管理（新增、编辑、查询）

                3、采购入库（入库时需要指定入哪个仓库）

                4、管理员与仓库人员角色权限区分

                请设计：

                * 数据库表结构
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "商品管理（新增、编辑、查询）", "仓库管理（新增、编辑、查询）", "采购入库（入库时需要指定入哪个仓库）");
    }

    @Test
    void linesThatEachNameAnInterfaceAreTheInterfacesWhereNothingElseMarksOne() {
        // a table of the interfaces to build, left as lines by its export: name, who provides it, what it gives
        Document document = parser.parse("loan.txt", utf8("""
                API 接口名称
                提供方
                说明
                产品上下线接口
                合作机构（现金贷平台）
                满足合作平台对产品的限额、限量需求
                借款试算接口
                合作机构（现金贷平台）
                需获取字段： 到账金额、利息和服务费、还款金额以及还款日期等
                银行卡列表接口
                合作机构（现金贷平台）
                需获取字段：是否当前使用、开户行、银行卡号（后4位）等
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("产品上下线接口", "借款试算接口", "银行卡列表接口");
        assertThat(document.blocks().get(1).text()).contains("利息和服务费").doesNotContain("银行卡号");
    }

    @Test
    void anApiDescribedByItsFunctionsSignaturesIsOneBlockPerFunctionWithWhatIsSaidOverIt() {
        Document document = parser.parse("reviews.txt", utf8("""
                The functions implemented so far in my API are detailed below.

                  // this function returns a JSON string listing all restaurant types in the database
                  // output JSON format:
                  // { "types": [ { "typeID": ??, "name": "??" <-- can be null } ] }
                  function GetRestaurantTypes()

                  // this function takes a JSON string describing a new restaurant type and adds it
                  // input JSON format:
                  // { "name": "??" }
                  // output JSON format (returns "success" if all went well, otherwise the error)
                  // { "feedback": "??" <-- always non-null }
                  function AdminAddRestaurantType($jsonString)

                  // this function takes a JSON string describing a user and adds it to the database
                  // input JSON format:
                  // { "firstName": "??", <-- can be null
                  //   "lastName": "??" <-- can be null }
                  function AddUser($jsonString)
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("GetRestaurantTypes", "AdminAddRestaurantType", "AddUser");
        assertThat(document.blocks().get(1).text()).contains("adds it").doesNotContain("listing all");
    }

    @Test
    void aTreeOfRoutesIsOnePathPerSegmentUnderItsFolders() {
        Document document = parser.parse("routes.txt", utf8("""
                /
                  home                         -- all posted jobs, no filter              [all]

                  employer/
                    posted-jobs                -- all jobs the employer posted           [employer]
                    profile                    -- employer profile with his e-mail       [all]

                  job/
                    applicants/job_id          -- employees that applied for the job     [employer]
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().path()).containsExactly(
                "/home", "/employer/posted-jobs", "/employer/profile", "/job/applicants/{job_id}");
    }

    @Test
    void aBannerWithATitleAfterItOpensASection() {
        String api = """
                #################################################获取论坛列表
                路径：/bbs/list
                值（必填）：id token
                ###############################################################################回复帖子
                URl：/postReply
                ***********返回信息格式的具体说明***********
                ####################
                status 0 表示成功
                """;

        assertThat(PlainTextOutlineReader.read(api).sections()).extracting(Outline.Section::heading)
                .containsExactly("获取论坛列表", "回复帖子", "返回信息格式的具体说明");
        assertThat(parser.parse("bbs.txt", utf8(api)).blocks()).extracting(InterfaceBlock::title)
                .containsExactly("获取论坛列表", "回复帖子");
    }

    @Test
    void aPathNamedAgainUnderAPartsLabelOrAsABareUrlIsTheInterfaceStatedBefore() {
        String api = """
                一、登陆
                请求类型：Post
                http://10.39.27.39:8000/api/user/login/
                username string 用户名 是
                password string 密码 是
                二、注册
                请求类型：Post
                http://10.39.27.39:8000/user/register/
                username string 用户名 是
                email string 邮箱地址 是
                2. 响应参数：
                http://10.39.27.39:8000/api/user/login/
                http://10.39.27.39:8000/user/register/
                """;

        assertThat(parser.parse("api.txt", utf8(api)).blocks()).extracting(block -> block.stated().toString())
                .containsExactly("POST /api/user/login", "POST /user/register");
    }

    @Test
    void aChaptersNumberWithoutItsPointOpensAChapterWhenItsSectionsFollow() {
        String srs = """
                3 Requirements
                3.1 Add a tree
                A user can start a tree.
                3.2 Share a tree
                A user can share a tree.
                4 Non Functional Requirements
                4.1 Performance
                As instantaneous as possible.
                5 Architecture
                5.1 Server
                Receives requests from the user.
                1 级：充值 1000 元以下
                12 items per page
                """;

        assertThat(PlainTextOutlineReader.read(srs).sections()).extracting(Outline.Section::level)
                .containsExactly(1, 2, 2, 1, 2, 1, 2);
        assertThat(parser.parse("trees.txt", utf8(srs)).blocks()).extracting(InterfaceBlock::title)
                .containsExactly("Add a tree", "Share a tree");
    }

    @Test
    void theWorksADocumentCitesAreNoInterfaces() {
        // a PDF's text: the cited websites' links come out again as bare lines
        Document document = parser.parse("duel.txt", utf8("""
                1 Introduction
                1.1 Purpose
                This document states what CodeDuel does.
                1.2 References
                Referred Websites
                • https://docs.python.org/3.6/
                https://docs.python.org/3.6/
                https://dev.mysql.com/doc/refman/8.0/en/
                https://pyftpdlib.readthedocs.io/en/latest/
                https://www.geeksforgeeks.org/socket-programming-python/
                2 Features
                2.1 Log in to the contestant account
                The contestant logs in with the id and password the admin gave.
                2.2 Run the tests of a pushed file
                The server runs the tests and stores the scores.
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("Log in to the contestant account", "Run the tests of a pushed file");
    }

    @Test
    void aChapterTitledWithoutItsNumberOverItsFirstSectionOpensTheChapter() {
        // a PDF of a Word file whose chapter numbers were list numbering: the title stays, its number is lost
        String srs = """
                Introduction
                1.1 Purpose
                The purpose of this document is to define the requirements.
                Functional Requirements
                2.1 Patient Data Management
                The platform must be able to store patient data.
                2.2 Appointment scheduling
                Stakeholders must be able to view their schedule.
                2.3 Correlating Information
                Stakeholders must view all the information at once as a graph.
                Non-Functional Requirements
                3.1 Performance
                Pages load within two seconds.
                """;

        Document document = parser.parse("srs.pdf.txt", utf8(srs));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "Patient Data Management", "Appointment scheduling", "Correlating Information");
    }

    @Test
    void aNumberedChaptersUnstyledTitleIsPassedOverWithItsNumberedSectionsAndPageNumbers() {
        // a PDF's chapter titles come out as lines without their point, its section titles with theirs
        Document document = parser.parse("srs.txt", utf8("""
                3 Requirements
                3.1 Family trees
                - Save my tree to view later
                - Share the diagram with my family
                - Delete user accounts if needed
                - Reset a forgotten password
                4 Non Functional Requirements
                4.1 Security
                - Encrypt passwords
                5
                4.2 Performance
                - Return a page within a second
                5 Architecture
                5.1 Server
                - Receives requests from the user
                - Returns information to the user
                5.2 Database
                - Receives requests from the server
                6 Help
                6.1 Glossary search
                - Search the glossary by term
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("Save my tree to view later", "Share the diagram with my family",
                        "Delete user accounts if needed", "Reset a forgotten password", "Search the glossary by term");
    }

    @Test
    void numberedEntriesEachUnderTheApiUrlTheyStateAreOneBlockEach() {
        Document document = parser.parse("gym.txt", utf8("""
                1(登录)
                gym.example.cn/api/login
                输入参数
                \temail\t\t邮箱
                \tpassword\t密码
                返回参数
                \t成功\tstatus:0

                2(健身房列表)
                gym.example.cn/api/roomList
                输入参数
                \t无
                返回参数
                \t成功\tstatus:0
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().path())
                .containsExactly("/api/login", "/api/roomList");
    }

    @Test
    void endpointsTaggedWithWhoMayCallThemAreOneBlockEach() {
        Document document = parser.parse("tracker.txt", utf8("""
                Tracker API

                User
                \u0fe8\u0fe9\u0fea (Public) POST - /api/users
                Task        Progress
                註冊
                Request
                { "username": string, "password": string }

                \u0fe8\u0fe9\u0fea (Private) DELETE - /api/session
                登出

                \u0fe8\u0fe9\u0fea (Public) GET - /api/users/:id/projects
                取得使用者的專案
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("POST /api/users", "DELETE /api/session", "GET /api/users/{id}/projects");
        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("Tracker API: User", "DELETE /api/session", "登出");
    }

    @Test
    void numberedLinesSplitPlainTextIntoBlocks() {
        Document document = parser.parse("plain.txt", TestDocuments.fixture("plain.txt"));

        assertThat(document.format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("用户列表", "新增用户", "删除用户");
        assertThat(document.blocks().get(1).text())
                .isEqualTo("管理员创建一个新的后台用户，用户名不可重复，需要提供用户名、手机号和角色。\n返回：userId、username、createdAt");
    }

    @Test
    void textInAnEncodingOtherThanUtf8IsReadInTheEncodingItsBytesShow() {
        String chinese = new String(TestDocuments.fixture("plain.txt"), StandardCharsets.UTF_8);
        Document gbk = parser.parse("plain.txt", chinese.getBytes(Charset.forName("GB18030")));

        assertThat(gbk.blocks()).extracting(InterfaceBlock::title).containsExactly("用户列表", "新增用户", "删除用户");

        // a Windows editor's curly apostrophe in otherwise plain English
        byte[] windows = """
                Authors: Alex O\u2019Neill

                POST /api/incomes
                Add an income to the account.

                DELETE /api/incomes/{id}
                Remove an income from the user\u2019s account.
                """.getBytes(Charset.forName("windows-1252"));
        Document english = parser.parse("stories.txt", windows);

        assertThat(english.blocks()).hasSize(2);
        assertThat(english.blocks().get(1).text()).contains("user\u2019s account");
    }

    @Test
    void useCaseSectionsTitledByAChineseOperationAreInterfaces() {
        Document document = parser.parse("usecases.txt", utf8("""
                3.2 用例规约
                3.2.1 登录
                本用例允许老师和学生使用账号及密码登录。
                3.2.２ 回答题目
                本用例允许学生在移动端回答题目。
                3.2.3 查看统计结果
                本用例允许老师查看题目回答情况的统计结果。
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("登录", "回答题目", "查看统计结果");
    }

    @Test
    void whereNothingMarksAnInterfaceTheRequirementsSectionsPartsAreTheBlocks() {
        Document document = parser.parse("srs.txt", utf8("""
                1. 引言
                本文档描述自助超市系统。
                2. 功能需求
                2.1 用户使用系统
                为用户提供注册，登录，浏览，购买产品。
                2.2 后台管理系统
                方便管理员管理用户信息以及商品信息。
                3. 性能需求
                响应时间在一秒内。
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("用户使用系统", "后台管理系统");
        assertThat(document.choices()).filteredOn(choice -> choice.section().equals("用户使用系统"))
                .extracting(Choice::reason).singleElement().asString().contains("the section stating the requirements");
    }

    @Test
    void aProjectsFeaturesSectionStatesItsRequirements() {
        Document document = parser.parse("library-srs.txt", utf8("""
                1. Introduction
                The software automates a library.
                2. Project Features
                Login: a member enters the Login ID and password to access the system.
                Log Out: members can log out at any time.
                3. Testing
                The system is tested against the user requirements.
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("Project Features");
    }

    @Test
    void aNumberedRouteWithoutItsLeadingSlashIsOneInterfaceForEachMethodLabelledUnderIt() {
        Document document = parser.parse("endpoints.txt", utf8("""
                Endpoints
                1- create_users_API/
                Required: [email, password]
                GET:
                · Returns all the active users in the system.
                POST:
                · Create users and carts in the system.
                2- logout/
                Required: [email]
                POST:
                · Logs the user out.
                3- addingcontacts/
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "GET /create_users_API", "POST /create_users_API", "POST /logout", "/addingcontacts");
    }

    @Test
    void aFormToFillInAndSignIsNoInterfaceWhateverItsTitleNames() {
        Document document = parser.parse("requirements.txt", utf8("""
                系统需求确认书
                二、需求说明
                2.2 点位管理
                支持新增、编辑、删除点位信息，支持绑定安全员和区域。
                2.3 安全员信息管理
                支持新增、编辑、删除安全员信息
                五、确认签署
                客户单位确认（乙方）\t开发方确认（甲方）
                单位名称：\t单位名称：
                签署人：\t签署人：
                签署日期：\t签署日期：
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).doesNotContain("确认签署")
                .contains("新增点位信息", "删除安全员信息");
    }

    @Test
    void routesUnderAGroupsLabelWithItsPathFollowThatPath() {
        Document document = parser.parse("api.txt", utf8("""
                http请求:
                    Post:
                        /user/register: 注册用户
                        /user/login: 用户登录
                    GET:
                        /user/base: 获取本用户基本信息

                用户组(/user):
                    POST:
                        /register:
                            请求参数:
                                {username:""}
                        /login:
                            请求参数:
                                {userID:""}
                    GET:
                        /base:
                            请求参数:
                                {token:""}
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("POST /user/register", "POST /user/login", "GET /user/base");
    }

    @Test
    void aGroupOfOperationsWithTheOperationsInBracketsIsEachOfThem() {
        Document document = parser.parse("forum.txt", utf8("""
                普通用户需求：
                注册
                登录
                管理帖子（发帖、修改帖子、删除帖子）
                查看帖子详情
                举报（用户、帖子、评论）
                设置帖子置顶
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "注册", "登录", "发帖", "修改帖子", "删除帖子", "查看帖子详情", "举报（用户、帖子、评论）", "设置帖子置顶");
    }

    @Test
    void plainTextBlocksHaveNoFieldsButKeepTheirReturns() {
        Document document = parser.parse("plain.txt", TestDocuments.fixture("plain.txt"));

        assertThat(document.blocks()).allSatisfy(block -> assertThat(block.fields()).isEmpty());
        assertThat(document.blocks().get(0).returns())
                .containsExactly("userId", "username", "mobile", "status", "createdAt");
        assertThat(document.blocks().get(2).returns()).isEmpty();
    }

    @Test
    void aPathLabelledApartFromItsMethodIsOneInterfacePerMethod() {
        Document document = parser.parse("endpoints.txt", utf8("""
                View shelf details:
                Endpoint: /api/shelves/{shelfId}
                Method: GET
                Description: Shows one shelf.

                Rename a shelf:
                Endpoint: /api/shelves/{shelfId}
                Method: PUT
                Description: Renames one shelf.

                Remove a shelf:
                Endpoint: /api/shelves/{shelfId}
                Method: DELETE

                ***** 添加书籍 *****
                请求方式：post
                请求地址：http://127.0.0.1/books
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("View shelf details", "Rename a shelf", "Remove a shelf", "添加书籍");
        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "GET /api/shelves/{shelfId}", "PUT /api/shelves/{shelfId}", "DELETE /api/shelves/{shelfId}",
                "POST /books");
        assertThat(document.blocks().get(3).text()).contains("请求方式：post");
    }

    @Test
    void aPathOverItsMethodsGivesOneInterfacePerMethodTitledByNoNoteAboveIt() {
        Document document = parser.parse("plan.txt", utf8("""
                URLs:

                /boat

                POST
                ● Creates a boat
                Response
                ● Status 200

                GET
                ● Returns a list of all boats
                Response
                ● Status 200

                /boat/{boat_id}

                DELETE
                ● Deletes a boat
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("POST /boat", "GET /boat", "DELETE /boat/{boat_id}");
        assertThat(document.blocks()).extracting(InterfaceBlock::title).doesNotContain("● Status 200");
    }

    @Test
    void aRouteWithoutItsSlashOverSeveralMethodsGivesOneInterfacePerMethod() {
        Document document = parser.parse("endpoints.md", utf8("""
                API endpoints for PetFinder

                api/login
                POST
                expected data:
                {
                    email: a string
                }

                api/:userId
                GET
                returns:
                {
                    userId: an ObjectId
                }

                POST
                expected data:
                {
                   petId: a Petfinder id
                }

                api/:userId/:petId
                GET
                PUT
                DELETE
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("POST /api/login", "GET /api/{userId}", "POST /api/{userId}",
                        "GET /api/{userId}/{petId}", "PUT /api/{userId}/{petId}", "DELETE /api/{userId}/{petId}");
    }

    @Test
    void anInterfaceNamedByTheLabelOfItsUrlTakesTheMethodLabelledBelow() {
        Document document = parser.parse("api.txt", utf8("""
                GETALL: https://gcucloud.herokuapp.com/messaging/getall
                METHOD: GET
                DESCRIPTION: Will return all the messages.
                PARAMETERS: None.
                SENDMESSAGE: https://gcucloud.herokuapp.com/messaging/sendmessage
                METHOD: POST
                DESCRIPTION: Will post a new message to the database
                DELETEMESSAGE: https://gcucloud.herokuapp.com/messaging/deletemessage/20
                METHOD: DELETE
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("GET /messaging/getall", "POST /messaging/sendmessage",
                        "DELETE /messaging/deletemessage/{id}");
    }

    @Test
    void anOutlineWrittenByIndentationAloneIsReadAsNestedListItems() {
        String mindMap = """
                图书馆小程序
                  读者：
                    登录：
                      微信授权
                    借阅图书
                    归还图书
                    查看借阅记录
                  管理员：
                    上架新书
                    删除图书
                    导出借阅报表
                """;

        Document document = parser.parse("mind-map.txt", mindMap.getBytes(StandardCharsets.UTF_8));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("登录", "借阅图书", "归还图书", "查看借阅记录", "上架新书", "删除图书", "导出借阅报表");
    }

    @Test
    void proseWithAFewIndentedLinesIsNoOutline() {
        assertThat(PlainTextOutlineReader.indentedOutline(List.of("Users can sign up with an email address and a",
                "  password of their own choosing, then log in.", "Admins approve new accounts.", "  They see a list.",
                "Orders", "  are placed from the cart", "    and paid at once", "Reports", "  are exported"))).isFalse();
    }

    @Test
    void shortFirstLineBeforeAnyHeadingIsThePlainTextTitle() {
        Document document = parser.parse("plain.txt", TestDocuments.fixture("plain.txt"));

        assertThat(document.title()).isEqualTo("后台管理系统 接口需求（纯文本版）");
    }

    @Test
    void decimalNumberingDepthGivesTheHeadingLevel() {
        String text = """
                1. 用户管理
                用户相关接口。
                1.1 用户列表
                分页查询用户。
                返回：userId、username
                1.2 删除用户
                逻辑删除。
                2. 订单管理
                2.1 订单详情
                返回：orderNo
                """;

        Document document = parser.parse("spec.txt", utf8(text));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("用户列表", "删除用户", "订单详情");
        assertThat(document.blocks().get(0).returns()).containsExactly("userId", "username");
    }

    @Test
    void chineseNumeralsAndMarkdownStyleHeadingsAreHeadings() {
        String chinese = "一、查询会员\n按手机号查询。\n二、新增会员\n（一）说明\n手机号唯一。\n";
        String markdownStyle = "## 1、导出订单\n导出为 CSV。\nReturns: CSV file\n";

        assertThat(parser.parse("a.txt", utf8(chinese)).blocks()).extracting(InterfaceBlock::title)
                .containsExactly("查询会员", "新增会员");
        assertThat(parser.parse("a.txt", utf8(chinese)).blocks().get(1).text()).isEqualTo("（一）说明\n手机号唯一。");
        assertThat(parser.parse("b.txt", utf8(markdownStyle)).blocks()).singleElement().satisfies(block -> {
            assertThat(block.title()).isEqualTo("导出订单");
            assertThat(block.returns()).containsExactly("CSV file");
        });
    }

    @Test
    void longOrSentenceLikeNumberedLinesAreNotHeadings() {
        String text = """
                1. 查询用户
                规则如下：
                1. 删除前需要确认。
                2. 列表页每页最多展示一百条记录，超出时由前端提示用户缩小筛选范围并重新发起查询请求，以免查询超时或者拖慢数据库导致其他页面卡顿
                """;

        Document document = parser.parse("rules.txt", utf8(text));

        assertThat(document.blocks()).singleElement().satisfies(block -> {
            assertThat(block.title()).isEqualTo("查询用户");
            assertThat(block.text()).contains("1. 删除前需要确认。", "2. 列表页每页最多展示一百条记录");
        });
    }
    @Test
    void aPostmanCollectionPastedAfterProseGivesTheBlocks() {
        String text = """
                # Why the shop API uses tokens

                The API is stateless: every request carries a token in a header, so there is
                no cookie for another site to ride on. Rate limiting and CORS rules are set
                per client {see the gateway notes}.

                {
                  "info": {"name": "shop_api",
                           "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                  "item": [
                    {"name": "carts", "item": [
                      {"name": "show cart", "request": {"method": "GET",
                        "url": {"raw": "http://localhost:4000/api/carts/7", "host": ["localhost"], "port": "4000",
                                "path": ["api", "carts", "7"]}}},
                      {"name": "add line", "request": {"method": "POST",
                        "body": {"mode": "raw", "raw": "{\\"sku\\": \\"A-1\\", \\"qty\\": 2}"},
                        "url": {"raw": "http://localhost:4000/api/carts/7/lines"}}}
                    ]}
                  ]
                }
                """;

        Document document = parser.parse("notes.txt", utf8(text));

        assertThat(document.title()).isEqualTo("shop_api");
        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("show cart", "add line");
        assertThat(document.blocks()).extracting(block -> block.text().lines().findFirst().orElse(""))
                .containsExactly("GET /api/carts/7", "POST /api/carts/7/lines");
        assertThat(document.blocks().get(1).fields()).extracting(Field::name).containsExactly("sku", "qty");
    }

    @Test
    void aJsonExampleOfNoAcceptedShapeLeavesTheTextAsItReads() {
        String text = """
                创建订单
                POST /api/orders
                请求示例：
                {
                  "item": [{"sku": "A-1"}],
                  "info": {"remark": "尽快发货"}
                }
                """;

        Document document = parser.parse("orders.txt", utf8(text));

        assertThat(document.blocks()).singleElement().satisfies(block -> {
            assertThat(block.stated()).isEqualTo(new StatedEndpoint("POST", "/api/orders", List.of()));
            assertThat(block.text()).startsWith("创建订单\nPOST /api/orders\n请求示例：");
        });
    }
    @Test
    void numberedLinesWithNothingUnderThemAreAListOfFeaturesNotEmptySections() {
        String text = """
                核心功能
                1.post tweet发布推文
                2.搜索
                3.用户信息修改
                4.上传图片、视频

                更多功能：
                1.数据导出
                """;

        Document document = parser.parse("features.txt", utf8(text));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("post tweet发布推文", "搜索", "用户信息修改", "上传图片", "上传视频", "数据导出");
    }
    @Test
    void aStoryAnotherRoleWishedForBeforeIsTheSameOperation() {
        String text = """
                1) As a registered user, I want to submit a report, so that I can add a water source.
                2) As a worker, I want to submit a report, so that I can add a water source.
                3) As a worker, I want to view a water source, so that I can check its details.
                4) As a manager, I want to view water purity trends, so that I can predict contamination.
                5) As a manager, I want to view a water source, so that I can check its details.
                """;

        Document document = parser.parse("stories.txt", utf8(text));

        assertThat(document.blocks()).extracting(block -> block.title().substring(0, 36)).containsExactly(
                "As a registered user, I want to subm", "As a worker, I want to view a water ",
                "As a manager, I want to view water p");
        assertThat(document.choices()).extracting(Choice::reason)
                .filteredOn("the same operation is named earlier"::equals).hasSize(2);
    }

    @Test
    void aStoryWhoseCastOfPersonasFillsItsTitleIsNamedByItsWish() {
        String text = """
                | User Story | Priority |
                | --- | --- |
                | As John Buck,  a student I want to be able to log into the system so that I can access the website | High |
                | As John Buck - a student, Tien Levi - an instructor, and Mary Janet - representing her organization, I want to be able to sign up for the application as a user | High |
                | As John Buck - a student, Tien Levi - an instructor, and Mary Janet - representing her organization, I want to see all the courses that are available so that I can find courses | High |
                """;

        Document document = parser.parse("backlog.md", utf8(text));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "As John Buck, a student I want to be able to log into the system so that I can…",
                "sign up for the application as a user", "see all the courses that are available");
    }

    @Test
    void aSampleRequestBelowItsTemplateIsNoInterfaceOfItsOwn() {
        String text = """
                7)
                API: Change appointment status
                Method: Put
                Link: 127.0.0.1:8000/api/change-appointment-status/{patient_id}/{appointment_id}/{status}/{date?}
                1. For Patient
                input:
                127.0.0.1:8000/api/change-appointment-status/5a50667c-be0b-4b51-9783-926739a7f701/6f81ad99-086d-424b-9b12-d2ec5ac762e9/cancelled
                2. For Doctor
                input:
                127.0.0.1:8000/api/change-appointment-status/6c4680ed-90b8-4e34-9e79-d1c88c68225b/4f787de3-042e-4468-9acf-32b4f01fc7e1/approved
                """;

        Document document = parser.parse("appointments.txt", utf8(text));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "PUT /api/change-appointment-status/{patient_id}/{appointment_id}/{status}/{date}");
    }

    @Test
    void aLineOverTheLabelOfARequestsPartTitlesAnInterface() {
        String text = """
                接口列表
                一律POST请求发送JSON Bean数据，管理员可以创建账户和冻结账户。

                创建账户

                请求构造

                参数名 类型 取值枚举 备注
                username String String 用户名

                响应内容

                result String "创建成功", "创建失败"

                冻结账户

                请求构造

                username String String
                """;

        Document document = parser.parse("accounts.txt", utf8(text));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("创建账户", "冻结账户");
        assertThat(document.blocks()).allSatisfy(block -> assertThat(block.text()).contains("请求构造"));
    }

    @Test
    void whereNothingElseMarksAnInterfaceTheChineseProseNamesTheOperations() {
        String text = """
                “请假系统”软件需求规约
                第1章 简介
                1. 目的
                每一位员工通过登录该请假系统，可以提交自己的请假申请以及查询自己的请假记录等信息。
                人事人员可以登录该请假系统查看员工的请假申请，或者对员工的请假申请进行驳回。
                2. 涉众分析
                | 涉众 | 待解决的问题和对系统的期待 |
                | 员工 | 方便的进行请假申请 |
                """;

        Document document = parser.parse("leave.txt", utf8(text));

        assertThat(document.blocks()).hasSize(4).extracting(InterfaceBlock::title)
                .contains("提交自己的请假申请", "驳回员工的请假申请");
    }

    @Test
    void aListedRouteWhoseMethodIsNamedIsAnotherInterfaceThanItsPathListedBareAboveIt() {
        String text = """
                https://vote.example.com/users/
                {
                  "NID":"12345678912345"
                }
                https://vote.example.com/users/ ====>POST
                https://vote.example.com/users/234567===> GET
                https://vote.example.com/users/===>DELETE
                """;

        Document document = parser.parse("routes.txt", utf8(text));

        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("/users", "POST /users", "GET /users/{id}", "DELETE /users");
    }

    @Test
    void aRoutesOnlyListMarksEachRouteAndAPageAddressIsNoneOfThem() {
        String text = """
                (You can check the APIs below from the Swagger link)
                http://localhost:8080/swagger-ui/index.html#/

                /register/artist -> check the logcontroller
                /login -> check the logcontroller

                /artwork/getAll
                /artwork/{artworkId} -> get information of a specific artwork
                """;

        String quoted = """
                '/getAll' - gives the data of all the users.
                '/getsome/<parameter>' - takes 'email' as a parameter and gives us the user with that email.
                '/addData' - A post request used to add data in database.
                """;

        Document document = parser.parse("routes.txt", utf8(text));
        Document quotedRoutes = parser.parse("quoted.txt", utf8(quoted));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "/register/artist", "/login", "/artwork/getAll", "/artwork/{artworkId}");
        assertThat(quotedRoutes.blocks()).extracting(block -> block.stated().toString()).as("the method a note names")
                .containsExactly("/getAll", "/getsome/{parameter}", "POST /addData");
        assertThat(document.blocks().get(3).title()).as("a method word beside a path that states none is a verb")
                .isEqualTo("/artwork/{artworkId} -> get information of a specific artwork");
    }

    @Test
    void aRoutesOnlyListWithQueriesAndWhatEachReturnsMarksEachRoute() {
        String text = """
                /api/student/?{studentId}
                    => student

                /api/student/?{studentId}/subjects?
                    => {
                       data: [...subjects],
                       totalPages: int
                   }

                /api/student/?{studentId}/averageGrade?semester=?{}&course=?{}
                    => double
                """;

        Document document = parser.parse("routes.txt", utf8(text));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "/api/student/{studentId}", "/api/student/{studentId}/subjects",
                "/api/student/{studentId}/averageGrade");
        assertThat(document.blocks().get(1).title()).as("what the route above returns is no title")
                .isEqualTo("/api/student/?{studentId}/subjects?");
    }

    @Test
    void aRequirementsSectionOfLabelledParagraphsGivesOneBlockPerFeature() {
        Document document = parser.parse("im.txt", utf8("""
                3.2 功能需求
                3.2.1 客户端
                注册：用户点击登录界面中的“注册账号”，系统会弹出用户注册界面。用户按照指
                示填写完相关信息后，会获得一个系统分配的账号，注册完成。
                登录：用户在登录界面输入自己的账号以及注册时设定的密码后，点击登录，即可
                进入到用户个人界面。注册界面还具有“记住密码”以及“自动登录”功能。
                添加好友：登录成功后，用户可在个人界面的搜索框内输入想要添加的用户账号，
                点击“搜索”，如若存在该用户，将会显示该用户可公开的基本信息。
                说明：以上功能均需联网使用，断网时给出提示。
                3.3 性能需求
                响应时间不超过 1 秒。
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("注册", "登录", "添加好友");
    }

    @Test
    void aRoleInCapitalsOverItsStoriesIsNoRoute() {
        String text = """
                /EMPLOYEE
                As an employee, I want to update my profile
                /ADMIN
                As an admin, I want to delete an employee
                /USER
                As a user, I want to view an object
                """;

        Document document = parser.parse("stories.txt", utf8(text));

        assertThat(document.blocks()).extracting(block -> block.stated().isStated()).containsOnly(false);
        assertThat(document.blocks()).hasSize(3);
    }

    @Test
    void aStoryOfAPersonaNamedInTheThirdPersonIsAStoryNamedByItsWish() {
        String text = """
                ## Maude - User Stories
                * As someone who is new to the area, Maude would just like an app that will tell her where to go for a hike.
                * As someone new to the area, Maude would like to see a map so she'll know where to go.
                * As a musician SSM would like to be able to upload videos of his performances.
                * As a pet lover, Maude would like to know which hikes are pet-friendly.
                """;

        Document document = parser.parse("hikes.md", utf8(text));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "an app that will tell her where to go for a hike", "see a map so she'll know where to go",
                "As a musician SSM would like to be able to upload videos of his performances",
                "As a pet lover, Maude would like to know which hikes are pet-friendly");
    }

    @Test
    void aStoryNamedByWhatItsRoleShouldBeAbleToDoKeepsATitlesLength() {
        String text = """
                ## Stories
                * As a venue user, when i go to ./profile i should be able to edit my bio
                * As a venue user, when i go to ./profile I should be able to edit my public contact details
                * As a non-signed-in user, when i go to ./signup I should be able to pick what type of account \
                (creative/venue) Login Page: When the user enters their information and clicks login it will log them \
                into their account and put them on the home page
                """;

        Document document = parser.parse("creative.md", utf8(text));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "As a venue user, when i go to ./profile i should be able to edit my bio",
                "edit my public contact details",
                "pick what type of account (creative/venue) Login Page: When the user enters…");
    }

    @Test
    void proseThatSaysWhatSomeoneCanDoNamesItsOperationsWhereNothingElseMarksAnInterface() {
        String text = """
                Introduction
                The customer will be able to access the catalog of the theater, browse plays, and buy seats.
                When browsing plays, they can then browse the seats in the play of their choice and add the seat they
                want to their cart. From their cart, they can decide to edit their cart or purchase the seats that
                are in their cart. The administrator will be able to manage the plays.
                """;

        Document document = parser.parse("theater.txt", utf8(text));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("browse plays", "buy seats",
                "browse the seats in the play of their choice", "add the seat they want to their cart",
                "edit their cart", "purchase the seats that are in their cart");
    }

    @Test
    void aFeaturesPurposeLabelledBelowItIsNoFeatureOfItsOwn() {
        String text = """
                功能需求：
                1.食材清单：可以录入和删除冰箱里的食材。
                	目的：防止忘了菜怎么做，也方便看看都可以做什么菜。
                2.烹饪计时器：可以设定多组计时器。
                	目的：我啥时候放进去的来着，可以看看。
                """;

        Document document = parser.parse("kitchen.txt", utf8(text));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("食材清单", "烹饪计时器");
    }

    @Test
    void aCurlCommandStatesItsRequestUnlessItIsAnExampleOfAnInterfaceStatedAbove() {
        String text = """
                GET     http://localhost:5000/                  - splash page
                GET     http://localhost:5000/remotetasks       - list all tasks

                POST new task manually from CLI

                        curl -X POST \\
                        http://localhost:5000/tasks \\
                        -H 'content-type: application/json' \\
                        -d '{"id": "id", "task": "task_name"}'

                PUT /devices/{deviceId}/{topic}

                Example cURL

                        curl --location --request PUT 'http://localhost:3000/devices/42/temp' \\
                        --data '{"value": 21}'
                """;

        Document document = parser.parse("tasks.txt", utf8(text));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "GET /", "GET /remotetasks", "POST /tasks", "PUT /devices/{deviceId}/{topic}");
    }

    @Test
    void anInterfaceNamedBetweenItsMethodAndPathIsTitledByThatNameNotByTheCodeAboveIt() {
        Document document = parser.parse("interfaces.txt", utf8("""
                1:post  比赛信息列表 /system/comp_info
                    /**
                     * 页面大小
                     */
                    @NotNull(message = "每页的数量不能为空")
                    private Integer size = 10;

                2:GET 运动员列表  /player/all
                    private Integer current = 1;
                POST 删除比赛 /system/delete/comp_info？id =xxx
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("比赛信息列表", "运动员列表", "删除比赛");
        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "POST /system/comp_info", "GET /player/all", "POST /system/delete/comp_info");
    }

    @Test
    void linesAtTheMarginOverIndentedBodiesAreTheSectionsOfATextWithoutHeadings() {
        Document document = parser.parse("servlets.txt", utf8("""
                UpdatePublishMessage 更新记录，当有人查看当前记录的时候，更新积分
                \t需要字段
                \tid --> 当前记录的id
                \t返回
                \t{'state':1, 'record':record} 若更新成功
                DelelteMessage 删除记录
                \t需要字段
                \tid --> 删除记录的id
                \t返回
                \t{'state':1,'state':0}

                UserLogin 获取用户openid
                \t需要的字段
                \tappid
                \t返回
                \t{'state':1, 'uuid'}
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "UpdatePublishMessage 更新记录，当有人查看当前记录的时候，更新积分", "DelelteMessage 删除记录",
                "UserLogin 获取用户openid");
        // a paragraph at the margin between indented lines is prose, not a section
        assertThat(PlainTextOutlineReader.indentedSections(List.of("Intro", "  a", "  b", "Then some prose.",
                "More prose.", "  c"))).isFalse();
    }

    @Test
    void aTextKeptAsCodeCommentsIsReadWithoutTheirMarkers() {
        assertThat(PlainTextOutlineReader.uncommented("// a\n// b\n\n// c\n// d\n// e\n// f\n// g\n// h\n{"))
                .isEqualTo("a\nb\n\nc\nd\ne\nf\ng\nh\n{");
    }

    @Test
    void aLabelOverTheDocumentsContextNamesNoFeature() {
        Document document = parser.parse("jewellery.txt", utf8("""
                Software Requirement Specifications for Online Jewellery Shop
                Purpose:
                The main aim of the Online Jewellery Shop is to build an interactive website where customers search and buy products.
                Overview:
                This system provides an easy way for customers to buy jewellery without going to the shop, and jewellers can add products.
                Overall Description:
                An online jewellery shop that allows users to check the jewellery available at the online store and purchase it online.
                Functional Requirement:
                Product Categories:
                The jewellery is arranged in categories and the customer can view each category of products in the shop.
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("Product Categories");
        assertThat(document.choices()).anySatisfy(choice -> assertThat(choice.reason())
                .isEqualTo("it describes the document's context"));
    }

    @Test
    void aRequirementTitledByTheDocumentsContextNamesNoOperation() {
        Document document = parser.parse("cropflow.md", utf8("""
                ## Functional requirements
                - FR-SYS-001 — Create a field record
                - FR-SYS-002 — Edit a field record
                - FR-SYS-003 — Pagination
                - FR-SYS-004 — Delete a field record
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("Create a field record", "Edit a field record", "Delete a field record");
    }

    @Test
    void aGraphQlSchemasQueriesAndMutationsAreItsOperationsAndItsTypesNone() {
        Document document = parser.parse("api.txt", utf8("""
                API Documentation
                Types
                Product
                Represents a product in the catalog.
                · id (ID!): Unique identifier of the product.
                · name (String!): Name of the product.
                Mutations
                productCreate(input: ProductCreateInput!): ProductCreatePayload
                Creates a new product in the catalog.
                · Input:
                · name (String!): Name of the product.
                productDelete(input: ProductDeleteInput!): ProductDeletePayload
                Deletes a product by its ID.
                Queries
                products(limit: Int = 10, offset: Int = 0, type: String): [Product!]!
                Retrieves a list of products.
                product(id: ID!): Product
                Retrieves a product by its unique ID.
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("productCreate", "productDelete", "products", "product");
        assertThat(document.blocks().get(0).text()).contains("Creates a new product in the catalog.")
                .doesNotContain("Deletes");
    }

    @Test
    void aLabelThatIsAnOperationAloneIsThatOperationOnEachThingItLists() {
        Document document = parser.parse("ranking.txt", utf8("""
                三、权限系统
                【超级管理员】
                  · 特殊权限1：清空操作日志
                  · 特殊权限2：新增/删除学生名单
                  · 特殊权限3：新增/删除其他管理员
                  · 特殊权限4：导出操作日志
                【访客（默认模式）】
                  · 可查看：积分排行榜、学生分数
                  · 不可操作：任何积分调整、管理员功能
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "清空操作日志", "新增学生名单", "删除学生名单", "新增其他管理员", "删除其他管理员", "导出操作日志", "查看积分排行榜",
                "查看学生分数");
    }

    @Test
    void aListOfRoutesRunIntoWhatTheyDoInChineseIsOneInterfaceEachButAFrontEndsPagesNone() {
        Document routes = parser.parse("interface.txt", utf8("""
                /addUser 添加用户 (未完成，需要前端校验字段)
                /userList 获取用户列表√
                /shopList√
                /addNotice添加消息（用户举报，更新管理员状态）不对外暴露
                """));
        Document pages = parser.parse("pages.txt", utf8("""
                /login 登录页 游客
                /home 首页（信息流） 已登录用户
                /profile/edit 编辑个人资料页 已登录用户
                /api/auth/login POST 用户登录
                """));

        assertThat(routes.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("/addUser", "/userList", "/shopList", "/addNotice");
        assertThat(pages.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("POST /api/auth/login");
    }

    @Test
    void routesBelowALineSayingTheirMethodAreSentWithItAndEachIsTitledByWhatItDoes() {
        Document document = parser.parse("interface.txt", utf8("""
                /information/book/[isbn]		根据isbn获取书本信息
                /information/college			获取学院列表

                以下接口为POST请求（现阶段使用form方式提交）

                /user/login		登陆
                	user	用户电话
                	pass	密码

                /user/register	注册
                	user	账户
                	pass	密码
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "/information/book/{isbn}", "/information/college", "POST /user/login", "POST /user/register");
        assertThat(document.blocks().get(3).title()).isEqualTo("/user/register 注册");
    }

    @Test
    void aTextThatRulesOfDashesPartIntoRecordsIsTitledByEachRecordsFirstLine() {
        Document document = parser.parse("api.txt", utf8("""
                接口文档

                注册(http://localhost:8080/shop/user/register.do)
                uid		//帐号
                pwd		//密码
                *
                status		//返回状态

                ---------------------------
                登出（http://localhost:8080/shop/user/logout.do）
                *
                status      //返回状态
                ---------------------------
                管理员查看用户列表
                *
                users[]
                ---------------------------
                管理员删除被举报商品
                *
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "注册(http://localhost:8080/shop/user/register.do)", "登出（http://localhost:8080/shop/user/logout.do）",
                "管理员查看用户列表", "管理员删除被举报商品");
        assertThat(document.blocks().get(1).stated()).hasToString("/shop/user/logout.do");
    }

    @Test
    void aGameServersGeneratedRouteDocumentIsOneBlockPerAction() {
        Document document = parser.parse("actions.txt", utf8("""
                ==================== UserAction  ====================
                路由: 1 - 0  --- 【】 --- 【UserAction:1】【registerUser】
                    方法参数: User
                    方法返回值: BaseResponse

                路由: 1 - 1  --- 【登录逻辑-快速登陆
                                  存在token,验证是否一致】 --- 【UserAction:1】【loginUser】
                    方法参数: UserLogin
                    方法返回值: BaseResponse

                路由: 1 - 2  --- 【搜索好友】 --- 【UserAction:1】【searchUser】
                    方法参数: UserLogin
                    方法返回值: UserInRedis
                ==================== 错误码 ====================
                 -1008 : 绑定的游戏逻辑服不存在
                 1003 : 用户名重复
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("registerUser", "登录逻辑-快速登陆", "搜索好友");
    }

    @Test
    void titlesFramedOnBothSidesAtTheLinesStartAreHeadings() {
        Document document = parser.parse("api.txt", utf8("""
                ===== Users =====
                --- Create ---
                type: Post
                link: {{ _.base_url }}/users
                JSON Body:
                {
                    "name": "Feliz",
                    === character fields ===
                    "role": ""
                }

                --- List All ---
                type: Get
                link: {{ _.base_url }}/users
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title, block -> block.stated().toString())
                .containsExactly(tuple("Create", "POST /users"), tuple("List All", "GET /users"));
    }

    @Test
    void aMethodOnlyTheHeadingStatesIsTheMethodOfThePathBelowIt() {
        Document document = parser.parse("api.txt", utf8("""
                # 1. 获取短信验证码 get请求
                请求 URL：http://localhost:6000/api/users/sendcode
                # 2. 查询用户是否已经被注册 get请求
                请求 URL：http://localhost:6000/api/users/check_name
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("GET /api/users/sendcode", "GET /api/users/check_name");
    }

    @Test
    void pathsWrittenAgainAloneBesideASectionsOwnAreTheInterfacesStatedBefore() {
        Document document = parser.parse("api.txt", utf8("""
                # 1. 获取短信验证码 get请求
                请求 URL：http://localhost:6000/api/users/sendcode
                # 2. 用户注册 post请求
                请求 URL：http://localhost:6000/api/users/register
                # 3. 查询用户是否已经被注册 get请求
                请求 URL：http://localhost:6000/api/users/check_name
                |参数 |是否必选 |类型 |说明
                |userName |Y |string |用户名
                http://localhost:6000/api/users/sendcode
                http://localhost:6000/api/users/register
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("获取短信验证码 get请求", "用户注册 post请求", "查询用户是否已经被注册 get请求");
    }

    @Test
    void aMethodOverARequestsNameOverItsUrlIsThatRequestsMethod() {
        // a Postman Documenter page's text: each request's method, its name, its URL, then what it does and its example
        Document document = parser.parse("api.txt", utf8("""
                Mary's Game Soc
                GET
                Get game request details
                http://127.0.0.1:8090/game/details?game=Avalon
                game/details is a GET method designed to return specific details for a particular game request.
                PARAMS
                game
                Avalon
                Example Request
                curl --location --request GET 'http://127.0.0.1:8090/game/details?game=Avalon'
                POST
                Add a game request
                127.0.0.1:8090/game/new
                game/new is a POST method designed to add a new game request to the JSON file of game requests.
                Example Request
                curl --location --request POST '127.0.0.1:8090/game/new'
                GET
                Get Game Reviews
                http://127.0.0.1:8090/game/reviews?game_review=d
                game/reviews is a GET method designed to return all the reviews of the games requested.
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("Get game request details", "Add a game request", "Get Game Reviews");
        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("GET /game/details", "POST /game/new", "GET /game/reviews");
    }

    @Test
    void aChaptersNumberedTitleEndingInAColonIsItsHeadingOverItsSections() {
        Document document = parser.parse("srs.txt", utf8("""
                3.1.5. Communication Interface
                There are no special communication interface requirements.
                3.2. Functional Requirements:
                3.2.1. Account Registration
                The system shall allow a non-register user to create a secure account.
                3.2.2. Account Login
                The system shall allow a registered jobseeker to login to their account.
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("Account Registration", "Account Login");
    }

    @Test
    void aLabelledRoutePrefixIsThePathTheRoutesBelowItFollow() {
        Document document = parser.parse("api.txt", utf8("""
                1. User API Endpoints
                Route Prefix: /api/user
                /register
                Method: POST
                Description: Registers a new user.
                /login
                Method: POST
                Description: Logs in an existing user.
                2. Doctor API Endpoints
                Route Prefix: /api/doctor
                /login
                Method: POST
                Description: Logs in a doctor.
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("POST /api/user/register", "POST /api/user/login", "POST /api/doctor/login");
    }

    @Test
    void anOperationsNameBeforeItsPathAndWhatItTakesListsARoute() {
        Document document = parser.parse("notes.txt", utf8("""
                ####################回复帖子
                URl：/postReply
                值（必填） id 帖子id
                修改邮箱 http://localhost:5139/user/updata/Email   值email
                修改QQ http://localhost:5139/user/updata/Qq  值QQ
                修改性别/user/updata/Sex   值Sex
                修改婚姻状况 /user/updata/Marry 值Marry
                用户信息相关 /my
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().path()).containsExactly("/postReply",
                "/user/updata/Email", "/user/updata/Qq", "/user/updata/Sex", "/user/updata/Marry");
        assertThat(document.blocks().get(1).title()).isEqualTo("修改邮箱");
    }
}
