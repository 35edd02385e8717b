package io.docroute.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

class VocabularyTest {

    private static final Vocabulary VOCABULARY = Vocabulary.builtIn();

    @Test
    void featureListsVerbsOpenOperationsButADesignChapterIsNone() {
        assertThat(VOCABULARY.opensWithOperation("Monitor suicide risk keywords")).isTrue();
        assertThat(VOCABULARY.opensWithOperation("Host live Q&A webinars")).isTrue();
        assertThat(VOCABULARY.opensWithOperation("Complete daily mood check-ins")).isTrue();
        assertThat(VOCABULARY.opensWithOperation("Design")).isFalse();
        assertThat(VOCABULARY.opensWithOperation("建立账户")).isTrue();
        assertThat(VOCABULARY.opensWithOperation("自定义记账子类型")).isTrue();
        assertThat(VOCABULARY.opensWithOperation("新建班级")).isTrue();
        assertThat(VOCABULARY.opensWithOperation("发表博文")).isTrue();
        assertThat(VOCABULARY.opensWithOperation("Donate to charity")).isTrue();
        assertThat(VOCABULARY.opensWithOperation("see details about conference")).isTrue();
        assertThat(VOCABULARY.opensWithOperation("Customize a workout regimen")).isTrue();
    }

    @Test
    void aFeatureListsNounOfAnOperationOpensOneToo() {
        assertThat(VOCABULARY.opensWithOperation("Creation and tracking of customer orders")).isTrue();
        assertThat(VOCABULARY.opensWithOperation("Registration and login functionality for administrators")).isTrue();
        assertThat(VOCABULARY.opensWithOperation("Deletion of expired vouchers")).isTrue();
        assertThat(VOCABULARY.opensWithOperation("Generation of reports on sales")).isTrue();
        // the thing an operation makes is no operation
        assertThat(VOCABULARY.opensWithOperation("Creator profiles")).isFalse();
    }

    @Test
    void anOperationMayOpenWithHowItIsDone() {
        assertThat(VOCABULARY.opensWithOperation("批量删除运动员")).isTrue();
        assertThat(VOCABULARY.operationLength("一键导出名单")).isEqualTo(4);
        assertThat(VOCABULARY.opensWithOperation("批量信息")).isFalse();
    }

    @Test
    void actionWordsMarkInterfaceTitles() {
        assertThat(VOCABULARY.hasActionWord("用户列表")).isTrue();
        assertThat(VOCABULARY.hasActionWord("审核退款")).isTrue();
        assertThat(VOCABULARY.hasActionWord("List products")).isTrue();
        assertThat(VOCABULARY.hasActionWord("Updating an order")).isTrue();
        assertThat(VOCABULARY.hasActionWord("Order statistics")).isTrue();
        assertThat(VOCABULARY.opensWithOperation("屏蔽他人动态")).isTrue();
    }

    @Test
    void anEnglishOperationOpensWithItsVerbOrItsGerundNotItsPastParticiple() {
        assertThat(VOCABULARY.opensWithOperation("Create users")).isTrue();
        assertThat(VOCABULARY.opensWithOperation("Creating a user")).isTrue();
        assertThat(VOCABULARY.opensWithOperation("Created By")).isFalse();
        assertThat(VOCABULARY.opensWithOperation("Registered customers")).isFalse();
    }

    @Test
    void aChineseOperationMayFollowItsConditionOrItsObject() {
        assertThat(VOCABULARY.opensWithOperation("根据标题查询博客")).isTrue();
        assertThat(VOCABULARY.opensWithOperation("对商品进行评论")).isTrue();
        assertThat(VOCABULARY.opensWithOperation("对好友进行留言")).isTrue();
        assertThat(VOCABULARY.opensWithOperation("对于用户评论的要求")).isFalse();
        assertThat(VOCABULARY.opensWithOperation("商品评论")).isFalse();
        // what it is done to, or where from or to: "将商品添加到购物车", "从购物车删除商品", "向其它设备发送文件"
        assertThat(VOCABULARY.opensWithOperation("将商品添加到购物车")).isTrue();
        assertThat(VOCABULARY.opensWithOperation("从购物车删除商品")).isTrue();
        assertThat(VOCABULARY.opensWithOperation("向其它设备发送文件")).isTrue();
        assertThat(VOCABULARY.opensWithOperation("给予员工权限")).isFalse();
        // turning a service or a phase on and off: "关闭注册", "启动服务"
        assertThat(VOCABULARY.opensWithOperation("关闭注册")).isTrue();
        assertThat(VOCABULARY.opensWithOperation("启动服务")).isTrue();
    }

