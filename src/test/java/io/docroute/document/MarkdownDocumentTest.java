package io.docroute.document;

import static io.docroute.document.TestDocuments.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownDocumentTest {

    private final DocumentParser parser = TestDocuments.parser();

    @Test
    void aRequestsNameClosedByItsMethodOverItsUrlGivesThePathThatMethod() {
        Document document = parser.parse("forecast.md", utf8("""
                - 用户登陆 **POST**

                - http://localhost:8080/User/Login

                前端发送：

                ```json
                {
                    email:   // 用户名
                }
                ```



                - 获取所有公司的基本信息 **GET**
                - http://localhost:8080/Company/GetAllCompaniesInfo

                后端发送：

                ```json
                {
                    companies:   // 公司列表
                }
                ```
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("POST /User/Login", "GET /Company/GetAllCompaniesInfo");
    }

    @Test
    void aListsItemsHeadedAboveTheSectionTheyAreInAreHeadedUnderIt() {
        Document document = parser.parse("chat.md", utf8("""
                ## 2. 总体概述
                聊天软件的核心功能。
                ## 3. 功能需求
                #### 3.1 用户注册与登录
                ##### 3.1.1 注册方式
                支持手机号、邮箱和第三方账号注册。
                ### 1. 唯一性校验：系统实时检测手机号是否已被注册
                重复提交将立即阻断流程。
                ### 2. 防滥用机制：同一手机号60秒内仅允许发送1次验证码
                超出触发风控警告。
                ##### 3.1.2 找回密码
                ## （一）身份核验
                ### 1. 输入绑定手机号获取验证码
                验证码5分钟内有效。
                ## 4. 非功能需求
                #### 4.1 性能需求
                消息送达时间不超过1秒。
                """));

        assertThat(document.lines()).containsSubsequence("##### 3.1.1 注册方式", "###### 1. 唯一性校验：系统实时检测手机号是否已被注册",
                "###### 2. 防滥用机制：同一手机号60秒内仅允许发送1次验证码", "##### 3.1.2 找回密码", "###### （一）身份核验",
                "###### 1. 输入绑定手机号获取验证码", "## 4. 非功能需求");
    }

    @Test
    void aParagraphOfSeveralLinesOverARuleIsNoHeading() {
        Document document = parser.parse("auth.md", utf8("""
                核心业务 API 文档
                一、全局约定
                1.1 基础路径
                所有 RESTful API 以 /api/v1 为版本前缀。
                1.2 统一响应格式
                所有接口返回 Result<T> 结构：
                代码块
                {
                  "code": 200,
                  "message": "success",
                  "data": {}
                }
                三、统一认证模块
                3.1 账号密码登录
                POST /api/v1/auth/login
                认证：无需认证
                3.2 获取当前登录账号
                GET /api/v1/auth/me
                认证：需要 Bearer Token
                3.3 退出登录
                POST /api/v1/auth/logout
                认证：需要 Bearer Token
                ---
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title, block -> block.stated().toString())
                .containsExactly(tuple("账号密码登录", "POST /api/v1/auth/login"),
                        tuple("获取当前登录账号", "GET /api/v1/auth/me"), tuple("退出登录", "POST /api/v1/auth/logout"));
    }

    @Test
    void aSectionWhoseTitleStatesItsInterfaceIsOneThoughNothingIsWrittenUnderIt() {
        Document document = parser.parse("tyres.md", utf8("""
                # 角色管理
                ## 1、角色列表接口：ajaction/v1/?menuid=101010&cmd=qry&t=1
                ## 2、角色删除接口：ajaction/v1/?menuid=101010&cmd=del POST
                | 参数 | 说明 |
                | --- | --- |
                | id | 角色编号 |
                ## 3、添加角色接口：ajaction/v1/?menuid=101010&cmd=add POST
                | 参数 | 说明 |
                | --- | --- |
                | name | 角色名称 |
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("角色列表接口：ajaction/v1/?menuid=101010&cmd=qry&t=1",
                        "角色删除接口：ajaction/v1/?menuid=101010&cmd=del POST",
                        "添加角色接口：ajaction/v1/?menuid=101010&cmd=add POST");
    }

    @Test
    void aRequestUnderAnExamplesLabelIsAnExampleOfTheInterfaceAboveIt() {
        Document document = parser.parse("rooms.md", utf8("""
                ### Room Availability

                #### Check Room Type Availability

                Check availability of a specific room type for a date range.

                **Endpoint:** `GET /room-types/{roomTypeId}/availability`

                **Query Parameters:**
                - `checkInDate` (required): ISO date string for check-in

                **Example Request:**
                ```
                GET /room-types/1/availability?checkInDate=2023-05-15&checkOutDate=2023-05-20
                ```

                **Response:** `200 OK`

                #### Search Rooms

                **Endpoint:** `GET /rooms/search`
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title, block -> block.stated().toString())
                .containsExactly(tuple("Check Room Type Availability", "GET /room-types/{roomTypeId}/availability"),
                        tuple("Search Rooms", "GET /rooms/search"));
    }

    @Test
    void aHeadingThatLabelsItsPathOverItsMethodLabelledAsAVerbStatesItsInterface() {
        Document document = parser.parse("readme.md", utf8("""
                ## R1: Explain the problem that this app will solve
                Recipes are scattered over many sites.
                ## R2: Describe the way tasks are allocated and tracked in your project
                A board on Trello.
                ## R8: Document all endpoints used in your API
                ### 1. Route: /users/login

                HTTP Request Verb: POST
                URL Parameters: None
                ### 2. Route: /recipes/{recipe_id}

                HTTP Request Verb: DELETE
                Header Data: JWT token
                ### 3. Route: /categories

                HTTP Request Verb: GET
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("POST /users/login", "DELETE /recipes/{recipe_id}", "GET /categories");
        assertThat(StatedEndpoint.read(List.of("HTTP Request Verb: POST"))).hasToString("POST");
    }

    @Test
    void theStepsOfEachPartsFlowInAUseCaseAreNoInterfacesOfTheirOwn() {
        Document document = parser.parse("usecases.md", utf8("""
                ### 4.1 买家用例
                #### 4.1.1 提交订单
                **前置条件：**
                - 商品已上架且状态正常
                **业务前端子系统流程：**
                1. 买家浏览商品列表，查看商品详情
                2. 选择商品规格，查看信用优惠信息
                3. 点击下单，确认订单信息
                **业务后端子系统流程：**
                1. 验证商品状态和库存
                2. 计算订单金额（含信用优惠）
                3. 生成订单记录，状态为"待支付"
                4. 启动支付时限倒计时
                #### 4.1.2 发送咨询消息
                **业务后端子系统流程：**
                1. 建立实时通信连接
                2. 存储聊天记录
                3. 推送消息给卖家
                #### 4.1.3 申请售后退款
                **业务前端子系统流程：**
                1. 买家选择退款类型
                2. 填写退款原因
                3. 提交售后申请
                **评价决策子系统流程：**
                1. 根据买家信用分判断是否可退押金
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("提交订单", "发送咨询消息", "申请售后退款");
    }

    @Test
    void aHeadingThatIsAPathThenItsMethodStatesItsInterface() {
        Document document = parser.parse("api.md", utf8("""
                # 常规说明
                ## 获取服务器时间
                请求：`GET /common/time`
                # 金钱系统
                ## 用户充值
                #### `/user/rechargeBalance` `POST`
                | 请求参数 | 说明 | 必选 |
                | -------- | ---- | ---- |
                | `gold` | 充值的金钱数量 | 是 |
                ## 用户查询余额
                #### `/user/checkBalance` `GET`
                | 请求参数 | 说明 | 必选 |
                | -------- | ---- | ---- |
                | `token` | 用户的`token` | 是 |
                ## 用户获取token
                #### `/token/get` `POST`
                | 请求参数 | 说明 | 必选 |
                | -------- | ---- | ---- |
                | `refreshToken` | 刷新用的token | 是 |
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "GET /common/time", "POST /user/rechargeBalance", "GET /user/checkBalance", "POST /token/get");
    }

    @Test
    void theNumberedWishesUnderAStoryThatLeadsInToThemAreNoSections() {
        // a page of stories without headings: its numbered lines would otherwise read as the sections it has
        Document document = parser.parse("stories.md", utf8("""
                愿景：
                1.系统：社区面包店小程序
                2.核心用户：店长

                作为顾客，希望可以：
                1.预订明天的面包
                2.知道每款面包的配料
                3.取消预订

                作为店长，我希望可以：
                1.管理面包种类
                2.给配送员分配订单
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("预订明天的面包", "知道每款面包的配料", "取消预订", "管理面包种类", "给配送员分配订单");
    }

    @Test
    void theLabelledParagraphsOfARolesRequirementsAreItsFeaturesAndTheArchitecturesAreNone() {
        Document document = parser.parse("takeaway.md", utf8("""
                # 5. 系统架构
                ### 5.2.3 业务层
                包含模块：
                搜索/筛选：支持用户按条件检索菜品
                上架/下架：控制菜品的销售状态
                # 7. 软件需求说明书
                ## 7.1 用户端功能需求说明
                ### 7.1.1 账号与鉴权
                注册：支持用户通过账号/密码进行新账号注册。
                登录与鉴权：支持账号密码登录，登录成功后下发Token。
                个人信息管理：支持用户查看及修改个人基础信息。
                ### 7.1.2 菜品浏览与搜索
                首页展示：展示推荐菜品及商家列表。
                搜索与筛选：支持用户通过关键字搜索菜品。
                菜品详情：展示菜品的名称、图片、价格。
                ### 7.1.3 订单与支付
                前置条件：用户已登录。
                验收标准：下单成功率达到 99.9%。
                提交订单：用户确认购物车后提交订单，系统生成订单记录。
                # 8. 非功能需求
                ### 8.1 响应时间
                接口平均响应时间不超过 200 毫秒。
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("注册", "登录与鉴权",
                "个人信息管理", "首页展示", "搜索与筛选", "菜品详情", "订单与支付");
    }

    @Test
    void theExceptionsBesideAListOfStoriesNameTheOperationsNoStoryWishesFor() {
        Document document = parser.parse("events.md", utf8("""
                ## User Stories
                - As an event host, I want to search for players near me, so that my events fill up.
                - As a player, I want to rate a game, so that others know what to play.
                - As a player, I want to join an event, so that I can meet other players.
                ## Possible Exceptions
                - If the connection is poor and the user repeatedly tries to add, edit, or remove an event, the calls \
                may arrive out of order.
                - If a user tries to rate a game twice, the second rating replaces the first.
                - If a credit card gets declined when purchasing premium features, the site asks for another card.
                - If the database is incorrectly set up, repeating an event may edit past entries.
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).endsWith("add an event", "edit an event",
                "remove an event", "purchase premium features").hasSize(7);
    }

    @Test
    void aRouteTableIsUnderThePathItsTitleEndsInWithinBrackets() {
        Document document = parser.parse("tasks.md", utf8("""
                ## 7.1 Authentication Routes (`/api/auth`)
                | Method & Path | Description |
                | --- | --- |
                | `POST /login` | Authenticate user |
                | `GET /me` | Fetch current profile |
                ## 7.2 Task Routes (`/api/tasks`)
                | Method & Path | Description |
                | --- | --- |
                | `GET /` | Fetch tasks |
                | `PATCH /:taskId` | Update task status |
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "POST /api/auth/login", "GET /api/auth/me", "GET /api/tasks", "PATCH /api/tasks/{taskId}");
    }

    @Test
    void aPathTakingTheMethodsItsSectionLabelsInTurnIsOneInterfacePerMethod() {
        Document document = parser.parse("follows.md", utf8("""
                ### 用户关注
                - URL：http://127.0.0.1:5000/user/follows
                - 请求方式：POST
                  | 字段 | 必选 | 类型 | 说明 |
                  | ---- | ---- | ---- | ---- |
                  | userid | true | string | 关注用户对象的id |

                ---

                - 请求方式：DELETE（取消关注）
                  | 字段 | 必选 | 类型 | 说明 |
                  | ---- | ---- | ---- | ---- |
                  | userid | true | string | 关注用户对象的id |
                ### 用户获取
                - URL：http://127.0.0.1:5000/user/get
                - 请求方式：GET
                  | 字段 | 必选 | 类型 | 说明 |
                  | ---- | ---- | ---- | ---- |
                  | page | false | int | 页数 |
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("用户关注", "取消关注", "用户获取");
        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "POST /user/follows", "DELETE /user/follows", "GET /user/get");
    }

    @Test
    void aDjangoRouteUnderItsAccessUrlAndTheModeItIsCalledInStateTheInterface() {
        Document document = parser.parse("ratemycourse.md", utf8("""
                # sign_up
                ---
                ## 访问URL
                ```
                r'^signUp/$'
                ```
                ## 模式
                POST
                ## 传入需求
                登录信息
                # search_teacher
                ---
                ## 访问URL
                ```
                r'^searchTeacher/$'
                ```
                ## 模式
                get
                ## 传入需求
                teacher_name:教师名字
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("sign_up", "search_teacher");
        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("POST /signUp", "GET /searchTeacher");
    }

    @Test
    void aRequirementsDocumentThatStatesTheOneServiceItCallsIsReadForItsRequirementsToo() {
        Document document = parser.parse("printbridge.md", utf8("""
                ## 3 功能需求
                #### F1.1 图像导入
                | 编号 | F1.1 |
                | 描述 | 支持从本地文件系统选择图像 |
                #### F1.2 颜色分析
                | 编号 | F1.2 |
                | 描述 | 对导入图像进行网格采样 |
                #### F1.3 图像导出
                | 编号 | F1.3 |
                | 描述 | 将原图导出为 PNG |
                #### F2.1 并排对比
                | 编号 | F2.1 |
                | 描述 | 屏幕版与印刷版并排显示 |
                #### F2.2 项目保存
                | 编号 | F2.2 |
                | 描述 | 将当前会话保存为项目文件 |
                ## 4 外部接口
                ### 4.1 通信接口
                AI 顾问调用的接口:
                - 接口:POST /v1/chat/completions
                - 请求体:JSON
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "图像导入", "颜色分析", "图像导出", "并排对比", "项目保存", "通信接口");
        assertThat(document.blocks().get(5).stated().toString()).isEqualTo("POST /v1/chat/completions");
    }

    @Test
    void aFunctionsFlowAndWhatGoesInAndOutOfItArePartsOfItsSection() {
        Document document = parser.parse("alumni.md", utf8("""
                ## 3. 功能需求
                #### 3.1.1 校友注册
                **功能描述：** 校友通过系统注册个人信息，完成身份认证。
                **功能流程：**
                1. 校友访问注册页面
                2. 填写基本信息（用户名、密码、真实姓名）
                3. 提交注册申请
                **输出：**
                - 注册成功提示
                - 审核状态通知
                **异常处理：**
                - 重复用户名提示
                #### 3.1.2 用户登录
                **功能描述：** 已注册用户通过用户名和密码登录系统。
                **功能流程：**
                1. 用户输入用户名和密码
                2. 系统验证用户信息
                **输出：**
                - 登录成功跳转
                - 登录失败提示
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("校友注册", "用户登录");
    }

    @Test
    void aPathWrittenWithoutTheBasePathTheDocumentStatesIsTheSameInterfaceAsWithIt() {
        Document document = parser.parse("booking.md", utf8("""
                ## 3.2 Service Management
                FR-2.1 Create Service — POST /services
                Creates a service with a name, a duration and a price.
                FR-2.2 List Services — GET /services
                Lists the services, newest first.
                ## 4.1 API Interface
                Base URL: /api (e.g. http://localhost:3000/api).
                | # | Method | Path | Requirement |
                | --- | --- | --- | --- |
                | 1 | GET | /api/health | – |
                | 2 | POST | /api/services | FR-2.1 |
                | 3 | GET | /api/services | FR-2.2 |
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "POST /api/services", "GET /api/services", "GET /api/health");
        assertThat(document.blocks().get(0).text()).contains("Creates a service");
    }

    @Test
    void aBaseUrlUnderAHeadingOfItsOwnMakesACurlExampleWithItTheSameInterface() {
        Document document = parser.parse("api.md", utf8("""
                # Trails API
                ## Base URL
                ```
                http://localhost:3001/api
                ```
                ## List All Trails
                `GET /trails`
                ## Create Trail
                `POST /trails`
                ## Testing
                ```bash
                # Get all trails
                curl http://localhost:3001/api/trails
                ```
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("GET /api/trails", "POST /trails");
    }

    @Test
    void aBaseUrlHeadingAfterAnEmojiOrOverItsCodeBlocksLanguageNamesTheBasePath() {
        Document emoji = parser.parse("api.md", utf8("""
                # Shop API
                ### 🌐 Base URL
                http://localhost:3000/api
                ## Products
                GET /products List products
                #### Example Request
                GET /api/products?page=1&limit=10
                """));
        // a Word file that kept a Markdown code block keeps its language's name over the address; the address alone
        // is no interface
        Document copied = parser.parse("api.txt", utf8("""
                API Endpoints Reference
                Base URL
                text
                http://localhost:8000/api/v1
                Balance Enquiry
                POST /balance
                Balance Enquiry Endpoint
                POST /api/v1/balance
                """));

        assertThat(emoji.blocks()).extracting(block -> block.stated().toString()).containsExactly("GET /api/products");
        assertThat(copied.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("POST /api/v1/balance");
    }

    @Test
    void aBaseUrlLabelledWithASpaceInItIsTheDocumentsBasePath() {
        Document document = parser.parse("api.md", utf8("""
                # Stories API
                **基础 URL**: `/api/v1`
                ## 上传文档
                **端点**: `POST /documents/upload`
                ## 示例
                ```
                POST /api/v1/documents/upload
                ```
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("POST /api/v1/documents/upload");
    }

    @Test
    void theAppendicesLinksAreNoInterfaces() {
        Document document = parser.parse("spec.md", utf8("""
                # Functional Specification
                ## Use Case 1 User uploads a file
                The user picks a file and the client uploads it in parts.
                ## Use Case 2 User deletes a file
                The user deletes a file from the server.
                ## Appendices
                https://github.com/electron/electron
                https://aws.amazon.com/blogs/aws/amazon-s3-multipart-upload/
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("Use Case 1 User uploads a file", "Use Case 2 User deletes a file");
    }

    @Test
    void aTableOfResourcesAndMethodsRowByRowStatesEachInterface() {
        Document document = parser.parse("api.md", utf8("""
                # API

                | Resource | /users/signup |
                |---|---|
                | Method | POST |
                | Authenticated | No |
                | Resource | /users/login |
                | Method | POST |
                | Resource | /users/list_users |
                | Method | GET |
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("POST /users/signup", "POST /users/login", "GET /users/list_users");
    }

    @Test
    void interfacesWrittenToATemplateWithTheirAddressesLeftBlankAreTitledByTheLineOverIt() {
        Document document = parser.parse("api.md", utf8("""
                厂商管理员短信验证码登录接口

                接口地址：

                描述：没有对应账号自动创建

                类型：POST

                短信验证码发送接口

                接口地址：

                描述：

                类型：POST

                厂商管理员设置密码接口

                接口地址：

                描述：
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("厂商管理员短信验证码登录接口", "短信验证码发送接口", "厂商管理员设置密码接口");
    }

    @Test
    void aUrlWrittenAgainWithTheServersAddressAndBasePathIsTheInterfaceStatedBefore() {
        Document document = parser.parse("api.md", utf8("""
                ### 1.1 新增节点前置信息
                #### 1.1.1 传输协议规范
                - 请求地址： **/front/add**
                - 请求方式：POST
                #### 1.1.2 请求参数
                ***2）入参示例***
                ```
                http://127.0.0.1:5008/WeBASE-Stat/front/add
                ```
                ### 1.2 删除前置信息
                #### 1.2.1 传输协议规范
                - 请求地址： **/front/{frontId}**
                - 请求方式：DELETE
                #### 1.2.2 请求参数
                ***2）入参示例***
                ```
                http://127.0.0.1:5008/WeBASE-Stat/front/1001
                ```
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("POST /front/add", "DELETE /front/{frontId}");
    }

    @Test
    void aCurlExampleWithTheBaseUrlWrittenOutIsTheExampleOfItsHeadingsEndpoint() {
        Document document = parser.parse("api.md", utf8("""
                ## Base URL
                ```
                Development: http://localhost:3000/api/v1
                ```
                ### `POST /users/:user_id/sleep_records`
                Clock in & Clock Out
                ```bash
                curl --location --request POST 'localhost:3000/api/v1/users/1/sleep_records'
                ```
                ### `GET /users/:user_id/sleep_records/:id`
                Get Sleep Record detail
                ```bash
                curl --location 'localhost:3000/api/v1/users/1/sleep_records/2'
                ```
                ### `GET /users/:user_id/sleep_records`
                Get list of user sleep records
                ```bash
                curl --location 'localhost:3000/api/v1/users/1/sleep_records'
                ```
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "POST /users/{user_id}/sleep_records", "GET /users/{user_id}/sleep_records/{id}",
                "GET /users/{user_id}/sleep_records");
    }

    @Test
    void aServicesPathIsThePathItsSectionsPathsFollow() {
        Document document = parser.parse("api.md", utf8("""
                ## 认证服务 (Auth)
                **服务路径**: `/api/v1/auth`
                #### POST /login - 用户登录
                **描述**: 使用用户名和密码登录系统
                #### GET /me - 获取当前用户信息
                ## 角色管理 (Roles)
                **服务路径**: `/api/v1/roles`
                #### GET /roles/{role_id} - 获取角色详情
                ## 5 Area Endpoint (/api/area/)
                The areas.
                ### 5.1 GET: View and Filter Areas
                GET /api/areas/
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "POST /api/v1/auth/login", "GET /api/v1/auth/me", "GET /api/v1/roles/{role_id}", "GET /api/areas");
    }

    @Test
    void aTableOfOneInterfacesPropertiesIsTitledByItsOneFilledHeaderCell() {
        Document document = parser.parse("api.md", utf8("""
                # 接口

                |  | 获取车站列表 |
                |---|---|
                | url | http://网站地址/api/station |
                | 参数 | 无 |
                | 请求类型 | get |

                |  | 获取历史客流 |
                |---|---|
                | url | http://网站地址/api/historyflow |
                | 参数 | startDate //开始时间 |
                | 请求类型 | get |
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title, block -> block.stated().toString())
                .containsExactly(tuple("获取车站列表", "GET /api/station"), tuple("获取历史客流", "GET /api/historyflow"));
    }

    @Test
    void aTableOfOneInterfacesPropertiesUnderATitleLineIsTitledByThatLineWherePathsNameTheirValuesInChinese() {
        Document document = parser.parse("api.md", utf8("""
                # 巡视记录

                (1) 初始化数据接口

                | 接口描述 | 获取所有巡视记录信息 |
                |---|---|
                | 请求URL | http://127.0.0.1:8080/app/xz/getpatrolrecordinfos |
                | 请求方式 | get |

                (2) 新增巡视记录

                | 接口描述 | 新增一条巡视记录 |
                |---|---|
                | 请求URL | http://127.0.0.1:8080/app/xz/addpatrolrecord/巡视时间/岗位 |
                | 请求方式 | post |
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title, block -> block.stated().toString())
                .containsExactly(tuple("初始化数据接口", "GET /app/xz/getpatrolrecordinfos"),
                        tuple("新增巡视记录", "POST /app/xz/addpatrolrecord/{id}/{id2}"));
    }

    @Test
    void recordsOfLabelledLinesNamedByWhatEachIsForAreInterfacesWithTheirOwnURLAndMethod() {
        Document document = parser.parse("api.md", utf8("""
                功能作用：普通用户登录
                url:user_login
                请求方式：post
                请求参数：username=?&password=?
                返回参数：true/false

                功能作用：雇员登录
                url:employee_login
                请求方式：post
                请求参数：username=?&password=?

                功能作用：获取订单和罚单信息
                url:payment
                请求方式：get
                请求参数：username=?

                功能作用：备份数据存储
                url:backup
                请求方式：get

                功能作用：获取邮箱
                url:getemail
                请求方式：get
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "普通用户登录", "雇员登录", "获取订单和罚单信息", "备份数据存储", "获取邮箱");
        assertThat(document.blocks().get(2).text()).contains("url:payment").doesNotContain("url:backup");
    }

    @Test
    void aSectionLabellingAUseCasesActorAndFlowIsAnInterfaceWhateverItsTitleNames() {
        Document document = parser.parse("usecases.md", utf8("""
                # Document Tracker - Use Cases
                ## 1. Single File Interactive Ingestion
                Goal: Quickly test extraction before committing a document.
                - Actor: User
                - Flow:
                  - User drops a PDF into the drop zone.
                  - The extracted payload is returned to the client.
                ## 2. Mass Staging Queue
                Goal: Process backlogs of raw documents silently.
                - Actor: Automated Backend
                - Flow:
                  - The system scans the staging folder.
                ## 3. Query & Search Iteration
                Goal: Find every purchase matching a query.
                - Actor: User
                - Flow:
                  - User types "Starbucks" into the search bar.
                ## 4. Glossary
                A bill is a document asking for payment.
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "Single File Interactive Ingestion", "Mass Staging Queue", "Query & Search Iteration");
    }

    @Test
    void aSubSectionGivingTheFunctionsNameIsAPartOfItsInterface() {
        Document document = parser.parse("api.md", utf8("""
                ## 2. 接口
                ### 2.1 登陆接口
                提交用户信息，反馈登陆状态
                #### 2.1.1 函数名
                - POST路径：/Login
                #### 2.1.2 输入参数
                | key | value type | description |
                | username | 字符串 | 用户名 |
                #### 2.1.3 样例数据
                {"username": "a@b.com"}
                ### 2.2 注册接口
                #### 2.2.1 函数名
                - POST路径：/Register
                #### 2.2.2 输入参数
                | key | value type | description |
                | email | 字符串 | 邮箱 |
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title, block -> block.stated().toString())
                .containsExactly(tuple("登陆接口", "POST /Login"), tuple("注册接口", "POST /Register"));
    }

    @Test
    void aRoutersRoutesAreUnderTheAddressItsTableIsHeadedWith() {
        Document document = parser.parse("api.md", utf8("""
                End Point: “http://localhost: {{Chosen-Port}} /shopping”

                | Description | Method + Path | Description |
                |---|---|---|
                | Fetch the products categories | GET /product_categories | Request: No value |
                | Opens a new cart In the db | POST /open_new_cart | Request: {userId: 4} |

                End Point: “http://localhost: {{Chosen-Port}} /admin”

                | Description | Method + Path | Description |
                |---|---|---|
                | Adding item to DB | POST /add_item | Request: {name: “Whiskey”} |
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "GET /shopping/product_categories", "POST /shopping/open_new_cart", "POST /admin/add_item");
    }

    @Test
    void headingsGoingOnWithAListTheLineAboveOpenedAreItsItems() {
        Document document = parser.parse("usecases.md", utf8("""
                Use Case: ExitProgram

                Actors: user

                Flow: 1. the user closes the program
                # 2. The program closes
                Use Case: SelectFile

                Actors: user

                Flow: 1. The system asks the user to choose a file
                # 2. The user enters the file path
                # 3. The system opens a new window
                Variations:
                ## 2.1 if the path is wrong: the user chooses a new path
                Use Case: CreateDataSet

                Actors: user

                Flow: 1. The system asks the user to choose a file
                # 2. The system creates a data set with the given name
                Postconditions: a data set is created
                Use Case: ShowGraph

                Actors: user

                Flow: 1. The user enters the x/y values
                # 2. The system shows the graph to the user
                Postconditions: the graph is shown
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("ExitProgram", "SelectFile", "CreateDataSet", "ShowGraph");
    }

    @Test
    void aDeepHeadingThatIsALabelledParagraphIsAPartOfTheSectionAboveIt() {
        Document document = parser.parse("prd.md", utf8("""
                # 产品说明
                ## 用户与好友
                ### 注册方式
                详见以下各条。
                #### 手机号注册：用户以手机号作为账号，系统为其分配唯一的八位编号，编号此后保持不变
                #### 邮箱注册：用户以邮箱作为账号，邮箱格式须合法，长度不超过六十四个字符，大小写视为相同
                ### 好友分组
                详见以下各条。
                #### 默认分组：每位用户拥有我的好友和陌生人两个默认分组，这两个分组的名称保持不变
                #### 分组上限：每位用户最多拥有二十个分组，每个分组最多容纳五百位好友，超出时给出提示
                ### 消息通知
                详见以下各条。
                #### 提醒方式：新消息到达时以声音、震动和横幅三种方式提醒，三种方式分别设有开关
                #### 免打扰时段：用户设定的时段内只显示角标，不发出声音和震动，时段允许跨越零点
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("注册方式", "好友分组", "消息通知");
    }

    @Test
    void aRequirementThatLeadsInToWhatItListsNamesNoOperationUnlessItsListDoes() {
        Document document = parser.parse("reservations.md", utf8("""
                ## 3. Requirements
                - **R1.1** The system shall store, for each user:
                  - `username` (unique identifier),
                  - `email` (unique, used for recovery).
                - **R1.2** Each booking shall include:
                  - `slot_id`, `client_id`, `status`.
                - **R1.3** Clients shall be able to:
                  - create a booking,
                  - cancel a booking.
                - **R1.4** Hosts shall be able to close a slot.
                - **R1.5** Admins shall be able to archive an event template.
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "create a booking", "cancel a booking", "Hosts shall be able to close a slot",
                "Admins shall be able to archive an event template");
    }

    @Test
    void anInterfacesScreenshotSpecificationAndImplementationAreItsParts() {
        Document document = parser.parse("farm.md", utf8("""
                ## 1、栏舍管理模块
                ### 分页+条件查询栏舍
                #### 页面效果
                ![栏舍列表](img/fence.png)
                #### 接口规范
                > 请求路径：/fenceHouse
                >
                > 请求方式：GET
                #### 请求参数
                | 参数名称 | 参数说明 | 是否必须 | 数据类型 |
                | --- | --- | --- | --- |
                | pageNum | 当前页码 | true | integer |
                #### 响应数据
                `{"code": 200}`
                #### 功能实现
                分页查询后返回列表。
                """));

        assertThat(document.blocks()).singleElement().satisfies(block -> {
            assertThat(block.title()).isEqualTo("分页+条件查询栏舍");
            assertThat(block.stated()).hasToString("GET /fenceHouse");
        });
    }

    @Test
    void theBaseUrlOfTheApiIsNoneOfItsRoutes() {
        Document document = parser.parse("buses.md", utf8("""
                # Bus API
                ## Base URL
                ```
                http://localhost:8080/api
                ```
                ## Buses
                ### Get All Buses
                ```http
                GET /api/inventory/buses
                ```
                ### Get Bus by ID
                ```http
                GET /api/inventory/buses/{id}
                ```
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("Get All Buses", "Get Bus by ID");
    }

    @Test
    void routesListedAsNestedListsAreNamedByTheLinesBelowTheirPathsAndEachPrefixKeepsItsOwn() {
        Document document = parser.parse("routes.md", utf8("""
                #### Lead with /friendships
                - /all
                  - GET
                  - headers = Authorisation: Bearer `jwt_token`
                  - Get all
                - /request/{friend_id}
                  - POST
                  - headers = Authorisation: Bearer `jwt_token`
                  - Request to add a friend
                #### Lead with /notifications
                - /all
                  - GET
                  - headers = Authorisation: Bearer `jwt_token`
                  - Get all
                - /read/{notification_id}
                  - POST
                  - headers = Authorisation: Bearer `jwt_token`
                  - Mark the notification as read
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("Get all", "Request to add a friend", "Get all", "Mark the notification as read");
        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "GET /friendships/all", "POST /friendships/request/{friend_id}", "GET /notifications/all",
                "POST /notifications/read/{notification_id}");
    }

    @Test
    void eachWishListedUnderItsRoleIsAStoryAndTheBuildersOwnAreQualities() {
        Document document = parser.parse("drawing.md", utf8("""
                # USER STORIES

                ### As a user…
                * I want to be able to create nature based images, so that I can relax
                * I want to be able to have a place where my images are stored, so that I can find them later

                ### As a developer…
                * I want to make a clean code base so that others are able to understand what is happening.
                * I want to allow users to directly share their image on social or email.
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).hasSize(3)
                .noneSatisfy(title -> assertThat(title).contains("clean code"))
                .satisfies(titles -> assertThat(titles.get(2)).contains("share their image"));
        assertThat(document.blocks().get(0).title()).startsWith("As a user, I want to be able to create");
    }

    @Test
    void aDevelopersStoryInATableAsksForAQualityToo() {
        Document document = parser.parse("backlog.md", utf8("""
                # Backlog

                | ID | Story | Points |
                |---|---|---|
                | US1 | As a user, I want to add a book to my shelf. | 3 |
                | US2 | As a developer, I want to make a clean code base so that others understand it. | 5 |
                | US3 | As a user, I want to remove a book from my shelf. | 2 |
                | US4 | As a user, I want to rate a book on my shelf. | 2 |
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).hasSize(3)
                .noneSatisfy(title -> assertThat(title).contains("clean code"));
    }

    @Test
    void aHeadingWithLeaderDotsIsAnEntryOfTheContentsNotAnInterface() {
        Document document = parser.parse("accounts.md", utf8("""
                ## Create an Account……………………………………………….…
                9
                ## Create an Account
                The user enters an email and a password; the system stores the new account.
                ## Delete an Account
                The user confirms; the system removes the account and its data.
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("Create an Account", "Delete an Account");
    }

    @Test
    void eachCallACodeListingsCommentsStateIsAnInterface() {
        Document document = parser.parse("staff.md", utf8("""
                ## 登录
                ```typescript
                // POST /auth/login
                interface Request {
                  id: string;
                }
                ```
                ## 维护员工信息
                ```typescript
                // POST /employee/create
                interface CreateRequest {
                  username: string;
                }

                // GET /employee/get
                interface GetRequest {
                  id?: string;
                }

                // GET /employee/gets
                interface GetsRequest {
                  pageIndex: number;
                }
                ```
                """));

        assertThat(document.blocks()).hasSize(4);
        assertThat(document.blocks().get(2).text()).contains("GET /employee/get", "GetRequest")
                .doesNotContain("CreateRequest", "GetsRequest");
    }

    @Test
    void aRequestSavedWithoutItsAddressIsAnInterfaceBesideThoseThatStateTheirs() {
        Document document = parser.parse("todos.md", TestDocuments.utf8("""
                ## Default
                ### 1. getRequiredTodos
                ```bash
                Method: GET
                Type:
                URL:
                ```
                ### 2. searchAllTodos
                ```bash
                Method: GET
                Type:
                URL: http://localhost:3001/api/search/
                ```
                ### 3. deleteTodo
                ```bash
                Method: DELETE
                Type:
                URL: http://localhost:3001/api/todo/delete/5ed1722e003f330d2418fee9
                ```
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("getRequiredTodos", "searchAllTodos", "deleteTodo");
        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("GET", "GET /api/search", "DELETE /api/todo/delete/{id}");
    }

    @Test
    void useCasesNamedByTheirOperationAreInterfacesAndQualitiesAndDiagramsAreContext() {
        Document document = parser.parse("trees.md", TestDocuments.utf8("""
                ## Add a tree
                Description: A user can start a tree by adding members to it.
                ## Share a tree
                Description: A user can share a tree with others.
                ## Log in
                Description: A user with an account can log in to see their trees.
                ## Collaborative editing
                Description: Several users can edit a tree at once.
                ## Security
                Passwords are encrypted.
                ## Use Case Diagram
                | Actor | Use case |
                |---|---|
                | User | Add a tree |
                ## Rate Limiting
                A user sends at most ten requests a second.
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("Add a tree", "Share a tree", "Log in", "Collaborative editing");
    }

    @Test
    void aQualityTitledWithADashAfterItIsContextBesideModules() {
        Document document = parser.parse("directory.md", TestDocuments.utf8("""
                ### Registration Module
                a. Introduction – This module handles the registration of a user.
                ### Login Module
                a. Introduction – This module takes care of the authorization of the user.
                ### Search Module -
                a. Introduction – This module helps the user search the directory.
                ### Emergency Services Module –
                a. Introduction – This module lists the emergency numbers.
                ### Reliability –
                The software shall not crash.
                ### Security –
                Passwords are stored encrypted.
                ### Interoperability –
                It runs on Windows and Linux.
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("Registration Module",
                "Login Module", "Search Module -", "Emergency Services Module –");
    }

    @Test
    void anOperationsWordAloneIsTheOperationNamedOnItsThingBefore() {
        Document document = parser.parse("books.md", TestDocuments.utf8("""
                # 书籍管理
                - 编辑书籍信息
                - 删除书籍记录
                - 导出书籍列表
                # 详情页
                - 操作按钮
                  - 编辑
                  - 删除
                  - 分享
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("编辑书籍信息", "删除书籍记录", "导出书籍列表", "分享");
    }

    @Test
    void whoCanDoTheOperationsListedBelowLeadsIntoThem() {
        Document document = parser.parse("workouts.md", TestDocuments.utf8("""
                # Scope
                - The webpage will allow you to filter exercises based on a muscle group
                - The webpage will allow you to track progress

                # Functional Requirements
                - A user can:
                1. Create an Account
                2. Login
                3. Add/Delete a program
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "The webpage will allow you to filter exercises based on a muscle group",
                "The webpage will allow you to track progress", "Create an Account", "Login", "Add a program",
                "Delete a program");
    }

    @Test
    void aRequirementThatLeadsIntoAListOfOperationsIsOneInterfacePerOperation() {
        Document document = parser.parse("roles.md", TestDocuments.utf8("""
                # Administrator
                1. Manage shift schedules - as an administrator, I need to handle the scheduling of shifts, including \
                guard rotations. I can do this from the scheduling dashboard. I need to be able to:
                - Create new shifts by pressing a "Create Shift" button, which allows me to assign a specific doctor \
                to a guard shift or schedule a pharmacist for work.
                - Generate and display daily or weekly shift rosters that visually show who is on duty in departments.
                - Cancel a scheduled shift by selecting it and pressing a "Cancel Shift" button; the staff member \
                is then marked unavailable.

                | User action | Database update |
                |---|---|
                | Create new shift | Shift.staff_id (new record) |
                | Cancel active shift | Staff.is_available -> false |

                2. See schedule - as a doctor, I need to see my standard appointments and work-shifts so I know \
                when and where I am working.
                3. Shift swap - as a staff member, I need to request a shift swap with a colleague so I can manage \
                my personal schedule.
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("Create new shifts",
                "Generate and display daily or weekly shift rosters that visually show who is on duty in departments",
                "Cancel a scheduled shift", "See schedule - as a doctor, I need to see my standard appointments and…",
                "Shift swap - as a staff member, I need to request a shift swap with a colleague…");
    }

    @Test
    void markdownSectionsWithTablesBecomeOrderedBlocks() {
        Document document = parser.parse("admin-console-prd.md", TestDocuments.example("admin-console-prd.md"));

        assertThat(document.format()).isEqualTo(DocumentFormat.MARKDOWN);
        assertThat(document.name()).isEqualTo("admin-console-prd.md");
        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "用户列表", "用户详情", "新增用户", "修改用户", "删除用户",
                "禁用用户", "订单列表", "订单导出", "销售统计", "修改库存");
        assertThat(document.blocks()).extracting(InterfaceBlock::index)
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void anApiBlueprintActionStatesItsMethodOnTheResourcesPath() {
        Document document = parser.parse("courses.md", utf8("""
                # Group 用户
                ## 登录 [POST /api/user/login]
                + Request (application/json)
                # Group 课程
                ## 课程列表 [/api/courses/]
                ### 查询课程 [GET]
                + Response 200 (application/json)
                ### 新建课程 [post]
                + Request (application/json)
                ## 课程 [/api/course/{id}/]
                ### 删除一门课程 [DELETE]
                + Response 204
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "POST /api/user/login", "GET /api/courses", "POST /api/courses", "DELETE /api/course/{id}");
    }

    @Test
    void theHeadingsUnderAUseCasesHeadingAreItsLinesAsAWordFileStylesThem() {
        Document document = parser.parse("use-cases.md", utf8("""
                I. Guest Use-Cases:
                # 1. Use-Case: Register
                # 1. Actor: Guest
                # 2. Preconditions: None
                3. Parameters: Username, Password
                4. Actions:
                # 1. User: Enters username and password
                # 2. System: Checks for data validity
                ## 1.1. Use-Case: Register with an external account
                # 1. Actor: Guest
                2. Actions:
                # 1. System: Asks the external service for the user's details
                # 2. Use-Case: Login
                # 1. Actor: Member
                # 2. Preconditions: The user is registered
                3. Actions:
                # 1. User: Enters username and password
                # 2. System: Finds that the password is correct
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("Register", "Register with an external account", "Login");
    }

    @Test
    void aTableOfMethodsUnderAPathStatesAnInterfaceARow() {
        Document document = parser.parse("routes.md", utf8("""
                # REST API
                ## Students
                ### ```/api/students/{idnum}/courses```

                Method | Description
                --- | ---
                GET | Retrieves the courses that a student has enrolled in.
                PATCH | Performs enlistment or dropping of the course of the student ```idnum```.

                ### ```/api/students/register```

                Method | Description
                --- | ---
                POST | Adds a student to the database with the given data **in the body**.
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "GET /api/students/{idnum}/courses", "PATCH /api/students/{idnum}/courses",
                "POST /api/students/register");
        assertThat(document.blocks().get(1).text()).contains("Performs enlistment or dropping");
    }

    @Test
    void anOperationListedAgainInAFeatureListIsOneBlock() {
        Document document = parser.parse("notes.md", utf8("""
                # 博客系统需求
                ## 需求列表
                - 发布博客
                - 修改博客
                - 删除博客
                - 查看博客列表
                - 发布评论
                ## 功能一览
                - 博客管理：发布、修改、删除博客
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("发布博客", "修改博客", "删除博客", "查看博客列表", "发布评论");
        assertThat(document.choices()).filteredOn(choice -> choice.block() < 0 && choice.section().equals("修改博客"))
                .extracting(Choice::reason).containsExactly("the same operation is named earlier");
    }

    @Test
    void operationsWrittenAfterWhereOrThatTheyAreSupportedAreOneBlockEach() {
        Document document = parser.parse("resources.md", utf8("""
                # 学习平台需求
                ## 学生模块
                - **账号安全**：修改登录密码。
                - **上传**：上传资源，需填写标题、简介。
                - **个人管理**：在个人中心查看、修改、删除自己上传的资源。
                - **资源管理**：支持收藏、下载他人分享的资源。
                - **提问**：提交问题。
                - **回答**：回答问题。
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("修改登录密码", "上传",
                "查看自己上传的资源", "修改自己上传的资源", "删除自己上传的资源", "收藏他人分享的资源", "下载他人分享的资源",
                "提问", "回答");
    }

    @Test
    void anOperationListedAgainInOtherWordsIsOneBlock() {
        Document document = parser.parse("rental.md", utf8("""
                # Bike rental
                ## 3. System features
                - Add users
                - Edit users
                - Cancel bookings
                - Select date and duration
                ## 5. Backend modules
                - Create user
                - Update existing users
                - Cancel booking
                - Select date & duration
                - Deactivate users
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("Add users", "Edit users",
                "Cancel bookings", "Select date and duration", "Deactivate users");
        assertThat(document.choices()).filteredOn(choice -> choice.section().equals("Update existing users"))
                .extracting(Choice::reason).containsExactly("the same operation is stated earlier in other words");
    }

    @Test
    void aRequestExampleOfAnInterfaceAlreadyTakenIsNoInterfaceOfItsOwn() {
        Document document = parser.parse("questions.md", utf8("""
                # 问答接口
                ## 查看问题
                GET /api/v1/questions/{qid}
                ### 请求示例
                http://xx.com/api/v1/questions/1
                ## 删除问题
                DELETE /api/v1/questions/{qid}
                ## 删除回答
                /api/v1/answers/{aid}
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("查看问题", "删除问题", "删除回答");
        assertThat(document.blocks().get(0).stated()).hasToString("GET /api/v1/questions/{qid}");
        assertThat(document.choices()).filteredOn(choice -> choice.section().equals("请求示例"))
                .extracting(Choice::reason).containsExactly("a part of '查看问题', merged into it");
    }

    @Test
    void sectionsNumberedRightAfterAnEmptyTitleOfTheirLevelAreItsSections() {
        Document document = parser.parse("clinic.md", utf8("""
                # Functional Requirements

                # 1. Appointment Booking
                Requirement
                - The system shall allow patients to book, reschedule, and cancel appointments.
                Acceptance Criteria
                - Only registered patients can book.

                # 2. Doctor Schedules
                Requirement
                - The system shall allow doctors to publish their weekly schedules.
                Acceptance Criteria
                - A schedule shows free and taken slots.

                # 3. Visit Reminders
                Requirement
                - The system shall send reminders one day before each visit.
                Acceptance Criteria
                - Reminders go out by email and SMS.

                # 4. Medical Records
                Requirement
                - The system shall keep each patient's visit notes.
                Acceptance Criteria
                - Doctors should be able to search notes by patient and date.
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "Appointment Booking", "Doctor Schedules", "Visit Reminders", "Medical Records");
    }

    @Test
    void aUseCaseTableNamedInTheRowUnderItsNumberIsOneBlock() {
        Document document = parser.parse("trips.md", utf8("""
                # 五、功能性需求
                ## 5.3 角色用例分析
                ### 5.3.1 用户用例分析
                | 编号 | 1.1 |
                | 名称 | 浏览网页获取旅游项目信息 |
                | 执行者 | 用户 |
                | 前置条件 | 用户进入网站 |
                | 基本流程 | 用户可以在网站首页浏览网页获取旅游项目信息 |
                | 编号 | 1.2 |
                | 名称 | 订购旅游项目 |
                | 执行者 | 用户 |
                | 基本流程 | 在偏好的项目详情页点击“订购”按钮 |
                ### 5.3.2 业务管理员用例分析
                | 编号 | 4.1 |
                | 名称 | 管理项目订单信息 |
                | 执行者 | 业务管理员 |
                | 描述 | 查看、修改、删除用户的订单 |
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("浏览网页获取旅游项目信息", "订购旅游项目", "管理项目订单信息");
    }

    @Test
    void aUseCaseTableNamedBesideItsNumberIsOneBlockWhateverItsDescriptionLists() {
        Document document = parser.parse("attendance.md", utf8("""
                # 考勤系统需求
                ## 员工的用例
                | 编号 | 1.1 | 名称 | 提出请假申请 |
                | 执行者 | 普通员工 | | |
                | 描述 | 普通员工录入请假信息，成功提出请假申请 | | |

                | 编号 | 1.2 | 名称 | 修改请假申请 |
                | 执行者 | 普通员工 | | |
                | 描述 | 申请者可修改请假申请 | | |

                | 编号 | 3 | 名称 | 设置员工的可休年假 |
                | 执行者 | 行政部员工 | | |
                | 描述 | 行政部根据公司的年假制度，设置每位员工的年假天数，查看员工的请假信息。 | | |
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("提出请假申请", "修改请假申请", "设置员工的可休年假");
    }

    @Test
    void anAsideInBracketsDoesNotMakeAnOperationTooLongToName() {
        Document document = parser.parse("questions.md", utf8("""
                # 问答平台需求
                ## 学生模块
                - **账号安全**：修改登录密码。
                - **提问**：提交问题，需填写标题、内容。
                - **个人管理**：查看自己提出的问题（区分已解决/未解决、按时间排序）、删除自己的提问。
                - **回答**：回答问题。
                - **收藏**：收藏问题。
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("修改登录密码", "提问",
                "查看自己提出的问题", "删除自己的提问", "回答", "收藏");
    }

    @Test
    void aSectionWhoseLineListsOperationsGivesOneBlockPerOperation() {
        Document document = parser.parse("shops.md", utf8("""
                # 连锁店系统
                ## 1.1 注册会员
                会员填写姓名和手机号。
                ## 1.2 店面管理
                增加店面，删除店面，修改店面信息
                ## 1.3 店员管理
                店员由总店统一招聘，入职后分配到分店。
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("注册会员", "增加店面", "删除店面", "修改店面信息");
        assertThat(document.blocks().get(1).text()).contains("增加店面，删除店面，修改店面信息");
        assertThat(document.choices()).filteredOn(choice -> choice.section().equals("店员管理"))
                .extracting(Choice::reason).containsExactly("does not look like an interface");
    }

    @Test
    void aRequirementStatedAsAHeadingOwnsTheFlowsAndCriteriaBeneathIt() {
        Document document = parser.parse("ledger.md", utf8("""
                # 记账系统需求规格说明书
                ## 3 功能需求
                ### 3.1 FR-01 收支记录新增
                功能描述：用户可新增单笔收入或支出记录。
                主事件流：
                1. 用户选择交易类型。
                2. 用户提交后，系统进行字段校验。
                验收标准：
                1. 新增成功率达到 99.9%。
                #### 备选事件流
                1. 删除时系统二次确认。
                ### 3.2 FR-02 记录列表与筛选
                功能描述：支持按条件快速检索交易记录。
                验收标准：
                1. 支持按日期、分类、金额筛选。
                ### 3.3 FR-03 记录删除
                功能描述：支持删除已有记录。
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("FR-01 收支记录新增", "FR-02 记录列表与筛选", "FR-03 记录删除");
        assertThat(document.blocks().get(0).text()).contains("删除时系统二次确认");
    }

    @Test
    void theFeaturesUnderTheRequirementsSectionAreItsBlocksBesideOneWhoseTitleNamesAnAction() {
        Document document = parser.parse("reviews.md", utf8("""
                # 1.项目概述
                ## 1.1项目背景
                影评网站的背景。
                # 2.项目总体设计
                ## 2.1可行性分析
                技术上可行，经济上可行。
                # 3.功能需求
                ## 3.2功能描述
                项目将用户喜好的电影类型与影评系统结合。
                ### 3.2.1.电影信息查询
                用户通过查询电影名称后向用户展示电影的评分与影评。
                ### 3.2.2.用户偏好推荐
                用户注册后进入个人定制页界面，选择偏好影片类型与关键词。
                ### 3.2.3.用户登录功能
                用户通过输入注册的账号密码进行登入操作。
                # 4.开发环境介绍
                ## 4.1开发工具介绍
                IntelliJ IDEA。
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("电影信息查询", "用户偏好推荐", "用户登录功能");
        assertThat(document.choices()).filteredOn(choice -> choice.section().equals("可行性分析"))
                .extracting(Choice::reason).doesNotContain("its title names an action");
    }

    @Test
    void proseOnlyOverviewSectionIsNotABlock() {
        Document document = parser.parse("admin-console-prd.md", TestDocuments.example("admin-console-prd.md"));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).doesNotContain("概述");
        assertThat(document.blocks()).noneMatch(block -> block.text().contains("本文档描述后台管理系统"));
    }

    @Test
    void firstH1IsTheDocumentTitle() {
        Document document = parser.parse("admin-console-prd.md", TestDocuments.example("admin-console-prd.md"));

        assertThat(document.title()).isEqualTo("后台管理系统 接口需求文档");
    }

    @Test
    void sha256IsTakenOverTheRawBytes() throws Exception {
        byte[] content = TestDocuments.fixture("three-blocks.md");

        Document document = parser.parse("three-blocks.md", content);

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        assertThat(document.sha256()).isEqualTo(expected).hasSize(64);
    }

    @Test
    void chineseFieldTableGivesTypedFieldsWithRequiredFlags() {
        Document document = parser.parse("admin-console-prd.md", TestDocuments.example("admin-console-prd.md"));

        InterfaceBlock userList = document.blocks().get(0);
        assertThat(userList.fields()).containsExactly(
                new Field("page", FieldType.INTEGER, true, "页码，从 1 开始，超出总页数时返回空列表"),
                new Field("pageSize", FieldType.INTEGER, true, "每页条数，取值 1 到 100，默认 20"),
                new Field("username", FieldType.STRING, false, "用户名，支持前缀模糊匹配，不区分大小写"),
                new Field("mobile", FieldType.STRING, false, "手机号，11 位数字，精确匹配"),
                new Field("status", FieldType.STRING, false, "用户状态，可选 ACTIVE、DISABLED，不传表示全部"),
                new Field("startDate", FieldType.DATE, false, "注册开始日期，与 endDate 配合使用"));
    }

    @Test
    void pathParameterDescriptionsAreKeptAsWritten() {
        Document document = parser.parse("admin-console-prd.md", TestDocuments.example("admin-console-prd.md"));

        InterfaceBlock detail = document.blocks().get(1);
        assertThat(detail.fields()).first().isEqualTo(new Field("userId", FieldType.INTEGER, true,
                "用户ID，路径参数，必须为正整数，对应用户列表返回的 userId"));
        assertThat(detail.fields().get(1).type()).isEqualTo(FieldType.BOOLEAN);
    }

    @Test
    void cellsWithoutPaddingOrWithExtraSpacesAreTrimmed() {
        Document document = parser.parse("admin-console-prd.md", TestDocuments.example("admin-console-prd.md"));

        assertThat(document.blocks().get(2).fields()).extracting(Field::name)
                .containsExactly("username", "mobile", "email", "roles", "departmentId", "remark");
        assertThat(document.blocks().get(2).fields().get(3).type()).isEqualTo(FieldType.ARRAY);
        assertThat(document.blocks().get(5).fields()).containsExactly(
                new Field("userId", FieldType.INTEGER, true, "用户ID，路径参数"),
                new Field("reason", FieldType.STRING, true, "禁用原因，最多 200 个字符"),
                new Field("notify", FieldType.BOOLEAN, false, "是否短信通知该用户，默认否"),
                new Field("until", FieldType.DATE_TIME, false, "自动解除禁用的时间，不传表示永久禁用"));
    }

    @Test
    void returnsLinesGiveResponseFieldNames() {
        Document document = parser.parse("admin-console-prd.md", TestDocuments.example("admin-console-prd.md"));

        assertThat(document.blocks().get(0).returns())
                .containsExactly("userId", "username", "mobile", "status", "createdAt");
        assertThat(document.blocks().get(4).returns()).isEmpty();
        assertThat(document.blocks().get(5).returns()).containsExactly("userId", "status", "disabledAt");
        assertThat(document.blocks().get(7).returns()).containsExactly("Excel 文件");
    }

    @Test
    void blockTextHoldsProseTableRowsAndSubsectionsButNotTheHeading() {
        Document document = parser.parse("admin-console-prd.md", TestDocuments.example("admin-console-prd.md"));

        InterfaceBlock disable = document.blocks().get(5);
        assertThat(disable.text())
                .startsWith("将指定用户置为禁用状态")
                .contains("| 字段 | 类型 | 必填 | 说明 |\n| userId | 整数 | 是 | 用户ID，路径参数 |")
                .contains("返回： userId、status、disabledAt")
                .contains("\n备注\n禁用操作会同时使该用户所有已登录的会话失效")
                .doesNotContain("6. 禁用用户")
                .doesNotContain("---");
    }

    @Test
    void englishHeadersAndReturnsLinesAreRead() {
        Document document = parser.parse("storefront-api.md", TestDocuments.example("storefront-api.md"));

        assertThat(document.title()).isEqualTo("Storefront API requirements");
        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "List products", "Get product details", "Create order", "Update order address",
                "Cancel order", "Delete cart item", "Export orders", "Order statistics");
        InterfaceBlock listProducts = document.blocks().get(0);
        assertThat(listProducts.fields()).contains(
                new Field("page", FieldType.INTEGER, true, "Page number, starting at 1"),
                new Field("minPrice", FieldType.NUMBER, false, "Lowest price to include"),
                new Field("inStockOnly", FieldType.BOOLEAN, false, "Hide products whose stock is zero, default false"));
        assertThat(listProducts.returns()).containsExactly("id", "name", "price", "stock");
        assertThat(document.blocks().get(5).returns()).isEmpty();
        assertThat(document.blocks().get(6).returns()).containsExactly("CSV file");
        assertThat(document.blocks().get(7).fields()).extracting(Field::type)
                .containsExactly(FieldType.DATE_TIME, FieldType.DATE_TIME, FieldType.STRING);
    }

    @Test
    void englishOverviewSectionIsSkipped() {
        Document document = parser.parse("three-blocks.md", TestDocuments.fixture("three-blocks.md"));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("List users", "Create user", "Delete user");
        assertThat(document.blocks().get(2).fields()).containsExactly(
                new Field("userId", FieldType.INTEGER, true, "User id, path parameter"));
        assertThat(document.blocks().get(2).returns()).isEmpty();
    }

    @Test
    void automaticLevelPicksTheDeepestInterfaceLevelAboveRequestParameterSubheadings() {
        Document document = parser.parse("nested-headings.md", TestDocuments.fixture("nested-headings.md"));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("用户列表", "新增用户", "订单列表", "订单导出");
        assertThat(document.title()).isEqualTo("商城运营后台 接口需求");
    }

    @Test
    void subheadingTablesBelongToTheirInterfaceBlock() {
        Document document = parser.parse("nested-headings.md", TestDocuments.fixture("nested-headings.md"));

        InterfaceBlock createUser = document.blocks().get(1);
        assertThat(createUser.fields()).extracting(Field::name).containsExactly("username", "mobile", "roles");
        assertThat(createUser.text()).contains("请求参数\n| 字段 | 类型 | 必填 | 说明 |");
        assertThat(createUser.returns()).containsExactly("userId", "username", "createdAt");
    }

    @Test
    void explicitHeadingLevelSplitsAtThatLevel() {
        DocumentParser byModule = new DocumentParser(new ParsingProperties(2, null, 0, 0, 0));

        Document document = byModule.parse("nested-headings.md", TestDocuments.fixture("nested-headings.md"));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("用户管理", "订单管理");
        assertThat(document.blocks().get(0).fields()).extracting(Field::name)
                .containsExactly("page", "pageSize", "username", "status", "mobile", "roles");
        assertThat(document.blocks().get(0).text()).contains("用户列表", "新增用户", "请求参数");
    }

    @Test
    void utf16FileWithBomParsesLikeUtf8() {
        Document document = parser.parse("utf16-bom.md", TestDocuments.fixture("utf16-bom.md"));

        assertThat(document.title()).isEqualTo("会员中心 接口需求");
        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("会员列表", "调整积分");
        assertThat(document.blocks().get(1).fields()).first()
                .isEqualTo(new Field("memberId", FieldType.INTEGER, true, "会员ID，路径参数"));
    }

    @Test
    void utf16BigEndianAndUtf8BomsAreRead() {
        String markdown = "## 用户列表\n\n| 字段 | 类型 |\n| --- | --- |\n| page | 整数 |\n";
        byte[] bigEndian = ("\uFEFF" + markdown).getBytes(StandardCharsets.UTF_16BE);
        byte[] utf8Bom = ("\uFEFF" + markdown).getBytes(StandardCharsets.UTF_8);

        assertThat(parser.parse("be.md", bigEndian).blocks()).singleElement()
                .extracting(InterfaceBlock::title).isEqualTo("用户列表");
        assertThat(parser.parse("bom.md", utf8Bom).blocks()).singleElement()
                .extracting(InterfaceBlock::title).isEqualTo("用户列表");
    }

    @Test
    void sectionWithoutTableCountsWhenItsTitleNamesAnAction() {
        String markdown = """
                # 库存
                ## 背景
                仓库需要盘点。
                ## 导出库存
                按仓库导出当前库存。
                返回：Excel 文件
                """;

        Document document = parser.parse("stock.md", utf8(markdown));

        assertThat(document.blocks()).singleElement().satisfies(block -> {
            assertThat(block.title()).isEqualTo("导出库存");
            assertThat(block.fields()).isEmpty();
            assertThat(block.returns()).containsExactly("Excel 文件");
        });
    }

    @Test
    void severalFieldTablesInOneSectionAreConcatenatedWithoutDuplicates() {
        String markdown = """
                ## 3. 新增订单
                | 字段 | 类型 | 必填 |
                | --- | --- | --- |
                | userId | 整数 | 是 |
                | items | 数组 | 是 |

                | 状态 | 含义 |
                | --- | --- |
                | PAID | 已支付 |

                | 参数 | 类型 | 是否必填 |
                | --- | --- | --- |
                | items | 数组 | 否 |
                | remark | 字符串 | 否 |
                """;

        Document document = parser.parse("order.md", utf8(markdown));

        assertThat(document.blocks().get(0).fields()).containsExactly(
                new Field("userId", FieldType.INTEGER, true, ""),
                new Field("items", FieldType.ARRAY, true, ""),
                new Field("remark", FieldType.STRING, false, ""));
    }

    @Test
    void documentWhoseOnlyH1IsABlockTakesTheFileNameAsTitle() {
        String markdown = "# 用户列表\n\n| name | type |\n| --- | --- |\n| page | int |\n";

        Document document = parser.parse("users.md", utf8(markdown));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("用户列表");
        assertThat(document.title()).isEqualTo("users.md");
    }

    @Test
    void returnsLineRightUnderAParagraphLineIsStillRead() {
        String markdown = "## Get user\nReturns one user.\nReturns: id, name; email\n";

        Document document = parser.parse("user.md", utf8(markdown));

        assertThat(document.blocks().get(0).returns()).containsExactly("id", "name", "email");
        assertThat(document.blocks().get(0).text()).isEqualTo("Returns one user.\nReturns: id, name; email");
    }

    @Test
    void tiedLevelsPickTheShallowerOne() {
        String markdown = """
                ## 会员
                ### 请求参数
                | 字段 | 类型 |
                | --- | --- |
                | memberId | 整数 |
                ## 积分
                ### 请求参数
                | 字段 | 类型 |
                | --- | --- |
                | delta | 整数 |
                """;

        Document document = parser.parse("tie.md", utf8(markdown));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("会员", "积分");
    }

    @Test
    void titleH1AroundASingleInterfaceDoesNotBecomeTheBlock() {
        String markdown = """
                # 库存服务
                ## 概述
                仓库库存。
                ## 修改库存
                | 字段 | 类型 |
                | --- | --- |
                | skuId | 整数 |
                """;

        Document document = parser.parse("stock.md", utf8(markdown));

        assertThat(document.title()).isEqualTo("库存服务");
        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("修改库存");
    }

    @Test
    void anApiDocExportGivesOneBlockPerInterfaceWithItsPartsMergedAndItsStatedPath() {
        String markdown = """
                # 订单接口

                ## 目录

                - 查询订单明细
                - 取消订单

                ## 1. 查询订单明细

                ### 基本信息

                **Path：** /api/v1/orders/{orderId}/items

                **Method：** GET

                ### 请求参数

                | 参数名称 | 类型 | 是否必须 | 备注 |
                | --- | --- | --- | --- |
                | orderId | integer | 是 | 订单 id |
                | page | integer | 否 | 页码 |

                ### 返回数据

                | 名称 | 类型 | 是否必须 | 备注 |
                | --- | --- | --- | --- |
                | code | integer | 是 | |
                | data | object | 是 | |
                | ├─ skuId | string | 是 | SKU |

                ## 2. 取消订单

                ### 基本信息

                **Path：** /api/v1/orders/:orderId/cancel

                **Method：** POST

                ## 3. 退款

                暂未提供
                """;

        Document document = parser.parse("export.md", utf8(markdown));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("查询订单明细", "取消订单");
        assertThat(document.blocks()).extracting(b -> b.stated().toString())
                .containsExactly("GET /api/v1/orders/{orderId}/items", "POST /api/v1/orders/{orderId}/cancel");
        assertThat(document.blocks().get(0).fields()).extracting(Field::name).containsExactly("orderId", "page");
        assertThat(document.blocks().get(0).returns()).containsExactly("skuId");
        assertThat(document.choices()).anySatisfy(c -> assertThat(c.section()).isEqualTo("请求参数"))
                .noneSatisfy(c -> assertThat(c.reason()).isNull());
    }

    @Test
    void aTemplatesInstructionsAndBlankIdsAreNoContent() {
        Document document = parser.parse("srs.md", utf8("""
                # 3. System Features
                ## 3.1 Book a Room
                The guest picks the dates and books a free room.
                ## 3.2 System Feature 2
                <Don’t really say “System Feature 2.” State the feature name in just a few words.>
                ### 3.2.1 Functional Requirements
                <Itemize the detailed functional requirements associated with this feature. These are
                the software capabilities that must be present.>
                REQ-1:
                REQ-2:
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("Book a Room");
    }

    @Test
    void routesListedUnderAPathPrefixAreStatedUnderIt() {
        String markdown = """
                ### Users Endpoints

                #### Lead with /users

                - /login
                  - POST
                  - Body = username, password
                  - Logs in user and returns a token
                - /{user_id}
                  - GET
                  - Get a users profile
                - /users/search
                  - GET
                  - Search for users

                #### Lead with /groups

                - /create
                  - POST
                  - Create a new group
                """;

        Document document = parser.parse("endpoints.md", utf8(markdown));

        assertThat(document.blocks()).extracting(b -> b.stated().toString()).containsExactly(
                "POST /users/login", "GET /users/{user_id}", "GET /users/search", "POST /groups/create");
        assertThat(document.blocks().get(0).text()).contains("POST /login");
    }

    @Test
    void routesThatOpenWithAPlaceholderUnderASectionWithoutAPrefixAreUnderThePrefixOfTheSectionBefore() {
        String markdown = """
                ### Projects

                #### Lead with /projects

                - /create
                  - POST
                  - Create a project

                #### Owner only

                - /{project_id}/archive
                  - POST
                  - Archive a project

                #### Health

                - /status
                  - GET
                  - Whether the service is up
                """;

        Document document = parser.parse("endpoints.md", utf8(markdown));

        assertThat(document.blocks()).extracting(b -> b.stated().toString()).containsExactly(
                "POST /projects/create", "POST /projects/{project_id}/archive", "GET /status");
    }

    @Test
    void aRouteHeadingWithMethodSubHeadingsGivesOneInterfacePerMethod() {
        Document document = parser.parse("routes.md", utf8("""
                所有错误返回 {"status": "failed"}。
                ### /user/?:id
                本路由支持GET,POST,DELETE类型请求
                #### GET
                必需提供查询参数method。
                #### POST
                请求体为用户信息。
                #### DELETE
                必须在url中提供参数id。
                ### /course
                #### GET
                按教师查询课程。
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::stated).containsExactly(
                new StatedEndpoint("GET", "/user/{id}", List.of()),
                new StatedEndpoint("POST", "/user/{id}", List.of()),
                new StatedEndpoint("DELETE", "/user/{id}", List.of()),
                new StatedEndpoint("GET", "/course", List.of()));
        assertThat(document.blocks().get(0).title()).isEqualTo("GET /user/?:id");
    }

    @Test
    void labelsWithTheirValuesAfterABlankLineStateTheEndpoint() {
        Document document = parser.parse("meeting.txt", utf8("""
                获取用户个人信息

                接口描述：

                获取用户个人信息

                请求URL：

                /profile

                请求方式：

                GET

                修改密码

                请求URL：

                /password

                请求方式：

                PUT
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::stated).containsExactly(
                new StatedEndpoint("GET", "/profile", List.of()), new StatedEndpoint("PUT", "/password", List.of()));
    }

    @Test
    void anExportedRequestWithItsMethodAsASubHeadingAndItsUrlAloneIsStated() {
        Document document = parser.parse("collection.md", utf8("""
                # Shop

                ## End-point: register
                User register
                | variable name | necessity |
                | ------------- | --------- |
                | Username      | Yes       |
                ### Method: POST
                > ```
                > http://{{ip}}:8080/auth/register
                > ```
                ### Response: 200
                ```json
                {"token": "abc"}
                ```

                ## End-point: add like
                ### Method: POST
                > ```
                > http://{{ip}}:8080/items/AddLike
                > ```
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::stated).containsExactly(
                new StatedEndpoint("POST", "/auth/register", List.of()),
                new StatedEndpoint("POST", "/items/AddLike", List.of()));
        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "End-point: register", "End-point: add like");
        assertThat(document.choices()).contains(new Choice("Method: POST", -1, "a part of 'End-point: register', merged into it"));
    }

    @Test
    void subHeadingsLabellingTheMethodAndThePathWithTheirValuesAreParts() {
        Document document = parser.parse("repairs.md", utf8("""
                ### 0X00 用户登录
                #### method post
                #### url api/User/login

                #### get
                * field:name
                    + 用户名

                #### return
                ```
                {"status": "success"}
                ```

                ### 0X01 用户注册
                #### Method: POST
                #### URL: /api/User

                #### return
                ```
                {"id": 8}
                ```
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::stated).containsExactly(
                new StatedEndpoint("POST", "/api/User/login", List.of()),
                new StatedEndpoint("POST", "/api/User", List.of()));
        assertThat(document.choices()).contains(
                new Choice("url api/User/login", -1, "a part of '0X00 用户登录', merged into it"),
                new Choice("URL: /api/User", -1, "a part of '0X01 用户注册', merged into it"));
    }

    @Test
    void theChoiceNamesTheMethodStatedOnTheLineBelowThePath() {
        Document document = parser.parse("shop.md", utf8("""
                ## Sign in
                POST /api/session
                ## Track shipment
                - **URL:** /api/orders/{orderNo}/tracking
                - **Method:** GET
                """));

        assertThat(document.choices()).contains(
                new Choice("Track shipment", 1, "states GET /api/orders/{orderNo}/tracking"));
    }

    @Test
    void aSectionThatTellsWhatAnInterfaceAnsweredIsNoInterface() {
        Document document = parser.parse("forum.md", utf8("""
                ## 用户注册
                接口地址：localhost:1016/regist
                方法类型：POST
                ## 注册成功，返回json如下
                {"code": 200}
                ## 文章删除
                接口地址：localhost:1016/article/:id
                方法类型：DELETE
                ## 文章不存在
                {"code": 400}
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::stated).containsExactly(
                new StatedEndpoint("POST", "/regist", List.of()), new StatedEndpoint("DELETE", "/article/{id}", List.of()));
    }

    @Test
    void aTableOfModulesGivesTheOperationsItsDescriptionsState() {
        String markdown = """
                # 问卷系统需求规格说明书
                ## 2.2.1 管理员端系统
                | 管理员端模块 | 功能说明 |
                |---|---|
                | 问卷内容审核 | 审核创建者发布的问卷（防止违规内容），支持驳回并标注原因 |
                | 模板管理 | 按关键词搜索模板，保存自定义模板并复用 |
                | 系统配置 | 各类参数 |
                """;

        Document document = parser.parse("modules.md", utf8(markdown));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "审核创建者发布的问卷", "驳回并标注原因", "搜索模板", "保存自定义模板并复用", "系统配置");
    }

    @Test
    void basicRequestAttributesArePartOfTheInterfaceAndTheDatabasesTablesAreNoInterfaces() {
        String markdown = """
                # 接口文档
                ## 1. 游戏结束分数上报接口
                ### 1.1 基础请求属性
                请求URL：待定（方法名为completeGameRecord)
                ### 1.2 请求参数
                | 参数名 | 参数类型 | 参数说明 |
                |---|---|---|
                | userId | Long | 用户Id |
                ## 2. 领取奖励接口
                ### 2.1 基础请求属性
                请求方法：接口只接收POST请求
                ### 2.2 请求参数
                | 参数名 | 参数类型 | 参数说明 |
                |---|---|---|
                | taskId | Integer | 任务Id |
                # 数据库设计文档
                ## 1. 每日游戏记录表（game_daily_record)
                ### 1.1 字段说明
                | 字段名 | 类型 | 说明 |
                |---|---|---|
                | id | bigint | 自增主键 |
                ### 1.2 创建SQL
                CREATE TABLE game_daily_record (id bigint);
                """;

        Document document = parser.parse("game.md", utf8(markdown));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("游戏结束分数上报接口", "领取奖励接口");
    }
    @Test
    void theDataModelsAuthenticationExamplesAndErrorHandlingBesideTheInterfacesAreNoInterfaces() {
        Document document = parser.parse("grpc.md", utf8("""
                # 接口文档
                ## 通用规范
                ### 数据类型
                #### 分页请求 (PageRequest)
                | 字段 | 类型 | 说明 |
                |---|---|---|
                | page | int32 | 页码 |
                ### 认证机制
                #### JWT 令牌
                登录后返回访问令牌。
                ## 用户服务接口
                ### 数据模型
                #### 用户信息 (User)
                | 字段 | 类型 | 说明 |
                |---|---|---|
                | id | int64 | 用户ID |
                ### 接口列表
                #### 1. 用户注册
                | 字段 | 类型 | 说明 |
                |---|---|---|
                | username | string | 用户名 |
                #### 2. 获取用户信息
                | 字段 | 类型 | 说明 |
                |---|---|---|
                | id | int64 | 用户ID |
                #### 3. 删除用户
                | 字段 | 类型 | 说明 |
                |---|---|---|
                | id | int64 | 用户ID |
                ## 使用示例
                #### Go 客户端示例
                client.CreateUser(ctx, req)
                ## 错误处理
                #### 认证错误
                | 错误码 | 说明 |
                |---|---|
                | 16 | 未认证 |
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("用户注册", "获取用户信息", "删除用户");
    }

    @Test
    void anOperationEachRolesChapterStatesAgainIsOneInterfaceButABareActionActsOnItsOwnChaptersThing() {
        Document document = parser.parse("roles.md", utf8("""
                # 功能需求
                ## 企业用户
                ### 登录
                企业用户输入账号密码登录。
                ### 下载文件
                企业用户下载平台文件。
                ### 查询
                企业用户查询订单。
                ## 政府用户
                ### 登录
                政府用户输入账号密码登录。
                ### 下载文件
                政府用户下载平台文件。
                ### 查询
                政府用户查询统计数据。
                ## 接口
                ### 获取小说
                /work/getNovelById
                ### 获取小说
                /work/getNovelByAuthorId
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("登录", "下载文件", "查询", "查询", "获取小说", "获取小说");
        assertThat(document.choices()).extracting(Choice::reason)
                .contains("titled like block 0, which states this operation already");
    }

    @Test
    void aControllersMappingUnderTheEndpointsItServesIsTheirCodeNotAnotherInterface() {
        Document document = parser.parse("shop.md", utf8("""
                # 1. Authentication & User Management
                Key Endpoints:
                | Endpoint | Method | Description |
                |---|---|---|
                | /auth/signup | POST | Register a new user |
                | /auth/signin | POST | User login (returns JWT) |
                | /api/payments/{orderId} | POST | Generate payment link |
                Code Snippet:
                java
                Copy
                Download
                @PostMapping("/signup")
                public ResponseEntity<AuthResponse> signup(@RequestBody User user) {
                return ResponseEntity.ok(new AuthResponse(token, true));
                }
                @PostMapping("/payments/{id}")
                public ResponseEntity<Link> pay(@PathVariable Long id) {
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("POST /auth/signup", "POST /auth/signin", "POST /api/payments/{orderId}");
    }

    @Test
    void aFeatureInAModuleOfTheRequirementsIsABlockBesideItsSiblingsThatNameActions() {
        Document document = parser.parse("ordering.md", utf8("""
                # 1. 引言
                ## 1.1 目的
                本文档描述点餐系统的需求。
                # 3. 功能需求
                ## 3.1 包厢管理
                ### 3.1.1 包厢分配
                描述：管理员分配包厢，包厢与服务员一一对应。
                ### 3.1.2 包厢绑定
                描述：服务员选择包厢绑定至该平板。
                ## 3.2 购物车模块
                ### 3.2.1 添加菜品至购物车
                描述：用户点击添加按钮，将菜品添加至购物车。
                ### 3.2.2 用餐信息更改
                描述：用户在推荐页面更改用餐人数。
                # 4. 非功能需求
                ## 4.1 性能
                页面两秒内打开。
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("包厢分配", "包厢绑定", "添加菜品至购物车", "用餐信息更改");
    }

    @Test
    void theMethodTheDocumentSaysAllRequestsUseIsTheMethodOfEachPathStatedWithoutOne() {
        Document document = parser.parse("rooms.md", utf8("""
                # API documentation
                ### Requests
                For simplicity, all requests must be POST requests with form-encoded parameters.
                ## /getReservations
                * room_id
                * start: RFC3339 timestamp
                ## /reserveRoom
                * room_id
                ## GET /health
                Returns OK.
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("POST /getReservations", "POST /reserveRoom", "GET /health");
    }

    @Test
    void theHostAndTheAddressOfTheInterfacesOwnDescriptionInAnExportsHeaderAreNoInterfaces() {
        Document document = parser.parse("knife4j.md", utf8("""
                # iSchool项目API 文档
                **简介**:iSchool项目API 文档
                **HOST**:http://192.168.41.191:8903/api/v1/community
                **Version**:1.0
                **接口路径**:/community/v3/api-docs
                # 点评对象相关接口
                ## 添加点评对象
                **接口地址**:`/community/comment_obj`
                **请求方式**:`POST`
                ## 搜索点评对象
                **接口地址**:`/community/comment_obj/search`
                **请求方式**:`GET`
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("POST /community/comment_obj", "GET /community/comment_obj/search");
    }

    @Test
    void aScreensControlIsNoOperation() {
        Document document = parser.parse("app.md", utf8("""
                # 功能需求
                ## 发布任务
                用户填写任务信息后点击发布按钮发布任务。
                ## 举报类型选择框
                下拉列出举报的类型。
                ## 登录按钮
                点击后提交账号和密码。
                ## 举报用户
                用户选择举报类型后提交举报。
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("发布任务", "举报用户");
        assertThat(document.choices()).extracting(Choice::reason)
                .contains("it names a control of a screen, not an operation");
    }

    @Test
    void aSectionAboutManagingAThingIsOneInterfacePerOperationItsTextNames() {
        Document document = parser.parse("usecases.md", utf8("""
                # 用例规约
                ## 登录
                用户输入账号和密码登录。
                ## 回答题目
                学生点击选项答题。
                ## 管理问题主题
                如果点击“主题添加”，老师需要输入主题的信息。主题列表为空时只能添加。
                如果点击“主题管理”，老师可以点击某一主题的“查看”、“修改”和“删除”的图标。
                ## 管理员班级管理
                管理员可以添加、删除班级。
                """));

        // 管理员 names who manages, not what: that section stays one block
        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("登录", "回答题目", "添加问题主题",
                "查看问题主题", "修改问题主题", "删除问题主题", "管理员班级管理");
        assertThat(document.choices()).extracting(Choice::reason)
                .contains("one of the 4 operations '管理问题主题' manages");
    }

    @Test
    void useCasesWithIdsAreTheBlocksNotTheStepsOfTheirScenarios() {
        // as a PDF's text gives them: the numbered use cases and the numbered steps of their scenarios all headings
        Document document = parser.parse("pinke.md", utf8("""
                # 1. UC001 发起活动
                主要参与者：学生。
                成功保证：学生完整填写活动的必要信息，提交活动。系统更新数据库信息。
                主成功场景：
                # 1.学生登录系统
                # 2.学生点击发布活动，进入信息填写页面
                # 3.学生完整填写活动信息，并点击提交
                # 4.系统更新数据库，并将活动显示在首页
                扩展：
                a.学生没有完整填写信息
                # 1.系统提示信息填写不完整
                # 2.学生补充不完整的信息，点击发布
                特殊需求：无
                # 2. UC002 加入活动
                主要参与者：学生。
                成功保证：学生选择的活动人数未满。系统更新数据库信息。
                主成功场景：
                # 1.学生加入活动
                # 2.进入子用例，验证人数
                # 3.人数未满，成功加入活动
                特殊需求：无
                # 3. UC003 取消活动
                主要参与者：学生。
                主成功场景：
                # 1.学生打开网址
                # 2.学生点击取消活动
                # 3.系统更新数据库
                特殊需求：无
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("发起活动", "加入活动", "取消活动");
    }

    @Test
    void aHeadingThatIsAPathAloneMarksItsInterfaceAndTakesTheMethodItsParentNames() {
        Document routes = parser.parse("reader.md", TestDocuments.utf8("""
                # UserFavor
                ### /userfavor/addFavorArticle
                用户添加收藏文章
                ### /userfavor/getFavorArticle
                用户获取已收藏的文章
                ### /content/search
                搜索文章
                """));
        Document badges = parser.parse("tracker.md", TestDocuments.utf8("""
                # GET all users
                ### /api/users/all
                Gets all the users
                # POST add new weight
                ### /api/weights/add
                body: userId, weight
                """));

        assertThat(routes.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "/userfavor/addFavorArticle", "/userfavor/getFavorArticle", "/content/search");
        assertThat(badges.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "GET /api/users/all", "POST /api/weights/add");
    }

    @Test
    void aNumberedRuleInARequirementsTableIsNoInterface() {
        Document document = parser.parse("trade.md", TestDocuments.utf8("""
                ## 求购信息
                | 编号 | 需求描述 |
                | --- | --- |
                | Buy.Post | 系统应该允许用户发布求购信息 |
                | Buy.Post.UserValid.Logined | 发布求购信息的用户必须是已经登录的 |
                | Buy.Post.UserValid.IfNot | 如果请求发布求购信息的用户没有登录，跳转至登录注册 |
                | Buy.Post.Check | 系统检查到输入不合法时，提示不合法原因 |
                | Buy.Skim | 系统应该允许用户查看求购信息列表 |
                | Buy.Edit | 系统应该允许用户修改求购信息 |
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "系统应该允许用户发布求购信息", "系统应该允许用户查看求购信息列表", "系统应该允许用户修改求购信息");
    }

    @Test
    void aBreadRouteListGivesItsRoutesAndItsEmptyLettersNameNone() {
        Document document = parser.parse("routes.md", utf8("""
                ## Menu
                Browse GET/menu
                Read GET/menu/:menu_id
                E
                A
                D

                ## Order-items
                Browse GET/order-items
                E
                Add  POST/order-details (add order items to your order) (the first post creates the order) check it
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "GET /menu", "GET /menu/{menu_id}", "GET /order-items", "POST /order-details");
        assertThat(document.blocks()).extracting(InterfaceBlock::title).doesNotContain("E", "A", "D");
    }

    @Test
    void aMapOfFeaturesDrawnAsEmptyHeadingsGivesOneBlockPerFeatureWhereNothingElseMarksAnInterface() {
        Document document = parser.parse("features.md", utf8("""
                # 小程序功能结构

                ## 一、用户端

                ### 1、点单

                #### 1.1、堂食点餐

                #### 1.2、自提外带

                ### 2、商城

                ## 二、后台端

                ### 1、预约管理

                #### 1.1、预约核销

                # 搭建部署

                已经实现支付接口。

                # 展示图片
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("堂食点餐", "自提外带", "商城", "预约核销");
    }

    @Test
    void aTableOfUseCasesGivesOneBlockPerUseCaseWhateverItsFlowCellsAndTheChaptersAroundItSay() {
        Document document = parser.parse("srs.md", utf8("""
                # 1. 引言
                ## 1.1 编写目的
                本文档明确校园兼职网站的功能需求。
                # 2. 系统概述
                校园兼职网站是一个兼职信息服务平台。
                # 3. 功能需求分析
                ## 3.2 用例详细描述
                | 用例编号 | 用例名称 | 参与者 | 前置条件 | 基本流程 |
                |---|---|---|---|---|
                | UC-001 | 用户注册登录 | 学生/雇主 | 用户未注册 | 输入手机号→获取验证码→登录 |
                | UC-002 | 发布兼职 | 雇主 | 雇主已登录 | 填写职位信息→选择分类→提交审核 |
                | UC-003 | 报名兼职 | 学生 | 学生已登录 | 浏览职位列表→查看详情→报名 |
                # 4. 业务流程分析
                雇主填写职位信息后提交审核。
                # 5. 数据流分析
                用户在注册页面填写手机号。
                # 6. 需求追溯矩阵
                | 需求编号 | 需求描述 | 优先级 | 对应模块 |
                |---|---|---|---|
                | REQ-001 | 用户注册与登录 | 高 | campus-auth |
                | REQ-002 | 兼职职位发布 | 高 | campus-job |
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("用户注册登录", "发布兼职", "报名兼职");
    }

    @Test
    void aPathHeadingThatListsItsMethodsGivesOneInterfacePerMethod() {
        Document document = parser.parse("endpoints.md", utf8("""
                # Endpoints

                ### /api/users/

                GET
                Returns list of users

                ### /api/pages/<int:id>/

                GET
                Returning a detail object of the targeted article.

                PUT
                Edit an existing article. `title` is required.

                DELETE
                Delete and existing article.
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "GET /api/users", "GET /api/pages/{id}", "PUT /api/pages/{id}", "DELETE /api/pages/{id}");
    }

    @Test
    void aPathOverSentencesThatOpenWithTheirMethodsStatesOneInterfacePerMethod() {
        Document document = parser.parse("api.md", utf8("""
                ## 对于Teampost

                /teamPost/{id}

                有delete方法，删除对应id的帖子

                /teamPost/team/{id}

                Get方法表示获取teamid == id的所有帖子

                /teamPosts

                Get方法获取所有帖子
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "DELETE /teamPost/{id}", "GET /teamPost/team/{id}", "GET /teamPosts");
    }

    @Test
    void aPlaceholderInAngleBracketsIsTextWhereAnHtmlTagStaysMarkup() {
        Document document = parser.parse("books.md", utf8("""
                GET example.com/api/books/ - List all books in the library
                GET example.com/api/books/<book-id> - Get information about the book with ID <book-id>
                POST example.com/api/books/<book-id>/reserve - Make a reservation for a book with the ID <book-id>
                DELETE example.com/api/book/<book-id> - Remove a book<br>
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "GET /api/books", "GET /api/books/{bookid}", "POST /api/books/{bookid}/reserve",
                "DELETE /api/book/{bookid}");
    }

    @Test
    void theRemoteMethodsCalledThroughOneEntryAreAnInterfaceEach() {
        Document document = parser.parse("ledger.md", utf8("""
                # Ledger API
                ## RPC interface
                | Item | Value |
                | --- | --- |
                | Entry | `POST /rpc` |
                ### Methods
                #### Account.Create
                - Method name: `Account.Create`
                #### Account.Freeze
                ```json
                {
                  "id": 7,
                  "method": "Account.Freeze",
                  "params": { "account": "A-1" }
                }
                ```
                #### Account.Balance
                - 方法名：`Account.Balance`
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("Account.Create", "Account.Freeze", "Account.Balance");
        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsOnly("POST /rpc");
    }

    @Test
    void theOperationsOfAModuleNamingTheirMethodsBesideModulesThatStateTheirPathsAreAnInterfaceEach() {
        Document document = parser.parse("crafts.md", utf8("""
                工艺接口集成说明
                # 1 Account模块
                Module Name：Account
                ## 1.1 获取验证码
                | 方法名称 | getCode |
                | --- | --- |
                | phone | String |
                ## 1.2 作品点赞
                | 方法名称 | likeWork |
                | --- | --- |
                | workid | String |
                # 2 ShowPage模块
                Module Name：ShowPage
                ## 2.1 获取个人简介
                请求路径：
                http://api.example.com/ArtApi/index.php/ShowPage/getIntroduce/token/b7573316fab980ab9a13
                ## 2.2 获取服务标准
                请求路径：
                http://api.example.com/ArtApi/index.php/ShowPage/getStandard/token/b7573316fab980ab9a13
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("获取验证码", "作品点赞", "获取个人简介", "获取服务标准");
    }

    @Test
    void aRequestExampleNamingItsHttpMethodCallsNoRemoteMethod() {
        Document document = parser.parse("orders.md", utf8("""
                # Orders API
                ## Create order
                `POST /orders`
                ### Request
                ```json
                { "method": "POST", "url": "/orders" }
                ```
                ### Example
                ```json
                { "method": "post", "url": "/orders" }
                ```
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly("POST /orders");
    }

    @Test
    void aListOfFunctionsIsOneOperationPerFunctionWithItsNotesBelowIt() {
        Document document = parser.parse("functions.md", utf8("""
                # Overview of API functions
                ## User Table
                - get_all_users()
                    - Get request
                    - Returns all users in the table
                - get_user(ID)
                    - Get request
                    - Returns JSON blob with all data for the specified user
                - create_user(user_data)
                    - Post request
                    - Returns confirmation
                - TODO: Add new function similar to create user?
                - delete_user(ID)
                    - Returns confirmation
                ## Faculty Table
                - get_all_faculty()
                    - Get request
                - edit_faculty(faculty_data)
                    - Put request
                    - Returns confirmation
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("get_all_users()",
                "get_user(ID)", "create_user(user_data)", "delete_user(ID)", "get_all_faculty()",
                "edit_faculty(faculty_data)");
    }

    @Test
    void aRequestOfTheSameMethodWithSampleIdsIsAnExampleOfTheInterfaceAbove() {
        Document document = parser.parse("marina.md", utf8("""
                # Marina API
                ## Edit a slip
                PUT /slips/{slipID}

                The slip number will be updated. For example:

                PUT /slips/xyz1234

                ## Replace a slip
                PATCH /slips/{slipID}

                A slip is either empty or occupied by the same boat.

                PATCH /slips/s42

                ## View a user
                GET /users/{id}
                ## View me
                GET /users/me
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "PUT /slips/{slipID}", "PATCH /slips/{slipID}", "GET /users/{id}", "GET /users/me");
    }

    @Test
    void aFunctionCellThatNumbersItsFunctionsIsOneOperationPerNumber() {
        Document document = parser.parse("rollcall.md", utf8("""
                # 点名系统产品需求
                ## 功能列表
                | 序号 | 模块 | 功能 | 需求说明 |
                | --- | --- | --- | --- |
                | 1 | 管理员 | 1、 权限设置 | 能设置老师和学生的权限 |
                | 2 | 个人信息管理 | 1、 更换头像 2、 修改昵称 3、 修改简介 |  |
                | 3 | 密码管理 | 1、 修改密码 2、 重置密码 |  |
                | 4 | 课程管理 | 新增课程 | 老师新增一门课程 |
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("权限设置", "更换头像", "修改昵称", "修改简介", "修改密码", "重置密码", "新增课程");
    }

    @Test
    void theTermsADocumentDefinesAreNoRequirementsOfIt() {
        Document document = parser.parse("blog.md", utf8("""
                # 博客系统需求规格说明书
                ## 1. 引言
                ### 1.3 定义
                Maven：是一个项目管理工具，可以对 Java 项目进行构建、依赖管理。

                Redis：一个内存数据库，可以缓存博客的访问量。
                ## 2. 功能需求
                - 博客管理：可以发布、修改、删除博客
                - 分类管理：可以新增、删除分类
                - 评论管理：可以查看、删除评论
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("发布博客", "修改博客", "删除博客", "新增分类", "删除分类", "查看评论", "删除评论");
    }

    @Test
    void aPathOverTheMethodsItTakesIsOneInterfacePerMethod() {
        Document document = parser.parse("routes.md", utf8("""
                /librarian/branch - Branch
                GET,PUT

                /borrower/checkout - LoanRequest
                POST
                /admin/author
                GET,POST,PUT - Author
                /admin/author/{id}
                GET,DELETE
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "GET /librarian/branch", "PUT /librarian/branch", "POST /borrower/checkout", "GET /admin/author",
                "POST /admin/author", "PUT /admin/author", "GET /admin/author/{id}", "DELETE /admin/author/{id}");
    }

    @Test
    void aWordTableFunctionCellOfOneOperationALineIsOneOperationPerLine() {
        Document document = parser.parse("attendance.md", utf8("""
                # 考勤助手产品需求
                ## 主要功能
                | 模块 | 功能 | 说明 |
                | --- | --- | --- |
                | 课程 | 查看课程信息 加入/退出课程 | 学生加入或退出课程 |
                | 信息 | 查看个人信息 修改个人信息 | 维护个人信息 |
                | 签到 | 发起签到 | 教师发起签到 |
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("查看课程信息", "加入课程", "退出课程", "查看个人信息", "修改个人信息", "发起签到");
    }

    @Test
    void requirementsNumberedUnderAGroupsCodeAreEachOneAndTheGroupNone() {
        Document document = parser.parse("edu.md", utf8("""
                # 4. 功能性需求
                ## 4.1. FUNC-NOTE
                #### 一级功能1：多源同步录入 (FUNC-NOTE-001)
                描述本功能：允许用户同时使用相机拍摄和麦克风录音两种输入方式。
                ##### 二级功能1：图像采集 (FUNC-NOTE-001-01)
                描述本功能：调用设备相机，拍摄黑板、课件或纸质笔记。
                ##### 二级功能2：语音录制 (FUNC-NOTE-001-02)
                描述本功能：实时录制课堂讲解或用户的口述笔记。
                #### 一级功能2：多模态解析 (FUNC-NOTE-002)
                描述本功能：对采集到的图像和音频数据进行智能解析，提取其中的文字信息。
                ##### 二级功能1：OCR文字识别 (FUNC-NOTE-002-01)
                描述本功能：对图像中的文字、公式、符号进行识别。
                ##### 二级功能2：语音转写 (FUNC-NOTE-002-02)
                描述本功能：将录制的语音实时或离线转写为文本。
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "二级功能1：图像采集 (FUNC-NOTE-001-01)", "二级功能2：语音录制 (FUNC-NOTE-001-02)",
                "二级功能1：OCR文字识别 (FUNC-NOTE-002-01)", "二级功能2：语音转写 (FUNC-NOTE-002-02)");
    }

    @Test
    void aSectionDefiningADatabaseTableWithItsKeysIsNoInterface() {
        Document document = parser.parse("travel.md", utf8("""
                # 3. 具体需求
                ## 3.1 发布动态
                用户添加文字、地点、图片，发布一条旅行动态。
                ## 3.2 删除动态
                用户删除自己发布的动态。
                ## 3.3 点赞
                点赞用户编号（LikeUserId）：integer，外键，主键，点赞的用户的唯一标识符。
                点赞文章编号（LikePassageId）：integer，外键，主键，被点赞的文章的唯一标识符。
                ## 3.4 收藏
                | 字段 | 类型 | 说明 |
                | --- | --- | --- |
                | CollectUserId | integer | 外键, 主键 |
                | CollectPassageId | integer | 外键, 主键 |
                | CollectTime | datetime | 收藏时间 |
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("发布动态", "删除动态");
        assertThat(document.choices()).extracting(Choice::section, Choice::reason).contains(
                tuple("点赞", "it defines a database table, its keys among its columns"));
    }

    @Test
    void aLabelListingSeveralMethodsOfOnePathGivesOneInterfacePerMethod() {
        Document document = parser.parse("store.md", utf8("""
                # 后端API
                ## Store/
                - 接口描述：获取所有存储库
                - 接口地址：/store
                - 请求方式：GET
                ## Store/:id
                - 接口描述：获取/修改/删除指定库位
                - 接口地址：/store/:id
                - 请求方式：GET, PUT, PATCH, DELETE
                - 返回数据：JSON
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly("GET /store",
                "GET /store/{id}", "PUT /store/{id}", "PATCH /store/{id}", "DELETE /store/{id}");
        assertThat(document.blocks().get(4).text()).contains("获取/修改/删除指定库位");
    }

    @Test
    void oneRequestShownAsAnExampleIsNoDocumentPastedIntoTheText() {
        Document document = parser.parse("api.md", utf8("""
                # 日志接口 /log
                ## GET 按照IP查询请求日志
                GET /log/findById?ip=192.168.10.111
                ```json
                [
                  {
                    "id": 10,
                    "method": "GET",
                    "url": "/log/findById",
                    "status": 200
                  }
                ]
                ```
                # 身份认证 /auth
                ## POST 用户登录
                POST /auth/login
                ## POST 用户注册
                POST /auth/register
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("GET /log/findById", "POST /auth/login", "POST /auth/register");
    }

    @Test
    void theWorksCitedWhatTheProductRunsOnAndItsScreensSketchesAreNoInterfacesBesideItsOperations() {
        Document document = parser.parse("srs.md", utf8("""
                ## 参考资料
                《软件需求规格说明书》模板
                ## 运行环境要求
                微信小程序，基础库 2.10 以上。
                ## 界面原型
                原型见附件。
                ## 登录
                用户使用微信登录。
                ## 取消订单
                用户取消未被接受的订单。
                ## 支付订单
                用户支付已完成的订单。
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("登录", "取消订单", "支付订单");
    }

    @Test
    void aStepStatedAgainUnderAnotherIdIsTheSameRequirement() {
        Document document = parser.parse("trade.md", utf8("""
                ## 求购信息
                | 编号 | 需求描述 |
                | --- | --- |
                | Buy.Post | 系统应该允许用户发布求购信息 |
                | Buy.Post.Emotion.Select | 用户需要选择表情 |
                | Buy.Post.Emotion.Insert | 系统将选中表情插入 |
                ## 出售信息
                | 编号 | 需求描述 |
                | --- | --- |
                | Sale.Post | 系统应该允许用户发布出售信息 |
                | Sale.Post.Emotion.Select | 用户需要选择表情 |
                | Sale.Post.Emotion.Insert | 系统将选中表情插入 |
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("系统应该允许用户发布求购信息", "用户需要选择表情", "系统应该允许用户发布出售信息");
    }

    @Test
    void aMethodsLabelListingSeveralGivesOneInterfacePerMethod() {
        Document document = parser.parse("campaigns.md", utf8("""
                ## List Campaigns
                Endpoint: /api/campaigns/
                Method: GET
                ## Retrieve / Update / Delete Campaign
                Endpoint: /api/campaigns/{id}/
                Methods: GET, PUT, DELETE
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "GET /api/campaigns", "GET /api/campaigns/{id}", "PUT /api/campaigns/{id}",
                "DELETE /api/campaigns/{id}");
    }

    @Test
    void theNamesThatFillARouteTemplateAreEachARoute() {
        Document document = parser.parse("api.md", utf8("""
                api格式为'/api/user/...'

                其中'...'部分可替换为下列的 子api名称 以实现相关功能

                search_id_exist
                （获得一个id 返回该id）
                'SELECT id FROM l_account WHERE id = ?'

                add
                （获得id，email，password 插入到数据表l_account中）

                select_fine: 'select fine from borrow where id="1"'
                change_fine:'update borrow set fine=? where id="1"'
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "/api/user/search_id_exist", "/api/user/add", "/api/user/select_fine", "/api/user/change_fine");
    }

    @Test
    void requirementItemsAreReadBesideOneEndpointStatedAsAnExampleWhateverSectionsLookLikeInterfaces() {
        Document document = parser.parse("requirements.md", utf8("""
                # 2. Orders
                FR-ORD-001 — Place Order
                The system shall allow a buyer to place an order.
                FR-ORD-002 — Cancel Order
                The system shall allow a buyer to cancel an order.
                FR-ORD-003 — View Orders
                The system shall allow a buyer to view their orders.
                FR-ORD-004 — Rate Seller
                The system shall allow a buyer to rate a seller.
                FR-ORD-005 — Track Delivery
                The system shall allow a buyer to track a delivery.
                FR-ORD-006 — Save Address
                The system shall allow a buyer to save an address.
                FR-ORD-007 — Edit Address
                The system shall allow a buyer to edit an address.
                FR-ORD-008 — Delete Address
                The system shall allow a buyer to delete an address.
                FR-ORD-009 — Add Favourite
                The system shall allow a buyer to add a favourite listing.
                FR-ORD-010 — Remove Favourite
                The system shall allow a buyer to remove a favourite listing.
                # 3. Analytics
                Admins can view sales analytics.
                # 4. Audit Logging
                Admins can view the audit log.
                # 5. Requirements That Need Special Engineering Attention
                Order access: GET /api/v1/orders/{id} must check that the caller owns the order.
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).contains("Place Order", "Remove Favourite");
    }

    @Test
    void theTemplatesOverviewAndTheProjectsRisksAndCostsAreNoInterfacesBesideItsOperations() {
        Document document = parser.parse("srs.md", utf8("""
                ## Overall System Description
                A console program that manages a pharmacy's medicines.
                ## Add Medicine
                The admin adds a medicine with its price and quantity.
                ## Delete Medicine
                The admin deletes a medicine.
                ## Show Users
                The admin lists the users.
                ## Risk Analysis
                The team may miss the deadline.
                ## Cost Estimation Sheet
                Forty hours at ten dollars.
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("Add Medicine", "Delete Medicine", "Show Users");
    }

    @Test
    void requirementsNumberedUnderTheirGroupsCodeInUnstyledLinesAreTheBlocksTheirListedLinesNone() {
        Document document = parser.parse("srs.md", utf8("""
                仓库管理系统 - 需求规格说明书

                三、功能需求

                3.1 用户管理模块 (FM-01)

                3.1.1 用户查询 (FM-01-001)
                需求描述：查询系统用户列表
                功能：
                显示所有用户信息
                支持按用户名搜索
                支持分页显示

                3.1.2 用户删除 (FM-01-002)
                需求描述：删除指定用户
                功能：
                根据用户ID删除用户
                删除前需确认
                支持批量删除

                3.2 商品管理模块 (FM-02)

                3.2.1 编辑商品 (FM-02-001)
                需求描述：修改已有商品信息
                功能：
                回显商品原有信息
                修改后保存
                删除旧的图片
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("用户查询 (FM-01-001)", "用户删除 (FM-01-002)", "编辑商品 (FM-02-001)");
    }

    @Test
    void aNumberedRequirementTitledByWhatItManagesNamesTheOperationsItsLinesDo() {
        Document document = parser.parse("restaurant.md", utf8("""
                FR1：餐位管理

                拥有管理餐位权限的员工能够对餐位进行操作

                1. 比如创建餐位，对餐位的信息进行修改（几人桌）

                FR2：菜谱管理

                员工能够增加菜品，删除菜品，修改菜价

                FR3：报表统计

                能够查看餐馆的营业额
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("创建餐位", "修改餐位的信息", "增加菜品", "删除菜品", "修改菜价", "报表统计");
    }

    @Test
    void theOperationsASectionManagesAreItsSubSectionsWhenTheyLookLikeInterfaces() {
        Document document = parser.parse("stories.md", utf8("""
                # 一、超级管理员
                ## 1.1 账号管理
                ### 1.1.1 超级管理员登录
                - 超级管理员输入账号和密码
                ### 1.1.2 超级管理员删除管理员
                - 超级管理员点击删除按钮
                ### 1.1.3 超级管理员添加管理员
                - 超级管理员点击添加按钮
                ### 1.1.4 超级管理员修改管理员权限
                - 超级管理员选择权限
                ## 1.3 课程管理
                ### 1.3.1 学期管理
                前置条件：超级管理员已进入课程管理界面，可以查看和修改学期
                #### 1.3.1.1 超级管理员添加新的学期
                - 超级管理员点击添加按钮
                #### 1.3.1.2 修改学期介绍
                - 超级管理员对学期介绍进行修改
                #### 1.3.1.3 超级管理员结束学期
                - 超级管理员点击结束按钮
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("超级管理员登录",
                "超级管理员删除管理员", "超级管理员添加管理员", "超级管理员修改管理员权限", "超级管理员添加新的学期", "修改学期介绍",
                "超级管理员结束学期");
    }

    @Test
    void aTitleThatOpensWithItsPathIsReadByTheNameAfterIt() {
        Document document = parser.parse("api.md", utf8("""
                # 接口
                ## 1、/user/login 登录接口
                account 用户名
                password 密码
                ## 2、/user/register 注册接口
                account 用户名
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().path())
                .containsExactly("/user/login", "/user/register");
    }

    @Test
    void aRequestLabelledAsAUsageOnItsLineIsAnExampleOfTheInterfaceAbove() {
        Document document = parser.parse("friends.md", utf8("""
                ### Friendship API
                - Toggle Friendship
                • Endpoint: /toggle-friendship/:userId
                • Method: GET
                • Description: Adds or removes a friendship with another user.
                • Usage: GET /toggle-friendship/12345
                - Get Friends List
                • Endpoint: /get-friends/:userId
                • Method: GET
                • Description: Lists the friends of the user.
                • Usage: GET /get-friends/12345
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("GET /toggle-friendship/{userId}", "GET /get-friends/{userId}");
    }

    @Test
    void theRequirementsSectionsPartsAreTheSectionsItsNumberPutsUnderItAtItsOwnLevel() {
        Document document = parser.parse("pharmacy-srs.md", utf8("""
                ## 1.0 Introduction
                This document describes an online pharmacy.
                ## 4.0 Features :
                ## 4.1 : Personal User Account
                User can create his personal account through which he can order medicines.
                ## 4.2 : Easy Return Process
                If the medicine is damaged, the user can return the medicine and does not pay for it.
                ## 5.0 Non Functional Requirements
                ## 5.1 Security
                We keep no personal information.
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("Personal User Account", "Easy Return Process");
    }

    @Test
    void whereNothingElseMarksAnInterfaceARequirementsSectionsPartNamesTheOperationsItsEnglishProseSaysSomeoneCanDo() {
        Document document = parser.parse("exam-srs.md", utf8("""
                # 1. Introduction
                This document describes an online examination system.
                # 4. System Features
                ## 4.1 Exam Management
                Description
                Teachers can add questions, edit questions and publish results.
                Priority
                High
                # 5. Non-Functional Requirements
                ## 5.1 Performance Requirements
                The system should support multiple users simultaneously.
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("add questions", "edit questions", "publish results");
    }
}
