package io.docroute.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

class EnumeratedOperationsTest {

    private final Vocabulary vocabulary = Vocabulary.builtIn();

    @Test
    void chineseOperationsListedBeforeOneThingEachActOnIt() {
        assertThat(EnumeratedOperations.titles("在个人中心查看、修改、删除自己上传的资源。", vocabulary)).isEmpty();
        assertThat(EnumeratedOperations.titles("查看、修改、删除自己上传的资源。", vocabulary))
                .containsExactly("查看自己上传的资源", "修改自己上传的资源", "删除自己上传的资源");
        assertThat(EnumeratedOperations.titles("用户可以修改或删除自己的回答", vocabulary))
                .containsExactly("修改自己的回答", "删除自己的回答");
    }

    @Test
    void howTheFirstOfChineseOperationsIsDoneTheOthersAreDoneToo() {
        assertThat(EnumeratedOperations.titles("批量导入/导出诗词数据。", vocabulary))
                .containsExactly("批量导入诗词数据", "批量导出诗词数据");
        assertThat(EnumeratedOperations.titles("一键导入、删除学生信息", vocabulary))
                .containsExactly("一键导入学生信息", "一键删除学生信息");
    }

    @Test
    void chineseClausesEachOpeningWithAnOperationAreOneOperationEach() {
        assertThat(EnumeratedOperations.titles("查看所有上传的资源，有权删除违规/不合规资源，修改资源描述。", vocabulary))
                .containsExactly("查看所有上传的资源", "删除违规/不合规资源", "修改资源描述");
        // one clause that names no operation keeps the sentence one requirement
        assertThat(EnumeratedOperations.titles("查看所有问答，系统自动记录时间", vocabulary)).isEmpty();
    }

    @Test
    void anImperativeFrameIsWhoMayDoTheOperationsAfterIt() {
        assertThat(EnumeratedOperations.titles("Enable them to edit, delete, and mark tasks as complete.", vocabulary))
                .containsExactly("edit tasks", "delete tasks", "mark tasks as complete");
        assertThat(EnumeratedOperations.titles("Admins can add/edit tags for featured books.", vocabulary))
                .containsExactly("add tags for featured books", "edit tags for featured books");
        assertThat(EnumeratedOperations.titles("Admins will have the ability to moderate (edit/delete) comments.",
                vocabulary)).containsExactly("edit comments", "delete comments");
        assertThat(EnumeratedOperations.titles("The system shall let me edit or cancel my order.", vocabulary))
                .containsExactly("edit my order", "cancel my order");
    }

    @Test
    void aVerbsWordAloneLastAfterAnOperationWithItsObjectIsAnotherObject() {
        assertThat(EnumeratedOperations.titles("approve offered lectures, set time and place", vocabulary))
                .containsExactly("approve offered lectures", "set time, place");
        // not after a particle, and not where the object comes last for all
        assertThat(EnumeratedOperations.titles("sign up, verify by code sent to email", vocabulary))
                .containsExactly("sign up", "verify");
        assertThat(EnumeratedOperations.titles("add, edit and delete users", vocabulary))
                .containsExactly("add users", "edit users", "delete users");
    }

    @Test
    void aSlashBetweenTwoPrepositionsJoinsThemIntoOnePlace() {
        assertThat(EnumeratedOperations.titles("Upload/Download/Remove files to/from homeworks in his course",
                vocabulary)).containsExactly("Upload files to/from homeworks in his course",
                "Download files to/from homeworks in his course", "Remove files to/from homeworks in his course");
    }

    @Test
    void anAndAfterAnObjectsExamplesGoesOnWithThemNotWithAnotherOperation() {
        assertThat(EnumeratedOperations.titles("I want to create a course with a title and summary", vocabulary))
                .isEmpty();
        assertThat(EnumeratedOperations.titles("I want to modify my account information such as name and login"
                + " credentials", vocabulary)).isEmpty();
        assertThat(EnumeratedOperations.titles("I want to create a course and delete a course", vocabulary))
                .containsExactly("create a course", "delete a course");
    }

    @Test
    void aStoryNamesTheOperationsOfItsWishesNotOfItsPurposeOrCriteria() {
        assertThat(EnumeratedOperations.wishes("As an employee, I want to login in the private area and view all the"
                + " categories. I want to create, update or delete any of the objects.", vocabulary))
                .containsExactly("login in the private area", "view all the categories", "create any of the objects",
                        "update any of the objects", "delete any of the objects");
        assertThat(EnumeratedOperations.wishes("As a student, I want the ability to pin and unpin messages so that I"
                + " can display important information.", vocabulary)).containsExactly("pin messages", "unpin messages");
        assertThat(EnumeratedOperations.wishes("As a user, I want to update my profile so that I can edit my name."
                + " Verify that the user can delete the profile.", vocabulary)).isEmpty();
    }