    @Test
    void aShortNameOfAThingThenOnlyOperationsOnItNamesAnOperation() {
        assertThat(VOCABULARY.namesOperation("数据导出")).isTrue();
        assertThat(VOCABULARY.namesOperation("个人信息设置")).isTrue();
        assertThat(VOCABULARY.namesOperation("数据备份与恢复")).isTrue();
        assertThat(VOCABULARY.namesOperation("删除用户")).isTrue();
        assertThat(VOCABULARY.namesOperation("用户登录日志")).as("an operation's record").isFalse();
        assertThat(VOCABULARY.namesOperation("分类管理")).as("管理 groups operations").isFalse();
        assertThat(VOCABULARY.namesOperation("后台系统的数据导出")).as("longer than a name").isFalse();
    }

    @Test
    void proseTitlesAndLookalikeWordsAreNotActions() {
        assertThat(VOCABULARY.hasActionWord("概述")).isFalse();
        assertThat(VOCABULARY.hasActionWord("Overview")).isFalse();
        assertThat(VOCABULARY.hasActionWord("Shipping address")).isFalse();
        assertThat(VOCABULARY.hasActionWord("Release checklist")).isFalse();
        assertThat(VOCABULARY.hasActionWord("Budget")).isFalse();
        assertThat(VOCABULARY.hasActionWord("Getting started")).isFalse();
    }

    @Test
    void theSectionsOfARequirementsTemplateAroundTheRequirementsAreContext() {
        assertThat(VOCABULARY.isContextTitle("Product Perspective")).isTrue();
        assertThat(VOCABULARY.isContextTitle("Intended Audience and Reading Suggestions")).isTrue();
        assertThat(VOCABULARY.isContextTitle("Security Requirements")).isTrue();
        assertThat(VOCABULARY.isContextTitle("运行环境")).isTrue();
        assertThat(VOCABULARY.isContextTitle("角色定义")).isTrue();
        assertThat(VOCABULARY.isContextTitle("业务流程")).isTrue();
        assertThat(VOCABULARY.isContextTitle("项目概述")).isTrue();
        assertThat(VOCABULARY.isContextTitle("综合描述")).isTrue();
        assertThat(VOCABULARY.isContextTitle("用户场景")).isTrue();
        assertThat(VOCABULARY.isContextTitle("接口变更记录")).isTrue();
        assertThat(VOCABULARY.isContextTitle("验收验证标准")).isTrue();
        assertThat(VOCABULARY.isContextTitle("Database Migration")).isTrue();
        assertThat(VOCABULARY.isContextTitle("数据库")).isTrue();
        assertThat(VOCABULARY.isContextTitle("Database Check")).isFalse();
        assertThat(VOCABULARY.isContextTitle("系统用例模型")).isTrue();
        assertThat(VOCABULARY.isContextTitle("用户界面需求")).isTrue();
        assertThat(VOCABULARY.isContextTitle("Actors")).isTrue();
        assertThat(VOCABULARY.isContextTitle("Business Rules")).isTrue();
        assertThat(VOCABULARY.isContextTitle("Logical Data Model")).isTrue();
        assertThat(VOCABULARY.isContextTitle("Add Supplier")).isFalse();
    }

    @Test
    void anApiToolsGlobalParametersAreContext() {
        assertThat(VOCABULARY.isContextTitle("全局公共参数")).isTrue();
        assertThat(VOCABULARY.isContextTitle("公共参数")).isTrue();
    }

    @Test
    void aTitlesPictographsAreNoPartOfIt() {
        assertThat(VOCABULARY.isContextTitle("🚨 Error Responses")).isTrue();
        assertThat(VOCABULARY.isContextTitle("📊 Response Formats")).isTrue();
        assertThat(VOCABULARY.isContextTitle("🔐 Authentication Service")).isFalse();
    }

