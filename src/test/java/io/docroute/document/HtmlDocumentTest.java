package io.docroute.document;

import static io.docroute.document.TestDocuments.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlDocumentTest {

    private final DocumentParser parser = TestDocuments.parser();

    @Test
    void textAPreHoldsKeepsItsLinesWhateverElementsItSitsIn() {
        Document document = parser.parse("debts.html", utf8("""
                <pre>
                <div>
                    <h2>[ok]登录</h2>
                    浏览器访问地址：http://dev.cc.com/api.php?m=Api&c=User&a=userLogin (&phone=13543489194 &app=android)
                    安卓请求地址：http://dev.cc.com/api.php/User/userLogin
                    请求方式：POST
                    成功返回：
                    { "data": {}, "error": "0" }
                </div>
                <div>
                    <h2>[ok]首页</h2>
                    浏览器访问地址：http://dev.cc.com/api.php?m=Api&c=Index&a=index
                    安卓请求地址：http://dev.cc.com/api.php/Index/index
                    请求方式：POST
                </div>
                </pre>
                """));

        assertThat(document.lines()).contains("安卓请求地址：http://dev.cc.com/api.php/User/userLogin", "请求方式：POST");
        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("POST /api.php/User/userLogin", "POST /api.php/Index/index");
    }

    @Test
    void bulletedRequirementsInAHeadingsStyleAreListItemsAndSoIsWhatTheSystemItselfDoes() {
        Document document = parser.parse("foodprint.html", utf8("""
                <html><body><h1>Functional requirements</h1>
                <h2>1. User Registration and Authentication:</h2>
                <h2>- Users should be able to register for an account.</h2>
                <h2>- The system should authenticate users securely before granting access.</h2>
                <h2>2. Profile Management:</h2>
                <h2>- Users should be able to create their profiles.</h2>
                <h2>- The system should store every profile in the database.</h2>
                </body></html>
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "Users should be able to register for an account",
                "The system should authenticate users securely before granting access",
                "Users should be able to create their profiles");
    }

    @Test
    void spansSideBySideAreWordsApartAndAWordSplitByARunIsNot() {
        Document document = parser.parse("stories.html", utf8("""
                <html><body>
                <div><span class="story-id">US-2.1</span><span class="tag">P0</span></div>
                <div class="feature-title">Search Games</div>
                <p>As a user, I want to search for games by <b>sea</b><i>son</i>, so that I can find them.</p>
                </body></html>
                """));

        assertThat(document.lines()).contains("US-2.1 P0",
                "As a user, I want to search for games by season, so that I can find them.");
    }

    @Test
    void aHeadingLeftEmptyOpensNoSectionOfItsOwn() {
        Document document = parser.parse("realtor.html", utf8("""
                <html><body>
                <h1>Get a single user</h1><h2></h2><p>GET /users/{id}</p>
                <h2>Header Request Data</h2><p>Authorization: {token}</p>
                <h1>Deleting a user</h1><h2> </h2><p>DELETE /users/{id}</p>
                </body></html>
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("Get a single user", "Deleting a user");
        assertThat(document.blocks().get(0).text()).contains("Authorization: {token}");
    }

    @Test
    void aMethodLineAboveAnAddressBelongsToTheInterfaceAndTheLineAboveItNamesIt() {
        Document document = parser.parse("weekly.html", utf8("""
                <html><body><pre>
                接口文档
                一、注册
                    post 提交
                    url:http://localhost/weekly/index.php/login/register
                    传值
                        uid         账号
                    添加标签
                    方法 post
                    url：http://localhost/weekly/index.php/user/add_label
                    传值:
                        label 标签
                    所有小组列表
                    提交方式:无
                    url:http://localhost/weekly/index.php/group/all
                </pre></body></html>
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("注册", "添加标签", "所有小组列表");
        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "POST /weekly/index.php/login/register", "POST /weekly/index.php/user/add_label",
                "/weekly/index.php/group/all");
    }

    @Test
    void exampleHtmlReadsTheSameBlocksAsTheMarkdown() {
        Document html = parser.parse("admin-console-prd.html", TestDocuments.example("admin-console-prd.html"));
        Document markdown = parser.parse("admin-console-prd.md", TestDocuments.example("admin-console-prd.md"));

        assertThat(html.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(html.title()).isEqualTo("后台管理系统 接口需求文档");
        assertThat(html.blocks()).extracting(InterfaceBlock::title)
                .containsExactlyElementsOf(markdown.blocks().stream().map(InterfaceBlock::title).toList());
        assertThat(html.blocks()).extracting(InterfaceBlock::fields)
                .containsExactlyElementsOf(markdown.blocks().stream().map(InterfaceBlock::fields).toList());
        assertThat(html.blocks()).extracting(InterfaceBlock::returns)
                .containsExactlyElementsOf(markdown.blocks().stream().map(InterfaceBlock::returns).toList());
    }

    @Test
    void htmlHeadingsTablesAndLineBreaksAreRead() {
        String html = """
                <html><head><title>ignored</title><script>var returns = 1;</script></head><body>
                <h1>Inventory API</h1>
                <h2>Overview</h2><p>Stock keeping for the warehouse.</p>
                <h2>2.1 Update stock</h2>
                <p>Adjusts the stock of one SKU.<br>Returns: skuId, stock</p>
                <table>
                  <tr><th>Parameter</th><th>Data type</th><th>Mandatory</th><th>Remark</th></tr>
                  <tr><td><code>skuId</code></td><td>long</td><td>Y</td><td>SKU id, path parameter</td></tr>
                  <tr><td>quantity</td><td>int</td><td>N</td><td>Change, may be negative</td></tr>
                </table>
                <ul><li>Stock never drops below zero.</li></ul>
                </body></html>
                """;

        Document document = parser.parse("inventory.htm", utf8(html));

        assertThat(document.title()).isEqualTo("Inventory API");
        assertThat(document.blocks()).singleElement().satisfies(block -> {
            assertThat(block.title()).isEqualTo("Update stock");
            assertThat(block.fields()).containsExactly(
                    new Field("skuId", FieldType.INTEGER, true, "SKU id, path parameter"),
                    new Field("quantity", FieldType.INTEGER, false, "Change, may be negative"));
            assertThat(block.returns()).containsExactly("skuId", "stock");
            assertThat(block.text()).isEqualTo("""
                    Adjusts the stock of one SKU.
                    Returns: skuId, stock
                    | Parameter | Data type | Mandatory | Remark |
                    | skuId | long | Y | SKU id, path parameter |
                    | quantity | int | N | Change, may be negative |
                    - Stock never drops below zero.""");
        });
    }

    @Test
    void labelsWrittenAsHeadingsAtTheInterfacesOwnLevelAreItsParts() {
        String html = """
                <html><body>
                <h1>1 图书</h1>
                <h3>1.1 借书</h3>
                <h3>URL</h3><div>/loans</div>
                <h3>Method</h3><div>POST</div>
                <h3>Request Param List</h3>
                <table><tr><th>Name</th><th>Identifier</th><th>Type</th></tr>
                <tr><td>图书编号</td><td>bookId</td><td>number</td></tr></table>
                <h3>Response Param List</h3>
                <table><tr><th>Name</th><th>Identifier</th><th>Type</th></tr>
                <tr><td>借阅编号</td><td>loanId</td><td>number</td></tr></table>
                <h3>1.2 还书</h3>
                <h3>URL</h3><div>/loans/{loanId}/return</div>
                <h3>Method</h3><div>PUT</div>
                <h3>错误码</h3>
                <p>40401 图书不存在</p>
                </body></html>
                """;

        Document document = parser.parse("rap.html", utf8(html));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("借书", "还书");
        assertThat(document.blocks()).extracting(InterfaceBlock::stated).containsExactly(
                new StatedEndpoint("POST", "/loans", List.of()),
                new StatedEndpoint("PUT", "/loans/{loanId}/return", List.of()));
        assertThat(document.blocks().get(0).fields()).extracting(Field::name).containsExactly("bookId");
        assertThat(document.choices()).anySatisfy(choice -> assertThat(choice)
                .isEqualTo(new Choice("Request Param List", -1, "a part of '借书', merged into it")));
        assertThat(document.blocks().get(1).text()).doesNotContain("40401");
    }

    @Test
    void labelsWrittenInChineseThenEnglishAreParts() {
        String html = """
                <html><body>
                <h2>1.1 登录页</h2>
                <h3>1.1.1 登录</h3>
                <h3>请求地址URL</h3><p>/api/login</p>
                <h3>请求方法Method</h3><p>POST</p>
                <h3>接口描述Description</h3><p>用户登录</p>
                <h3>请求接口所需参数 Request Param List</h3>
                <table><tr><th>参数名Name</th><th>参数含义</th><th>Type</th></tr>
                <tr><td>userName</td><td>登录用户名</td><td>string</td></tr></table>
                <h3>1.1.2 获取用户信息</h3>
                <h3>请求地址URL</h3><p>/api/getUserInfo</p>
                <h3>请求方法Method</h3><p>POST</p>
                </body></html>
                """;

        Document document = parser.parse("mall.html", utf8(html));

        assertThat(document.blocks()).extracting(InterfaceBlock::stated).containsExactly(
                new StatedEndpoint("POST", "/api/login", List.of()),
                new StatedEndpoint("POST", "/api/getUserInfo", List.of()));
        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("登录", "获取用户信息");
    }

    @Test
    void aSavedApiPageWithMethodBadgesInButtonsStatesEachOperation() {
        String html = """
                <html><body><h2>Mikulas API</h2>
                <h3><span>children</span> Children management endpoints</h3>
                <div class="opblock"><div class="opblock-summary"><button class="opblock-summary-control">
                <span class="opblock-summary-method">POST</span>
                <div class="wrapper"><span class="opblock-summary-path"><a><span>/children</span></a></span>
                <div class="opblock-summary-description">Create a new child</div></div></button></div></div>
                <div class="opblock"><div class="opblock-summary"><button class="opblock-summary-control">
                <span class="opblock-summary-method">GET</span>
                <div class="wrapper"><span class="opblock-summary-path"><a><span>/children/</span><wbr><span>{id}</span></a></span>
                <div class="opblock-summary-description">Get a child by id</div></div></button></div></div>
                </body></html>
                """;

        Document document = parser.parse("api.html", utf8(html));

        assertThat(document.blocks()).extracting(InterfaceBlock::stated).containsExactly(
                new StatedEndpoint("POST", "/children", List.of()), new StatedEndpoint("GET", "/children/{id}", List.of()));
    }

    @Test
    void anEditorsCodeBlockIsReadLineByLineWithoutItsLineNumbers() {
        String html = """
                <html><body><div id="write">
                <pre class="md-fences"><div class="CodeMirror"><div class="CodeMirror-measure"><pre>xxxxxxxxxx</pre></div>
                <div class="CodeMirror-code"><div><div class="CodeMirror-gutter-wrapper">
                <div class="CodeMirror-linenumber">1</div></div>
                <pre class="CodeMirror-line"><span>http://localhost:8080/app/admin/createbatch</span></pre></div></div></div></pre>
                <p>接口用途：添加批次</p>
                <pre class="md-fences"><div class="CodeMirror"><div class="CodeMirror-code"><div>
                <div class="CodeMirror-linenumber">1</div>
                <pre class="CodeMirror-line"><span>http://localhost:8080/app/admin/deletebatch</span></pre></div></div></div></pre>
                <p>接口用途：删除批次</p>
                <pre class="md-fences"><div class="CodeMirror"><div class="CodeMirror-code"><div>
                <div class="CodeMirror-linenumber">1</div>
                <pre class="CodeMirror-line"><span>http://localhost:8080/app/admin/getbatch</span></pre></div></div></div></pre>
                <p>接口用途：获取所有批次信息</p>
                </div></body></html>
                """;

        Document document = parser.parse("typora.html", utf8(html));

        assertThat(document.blocks()).extracting(block -> block.stated().path()).containsExactly(
                "/app/admin/createbatch", "/app/admin/deletebatch", "/app/admin/getbatch");
    }

    @Test
    void aGridWithoutGuttersIsReadLikeAnyOtherBlock() {
        String html = """
                <html><body><div class="container-fluid no-gutter"><div class="row">
                <div class="heading"><div class="name"><span class="POST method">POST</span> /newaccount</div></div>
                <div class="description"><p>Allows the user to create a new account.</p></div>
                <div class="heading"><div class="name"><span class="GET method">GET</span> /accounts</div></div>
                <div class="description"><p>Returns all accounts.</p></div>
                </div></div></body></html>
                """;

        Document document = parser.parse("postman.html", utf8(html));

        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("POST /newaccount", "GET /accounts");
    }

    @Test
    void aCodeListingsCommentsUnderItsLanguagesNameAreNoTypedHeadings() {
        String html = """
                <html><body>
                <h2>Deployment</h2>
                <p>bash</p>
                <p># Backup database</p>
                <p>mysqldump -u api_user -p sacco_api &gt; backup.sql</p>
                <p># Restore database</p>
                <p>mysql -u api_user -p sacco_api &lt; backup.sql</p>
                <h2>Balance Enquiry</h2>
                <p>URL: POST /api/v1/balance</p>
                <p># Request</p>
                <h2>Funds Transfer</h2>
                <p>URL: POST /api/v1/funds-transfer</p>
                </body></html>
                """;

        Document document = parser.parse("sacco.html", utf8(html));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("Balance Enquiry",
                "Funds Transfer");
        assertThat(document.choices()).extracting(Choice::section).contains("Request")
                .doesNotContain("Backup database", "Restore database");
    }

    @Test
    void externalEntitiesInHtmlAreNeverResolved() {
        String html = """
                <!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <html><body><h2>查询用户</h2><p>&secret;</p>
                <table><tr><th>字段</th><th>类型</th></tr><tr><td>id</td><td>整数</td></tr></table>
                </body></html>
                """;

        Document document = parser.parse("xxe.html", utf8(html));

        assertThat(document.blocks().get(0).text()).doesNotContain("root:").contains("&secret;");
    }
    @Test
    void anOfflinePageWhoseBodyOnlyNamesItsGroupsIsReadFromItsScript() {
        // knife4j's offline page: the body shows the document's title and groups, the operations are in the script
        String html = """
                <html><head><title>接口文档</title></head><body>
                <h1>接口文档</h1><div class="menu"><p>利率操作</p><p>账户操作</p></div>
                <script>
                  var datas={"instance":{"title":"接口文档","basePath":"/"},"tags":[
                    {"name":"利率操作","childrens":[
                      {"url":"/rate/getAll","methodType":"GET","summary":"获取所有利率","parameters":[]},
                      {"url":"/rate/update","methodType":"POST","summary":"修改利率","parameters":[]}]},
                    {"name":"账户操作","childrens":[
                      {"url":"/account/open","methodType":"POST","summary":"开户","parameters":[]}]}]};
                </script>
                </body></html>
                """;

        Document document = parser.parse("offline.html", utf8(html));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("获取所有利率", "修改利率", "开户");
        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("GET /rate/getAll", "POST /rate/update", "POST /account/open");
    }

    @Test
    void aSwaggerUiPageIsReadFromTheDescriptionItsScriptPassesAsSpec() {
        // an API tool's Swagger UI export: the body is an empty mount point, the description is the bundle's spec
        String html = """
                <html><head><title>Swagger UI</title></head><body>
                <div id="swagger-ui"></div>
                <script>
                  window.onload = function() {
                    const ui = SwaggerUIBundle({
                      spec: {"openapi":"3.0.1","info":{"title":"碳足迹","version":"1.0.0"},"paths":{
                        "/register":{"post":{"summary":"注册","responses":{"200":{"description":""}}}},
                        "/user/plan/{id}":{"delete":{"summary":"删除计划","responses":{"200":{"description":""}}}}}},
                      dom_id: '#swagger-ui',
                      layout: "StandaloneLayout"
                    })
                  }
                </script>
                </body></html>
                """;

        Document document = parser.parse("apifox.html", utf8(html));

        assertThat(document.title()).isEqualTo("碳足迹");
        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("注册", "删除计划");
        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("POST /register", "DELETE /user/plan/{id}");
    }

    @Test
    void anApiToolExportWithItsRequestsInAScriptLiteralIsReadAsARequestList() {
        // the page body is only templates; the requests are in one JSON literal assigned in a script
        String html = """
                <html><head><title>图书馆接口</title></head><body>
                <div id="nav"></div>
                <script type="text/html" id="doc-tpl"><h2>{{data.name}}</h2><p>{{data.request.url}}</p></script>
                <script>
                  var docData = {};
                  var count = 0; if (count == 0) { count = 1; }
                  try {
                    docData = {"data":{"name":"图书馆","children":[
                      {"name":"借阅","target_type":"folder","method":"POST","request":{"description":""},"children":[
                        {"name":"借一本书","target_type":"api","method":"POST",
                         "request":{"url":"http://10.1.2.3:8081/loan/:bookId","description":"读者借书",
                           "resful":{"parameter":[{"key":"bookId","description":"书号","field_type":"Integer","not_null":1}]},
                           "header":{"parameter":[{"key":"token","description":"登录令牌","not_null":1}]},
                           "body":{"mode":"urlencoded","parameter":[
                             {"key":"days","description":"借阅天数","field_type":"Integer","not_null":1,"type":"Text"},
                             {"key":"note","description":"备注","not_null":-1,"is_checked":-1}],"raw":""}},
                         "response":{"success":{"raw":"{\\"code\\":0}","parameter":[{"key":"code","description":"状态"}]}}},
                        {"name":"我的借阅","target_type":"api","method":"GET",
                         "request":{"url":"http://10.1.2.3:8081/loan/mine?page=1&size=10",
                           "query":{"parameter":[{"key":"page","description":"页码","field_type":"Integer","not_null":-1}]}}}
                      ]},
                      {"name":"查表","target_type":"folder","method":"POST","children":[
                        {"name":"我的借阅（测试）","target_type":"api","method":"GET",
                         "request":{"url":"http://10.1.2.3:8081/loan/mine?page=2"}}]}
                    ]}};
                    docData = docData.data;
                  } catch (e) { }
                </script>
                </body></html>
                """;

        Document document = parser.parse("library-export.html", utf8(html));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("借一本书", "我的借阅");
        assertThat(document.blocks()).extracting(block -> block.text().lines().findFirst().orElse(""))
                .containsExactly("POST /loan/:bookId", "GET /loan/mine");
        assertThat(document.blocks().get(0).fields()).containsExactly(
                new Field("bookId", FieldType.INTEGER, true, "path parameter, 书号"),
                new Field("days", FieldType.INTEGER, true, "借阅天数"));
        assertThat(document.blocks().get(0).text()).contains("读者借书");
        assertThat(document.blocks().get(1).fields()).containsExactly(
                new Field("page", FieldType.INTEGER, false, "页码"),
                new Field("size", FieldType.STRING, false, ""));
    }

    @Test
    void aPageThatShowsItsInterfacesIsNotReadFromItsScripts() {
        String html = """
                <html><body>
                <h2>用户列表</h2><p>GET /api/users</p>
                <script>var demo = [{"name": "示例", "method": "DELETE", "url": "/api/demo"}];</script>
                </body></html>
                """;

        Document document = parser.parse("users.html", utf8(html));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("用户列表");
    }

    @Test
    void aNoteOfUrlsWithTheirMethodsNotedAfterThemIsOneInterfacePerUrl() {
        String html = """
                <html><body>
                <div>首页http://blog.example.com/api/index/index</div>
                <div>详情http://blog.example.com/api/blog/info?id=36    get</div>
                <div>收藏的接口http://blog.example.com/api/collect/doadd</div>
                <div>后面加user_id和blog_id</div>
                <div>post方式</div>
                <div>http://blog.example.com/api/collect/mylists</div>
                <div>用户收藏中心接口  后面接user_id</div>
                <div>post方式</div>
                <div>删除博客接口</div>
                <div>http://blog.example.com/api/blog/delblog</div>
                <div>后接id get方式，</div>
                <div>参考资料https://github.com/acme/blog/issues</div>
                </body></html>
                """;

        Document document = parser.parse("note.html", utf8(html));

        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "GET /api/blog/info", "POST /api/collect/doadd", "POST /api/collect/mylists", "GET /api/blog/delblog");
        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("详情", "收藏的接口 后面加user_id和blog_id", "用户收藏中心接口 后面接user_id", "删除博客接口");
    }

    @Test
    void aPageThatShowsNothingIsReadFromTheMarkdownItKeepsInAComment() {
        Document document = parser.parse("blog-api.html", utf8("""
                <!-- ## 前台接口

                ### 文章类型

                请求地址：/category

                请求方式：GET

                ### 文章详情

                请求地址：/article/:id

                请求方式：GET
                -->
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("文章类型", "文章详情");
        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("GET /category", "GET /article/{id}");
        // a page with text of its own keeps its comments out
        assertThat(parser.parse("page.html", utf8("<h2>Login</h2><p>POST /login</p><!-- GET /old -->")).blocks())
                .extracting(block -> block.stated().toString()).containsExactly("POST /login");
    }

    @Test
    void aRequirementsPageWhoseListNamesNoOperationIsOneBlock() {
        Document document = parser.parse("requirements.html", utf8("""
                <html><body><h1>Requirements</h1><ul>
                <li><span>Integrated and Interactive Mapping System:</span> User must be able to view a map of
                Africa with estimated forest elephant poaching events.</li>
                <li><span>Data Accuracy:</span> Ensure the application is supplying current information.</li>
                </ul></body></html>
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("Requirements");
        assertThat(document.blocks().get(0).text()).contains("view a map of Africa");
    }
}
