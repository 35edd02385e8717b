package io.docroute.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.document.RequirementProse.Operation;
import io.docroute.vocabulary.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequirementProseTest {

    private final Vocabulary vocabulary = Vocabulary.builtIn();

    @Test
    void clausesThatOpenWithAnOperationAfterWhoMayDoItAreOperations() {
        List<Operation> operations = RequirementProse.operations(List.of(
                "登录之后可以查看所有用户信息，对用户权限进行管理，创建新用户，查找商品，添加商品等操作。",
                "管理员可以添加新的用户以及修改当前登录用户的密码。然后可以对商品等所有信息进行修改。"), vocabulary);

        assertThat(operations).extracting(Operation::title).containsExactly("查看所有用户信息", "创建新用户", "查找商品",
                "添加商品", "添加新的用户", "修改当前登录用户的密码", "修改商品等所有信息");
        assertThat(operations.get(4).line()).startsWith("管理员可以");
    }

    @Test
    void whatIsNotAllowedIsNoOperation() {
        List<Operation> operations = RequirementProse.operations(List.of(
                "管理员可以将现有用户拉黑，管理员不能删除用户。", "游客无法查看订单，会员可以查看订单。"), vocabulary);

        assertThat(operations).extracting(Operation::title).doesNotContain("删除用户").contains("查看订单");
        assertThat(EnumeratedOperations.titles("管理员可以查看用户，管理员不能删除用户", vocabulary)).isEmpty();
    }

    @Test
    void theFeaturesAPartImplementsAreNamedByTheThingAndTheOperationOnIt() {
        assertThat(RequirementProse.titles("租住用户端（微信小程序）：实现用户注册与登录、客房预订、在线支付、个人中心及 AI 客服交互等功能，"
                + "满足用户自助订房需求。", vocabulary)).containsExactly("用户注册与登录", "客房预订", "在线支付");
        // a list of what a page holds names fewer than two operations on things: no features
        assertThat(RequirementProse.titles("包括歌名、上传者的推荐语、上传时间等。", vocabulary)).isEmpty();
    }

    @Test
    void operationsJoinedAfterHowTheyAreDoneAreOneEach() {
        assertThat(RequirementProse.titles("用户可以通过手机号、邮箱或第三方平台（微信、QQ等）注册和登录。", vocabulary))
                .containsExactly("注册", "登录");
    }

    @Test
    void featuresNamedByTheLabelsOfTheirParagraphsAreReadByTheirLabels() {
        List<Operation> features = RequirementProse.labelledFeatures(List.of(
                "注册：用户点击登录界面中的“注册账号”，系统会弹出用户注册界面。",
                "登录：用户在登录界面输入自己的账号以及注册时设定的密码后，点击登录。",
                "友信息，包含：昵称、备注和状态。",
                "说明：以上功能均需联网。",
                "聊天：用户可点击个人界面的“聊天”按钮，左侧会出现好友列表。"), label -> !label.equals("说明"));

        assertThat(features).extracting(Operation::title).containsExactly("注册", "登录", "聊天");
        assertThat(features.get(2).line()).startsWith("聊天：用户可点击");
    }

    @Test
    void anEnumerationWrittenInlineIsReadItemByItem() {
        assertThat(RequirementProse.titles("方便管理员管理商品信息：1、商品分类的增删改查（Ajax实现级联）2、级联后选择商品分类"
                + "3、每个商品有各自的参数，参数可以增删改。4、管理员可以对订单进行修改和删除。", vocabulary))
                .containsExactly("新增商品分类", "删除商品分类", "修改商品分类", "查询商品分类", "新增参数", "删除参数",
                        "修改参数", "修改订单", "删除订单");
    }

    @Test
    void anEnumerationNamesOneOperationPerPartAndEachOperationIsNamedOnce() {
        List<Operation> operations = RequirementProse.operations(List.of(
                "商品管理：管理员可以增加、删除、修改商品（需审核）。", "用户也可以删除商品。"), vocabulary);

        assertThat(operations).extracting(Operation::title).containsExactly("增加商品", "删除商品", "修改商品");
    }

    @Test
    void whereOrHowAnOperationIsDoneComesBeforeIt() {
        assertThat(RequirementProse.titles("可以向该网站上传图片以及下载自己想要的图片", vocabulary))
                .containsExactly("上传图片", "下载自己想要的图片");
        assertThat(RequirementProse.titles("可以通过关键字搜索图片", vocabulary)).containsExactly("搜索图片");
        assertThat(RequirementProse.titles("可以为自己的相册进行删除", vocabulary)).containsExactly("删除自己的相册");
    }

    @Test
    void proseThatNamesNoOperationOrIsNotChineseNamesNone() {
        assertThat(RequirementProse.operations(List.of("本系统采用 B/S 架构，所有界面使用网页风格。",
                "对用户进行权限管理等操作。", "Users can add and delete books."), vocabulary)).isEmpty();
    }

    @Test
    void whatAFeatureAllowsUsersToDoIsWhatTheyCanDo() {
        List<Operation> operations = RequirementProse.englishOperations(List.of(
                "The marketplace allows users to post listings and view listings from other users.",
                "It enables a user to rate transactions."), vocabulary);

        assertThat(operations).extracting(Operation::title)
                .containsExactly("post listings", "view listings from other users", "rate transactions");
    }

    @Test
    void whatAFeatureAllowsTheUsersItNamesToDoIsWhatTheyCanDo() {
        List<Operation> operations = RequirementProse.englishOperations(List.of(
                "The system allows admins to delete accounts and generate system reports."), vocabulary);

        assertThat(operations).extracting(Operation::title)
                .containsExactly("delete accounts", "generate system reports");
    }
}