    @Test
    void anOperationCountedIsAFigureNotAnOperation() {
        assertThat(VOCABULARY.opensWithOperation("点赞量、点踩量、评论量")).isFalse();
        assertThat(VOCABULARY.opensWithOperation("浏览次数")).isFalse();
        assertThat(VOCABULARY.opensWithOperation("点赞番剧")).isTrue();
        assertThat(VOCABULARY.opensWithOperation("删除数据")).isTrue();
    }

    @Test
    void theToolThatDoesAnOperationIsAThingNotTheOperation() {
        // a walk-through's response, "the browser goes to the home page", is no browsing
        assertThat(VOCABULARY.opensWithOperation("浏览器跳转至网站主页面")).isFalse();
        assertThat(VOCABULARY.opensWithOperation("播放器不接管文件整理")).isFalse();
        assertThat(VOCABULARY.opensWithOperation("浏览已发布竞赛")).isTrue();
        assertThat(VOCABULARY.namesOperation("播放器设置")).isTrue();
        // nor is the one who does it
        assertThat(VOCABULARY.opensWithOperation("上传者的推荐语")).isFalse();
    }

    @Test
    void theRequirementsOfOneRoleAreRequirementsAndTheQualitiesAskedForAreNot() {
        assertThat(VOCABULARY.isRequirementsTitle("功能需求")).isTrue();
        assertThat(VOCABULARY.isRequirementsTitle("用户端功能需求说明")).isTrue();
        assertThat(VOCABULARY.isRequirementsTitle("管理端功能需求")).isTrue();
        assertThat(VOCABULARY.isRequirementsTitle("非功能需求")).isFalse();
        assertThat(VOCABULARY.isRequirementsTitle("用户端功能需求实现方案")).isFalse();
    }

    @Test
    void subSectionTitlesNameThePartOfAnInterfaceTheyAre() {
        assertThat(VOCABULARY.part("请求参数")).contains(Vocabulary.Part.REQUEST);
        assertThat(VOCABULARY.part("**Response-fields:**")).contains(Vocabulary.Part.RESPONSE);
        assertThat(VOCABULARY.part("返回示例")).contains(Vocabulary.Part.EXAMPLES);
        assertThat(VOCABULARY.part("操作举例")).contains(Vocabulary.Part.EXAMPLES);
        assertThat(VOCABULARY.part("返回参数说明")).contains(Vocabulary.Part.RESPONSE);
        assertThat(VOCABULARY.part("请求权限")).contains(Vocabulary.Part.OTHER);
        assertThat(VOCABULARY.part("请求接口所需参数 Request Param List")).contains(Vocabulary.Part.REQUEST);
        assertThat(VOCABULARY.part("接口描述Description")).contains(Vocabulary.Part.OTHER);
        assertThat(VOCABULARY.part("用户登录 Login")).isEmpty();
        assertThat(VOCABULARY.part("用户列表")).isEmpty();
    }

    @Test
    void aResponseStatusAsASubSectionTitleIntroducesTheResponse() {
        assertThat(VOCABULARY.headingPart("HTTP status code 401")).contains(Vocabulary.Part.RESPONSE);
        assertThat(VOCABULARY.headingPart("200 OK")).contains(Vocabulary.Part.RESPONSE);
        assertThat(VOCABULARY.headingPart("状态码：404")).contains(Vocabulary.Part.RESPONSE);
        assertThat(VOCABULARY.headingPart("Status 2024 report")).isEmpty();
        assertThat(VOCABULARY.headingPart("404 页面")).isEmpty();
    }

    @Test
    void anOperatorFileWithoutTheWordsOfAnActionIsRefusedWithItsName() {
        ByteArrayResource file = new ByteArrayResource("actions: {}\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getDescription() {
                return "config/vocabulary.yaml";
            }
        };
        assertThatThrownBy(() -> Vocabulary.load(file))
                .hasMessageContaining("config/vocabulary.yaml")
                .hasMessageContaining("LIST");
    }

    @Test
    void columnHeadersAreComparedWithoutCaseOrPadding() {
        assertThat(VOCABULARY.columnNames(Vocabulary.Column.REQUIRED)).contains(Vocabulary.columnKey(" 是否必须 "));
        assertThat(List.of(Vocabulary.columnKey("TYPE"))).containsExactly("type");
    }
}