    @Test
    void whatTheSystemHasTheFunctionsOfIsTheOperationsWithoutTheWordFunction() {
        assertThat(EnumeratedOperations.titles("系统还应具有添加、修改、删除学生基本信息的功能。", vocabulary))
                .containsExactly("添加学生基本信息", "修改学生基本信息", "删除学生基本信息");
    }

    @Test
    void aStorysWishIsItsOperationWithoutTheRoleOrThePurpose() {
        assertThat(EnumeratedOperations.wish("As a worker, I want to be able to log in with my credentials, so that I "
                + "can have access to the application.", vocabulary)).isEqualTo("log in with my credentials");
        assertThat(EnumeratedOperations.wish("As a user, I want to filter movies by genre.", vocabulary))
                .isEqualTo("filter movies by genre");
        assertThat(EnumeratedOperations.wish("As a user, I want a dashboard.", vocabulary)).isNull();
    }

    @Test
    void aStoryWishesWhatTheRoleShouldBeAbleToDoOrWishesToDo() {
        assertThat(EnumeratedOperations.wish("As a doctor, I should be able to cancel appointments when need be",
                vocabulary)).isEqualTo("cancel appointments when need be");
        assertThat(EnumeratedOperations.wish("As a buyer or seller, I wish to be able to log into my account on this "
                + "site to check activity", vocabulary))
                .isEqualTo("log into my account on this site to check activity");
    }

    @Test
    void crudAfterTheThingOrWithoutItsReadNamesItsOperationsOnTheThing() {
        assertThat(EnumeratedOperations.titles("商品分类的增删改查", vocabulary))
                .containsExactly("新增商品分类", "删除商品分类", "修改商品分类", "查询商品分类");
        assertThat(EnumeratedOperations.titles("参数可以增删改", vocabulary))
                .containsExactly("新增参数", "删除参数", "修改参数");
        assertThat(EnumeratedOperations.titles("用户管理可以增删改系统管理员", vocabulary))
                .containsExactly("新增系统管理员", "删除系统管理员", "修改系统管理员");
    }

    @Test
    void crudOnAThingNamesItsOperationsOnTheThingWhateverFollows() {
        assertThat(EnumeratedOperations.titles("管理员可以对学生进行增删改查，增加学生支持一键导入的形式，", vocabulary))
                .containsExactly("新增学生", "删除学生", "修改学生", "查询学生");
        assertThat(EnumeratedOperations.titles("评分表管理界面，管理员可以对评分表进行增删改，点击添加按钮", vocabulary))
                .containsExactly("新增评分表", "删除评分表", "修改评分表");
    }

    @Test
    void crudNamesFourOperations() {
        assertThat(EnumeratedOperations.titles("CRUD（增删改查）课程信息。", vocabulary))
                .containsExactly("新增课程信息", "删除课程信息", "修改课程信息", "查询课程信息");
        assertThat(EnumeratedOperations.titles("CRUD on books", vocabulary))
                .containsExactly("create books", "view books", "update books", "delete books");
        assertThat(EnumeratedOperations.titles(
                "The interface will allow users to perform all CRUD operations on individual issues.", vocabulary))
                .containsExactly("create individual issues", "view individual issues", "update individual issues",
                        "delete individual issues");
        assertThat(EnumeratedOperations.titles("The application should perform all CRUD operations quickly, as a rule "
                + "that is longer than the lead before what it asks", vocabulary)).isEmpty();
    }

    @Test
    void aChineseThingNamedBeforeItsOperationsIsActedOnByEach() {
        assertThat(EnumeratedOperations.titles("用户注册与登录", vocabulary)).containsExactly("用户注册", "用户登录");
        assertThat(EnumeratedOperations.titles("订单新增、修改、删除。", vocabulary))
                .containsExactly("订单新增", "订单修改", "订单删除");
        assertThat(EnumeratedOperations.titles("消息通知和沟通", vocabulary)).isEmpty();
    }

