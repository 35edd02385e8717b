package io.docroute.extraction;

import static io.docroute.extraction.Extracted.parameter;
import static io.docroute.extraction.Extracted.responseType;
import static io.docroute.extraction.Extracted.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.docroute.document.FieldType;
import io.docroute.extraction.InterfaceSpec.Parameter;
import io.docroute.extraction.InterfaceSpec.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalExtractorChineseBlocksTest {

    @Test
    void userListIsAGetOnTheCollectionWithItsFieldsAsQueryParameters() {
        InterfaceSpec spec = spec(Blocks.userList());

        assertThat(spec.operationId()).isEqualTo("listUsers");
        assertThat(spec.method()).isEqualTo("GET");
        assertThat(spec.path()).isEqualTo("/users");
        assertThat(spec.requestBody()).isNull();
        assertThat(spec.parameters()).containsExactly(
                new Parameter("page", "query", "integer", true, "页码，从 1 开始"),
                new Parameter("pageSize", "query", "integer", true, "每页条数"),
                new Parameter("status", "query", "string", false, "用户状态"));
    }

    @Test
    void userListAnswersAPageOfTheReturnedFields() {
        InterfaceSpec spec = spec(Blocks.userList());

        assertThat(spec.response().shape()).isEqualTo("page");
        assertThat(spec.response().contentType()).isEqualTo("application/json");
        assertThat(spec.response().fields()).extracting(Property::name)
                .containsExactly("userId", "username", "status", "createdAt");
        assertThat(responseType(spec, "userId")).isEqualTo("integer");
        assertThat(responseType(spec, "createdAt")).isEqualTo("date-time");
    }

    @Test
    void userListTakesSummaryFromTheTitleDescriptionFromTheFirstSentenceAndTagFromTheEntity() {
        InterfaceSpec spec = spec(Blocks.userList());

        assertThat(spec.summary()).isEqualTo("用户列表");
        assertThat(spec.description()).isEqualTo("分页查询后台用户，支持按用户名、手机号、状态筛选，结果默认按注册时间倒序排列。");
        assertThat(spec.tag()).isEqualTo("user");
    }

    @Test
    void userDetailPutsTheFieldMarkedAsPathParameterIntoThePath() {
        InterfaceSpec spec = spec(Blocks.userDetail());

        assertThat(spec.operationId()).isEqualTo("getUser");
        assertThat(spec.method()).isEqualTo("GET");
        assertThat(spec.path()).isEqualTo("/users/{userId}");
        assertThat(parameter(spec, "userId")).isEqualTo(
                new Parameter("userId", "path", "integer", true, "用户ID，路径参数，必须为正整数"));
        assertThat(parameter(spec, "withRoles").in()).isEqualTo("query");
        assertThat(spec.response().shape()).isEqualTo("object");
    }

    @Test
    void createUserPostsItsFieldsAsAJsonBody() {
        InterfaceSpec spec = spec(Blocks.createUser());

        assertThat(spec.operationId()).isEqualTo("createUser");
        assertThat(spec.method()).isEqualTo("POST");
        assertThat(spec.path()).isEqualTo("/users");
        assertThat(spec.parameters()).isEmpty();
        assertThat(spec.requestBody().contentType()).isEqualTo("application/json");
        assertThat(spec.requestBody().fields()).containsExactly(
                new Property("username", "string", true, "用户名"),
                new Property("mobile", "string", true, "手机号"),
                new Property("roles", "array", true, "角色编码列表"),
                new Property("departmentId", "integer", false, "所属部门ID"));
        assertThat(spec.response().shape()).isEqualTo("object");
    }

    @Test
    void updateUserPutsTheItemWithTheRemainingFieldsAsBody() {
        InterfaceSpec spec = spec(Blocks.updateUser());

        assertThat(spec.operationId()).isEqualTo("updateUser");
        assertThat(spec.method()).isEqualTo("PUT");
        assertThat(spec.path()).isEqualTo("/users/{userId}");
        assertThat(spec.parameters()).extracting(Parameter::name).containsExactly("userId");
        assertThat(spec.requestBody().fields()).extracting(Property::name).containsExactly("mobile", "email");
    }

    @Test
    void partialUpdateInTheTitleMakesItAPatch() {
        InterfaceSpec spec = spec(Blocks.block("部分更新用户", "", Blocks.updateUser().fields(), List.of()));

        assertThat(spec.method()).isEqualTo("PATCH");
        assertThat(spec.path()).isEqualTo("/users/{userId}");
    }

    @Test
    void deleteUserThatReturnsNothingAnswersEmpty() {
        InterfaceSpec spec = spec(Blocks.deleteUser());

        assertThat(spec.operationId()).isEqualTo("deleteUser");
        assertThat(spec.method()).isEqualTo("DELETE");
        assertThat(spec.path()).isEqualTo("/users/{userId}");
        assertThat(parameter(spec, "reason").in()).isEqualTo("query");
        assertThat(spec.requestBody()).isNull();
        assertThat(spec.response().shape()).isEqualTo("empty");
        assertThat(spec.response().contentType()).isNull();
    }

    @Test
    void disableUserPostsToTheItemsDisableAction() {
        InterfaceSpec spec = spec(Blocks.disableUser());

        assertThat(spec.operationId()).isEqualTo("disableUser");
        assertThat(spec.method()).isEqualTo("POST");
        assertThat(spec.path()).isEqualTo("/users/{userId}/disable");
        assertThat(spec.requestBody().fields()).extracting(Property::name).containsExactly("reason", "until");
        assertThat(responseType(spec, "disabledAt")).isEqualTo("date-time");
    }

    @Test
    void orderExportAnswersAnExcelFile() {
        InterfaceSpec spec = spec(Blocks.exportOrders());

        assertThat(spec.operationId()).isEqualTo("exportOrders");
        assertThat(spec.method()).isEqualTo("GET");
        assertThat(spec.path()).isEqualTo("/orders/export");
        assertThat(spec.parameters()).extracting(Parameter::name).containsExactly("startDate", "endDate", "status");
        assertThat(parameter(spec, "startDate").type()).isEqualTo(FieldType.DATE.wireName());
        assertThat(spec.response().shape()).isEqualTo("file");
        assertThat(spec.response().contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(spec.response().fields()).isEmpty();
    }

    @Test
    void salesStatisticsIsAGetOnTheStatsSegment() {
        InterfaceSpec spec = spec(Blocks.salesStats());

        assertThat(spec.operationId()).isEqualTo("getSalesStats");
        assertThat(spec.method()).isEqualTo("GET");
        assertThat(spec.path()).isEqualTo("/sales/stats");
        assertThat(spec.tag()).isEqualTo("sales");
        assertThat(spec.response().shape()).isEqualTo("object");
    }

    @Test
    void salesStatisticsTypesCountsAsIntegersAndAmountsAsNumbers() {
        InterfaceSpec spec = spec(Blocks.salesStats());

        assertThat(responseType(spec, "date")).isEqualTo("date-time");
        assertThat(responseType(spec, "orderCount")).isEqualTo("integer");
        assertThat(responseType(spec, "salesAmount")).isEqualTo("number");
        assertThat(responseType(spec, "avgAmount")).isEqualTo("number");
    }

    @Test
    void stockAdjustmentUsesTheMarkedSkuIdAsTheItemId() {
        InterfaceSpec spec = spec(Blocks.adjustStock());

        assertThat(spec.operationId()).isEqualTo("updateStock");
        assertThat(spec.method()).isEqualTo("PUT");
        assertThat(spec.path()).isEqualTo("/stocks/{skuId}");
        assertThat(parameter(spec, "skuId").in()).isEqualTo("path");
        assertThat(spec.requestBody().fields()).extracting(Property::name).containsExactly("quantity", "reason");
    }

    @Test
    void responseFieldsNamedInTheFieldTableKeepTheirDeclaredType() {
        InterfaceSpec spec = spec(Blocks.block("用户列表", "", Blocks.userList().fields(), List.of("page", "status")));

        assertThat(responseType(spec, "page")).isEqualTo("integer");
        assertThat(responseType(spec, "status")).isEqualTo("string");
    }

    @Test
    void theLastEntityNamedInAChineseTitleWins() {
        InterfaceSpec spec = spec(Blocks.block("修改商品库存", "", List.of(), List.of()));

        assertThat(spec.path()).isEqualTo("/stocks/{stockId}");
    }

    @Test
    void anActionWithItsOwnPathBeatsAGenericListWord() {
        InterfaceSpec spec = spec(Blocks.block("导出用户列表", "", List.of(), List.of()));

        assertThat(spec.operationId()).isEqualTo("exportUsers");
        assertThat(spec.path()).isEqualTo("/users/export");
    }

    @Test
    void theLongestEntityWordWinsOverTheWordsInsideIt() {
        InterfaceSpec spec = spec(Blocks.block("删除购物车商品", "", List.of(), List.of()));

        assertThat(spec.operationId()).isEqualTo("deleteCartItem");
        assertThat(spec.path()).isEqualTo("/cart-items/{cartItemId}");
        assertThat(spec.tag()).isEqualTo("cart");
    }

    @Test
    void aTitleWithoutActionTakesTheActionFromTheFirstLineOfText() {
        InterfaceSpec spec = spec(Blocks.block("用户", "分页查询后台用户。", List.of(), List.of("userId")));

        assertThat(spec.operationId()).isEqualTo("listUsers");
        assertThat(spec.summary()).isEqualTo("用户");
    }

    @Test
    void anUnknownChineseEntityIsNamedAfterTheTitleWithLowConfidenceAndTheReason() {
        InterfaceSpec spec = new LocalExtractor().extract(Blocks.block("修改星舰航线", "调整星舰航线。", List.of(), List.of()));
        assertThat(spec.method()).isEqualTo("PUT");
        assertThat(spec.path()).matches("/operations-[0-9a-f]{8}/\\{.+}");
        assertThat(spec.confidence().level()).isEqualTo("low");
        assertThat(spec.confidence().reason()).contains("no resource the vocabulary knows");
    }

    @Test
    void aTitleWithoutAnyKnownActionIsPostedWithLowConfidence() {
        InterfaceSpec spec = new LocalExtractor().extract(Blocks.block("用户", "", List.of(), List.of()));
        assertThat(spec.method()).isEqualTo("POST");
        assertThat(spec.path()).isEqualTo("/users");
        assertThat(spec.confidence().reason()).contains("no action word");
    }

    @Test
    void aStatedMethodAndPathAreKeptExactlyWithAParameterPerPlaceholder() {
        InterfaceSpec spec = new LocalExtractor().extract(Blocks.block("获取菜品详情", "GET /dish/${id}",
                List.of(), List.of()));
        assertThat(spec.method()).isEqualTo("GET");
        assertThat(spec.path()).isEqualTo("/dish/{id}");
        assertThat(spec.parameters()).extracting(Parameter::name, Parameter::in)
                .containsExactly(tuple("id", "path"));
        assertThat(spec.confidence()).isNull();
    }

    @Test
    void signingInOutOrUpIsRoutedUnderAuthWhoeverDoesIt() {
        InterfaceSpec login = spec(Blocks.block("用户登录", "用户输入账号和密码登录。", List.of(
                Blocks.field("username", FieldType.STRING, true, "账号"),
                Blocks.field("password", FieldType.STRING, true, "密码")), List.of()));
        assertThat(login.method()).isEqualTo("POST");
        assertThat(login.path()).isEqualTo("/auth/login");
        assertThat(login.operationId()).isEqualTo("login");
        assertThat(login.requestBody().fields()).extracting(Property::name).containsExactly("username", "password");
        assertThat(login.confidence()).isNull();

        assertThat(spec(Blocks.block("退出登录", "", List.of(), List.of())).path()).isEqualTo("/auth/logout");
        assertThat(spec(Blocks.block("管理员登录 (FM-01-001)", "", List.of(), List.of())).path())
                .isEqualTo("/auth/login");
        assertThat(spec(Blocks.block("注册", "", List.of(), List.of())).path()).isEqualTo("/auth/register");
    }

    @Test
    void aTitleNamingMoreThanSigningInActsOnItsResource() {
        assertThat(spec(Blocks.block("登录日志", "查询登录日志。", List.of(), List.of())).path()).isEqualTo("/logs");
        assertThat(spec(Blocks.block("注册登录", "", List.of(), List.of())).path()).doesNotStartWith("/auth");
        assertThat(spec(Blocks.block("修改登录密码", "", List.of(), List.of())).path()).doesNotStartWith("/auth");
    }

    @Test
    void theResourcesOfSchoolsClinicsAndSitesAreNamedNotHashed() {
        assertThat(spec(Blocks.block("删除问题", "", List.of(), List.of())).path()).isEqualTo("/questions/{questionId}");
        assertThat(spec(Blocks.block("发布竞赛", "", List.of(), List.of())).path()).isEqualTo("/competitions");
        assertThat(spec(Blocks.block("收藏帖子", "", List.of(), List.of())).path()).startsWith("/threads");
        assertThat(spec(Blocks.block("医生查看患者病历", "", List.of(), List.of())).path())
                .startsWith("/medical-records");
    }
}
