package io.docroute.document;

import static io.docroute.document.TestDocuments.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFamiliesTest {

    private static final String AMIS_PAGE = """
            {
              "type": "page",
              "title": "用户管理",
              "initApi": "/api/users/stats",
              "body": [
                {
                  "type": "crud",
                  "title": "用户列表",
                  "api": "/api/users?page=${page}&perPage=${perPage}",
                  "quickSaveApi": "/api/users/quick-save",
                  "filter": {
                    "title": "条件搜索",
                    "body": [
                      {"type": "input-text", "name": "keyword", "label": "关键字"},
                      {"type": "select", "name": "status", "label": "状态", "source": "${statusOptions}"},
                      {"type": "input-date", "name": "createdFrom", "label": "注册起始日期", "required": true}
                    ]
                  },
                  "headerToolbar": [
                    {
                      "type": "button",
                      "label": "新增",
                      "actionType": "dialog",
                      "dialog": {
                        "title": "新增用户",
                        "body": {
                          "type": "form",
                          "api": "post:/api/users",
                          "body": [
                            {"type": "input-text", "name": "username", "label": "用户名", "required": true},
                            {"type": "input-number", "name": "age", "label": "年龄"},
                            {"type": "input-number", "name": "balance", "label": "余额", "precision": 2},
                            {"type": "fieldset", "title": "更多", "body": [
                              {"type": "switch", "name": "enabled", "label": "启用"},
                              {"type": "input-datetime", "name": "expireAt", "label": "过期时间"}
                            ]},
                            {"type": "input-image", "name": "avatar", "label": "头像", "receiver": "/api/upload/avatar"},
                            {"type": "select", "name": "roleId", "label": "角色", "source": "get:/api/roles/options"},
                            {"type": "submit", "label": "提交"}
                          ]
                        }
                      }
                    }
                  ],
                  "bulkActions": [
                    {"type": "button", "label": "批量删除", "actionType": "ajax",
                     "api": "delete:/api/users/$ids", "confirmText": "确定要删除选中的用户吗？"}
                  ],
                  "columns": [
                    {"name": "id", "label": "ID"},
                    {"name": "username", "label": "用户名"},
                    {"name": "enabled", "label": "启用", "type": "status"},
                    {
                      "type": "operation",
                      "label": "操作",
                      "buttons": [
                        {"type": "button", "label": "删除", "actionType": "ajax", "api": "delete:/api/users/$id"},
                        {"type": "button", "label": "禁用", "actionType": "ajax",
                         "api": {"method": "put", "url": "/api/users/${id}/disable", "data": {"&": "$$", "reason": "${reason}"}}},
                        {
                          "type": "button",
                          "label": "查看",
                          "actionType": "dialog",
                          "dialog": {
                            "title": "用户详情",
                            "body": {
                              "type": "form",
                              "initApi": "/api/users/${id}",
                              "body": [
                                {"type": "static", "name": "username", "label": "用户名"},
                                {"type": "static-datetime", "name": "createdAt", "label": "注册时间"}
                              ]
                            },
                            "actions": [
                              {"type": "button", "label": "删除", "actionType": "ajax", "api": "delete:/api/users/$id"}
                            ]
                          }
                        }
                      ]
                    }
                  ]
                }
              ]
            }
            """;

    private static final String POSTMAN_COLLECTION = """
            {
              "info": {
                "_postman_id": "0b5c2f7e-1d7a-4c55-9a43-7f1d6c0e2a11",
                "name": "商城开放接口",
                "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
              },
              "item": [
                {
                  "name": "用户",
                  "item": [
                    {
                      "name": "用户列表",
                      "request": {
                        "method": "GET",
                        "header": [{"key": "Accept", "value": "application/json"}],
                        "url": {
                          "raw": "{{baseUrl}}/api/users?page=1&size=20&debug=1",
                          "host": ["{{baseUrl}}"],
                          "path": ["api", "users"],
                          "query": [
                            {"key": "page", "value": "1", "description": "页码"},
                            {"key": "size", "value": "20"},
                            {"key": "debug", "value": "1", "disabled": true}
                          ]
                        },
                        "description": "分页查询用户。"
                      },
                      "response": [
                        {"name": "成功", "code": 200,
                         "body": "{\\"code\\": 0, \\"msg\\": \\"ok\\", \\"data\\": {\\"total\\": 1, \\"list\\": []}}"}
                      ]
                    },
                    {
                      "name": "管理",
                      "item": [
                        {
                          "name": "修改用户",
                          "request": {
                            "method": "put",
                            "url": {
                              "raw": "{{baseUrl}}/api/users/:id",
                              "host": ["{{baseUrl}}"],
                              "path": ["api", "users", ":id"],
                              "variable": [{"key": "id", "value": "1", "description": "用户ID"}]
                            },
                            "body": {
                              "mode": "raw",
                              "raw": "{\\n  \\"nickname\\": \\"小明\\",\\n  \\"age\\": 18,\\n  \\"score\\": 4.5,\\n  \\"vip\\": true,\\n  \\"tags\\": [\\"a\\"],\\n  \\"address\\": {\\"city\\": \\"上海\\"},\\n  \\"inviterId\\": {{inviterId}}\\n}",
                              "options": {"raw": {"language": "json"}}
                            },
                            "description": {"content": "修改用户资料", "type": "text/plain"}
                          },
                          "response": [{"name": "成功", "body": "{\\"id\\": 1, \\"nickname\\": \\"小明\\"}"}]
                        }
                      ]
                    }
                  ]
                },
                {
                  "name": "文件",
                  "item": [
                    {
                      "name": "上传头像",
                      "request": {
                        "method": "POST",
                        "url": "{{url}}/users/{{userId}}/avatar",
                        "body": {
                          "mode": "formdata",
                          "formdata": [
                            {"key": "file", "type": "file", "src": "/tmp/avatar.png"},
                            {"key": "remark", "value": "头像", "type": "text", "description": "备注"}
                          ]
                        }
                      }
                    }
                  ]
                },
                {
                  "name": "登录",
                  "request": {
                    "method": "POST",
                    "url": "https://shop.example.com:8443/auth/login",
                    "body": {"mode": "urlencoded", "urlencoded": [{"key": "username", "value": "u"}, {"key": "password", "value": "p"}]}
                  }
                },
                {"name": "健康检查", "request": {"url": "https://shop.example.com/health?verbose=true"}}
              ]
            }
            """;

    private static final String YAPI_EXPORT = """
            [
              {
                "index": 0,
                "name": "用户管理",
                "desc": "用户相关接口",
                "list": [
                  {
                    "title": "用户详情",
                    "method": "GET",
                    "path": "/api/users/{id}",
                    "desc": "<p>根据ID查询用户</p>",
                    "req_params": [{"_id": "64f0a1", "name": "id", "desc": "用户ID", "example": "1"}],
                    "req_query": [{"required": "0", "name": "withRoles", "desc": "是否返回角色"}],
                    "req_headers": [{"required": "1", "name": "Authorization", "value": "Bearer token"}],
                    "req_body_type": "raw",
                    "res_body_type": "json",
                    "res_body_is_json_schema": true,
                    "res_body": "{\\"type\\":\\"object\\",\\"properties\\":{\\"code\\":{\\"type\\":\\"integer\\"},\\"msg\\":{\\"type\\":\\"string\\"},\\"data\\":{\\"type\\":\\"object\\",\\"properties\\":{\\"id\\":{\\"type\\":\\"integer\\"},\\"nickname\\":{\\"type\\":\\"string\\"},\\"createdAt\\":{\\"type\\":\\"string\\",\\"format\\":\\"date-time\\"}}}}}"
                  },
                  {
                    "title": "新增用户",
                    "method": "POST",
                    "path": "/api/users",
                    "req_params": [],
                    "req_query": [],
                    "req_headers": [{"required": "1", "name": "Content-Type", "value": "application/json"}],
                    "req_body_type": "json",
                    "req_body_is_json_schema": true,
                    "req_body_other": "{\\"type\\":\\"object\\",\\"properties\\":{\\"username\\":{\\"type\\":\\"string\\",\\"description\\":\\"用户名\\"},\\"age\\":{\\"type\\":\\"integer\\"},\\"birthday\\":{\\"type\\":\\"string\\",\\"format\\":\\"date\\"},\\"tags\\":{\\"type\\":\\"array\\",\\"items\\":{\\"type\\":\\"string\\"}},\\"score\\":{\\"type\\":[\\"number\\",\\"null\\"]}},\\"required\\":[\\"username\\"]}",
                    "res_body_type": "json",
                    "res_body": "{\\"type\\":\\"object\\",\\"properties\\":{\\"id\\":{\\"type\\":\\"integer\\"},\\"username\\":{\\"type\\":\\"string\\"}}}"
                  }
                ]
              },
              {
                "index": 1,
                "name": "文件",
                "desc": "",
                "list": [
                  {
                    "title": "上传附件",
                    "method": "POST",
                    "path": "/api/files?biz=avatar",
                    "markdown": "上传附件，最大 10MB",
                    "desc": "<p>上传附件，最大 10MB</p>",
                    "req_body_type": "form",
                    "req_body_form": [
                      {"required": "1", "name": "file", "type": "file", "desc": "文件"},
                      {"required": "0", "name": "biz", "type": "text"}
                    ]
                  }
                ]
              }
            ]
            """;

    private static final String APIFOX_EXPORT = """
            {"apifoxProject": "1.0.0", "info": {"name": "工单系统"},
             "apiCollection": [{"name": "根目录", "items": [
               {"name": "工单", "items": [
                 {"name": "工单分页搜索", "api": {"method": "get", "path": "http://localhost:8080/post/order/search",
                   "parameters": {
                     "query": [{"name": "pageNo", "type": "integer", "required": false, "description": "页码"}],
                     "path": [], "header": [{"name": "token", "type": "string"}]},
                   "requestBody": {"type": "none", "parameters": []},
                   "responses": [{"code": 200, "jsonSchema": {"type": "object", "properties": {}}}],
                   "responseExamples": [
                     {"data": "{\\"code\\":1,\\"msg\\":null,\\"data\\":[{\\"id\\":1,\\"title\\":\\"工单1\\"}]}"}]}},
                 {"name": "删除工单", "api": {"method": "delete", "path": "/post/order/delete/{id}",
                   "parameters": {"path": [{"name": "id", "type": "integer", "required": true}]}}},
                 {"name": "新建工单", "api": {"method": "post", "path": "/post/order/save",
                   "requestBody": {"type": "application/json", "parameters": [],
                     "jsonSchema": {"type": "object", "required": ["title"],
                       "properties": {"title": {"type": "string", "description": "标题"},
                                      "deptId": {"type": "integer"}}}}}}
               ]}]}]}
            """;

    private static final String SWAGGER_2 = """
            {
              "swagger": "2.0",
              "info": {"title": "Library API", "version": "1.0"},
              "host": "library.example.org",
              "basePath": "/v2/",
              "paths": {
                "/books": {
                  "get": {
                    "summary": "List books",
                    "parameters": [
                      {"name": "page", "in": "query", "type": "integer", "description": "page number"},
                      {"name": "X-Tenant", "in": "header", "type": "string", "required": true}
                    ],
                    "responses": {"200": {"description": "OK",
                      "schema": {"type": "array", "items": {"$ref": "#/definitions/Book"}}}}
                  },
                  "post": {
                    "operationId": "createBook",
                    "description": "Adds a book to the catalogue.",
                    "parameters": [{"name": "book", "in": "body", "required": true,
                                    "schema": {"$ref": "#/definitions/NewBook"}}],
                    "responses": {"400": {"description": "invalid"},
                                  "201": {"description": "Created", "schema": {"$ref": "#/definitions/Book"}}}
                  }
                },
                "/books/{bookId}/cover": {
                  "parameters": [{"name": "bookId", "in": "path", "required": true, "type": "string"}],
                  "put": {
                    "description": "Replaces the cover image.\\nJPEG or PNG only.",
                    "consumes": ["multipart/form-data"],
                    "parameters": [
                      {"name": "image", "in": "formData", "type": "file", "required": true},
                      {"name": "caption", "in": "formData", "type": "string"}
                    ],
                    "responses": {"default": {"description": "done"}}
                  },
                  "delete": {"responses": {"204": {"description": "gone"}}}
                }
              },
              "definitions": {
                "NewBook": {"type": "object", "required": ["title"], "properties": {
                  "title": {"type": "string", "description": "book title"},
                  "published": {"type": "string", "format": "date"},
                  "author": {"$ref": "#/definitions/Author"}}},
                "Book": {"allOf": [{"$ref": "#/definitions/NewBook"},
                  {"type": "object", "properties": {"id": {"type": "integer", "format": "int64"}}}]},
                "Author": {"type": "object", "properties": {"name": {"type": "string"},
                  "mentor": {"$ref": "#/definitions/Author"}}}
              }
            }
            """;

    private static final String OPENAPI_3 = """
            {
              "openapi": "3.0.3",
              "info": {"title": "Clinic API", "version": "2"},
              "servers": [{"url": "https://{region}.clinic.example/api/{version}",
                           "variables": {"region": {"default": "eu"}, "version": {"default": "v1"}}},
                          {"url": "http://localhost:8080"}],
              "paths": {
                "/pets/{petId}/visits": {
                  "parameters": [{"$ref": "#/components/parameters/PetId"}],
                  "get": {
                    "summary": "Visits of a pet",
                    "parameters": [{"name": "from", "in": "query", "schema": {"type": "string", "format": "date-time"}}],
                    "responses": {"200": {"description": "ok",
                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/VisitPage"}}}}}
                  },
                  "post": {
                    "summary": "Book a visit",
                    "requestBody": {"$ref": "#/components/requestBodies/VisitRequest"},
                    "responses": {"201": {"$ref": "#/components/responses/VisitCreated"}}
                  }
                },
                "/owners": {
                  "patch": {
                    "operationId": "mergeOwners",
                    "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {"type": "object",
                      "required": ["keep", "drop"],
                      "properties": {"keep": {"type": "integer"}, "drop": {"type": "integer"}}}}}},
                    "responses": {"default": {"description": "merged"}}
                  }
                }
              },
              "components": {
                "parameters": {"PetId": {"name": "petId", "in": "path", "required": true, "description": "the pet",
                                         "schema": {"type": "integer"}}},
                "requestBodies": {"VisitRequest": {"required": true,
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Visit"}}}}},
                "responses": {"VisitCreated": {"description": "created",
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Visit"}}}}},
                "schemas": {
                  "Visit": {"type": "object", "required": ["reason"], "properties": {
                    "reason": {"type": "string", "description": "why"},
                    "at": {"type": "string", "format": "date-time"},
                    "vet": {"$ref": "#/components/schemas/Vet"}}},
                  "Vet": {"type": "object", "properties": {"name": {"type": "string"}}},
                  "VisitPage": {"type": "object", "properties": {"code": {"type": "integer"}, "msg": {"type": "string"},
                    "data": {"type": "array", "items": {"$ref": "#/components/schemas/Visit"}}}}
                }
              }
            }
            """;

    private final DocumentParser parser = TestDocuments.parser();

    @Test
    void amisPageGivesEveryApiOnceInTreeOrder() {
        Document document = parser.parse("users.page.json", utf8(AMIS_PAGE));

        assertThat(document.title()).isEqualTo("用户管理");
        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "用户管理", "用户列表", "用户列表", "新增用户", "头像", "角色", "批量删除", "删除", "禁用", "用户详情");
        assertThat(document.blocks()).extracting(JsonFamiliesTest::firstLine).containsExactly(
                "GET /api/users/stats", "GET /api/users", "POST /api/users/quick-save", "POST /api/users",
                "POST /api/upload/avatar", "GET /api/roles/options", "DELETE /api/users/$ids",
                "DELETE /api/users/$id", "PUT /api/users/${id}/disable", "GET /api/users/${id}");
        assertThat(document.blocks()).extracting(InterfaceBlock::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void amisCrudReadsItsFilterAsQueryFieldsAndItsColumnsAsReturns() {
        InterfaceBlock list = parser.parse("users.page.json", utf8(AMIS_PAGE)).blocks().get(1);

        assertThat(list.fields()).containsExactly(
                new Field("keyword", FieldType.STRING, false, "关键字"),
                new Field("status", FieldType.STRING, false, "状态"),
                new Field("createdFrom", FieldType.DATE, true, "注册起始日期"),
                new Field("page", FieldType.STRING, false, ""),
                new Field("perPage", FieldType.STRING, false, ""));
        assertThat(list.returns()).containsExactly("id", "username", "enabled");
    }

    @Test
    void amisFormReadsItsNamedItemsTypedByControl() {
        List<InterfaceBlock> blocks = parser.parse("users.page.json", utf8(AMIS_PAGE)).blocks();
        InterfaceBlock create = blocks.get(3);

        assertThat(create.fields()).containsExactly(
                new Field("username", FieldType.STRING, true, "用户名"),
                new Field("age", FieldType.INTEGER, false, "年龄"),
                new Field("balance", FieldType.NUMBER, false, "余额"),
                new Field("enabled", FieldType.BOOLEAN, false, "启用"),
                new Field("expireAt", FieldType.DATE_TIME, false, "过期时间"),
                new Field("avatar", FieldType.FILE, false, "头像"),
                new Field("roleId", FieldType.STRING, false, "角色"));
        assertThat(create.text()).startsWith("POST /api/users\n").contains(
                "| name | type | required | description |\n| username | string | yes | 用户名 |");
        assertThat(blocks.get(4).fields()).containsExactly(new Field("file", FieldType.FILE, true, "头像"));
        assertThat(blocks.get(9).returns()).containsExactly("username", "createdAt");
    }

    @Test
    void amisButtonsKeepTheirConfirmTextAndRequestData() {
        List<InterfaceBlock> blocks = parser.parse("users.page.json", utf8(AMIS_PAGE)).blocks();

        assertThat(blocks.get(6).text()).isEqualTo("""
                DELETE /api/users/$ids
                amis api of button "批量删除" in 用户管理 › 用户列表
                Confirm: 确定要删除选中的用户吗？""");
        assertThat(blocks.get(6).fields()).isEmpty();
        assertThat(blocks.get(8).fields()).containsExactly(new Field("reason", FieldType.STRING, false, ""));
    }

    @Test
    void postmanRequestsInNestedFoldersBecomeBlocksInOrder() {
        Document document = parser.parse("shop.postman_collection.json", utf8(POSTMAN_COLLECTION));

        assertThat(document.title()).isEqualTo("商城开放接口");
        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("用户列表", "修改用户", "上传头像", "登录", "健康检查");
        assertThat(document.blocks()).extracting(JsonFamiliesTest::firstLine).containsExactly(
                "GET /api/users", "PUT /api/users/:id", "POST /users/{{userId}}/avatar", "POST /auth/login",
                "GET /health");
    }

    @Test
    void aPostmanBaseVariableTheCollectionDefinesIsResolvedAndLaterVariablesStayPlaceholders() {
        Document document = parser.parse("shop.postman_collection.json", utf8("""
                {"info": {"name": "Shop", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                 "variable": [{"key": "host", "value": "127.0.0.1:8000"},
                              {"key": "product_url", "value": "{{host}}/api/products/"},
                              {"key": "empty", "value": ""}],
                 "item": [
                  {"name": "Update product", "request": {"method": "PUT", "url": {"raw": "{{product_url}}{{id}}/update/"}}},
                  {"name": "List carts", "request": {"method": "GET", "url": "{{cart_url}}list"}},
                  {"name": "Health", "request": {"method": "GET", "url": "{{empty}}/health"}}
                 ]}
                """));

        assertThat(document.blocks()).extracting(JsonFamiliesTest::firstLine).containsExactly(
                "PUT /api/products/{{id}}/update/", "GET /list", "GET /health");
    }

    @Test
    void aPostmanVariableNamedForTheServerIsTheServerThoughItsValueEndsInAPath() {
        Document document = parser.parse("bookings.postman_collection.json", utf8("""
                {"info": {"name": "Bookings", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                 "variable": [{"key": "BASE_URL", "value": "http://localhost:5050/api/v1"},
                              {"key": "api", "value": "http://localhost:5050/api/v1/"}],
                 "item": [
                  {"name": "Register", "request": {"method": "POST", "url": {"raw": "{{BASE_URL}}/register"}}},
                  {"name": "Bookings", "request": {"method": "GET", "url": "{{api}}bookings"}},
                  {"name": "Test API", "request": {"method": "GET", "url": {"raw": "{{BASE_URL}}"}}},
                  {"name": "Search", "request": {"method": "GET", "url": {"raw": "{{BASE_URL}}/search"},
                    "description": "### Endpoint\\n`Get /facilities/search`"}}
                 ]}
                """));

        assertThat(document.blocks()).extracting(JsonFamiliesTest::firstLine).containsExactly(
                "POST /register", "GET /api/v1/bookings", "GET /", "GET /search");
        // what the request sends, not what its description says
        assertThat(document.blocks()).extracting(block -> block.stated().toString()).containsExactly(
                "POST /register", "GET /api/v1/bookings", "GET /", "GET /search");
    }

    @Test
    void aServerVariableAndThePortWrittenAfterItAreNoPartOfThePath() {
        Document document = parser.parse("services.postman_collection.json", utf8("""
                {"info": {"name": "Services", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                 "item": [
                  {"name": "JSONObject", "request": {"method": "GET", "url": {"raw": "{{server}}:{{preHttp}}/get/json?a=1"}}},
                  {"name": "cacheName1", "request": {"method": "POST", "url": "{{server}}:8081/test/cacheName1?key=1"}}
                 ]}
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("GET /get/json", "POST /test/cacheName1");
    }

    @Test
    void anInsomniaServerVariableOfTheWorkspaceIsTheServerAndAFoldersOwnBaseHoldsItsPath() {
        Document document = parser.parse("Insomnia.json", utf8("""
                {"_type": "export", "__export_format": 4, "resources": [
                 {"_id": "req_1", "_type": "request", "parentId": "fld_t", "name": "Get specific Ticket", "method": "GET",
                  "url": "{{url}}/ticket/view/:id"},
                 {"_id": "req_2", "_type": "request", "parentId": "fld_t", "name": "Health", "method": "GET",
                  "url": "{{ _.url }}/health"},
                 {"_id": "req_3", "_type": "request", "parentId": "fld_p", "name": "Create", "method": "POST",
                  "url": "{{ base_url  }}/create"},
                 {"_id": "fld_t", "_type": "request_group", "parentId": "wrk_1", "name": "Tickets"},
                 {"_id": "fld_p", "_type": "request_group", "parentId": "wrk_1", "name": "Parent",
                  "environment": {"base_url": "localhost:3000/API/parent"}},
                 {"_id": "wrk_1", "_type": "workspace", "parentId": null, "name": "Archi"},
                 {"_id": "env_1", "_type": "environment", "parentId": "wrk_1", "name": "Base",
                  "data": {"url": "http://localhost:3001/api/v1"}}
                ]}
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::stated).containsExactly(
                new StatedEndpoint("GET", "/ticket/view/{id}", List.of()),
                new StatedEndpoint("GET", "/health", List.of()),
                new StatedEndpoint("POST", "/API/parent/create", List.of()));
    }

    @Test
    void aRequestRepeatedInATestFolderIsOneInterfaceAndTheChoiceSaysSo() {
        Document document = parser.parse("labs.postman_collection.json", utf8("""
                {"info": {"name": "Labs", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                 "item": [
                  {"name": "Login", "request": {"method": "POST", "url": "{{baseUrl}}/api/auth/login",
                    "body": {"mode": "raw", "raw": "{\\"email\\": \\"a@b.c\\", \\"password\\": \\"x\\"}"}}},
                  {"name": "Get labs", "request": {"method": "GET", "url": "{{baseUrl}}/api/labs"}},
                  {"name": "Testing Scenarios", "item": [
                    {"name": "Login with invalid credentials", "request": {"method": "POST",
                      "url": "{{baseUrl}}/api/auth/login"}},
                    {"name": "Get labs without a token", "request": {"method": "GET", "url": "{{baseUrl}}/api/labs"}}
                  ]}
                 ]}
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("Login", "Get labs");
        assertThat(document.blocks()).extracting(InterfaceBlock::index).containsExactly(0, 1);
        assertThat(document.choices()).extracting(Choice::block).containsExactly(0, 1, 0, 1);
        assertThat(document.choices().get(2).reason())
                .isEqualTo("states POST /api/auth/login like block 0; the fuller of the two is kept");
    }

    @Test
    void anyOtherTreeOfRequestsGivesEachRequestWithTheTemplatedPathItsNameStates() {
        Document document = parser.parse("requests.json", utf8("""
                {"info": {"name": "Stock API", "schema": "https://example.com/import/v2"},
                 "items": [{"name": "Items", "items": [
                   {"name": "List items-GET /api/item/list", "method": "GET", "path": "/api/item/list",
                    "params": [{"key": "page", "value": "1"}]},
                   {"name": "Create item", "method": "POST", "path": "/api/item",
                    "requestBody": {"mode": "raw", "raw": "{\\"name\\": \\"bolt\\", \\"count\\": 3}"}},
                   {"name": "Delete item-DELETE /api/item/{itemId}", "method": "DELETE", "path": "/api/item/7"}]}],
                 "environment": [{"key": "baseUrl", "value": "127.0.0.1:8080"}]}
                """));

        assertThat(document.title()).isEqualTo("Stock API");
        assertThat(document.blocks()).extracting(InterfaceBlock::stated).containsExactly(
                new StatedEndpoint("GET", "/api/item/list", List.of()),
                new StatedEndpoint("POST", "/api/item", List.of()),
                new StatedEndpoint("DELETE", "/api/item/{itemId}", List.of()));
        assertThat(document.blocks().get(1).fields()).extracting(Field::name).containsExactly("name", "count");
    }

    @Test
    void aJsonOfNoShapeIsRefusedNamingTheShapesAccepted() {
        assertThatThrownBy(() -> parser.parse("settings.json", utf8("{\"theme\": \"dark\", \"items\": [1, 2]}")))
                .hasMessageContaining("any tree of requests");
    }

    @Test
    void insomniaRequestsAreReadInTheirFolderTreeWithFolderVariablesResolved() {
        Document document = parser.parse("Insomnia.json", utf8("""
                {"_type": "export", "__export_format": 4, "resources": [
                 {"_id": "req_2", "_type": "request", "parentId": "fld_cars", "name": "List available", "method": "GET",
                  "url": "{{ _.baseURL }}/{{ _.resource }}/available", "metaSortKey": -2,
                  "parameters": [{"name": "brand", "value": ""}, {"name": "debug", "value": "1", "disabled": true}]},
                 {"_id": "fld_cars", "_type": "request_group", "parentId": "wrk_1", "name": "Cars",
                  "environment": {"resource": "cars"}, "metaSortKey": -5},
                 {"_id": "req_1", "_type": "request", "parentId": "fld_cars", "name": "Create", "method": "POST",
                  "url": "{{baseURL}}/{{resource}}", "metaSortKey": -3,
                  "body": {"mimeType": "application/json", "text": "{\\"name\\": \\"Audi A1\\", \\"daily_rate\\": 140}"}},
                 {"_id": "req_3", "_type": "request", "parentId": "fld_img", "name": "Upload", "method": "POST",
                  "url": "{{baseURL}}/{{resource}}/images/ed6b5dbd-0187-491a-bb5d-e3c36111a9ac",
                  "body": {"mimeType": "multipart/form-data", "params": [{"name": "images", "type": "file"}]}},
                 {"_id": "fld_img", "_type": "request_group", "parentId": "fld_cars", "name": "Images", "metaSortKey": -1},
                 {"_id": "wrk_1", "_type": "workspace", "parentId": null, "name": "RentX"},
                 {"_id": "env_1", "_type": "environment", "parentId": "wrk_1", "name": "Base", "data": {}},
                 {"_id": "env_2", "_type": "environment", "parentId": "env_1", "name": "Dev",
                  "data": {"baseURL": "http://localhost:3333", "token": "{% response 'body', 'req_9' %}"}}
                ]}
                """));

        assertThat(document.title()).isEqualTo("RentX");
        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("Cars › Create", "Cars › List available", "Cars › Images › Upload");
        assertThat(document.blocks()).extracting(InterfaceBlock::stated).containsExactly(
                new StatedEndpoint("POST", "/cars", List.of()),
                new StatedEndpoint("GET", "/cars/available", List.of()),
                new StatedEndpoint("POST", "/cars/images/{id}", List.of()));
        assertThat(document.blocks().get(0).fields()).extracting(Field::name).containsExactly("name", "daily_rate");
        assertThat(document.blocks().get(1).fields()).extracting(Field::name).containsExactly("brand");
        assertThat(document.blocks().get(2).fields())
                .containsExactly(new Field("images", FieldType.FILE, false, ""));
    }

    @Test
    void hoppscotchAndPostwomanCollectionsGiveEveryRequestInFolderOrder() {
        Document document = parser.parse("collections.json", utf8("""
                [{"name": "chat", "folders": [], "requests": [
                   {"name": "Create message", "method": "POST", "url": "http://localhost:9000",
                    "path": "/messages/create", "rawParams": "{\\"text\\": \\"hi\\", \\"to\\": 2}", "params": []},
                   {"name": "Get message", "method": "GET", "url": "http://localhost:9000",
                    "path": "/messages/get/60bf61d13c3201a32fba7dcd", "params": [{"key": "full", "value": "1"}]}]},
                 {"v": 1, "name": "videos", "requests": [], "folders": [
                   {"name": "admin", "folders": [], "requests": [
                     {"name": "Delete video", "method": "DELETE", "endpoint": "<<baseUrl>>/api/videos/<<videoId>>",
                      "params": [], "body": {"contentType": null, "body": null}}]}]}]
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "chat › Create message", "chat › Get message", "videos › admin › Delete video");
        assertThat(document.blocks()).extracting(InterfaceBlock::stated).containsExactly(
                new StatedEndpoint("POST", "/messages/create", List.of()),
                new StatedEndpoint("GET", "/messages/get/{id}", List.of()),
                new StatedEndpoint("DELETE", "/api/videos/{videoId}", List.of()));
        assertThat(document.blocks().get(0).fields()).extracting(Field::name).containsExactly("text", "to");
        assertThat(document.blocks().get(1).fields()).extracting(Field::name).containsExactly("full");
    }

    @Test
    void postmanQueryParamsBodyKeysAndFirstResponseAreRead() {
        List<InterfaceBlock> blocks = parser.parse("shop.json", utf8(POSTMAN_COLLECTION)).blocks();

        assertThat(blocks.get(0).fields()).containsExactly(
                new Field("page", FieldType.STRING, false, "页码"),
                new Field("size", FieldType.STRING, false, ""));
        assertThat(blocks.get(0).returns()).containsExactly("total", "list");
        assertThat(blocks.get(1).text()).isEqualTo("""
                PUT /api/users/:id
                修改用户资料
                | name | type | required | description |
                | id | string | yes | 路径参数，用户ID |
                | nickname | string | no |  |
                | age | integer | no |  |
                | score | number | no |  |
                | vip | boolean | no |  |
                | tags | array | no |  |
                | address | object | no |  |
                | inviterId | string | no |  |""");
        assertThat(blocks.get(1).returns()).containsExactly("id", "nickname");
        assertThat(blocks.get(2).fields()).containsExactly(
                new Field("file", FieldType.FILE, false, ""),
                new Field("remark", FieldType.STRING, false, "备注"));
        assertThat(blocks.get(3).fields()).extracting(Field::name).containsExactly("username", "password");
        assertThat(blocks.get(4).fields()).containsExactly(new Field("verbose", FieldType.STRING, false, ""));
    }

    @Test
    void apifoxItemsWithAnApiBecomeBlocksInsideTheirFolders() {
        Document document = parser.parse("apifox.json", utf8(APIFOX_EXPORT));

        assertThat(document.title()).isEqualTo("工单系统");
        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("工单 › 工单分页搜索", "工单 › 删除工单", "工单 › 新建工单");
        assertThat(document.blocks()).extracting(b -> b.stated().toString()).containsExactly(
                "GET /post/order/search", "DELETE /post/order/delete/{id}", "POST /post/order/save");
        InterfaceBlock search = document.blocks().get(0);
        assertThat(search.fields()).containsExactly(new Field("pageNo", FieldType.INTEGER, false, "页码"));
        assertThat(search.returns()).containsExactly("id", "title");
        assertThat(document.blocks().get(1).fields()).containsExactly(new Field("id", FieldType.INTEGER, true, "路径参数"));
        assertThat(document.blocks().get(2).fields()).containsExactly(
                new Field("title", FieldType.STRING, true, "标题"), new Field("deptId", FieldType.INTEGER, false, ""));
    }

    @Test
    void yapiEntriesOfEveryCategoryBecomeBlocks() {
        Document document = parser.parse("yapi-export.json", utf8(YAPI_EXPORT));

        assertThat(document.title()).isEqualTo("yapi-export.json");
        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("用户详情", "新增用户", "上传附件");
        assertThat(document.blocks()).extracting(JsonFamiliesTest::firstLine)
                .containsExactly("GET /api/users/{id}", "POST /api/users", "POST /api/files");
    }

    @Test
    void yapiParamsQueryAndSchemaBodyBecomeFieldsAndTheEnvelopeIsLookedInto() {
        List<InterfaceBlock> blocks = parser.parse("yapi-export.json", utf8(YAPI_EXPORT)).blocks();

        InterfaceBlock detail = blocks.get(0);
        assertThat(detail.fields()).containsExactly(
                new Field("id", FieldType.STRING, true, "路径参数，用户ID"),
                new Field("withRoles", FieldType.STRING, false, "是否返回角色"));
        assertThat(detail.returns()).containsExactly("id", "nickname", "createdAt");
        assertThat(detail.text()).startsWith("GET /api/users/{id}\n根据ID查询用户\n| name | type | required | description |");

        assertThat(blocks.get(1).fields()).containsExactly(
                new Field("username", FieldType.STRING, true, "用户名"),
                new Field("age", FieldType.INTEGER, false, ""),
                new Field("birthday", FieldType.DATE, false, ""),
                new Field("tags", FieldType.ARRAY, false, ""),
                new Field("score", FieldType.NUMBER, false, ""));
        assertThat(blocks.get(1).returns()).containsExactly("id", "username");

        assertThat(blocks.get(2).fields()).containsExactly(
                new Field("file", FieldType.FILE, true, "文件"),
                new Field("biz", FieldType.STRING, false, ""));
        assertThat(blocks.get(2).text()).startsWith("POST /api/files\n上传附件，最大 10MB\n");
    }

    @Test
    void swagger2OperationsBecomeBlocksUnderTheBasePathInDocumentOrder() {
        Document document = parser.parse("library-swagger.json", utf8(SWAGGER_2));

        assertThat(document.title()).isEqualTo("Library API");
        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "List books", "createBook", "Replaces the cover image.", "DELETE /v2/books/{bookId}/cover");
        assertThat(document.blocks()).extracting(JsonFamiliesTest::firstLine).containsExactly(
                "GET /v2/books", "POST /v2/books", "PUT /v2/books/{bookId}/cover", "DELETE /v2/books/{bookId}/cover");
        assertThat(document.blocks()).extracting(InterfaceBlock::stated).extracting(StatedEndpoint::path)
                .containsExactly("/v2/books", "/v2/books", "/v2/books/{bookId}/cover", "/v2/books/{bookId}/cover");
    }

    @Test
    void swagger2ParametersBodyRefsAndFormDataBecomeFieldsAndTheResponseSchemaTheReturns() {
        List<InterfaceBlock> blocks = parser.parse("library-swagger.json", utf8(SWAGGER_2)).blocks();

        assertThat(blocks.get(0).fields()).containsExactly(
                new Field("page", FieldType.INTEGER, false, "page number"),
                new Field("X-Tenant", FieldType.STRING, true, "header parameter"));
        // an array of a schema that merges another with allOf
        assertThat(blocks.get(0).returns()).containsExactly("title", "published", "author", "id");
        assertThat(blocks.get(1).fields()).containsExactly(
                new Field("title", FieldType.STRING, true, "book title"),
                new Field("published", FieldType.DATE, false, ""),
                new Field("author", FieldType.OBJECT, false, ""));
        assertThat(blocks.get(1).returns()).containsExactly("title", "published", "author", "id");
        assertThat(blocks.get(2).text()).isEqualTo("""
                PUT /v2/books/{bookId}/cover
                Replaces the cover image.
                JPEG or PNG only.
                | name | type | required | description |
                | bookId | string | yes | path parameter |
                | image | file | yes |  |
                | caption | string | no |  |""");
        assertThat(blocks.get(3).fields()).extracting(Field::name).containsExactly("bookId");
        assertThat(blocks.get(3).returns()).isEmpty();
    }

    @Test
    void openApi3ReadsServersPathParametersRequestBodiesAndResponsesThroughTheirRefs() {
        Document document = parser.parse("clinic-openapi.json", utf8(OPENAPI_3));
        List<InterfaceBlock> blocks = document.blocks();

        assertThat(document.title()).isEqualTo("Clinic API");
        assertThat(blocks).extracting(InterfaceBlock::title)
                .containsExactly("Visits of a pet", "Book a visit", "mergeOwners");
        assertThat(blocks).extracting(JsonFamiliesTest::firstLine).containsExactly(
                "GET /api/v1/pets/{petId}/visits", "POST /api/v1/pets/{petId}/visits", "PATCH /api/v1/owners");
        assertThat(blocks.get(0).fields()).containsExactly(
                new Field("petId", FieldType.INTEGER, true, "path parameter, the pet"),
                new Field("from", FieldType.DATE_TIME, false, ""));
        // {code, msg, data: [Visit]} is only an envelope: the returns are the visit's
        assertThat(blocks.get(0).returns()).containsExactly("reason", "at", "vet");
        assertThat(blocks.get(1).fields()).containsExactly(
                new Field("petId", FieldType.INTEGER, true, "path parameter, the pet"),
                new Field("reason", FieldType.STRING, true, "why"),
                new Field("at", FieldType.DATE_TIME, false, ""),
                new Field("vet", FieldType.OBJECT, false, ""));
        assertThat(blocks.get(1).returns()).containsExactly("reason", "at", "vet");
        assertThat(blocks.get(2).fields()).containsExactly(
                new Field("keep", FieldType.INTEGER, true, ""),
                new Field("drop", FieldType.INTEGER, true, ""));
    }

    @Test
    void aSwaggerDescriptionWrittenAsYamlIsReadTheSameWay() {
        Document document = parser.parse("notes-api.yaml", utf8("""
                swagger: 2.0
                info:
                  title: Notes
                basePath: /
                paths:
                  /notes/{id}:
                    delete:
                      summary: Delete a note
                      parameters:
                        - {name: id, in: path, required: true, type: integer}
                    get:
                      operationId: getNote
                """));

        assertThat(document.format()).isEqualTo(DocumentFormat.JSON);
        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("Delete a note", "getNote");
        assertThat(document.blocks()).extracting(JsonFamiliesTest::firstLine)
                .containsExactly("DELETE /notes/{id}", "GET /notes/{id}");
        assertThat(document.blocks().get(0).fields())
                .containsExactly(new Field("id", FieldType.INTEGER, true, "path parameter"));
        assertThatThrownBy(() -> parser.parse("broken.yml", utf8("paths: [unclosed")))
                .isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("the YAML is malformed");
    }

    @Test
    void anOpenApiDocumentWithoutOperationsSaysSo() {
        assertThatThrownBy(() -> parser.parse("empty.json", utf8("""
                {"openapi": "3.1.0", "info": {"title": "Nothing yet"}, "paths": {"/x": {"summary": "later"}}}""")))
                .isInstanceOf(DocumentException.class)
                .hasMessage("the OpenAPI document \"Nothing yet\" has no operations under \"paths\"");
    }

    @Test
    void jsonOfNoKnownShapeNamesEveryAcceptedShape() {
        assertThatThrownBy(() -> parser.parse("settings.json", utf8("{\"theme\": \"dark\", \"items\": [1, 2]}")))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("block array")
                .hasMessageContaining("low-code page")
                .hasMessageContaining("amis page schema")
                .hasMessageContaining("Postman collection v2.x")
                .hasMessageContaining("YApi export")
                .hasMessageContaining("Swagger 2.0 or OpenAPI 3.x");
    }

    @Test
    void anEndpointMapKeyedByMethodAndPathIsOneInterfacePerKey() {
        String endpoints = """
                {
                  "GET /api": {"description": "serves this map"},
                  "GET /api/articles": {
                    "description": "serves an array of all articles",
                    "queries": ["author", "topic", "sort_by", "order"],
                    "exampleResponse": {"articles": [{"title": "Seafood substitutions", "votes": 0}]}
                  },
                  "PATCH /api/articles/:article_id": {
                    "description": "updates an article's votes",
                    "exampleRequest": {"inc_votes": 1},
                    "exampleResponse": {"article": {"article_id": 1, "votes": 1}}
                  }
                }
                """;

        Document document = parser.parse("endpoints.json", utf8(endpoints));

        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("GET /api", "GET /api/articles", "PATCH /api/articles/{article_id}");
        InterfaceBlock patch = document.blocks().get(2);
        assertThat(patch.title()).isEqualTo("updates an article's votes");
        assertThat(patch.fields()).extracting(Field::name).containsExactly("inc_votes");
        assertThat(patch.returns()).containsExactly("article");
        assertThat(document.blocks().get(1).text()).contains("queries: author, topic, sort_by, order");
    }

    @Test
    void recognisedShapesWithoutInterfacesSaySo() {
        assertThatThrownBy(() -> parser.parse("empty.json", utf8("""
                {"type": "page", "title": "空页面", "body": [{"type": "tpl", "tpl": "hello"}]}""")))
                .isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("the amis page schema declares no API");
        assertThatThrownBy(() -> parser.parse("empty.json", utf8("""
                {"info": {"name": "空集合", "schema": "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"},
                 "item": [{"name": "空文件夹", "item": []}]}""")))
                .isInstanceOf(DocumentException.class)
                .hasMessage("the Postman collection \"空集合\" has no requests");
        assertThatThrownBy(() -> parser.parse("empty.json", utf8("[{\"name\": \"公共分类\", \"list\": []}]")))
                .isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("the YApi export has no interfaces");
    }

    private static String firstLine(InterfaceBlock block) {
        return block.text().lines().findFirst().orElse("");
    }

    @Test
    void anEolinkerProjectGivesEachApiWithItsNumberedMethod() {
        Document document = parser.parse("project.json", utf8("""
                {"projectInfo": {"projectName": "web back"},
                 "apiGroupList": [{"groupName": "user", "apiList": [
                   {"baseInfo": {"apiName": "登录", "apiURI": "/api/login", "apiRequestType": 0}},
                   {"baseInfo": {"apiName": "获取用户", "apiURI": "/api/user", "apiRequestType": 1}},
                   {"baseInfo": {"apiName": "修改用户", "apiURI": "/api/user", "apiRequestType": 2}},
                   {"baseInfo": {"apiName": "删除用户", "apiURI": "/api/user", "apiRequestType": 3}}]}]}
                """));

        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("POST /api/login", "GET /api/user", "PUT /api/user", "DELETE /api/user");
        assertThat(document.blocks()).extracting(InterfaceBlock::title).startsWith("登录");
    }
}