    @Test
    void oneChineseOperationOverEnumeratedThingsActsOnEach() {
        assertThat(EnumeratedOperations.titles("查看个人借阅记录、预约记录、逾期罚金", vocabulary))
                .containsExactly("查看个人借阅记录", "查看预约记录", "查看逾期罚金");
        assertThat(EnumeratedOperations.titles("管理员可以查看全馆借阅统计、罚款收入统计", vocabulary))
                .containsExactly("查看全馆借阅统计", "查看罚款收入统计");
        // two things joined by 和 are one operation's object
        assertThat(EnumeratedOperations.titles("删除用户和角色", vocabulary)).isEmpty();
    }

    @Test
    void englishOperationsAfterWhoMayDoThem() {
        assertThat(EnumeratedOperations.titles(
                "users have to be able to create accounts, log into accounts and change their details", vocabulary))
                .containsExactly("create accounts", "log into accounts", "change their details");
        assertThat(EnumeratedOperations.titles("user can edit/delete only the expense they have created", vocabulary))
                .containsExactly("edit only the expense they have created",
                        "delete only the expense they have created");
        assertThat(EnumeratedOperations.titles("As a librarian, I want to add, edit and delete books so that the "
                + "catalogue stays right", vocabulary)).containsExactly("add books", "edit books", "delete books");
    }

    @Test
    void aPhrasalVerbKeepsItsParticleAndNeedsNoObject() {
        assertThat(EnumeratedOperations.titles("Users can register or log in.", vocabulary))
                .containsExactly("register", "log in");
        assertThat(EnumeratedOperations.titles("Users can sign up and log in to the system.", vocabulary))
                .containsExactly("sign up to the system", "log in to the system");
    }

    @Test
    void aVerbWithItsPrepositionAloneTakesTheObjectTheNextPartNames() {
        assertThat(EnumeratedOperations.titles("I can search for and add friends", vocabulary))
                .containsExactly("search for friends", "add friends");
    }

    @Test
    void theThingsAnOperationListsStayWithItBeforeTheNextOperation() {
        assertThat(EnumeratedOperations.titles("I want to add personal details, work experience, skills, and upload "
                + "a resume.", vocabulary)).containsExactly("add personal details, work experience, skills",
                        "upload a resume");
        assertThat(EnumeratedOperations.titles("I want to view or download the applicant's resume and profile.",
                vocabulary)).containsExactly("view the applicant's resume, profile",
                        "download the applicant's resume, profile");
    }

    @Test
    void examplesOfTheObjectEndTheList() {
        assertThat(EnumeratedOperations.titles("The user shall be able to create, edit, and delete tasks with "
                + "attributes such as title, description, deadline, and priority.", vocabulary))
                .containsExactly("create tasks with attributes", "edit tasks with attributes",
                        "delete tasks with attributes");
    }

    @Test
    void theListMayStandInBracketsOrAfterAColon() {
        assertThat(EnumeratedOperations.titles("administrators have to be able to edit the contents (delete books, "
                + "edit books, add books)", vocabulary)).containsExactly("delete books", "edit books", "add books");
        assertThat(EnumeratedOperations.titles("Admins manage the book list: remove, edit and add books", vocabulary))
                .containsExactly("remove books", "edit books", "add books");
    }

    @Test
    void oneOperationOnSeveralThingsOrThingsNamedLikeOperationsStayOne() {
        assertThat(EnumeratedOperations.titles("删除用户和角色", vocabulary)).isEmpty();
        assertThat(EnumeratedOperations.titles("users can browse products with pagination and sorting options",
                vocabulary)).isEmpty();
        assertThat(EnumeratedOperations.titles("其他界面可进行模糊查询，增加，删除和修改", vocabulary)).isEmpty();
        assertThat(EnumeratedOperations.titles("The system shall allow users to register", vocabulary)).isEmpty();
    }

    @Test
    void verbsAloneAreOperationsOfTheirOwn() {
        assertThat(EnumeratedOperations.titles("注册与登录", vocabulary)).containsExactly("注册", "登录");
    }

    @Test
    void aChineseStoryWishingForSeveralOperationsNamesEach() {
        assertThat(EnumeratedOperations.wishes("作为登录用户，我希望查看和编辑个人资料，从而建立个人主页并展示身份信息", vocabulary))
                .containsExactly("查看个人资料", "编辑个人资料");
        assertThat(EnumeratedOperations.wishes("作为发帖人，我希望编辑、删除和关闭自己的帖子，从而管理内容生命周期", vocabulary))
                .containsExactly("编辑自己的帖子", "删除自己的帖子", "关闭自己的帖子");
        // one operation wished for is the story itself
        assertThat(EnumeratedOperations.wishes("作为用户，我希望查看金币流水，从而知道每一笔资产变化的原因", vocabulary)).isEmpty();
    }
}
