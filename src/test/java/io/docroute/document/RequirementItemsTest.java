package io.docroute.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.docroute.document.RequirementItems.Item;
import io.docroute.document.RequirementItems.Kind;
import io.docroute.vocabulary.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequirementItemsTest {

    private static final List<String> SRS = lines("""
            Bookshop order service - requirements
            Version 0.3, draft for review.
            The order service covers registration, login and orders.
            FR-1: The system shall let a customer register with an email address. Duplicates are rejected.
            A confirmation mail is sent within one minute.
            FR-2 – Customers can log in with email and password.
            - Five failed attempts lock the account for 15 minutes.

            - Locked accounts unlock after an email link is followed.
            **FR-3** The system shall list a customer's orders, newest first.
            [FR-4] An administrator can cancel an order that has not shipped yet.
            NFR-1: Every page loads in under two seconds.
            Measured at the 95th percentile under normal load.
            FR-5 The system shall export a month of orders as a CSV file.
            """);

    @Test
    void numberedRequirementsBecomeItemsWithIdAndFirstSentenceAsTitle() {
        List<Item> items = RequirementItems.split(SRS);

        assertThat(items).extracting(Item::id).containsExactly("FR-1", "FR-2", "FR-3", "FR-4", "FR-5");
        assertThat(items).extracting(Item::title).containsExactly(
                "The system shall let a customer register with an email address",
                "Customers can log in with email and password",
                "The system shall list a customer's orders, newest first",
                "An administrator can cancel an order that has not shipped yet",
                "The system shall export a month of orders as a CSV file");
        assertThat(items).extracting(Item::kind).containsOnly(Kind.NUMBERED);
    }

    @Test
    void aRequirementsFirstSentenceWrappedOntoLinesThatOpenInLowerCaseIsItsWholeTitle() {
        List<Item> items = RequirementItems.split(lines("""
                FR-9
                • The system shall allow users to filter the leaderboard by
                model type.
                Fit criterion: Users should be able to select the type of algorithm they
                are interested in.
                FR-10
                • The system shall allow users to sort the leaderboards based on
                error rate.
                FR-11
                • The system shall display the progress of running algorithms to users.
                """));

        assertThat(items).extracting(Item::title).containsExactly(
                "The system shall allow users to filter the leaderboard by model type",
                "The system shall allow users to sort the leaderboards based on error rate",
                "The system shall display the progress of running algorithms to users");
    }

    @Test
    void aStoryCardsNameOverTheStoryItsDescriptionGivesIsTheStorysTitle() {
        List<Item> items = RequirementItems.split(lines("""
                Customer
                User Story: As a customer, I want to confirm my reservation so that I can secure the vehicle.
                US Create Account
                - Description: As a non-logged-in user, I want to be able to create an account so that I can post
                - Estimate: 1.5
                - Status: Completed
                US Add Media
                - Description: As a logged-in user, I want to be able to add photos and videos to my reviews
                - Priority: 100
                """));

        assertThat(items).extracting(Item::title).containsExactly(
                "As a customer, I want to confirm my reservation so that I can secure the vehicle",
                "US Create Account", "US Add Media");
        assertThat(items).extracting(Item::kind).containsOnly(Kind.STORY);
    }

    @Test
    void aMethodBeforeWhatTheRequestDoesNamesAnInterfaceThatStatesNoPath() {
        List<Item> items = RequirementItems.split(lines("""
                API Documentation
                GET: Get the session using its session ID and ownerID.
                Returns sessionId, ownerId and status of session.
                POST: Post a new session
                Inserts values of sessionId, ownerId, isStarted into the session table
                PUT: Put a new answer for a question in a specified session
                If successful, return 'Answer Posted' message.
                GET: ping - returns a message, only there for server testing purposes
                """));

        assertThat(items).extracting(Item::title).containsExactly(
                "Get the session using its session ID and ownerID", "Post a new session",
                "Put a new answer for a question in a specified session");
        assertThat(StatedEndpoint.read(List.of("PUT: Put a new answer for a question in a specified session")).method())
                .isEqualTo("PUT");
    }

    @Test
    void storiesNumberedAsSpanishNumbersThemAreItems() {
        List<Item> items = RequirementItems.split(lines("""
                User stories for PetShelter
                1.- As a user i want to sign in on the Application so that i can use it:
                Name
                E-Mail
                4.- As a user i want to log in with my facebook/google account.
                5.- As a user i want to generate reports so that other users can see them.
                """));

        assertThat(items).extracting(Item::kind).containsOnly(Kind.STORY);
        assertThat(items).hasSize(3);
    }

    @Test
    void statementsAsManyAsTheStoriesBeforeThemRestateThem() {
        String listed = """
                US
                1. As a customer, I want to rate the haircut images, so that I can help other customers.
                2. As a customer, I want to find the store location, so that I can reach it.
                3. As a hairdresser, I want to upload images, so that I can show my best haircuts.
                FR
                1. The system shall provide customers a rating feature for haircut images.
                2. The system shall provide a connection to Google Maps.
                3. The system shall provide hairdressers an upload image feature.
                """;
        List<Item> restated = RequirementItems.split(lines(listed));
        List<Item> more = RequirementItems.split(lines(listed
                + "4. The system shall send a reminder the day before an appointment.\n"));

        assertThat(restated).extracting(Item::kind).containsOnly(Kind.STORY);
        assertThat(restated).hasSize(3);
        assertThat(more).hasSize(7);
    }

    @Test
    void aNamedUseCaseIsSpecifiedByItsLabelledPartsItsFlowWithIt() {
        List<Item> items = RequirementItems.split(lines("""
                # 1. Use-Case: Register
                1. Actor: Guest
                2. Preconditions: None
                3. Actions:
                1. User: Enters username and password
                2. System: Checks for data validity
                Use case 7: Remove Product from Shopping List
                Actors: User and system handler
                Pre-condition: User is logged in and has access to their shopping list.
                Post-condition: Product is successfully removed from the shopping list.
                Basic Flow:
                - User opens the shopping list feature within the system.
                - System deletes the selected product from the list.
                Use case 8.1 : Add Product to Inventory
                Actors: User, System
                Pre-condition: User is logged in.
                Post-condition: Product is successfully added to the inventory.
                """));

        assertThat(items).extracting(Item::title).containsExactly("Register", "Remove Product from Shopping List",
                "Add Product to Inventory");
    }

    @Test
    void requirementsLetteredInCapitalsAreItems() {
        List<Item> items = RequirementItems.split(lines("""
                4.1.2 Functional Requirements
                D. Patient can consult doctors.
                E. Patient can chat with available doctors and tell them their issues.
                F. Patient can send their images to the available doctor.
                I. Introduction
                """));

        assertThat(items).extracting(Item::title).containsExactly("Patient can consult doctors",
                "Patient can chat with available doctors and tell them their issues",
                "Patient can send their images to the available doctor");
    }

    @Test
    void aUseCaseTableWhoseOneCellRunsItsPartsTogetherIsTheUseCaseItNames() {
        List<Item> items = RequirementItems.split(lines("""
                | 用例编号：UC01 用例名称：登录 简要说明：该用例描述使用者登录系统 前置条件：无 基本流：1.输入账号 2.系统验证 |
                | 用例编号：UC02 用例名称：管理图书信息 简要说明：管理员对图书进行新增、删除、修改、查询等一系列操作 |
                | 用例编号：UC09 用例名称：增加图书信息 简要说明：该用例描述管理员增加图书 后置条件：新增图书的信息被保存 |
                | 用例编号：UC10 用例名称：删除图书信息 简要说明：该用例描述管理员删除图书 异常流：删除事务出错 |
                """));

        // the use case named for managing the books the next two act on is their group
        assertThat(items).extracting(Item::title).containsExactly("登录", "增加图书信息", "删除图书信息");
    }

    @Test
    void aListNestedUnderAnEnDashAsLatexTypesetsItMarksItsItems() {
        List<Item> items = RequirementItems.split(lines("""
                3.1 Functional Requirements
                The CMS shall provide the following capabilities:
                • Appointment Scheduling:
                – Provide staff with visibility into schedules and the ability to adjust as needed.
                • Record Management:
                – Enable medical staff to document patient visits and treatments.
                • Website Administration:
                – Allow updates to clinic website content, such as announcements.
                """));

        assertThat(items).extracting(Item::title).containsExactly(
                "Provide staff with visibility into schedules and the ability to adjust as needed",
                "Enable medical staff to document patient visits and treatments",
                "Allow updates to clinic website content, such as announcements");
    }

    @Test
    void aDatabaseTablesDefinitionUnderAHeadingNamesNoOperation() {
        Vocabulary vocabulary = Vocabulary.builtIn();
        List<Item> items = RequirementItems.split(lines("""
                # 15. Schedule Table
                | Column Name | Data Type | Constraints | Description |
                | schedule_id | INT | PRIMARY KEY, AUTO_INCREMENT | ID |
                | vehicle_id | INT | FOREIGN KEY | Vehicle |
                # 16. Functional Requirements
                - Add vehicle records
                - Modify trips
                - Cancel trips
                - Log incidents
                - Generate invoices
                """), vocabulary::opensWithOperation, vocabulary::namesOperation);

        assertThat(items).extracting(Item::title).containsExactly(
                "Add vehicle records", "Modify trips", "Cancel trips", "Log incidents", "Generate invoices");
    }

    @Test
    void whatARequirementIsForNamesNoOperationOfItsOwn() {
        List<Item> items = RequirementItems.split(lines("""
                FR-001：本项需求用于明确用户注册相关能力及系统响应规则。
                FR-002：用户应能够主动退出登录。
                FR-003：用户应能够上传视频并填写视频标题。
                FR-004: This section describes the comment features.
                FR-005: Users shall be able to delete their own comments.
                """));

        assertThat(items).extracting(Item::id).containsExactly("FR-002", "FR-003", "FR-005");
    }

    @Test
    void theStatementsNumberedUnderANamedRequirementAreWhatItShallDo() {
        List<Item> items = RequirementItems.split(lines("""
                ● F1.1: User Registration
                1. The system shall allow new users to create accounts using email and password.
                2. The system shall require passwords to be at least 8 characters in length.
                ● F1.2: User Login
                1. The system shall allow registered users to log in using their email and password.
                2. The system shall navigate users to the home screen after successful login.
                ● F1.3: Account Recovery
                1. The system shall send password reset emails to the registered email address.
                """));

        assertThat(items).extracting(Item::id, Item::title).containsExactly(tuple("F1.1", "User Registration"),
                tuple("F1.2", "User Login"), tuple("F1.3", "Account Recovery"));
        assertThat(items.get(0).text()).contains("create accounts using email and password");
    }

    @Test
    void aNamedRequirementsStatementIsWhatItShallDoAndAConstraintMakesItNoOperation() {
        List<Item> items = RequirementItems.split(lines("""
                FR-AUTH-001 — User Registration
                The system shall allow a new user to create an account by providing required registration information.
                FR-AUTH-002 — User Login
                The system shall authenticate a registered user using valid credentials.
                FR-AUTH-005 — Logout
                The system shall provide a logout mechanism that invalidates the refresh-token session.
                FR-AUTH-007 — Protected Resources
                The system shall prevent unauthenticated users from accessing protected application resources.
                FR-FARM-005 — Farm Ownership
                A farmer shall only be able to modify farms they own.
                """));

        assertThat(items).extracting(Item::id, Item::title).containsExactly(tuple("FR-AUTH-001", "User Registration"),
                tuple("FR-AUTH-002", "User Login"), tuple("FR-AUTH-005", "Logout"));
    }

    @Test
    void storiesMarkedWithAnEqualsSignAreItems() {
        List<Item> items = RequirementItems.split(lines("""
                As a Nurse:
                = As a nurse, I want to be able to log in to the system
                so that I can work with the records in the database.
                = As a nurse, I want to be able to create new patient records
                so that a record of the patient's care is available for future reference.
                = As a nurse, I want to be able to order lab tests
                so that I will have relevant information needed to diagnose the patient.
                = Summary
                """));

        assertThat(items).extracting(Item::kind).containsOnly(Kind.STORY);
        assertThat(items).hasSize(3);
    }

    @Test
    void aPagesNumberBetweenARequirementsIdAndItsTextIsNoPartOfIt() {
        List<Item> items = RequirementItems.split(lines("""
                FR-10
                • The system shall allow users to sort the leaderboards.
                FR-11
                • The system shall display the progress of running algorithms to users.
                FR-12
                24
                • The system shall notify users in case of an exception in their algorithm.
                """));

        assertThat(items).extracting(Item::id, Item::title).containsExactly(
                tuple("FR-10", "The system shall allow users to sort the leaderboards"),
                tuple("FR-11", "The system shall display the progress of running algorithms to users"),
                tuple("FR-12", "The system shall notify users in case of an exception in their algorithm"));
    }

    @Test
    void businessRulesWithAnAsideAfterTheirTitleAndATraceabilityTableAreNoRequirements() {
        List<Item> items = RequirementItems.split(lines("""
                ## 3. Functional requirements
                - **FR-1:** The user shall add a member.
                - **FR-2:** The user shall delete a member.
                - **FR-3:** The user shall search members by phone.
                ## 6. Business rules (selected)
                - **BR-1:** Member counts on the dashboard use the join date.
                - **BR-2:** Store revenue by month uses the sale time.
                ## 7. Traceability notes
                | Module | Primary code artifacts |
                |--------|-------------------------|
                | Login | `Form1.cs`, `UserDirectory.cs` |
                | Members | `MembersForm.cs` |
                """));

        assertThat(items).extracting(Item::id).containsExactly("FR-1", "FR-2", "FR-3");
    }

    @Test
    void anIdMayNameItsAreaBetweenItsCodeAndItsNumber() {
        List<Item> items = RequirementItems.split(lines("""
                ### 3.1 Authentication
                | ID | Requirement |
                |---|---|
                | **FR-AUTH-1** | The user shall authenticate with username and password. |
                | **FR-AUTH-2** | The user shall be able to sign out from the dashboard. |
                | **FR-AUTH-3** | The user shall be able to reset a forgotten password by email. |
                | **NFR-SEC-1** | Passwords are stored hashed. |
                """));

        assertThat(items).extracting(Item::id).containsExactly("FR-AUTH-1", "FR-AUTH-2", "FR-AUTH-3");
        assertThat(items).extracting(Item::kind).containsOnly(Kind.NUMBERED);
    }

    @Test
    void aRequirementStatedAsANumberedHeadingOwnsItsFlowsAndCriteria() {
        List<Item> items = RequirementItems.split(lines("""
                ## 3 功能需求
                ### 3.1 FR-01 收支记录新增
                主事件流：
                1. 用户填写分类、金额、日期。
                2. 删除草稿时系统二次确认。
                #### 验收标准
                - 支持 gbk、utf-8 两种编码。
                ### 3.2 FR-02 记录列表与筛选
                1. 筛选结果为空时展示空状态。
                ### 3.3 FR-03 记录删除
                ## 4 数据需求
                - 创建时间 created_at
                """), phrase -> phrase.startsWith("删除") || phrase.startsWith("支持") || phrase.startsWith("创建"));

        assertThat(items).extracting(Item::id).containsExactly("FR-01", "FR-02", "FR-03");
        assertThat(items.get(0).lines()).contains("2. 删除草稿时系统二次确认。", "- 支持 gbk、utf-8 两种编码。");
        assertThat(items.get(1).lines()).hasSize(2);
    }

    @Test
    void continuationLinesBelongToTheItemAboveAndBlankLinesAreDropped() {
        List<Item> items = RequirementItems.split(SRS);

        assertThat(items.get(0).lines()).containsExactly(
                "FR-1: The system shall let a customer register with an email address. Duplicates are rejected.",
                "A confirmation mail is sent within one minute.");
        assertThat(items.get(1).lines()).containsExactly(
                "FR-2 – Customers can log in with email and password.",
                "- Five failed attempts lock the account for 15 minutes.",
                "- Locked accounts unlock after an email link is followed.");
    }

    @Test
    void nonFunctionalRequirementsAreSkippedWithTheirContinuationLines() {
        List<Item> items = RequirementItems.split(SRS);

        assertThat(items.get(3).lines())
                .containsExactly("[FR-4] An administrator can cancel an order that has not shipped yet.");
        assertThat(items).flatExtracting(Item::lines).noneMatch(line -> line.contains("second"));
    }

    @Test
    void linesBeforeTheFirstItemBelongToNoItem() {
        List<Item> items = RequirementItems.split(SRS);

        assertThat(items).flatExtracting(Item::lines).noneMatch(line -> line.contains("draft for review"));
    }

    @Test
    void aMarkdownHeadingEndsAnItem() {
        List<Item> items = RequirementItems.split(lines("""
                REQ-001 Search books by title.
                REQ-002 Search books by author.
                REQ-003 Show a book's details.
                Includes price and stock.
                # Glossary
                A book is any item with an ISBN.
                """));

        assertThat(items.get(2).lines()).containsExactly("REQ-003 Show a book's details.", "Includes price and stock.");
    }

    @Test
    void aPdfsRoundBulletsMarkItemsAsDashesDo() {
        Vocabulary vocabulary = Vocabulary.builtIn();
        List<Item> items = RequirementItems.split(lines("""
                Functional Requirements
                ● Create student profile
                ● Edit student profile
                ● View list of all students
                ○ Full Name
                ● Search students
                ● Create staff profile
                ■ View staff list
                ⚫ Delete staff profile
                ⦁ Search staff
                """), vocabulary::opensWithOperation, vocabulary::namesOperation);

        assertThat(items).extracting(Item::title).containsExactly("Create student profile", "Edit student profile",
                "View list of all students", "Search students", "Create staff profile", "View staff list",
                "Delete staff profile", "Search staff");
    }

    @Test
    void theLinesOfListsUnderLabelsAreItemsOfOneStandingWhateverTheirKind() {
        Vocabulary vocabulary = Vocabulary.builtIn();
        List<Item> items = RequirementItems.split(lines("""
                # 2.1 用户管理模块
                个人中心：
                编辑个人资料（昵称、头像、简介等）。
                查看收藏的诗词。
                查看浏览历史。
                # 2.4 互动交流模块
                评论功能：
                支持回复评论。
                支持点赞评论。
                用户可以对诗词进行评论。
                """), vocabulary::opensWithOperation, vocabulary::namesOperation);

        assertThat(items).extracting(Item::title).containsExactly("编辑个人资料（昵称、头像、简介等）", "查看收藏的诗词",
                "查看浏览历史", "支持回复评论", "支持点赞评论", "用户可以对诗词进行评论");
        // a numbered label is a step of a walk-through, not a list's label
        assertThat(RequirementItems.split(lines("""
                1.用户管理画面：
                点击添加按钮，添加新用户信息；
                点击删除按钮，删除用户；
                """), vocabulary::opensWithOperation, vocabulary::namesOperation)).extracting(Item::kind)
                .doesNotContain(Kind.STATEMENT, Kind.ACTION);
    }

    @Test
    void whatARoleDoesStatedInThePresentIsARequirementStatement() {
        Vocabulary vocabulary = Vocabulary.builtIn();
        List<Item> items = RequirementItems.split(lines("""
                Player requirements: 1.X
                - 1.1 Players need to be able to sign up for the tournament.
                - 1.3 Players add their score to the leaderboard when they finish the tournament.
                Manager requirements: 4.X
                - 4.1 Managers create tournaments.
                - 4.3 Managers usually arrive early.
                - Sections follow the IEEE guidelines.
                """), vocabulary::opensWithOperation, vocabulary::namesOperation);

        assertThat(items).extracting(Item::kind).containsOnly(Kind.STATEMENT);
        assertThat(items).extracting(Item::title).containsExactly(
                "1.1 Players need to be able to sign up for the tournament",
                "1.3 Players add their score to the leaderboard when they finish the tournament",
                "4.1 Managers create tournaments");
    }

    @Test
    void aNonFunctionalSectionEndsTheItemAboveAndOpensNoItem() {
        List<Item> items = RequirementItems.split(lines("""
                需求1：读者可以在线续借图书。
                需求2：读者可以查看借阅历史。
                需求3：馆员可以登记新到的图书。
                登记时扫描书号。
                非功能需求
                系统应支持一千名用户同时在线。
                需求4：管理员可以导出月度报表。
                """));

        assertThat(items).extracting(Item::id).containsExactly("需求1", "需求2", "需求3", "需求4");
        assertThat(items.get(2).lines()).containsExactly("需求3：馆员可以登记新到的图书。", "登记时扫描书号。");
    }

    @Test
    void idsInMarkdownHeadingsOpenItems() {
        List<Item> items = RequirementItems.split(lines("""
                # Loans
                ### FR-1 Borrow a book
                A reader borrows up to ten books.
                ### FR-2 Return a book
                ### FR-3 Extend a loan
                """));

        assertThat(items).extracting(Item::title).containsExactly("Borrow a book", "Return a book", "Extend a loan");
        assertThat(items.get(0).lines()).hasSize(2);
    }

    @Test
    void aYearAfterACodeIsNoId() {
        assertThat(RequirementItems.split(lines("""
                US 2024 sales grew by a tenth.
                US 2025 sales are expected to grow again.
                US 2026 sales are not planned yet.
                """))).isEmpty();
    }

    @Test
    void idsAreRecognisedInTheirCommonSpellingsAfterListMarkersAndEmphasis() {
        List<Item> items = RequirementItems.split(lines("""
                FR1: Add a book to the cart.
                FR 1.2 Remove a book from the cart.
                - FR-01.3 Change the quantity of a cart line.
                * REQ_12 Apply a voucher.
                1. R1.2 Show the cart total.
                F-3 Pay by card.
                | UC-03 | Check out as a guest. |
                UC3: Track a parcel.
                US 4 Rate a book.
                **SRS-FR-7**: Print an invoice.
                REQ-1 – Close the account.
                需求1：用户可以修改昵称。
                功能需求 2 用户可以上传头像。
                """));

        assertThat(items).extracting(Item::id).containsExactly(
                "FR1", "FR 1.2", "FR-01.3", "REQ_12", "R1.2", "F-3", "UC-03", "UC3", "US 4", "SRS-FR-7", "REQ-1",
                "需求1", "功能需求 2");
        assertThat(items).extracting(Item::title)
                .contains("Print an invoice", "Close the account", "用户可以修改昵称", "用户可以上传头像");
    }

    @Test
    void anIdAloneOnItsLineTakesItsTitleFromTheNextLine() {
        List<Item> items = RequirementItems.split(lines("""
                **FR-1**
                The reader can borrow a book.
                **FR-2**
                The reader can return a book.
                **FR-3**
                The reader can extend a loan once.
                """));

        assertThat(items).extracting(Item::title).containsExactly(
                "The reader can borrow a book", "The reader can return a book", "The reader can extend a loan once");
    }

    @Test
    void tableRowsWithIdsInTheFirstColumnAreItemsTitledByTheirProseCell() {
        List<Item> items = RequirementItems.split(lines("""
                | ID | Priority | Description |
                |----|----------|-------------|
                | 2_FUNC_01 | High | The clerk records a new delivery. |
                | 2_FUNC_02 | High | The clerk corrects a delivery's quantity. |
                | 2_NFR_01 | Medium | Deliveries are stored for ten years. |
                | 2_FUNC_03 | Low | The manager prints the monthly delivery report. |
                """));

        assertThat(items).extracting(Item::id).containsExactly("2_FUNC_01", "2_FUNC_02", "2_FUNC_03");
        assertThat(items).extracting(Item::title).containsExactly(
                "The clerk records a new delivery",
                "The clerk corrects a delivery's quantity",
                "The manager prints the monthly delivery report");
        assertThat(items.get(0).lines()).containsExactly("| 2_FUNC_01 | High | The clerk records a new delivery. |");
    }

    @Test
    void eachRowOfATableOfFunctionsIsAnItemNamedByItsFunctionColumn() {
        List<Item> items = RequirementItems.split(lines("""
                软件功能
                | 序号 | 功能名称 | 优先级 | 简要描述 |
                |----|----|----|----|
                | 1 | 物品浏览 | 高 | 用户能根据商品分类查看物品 |
                | 2 | 闲置发布 | 高 | 用户能发布自己的旧物 |
                | 3 | 用户反馈 | 低 | 用户可以提出意见 |

                | 测试功能 | 测试项 | 预期结果 |
                |----|----|----|
                | 注册功能 | 注册界面 | 注册成功 |
                测试结束。
                """));

        assertThat(items).extracting(Item::kind).containsOnly(RequirementItems.Kind.LISTED);
        assertThat(items).extracting(Item::title).containsExactly("物品浏览", "闲置发布", "用户反馈");
        assertThat(items.get(2).lines()).containsExactly("| 3 | 用户反馈 | 低 | 用户可以提出意见 |");
    }

    @Test
    void theHeaderOfATableOfStoriesWithItsTemplatesPlaceholdersIsNoStory() {
        List<Item> stories = RequirementItems.split(lines("""
                |  | As a <type of user> | I want <some goal> | So that <some reason> | Notes |
                | 1 | As a teacher | I want to find books by genre | So that I can plan lessons |  |
                | 2 | As a customer | I want to check in a book | So that others can borrow it |  |
                | 3 | As a librarian | I want to add a copy of a book | So that more people can borrow it |  |
                """));

        assertThat(stories).extracting(Item::title).hasSize(3).noneMatch(title -> title.contains("<"));
    }

    @Test
    void aRequirementsIdMayNameItsAreaByOneLetter() {
        List<Item> items = RequirementItems.split(lines("""
                | ID | Requirement | Status |
                | FR-B-1 | Publish genuinely available slots for a branch and service. | done |
                | FR-B-4 | Take an exclusive hold on a slot before collecting patient details. | done |
                | FR-C-2 | One action to check in, complete, or record a no-show. | done |
                """));

        assertThat(items).extracting(Item::id).containsExactly("FR-B-1", "FR-B-4", "FR-C-2");
    }

    @Test
    void aTwoColumnTableOfModulesThatDescribesNoneNamesNoFunction() {
        Vocabulary vocabulary = Vocabulary.builtIn();
        List<Item> items = RequirementItems.split(lines("""
                Functionality for each Party
                Resident:
                · Sign In
                · Change Password
                · Register Visitor
                Visitor:
                · Search for estate
                · Apply for visit
                Relationships
                | Module | Relationships |
                | Auth |  |
                | Homes | Residents (Many To Many) |
                | Visitors |  |
                """), vocabulary::opensWithOperation, vocabulary::namesOperation);

        assertThat(items).extracting(Item::title)
                .containsExactly("Sign In", "Change Password", "Register Visitor", "Search for estate",
                        "Apply for visit");
    }

    @Test
    void aScrumProductBacklogNamesItsStoriesBesideTheirImportance() {
        List<Item> backlog = RequirementItems.split(lines("""
                ## Iteration 1

                | ID | Name  | Imp | Est | Iter n |How to demo | Notes |
                |:--:| ------- | ------ | ------ |:--:| ------ | ------ |
                | 1 | 用户登录 | 10 | 1 | 1 | 用户授权小程序后即可登录 |  |
                | 2 | 修改个人信息 | 10 | 2 | 1 | 登录成功后可以修改头像、昵称、地址等 | 需要信息：头像、昵称、地址 |
                | 3 | 身份验证 | 20 | 2 | 1 | 验证后确定学生身份或社会人员身份 |  |
                """));

        assertThat(backlog).extracting(Item::title).containsExactly("用户登录", "修改个人信息", "身份验证");
    }

    @Test
    void aBacklogNamesItsItemsInItsColumnOfNamesAndARowOfTheNameCellAloneDescribesTheRowAbove() {
        List<Item> backlog = RequirementItems.split(lines("""
                ### 用户故事
                - 管理员让两个医生来对一张图像进行分析。

                | #    | 名称     | 描述                         | 优先级 | 备注 |
                | ---- | -------- | ---------------------------- | ------ | ---- |
                | 1    | 注册     | 系统常规功能                 | 高     |      |
                | 2    | 查看任务 | 医生可以查看被分配的任务列表 | 中     |      |
                | 3    | 标注图像 | 医生可以在图像上进行标注     | 低     |      |
                """));
        List<Item> described = RequirementItems.split(lines("""
                3.6 Functional Requirements
                | # | Title | Priority |
                | FR1 | Should get preferences from user | Essential |
                |  | The application should get the factors the customers look for in an apartment. |
                | FR 2 | Should be able to edit the preferences | Essential |
                |  | As users' needs change he must be able to change his preferences. |
                | FR 3 | Should calculate similarity between users | Essential |
                |  | The application should calculate the similarities between the users of the application. |
                """));
        List<String> fields = lines("""
                | 名称 | 类型 | 说明 |
                | userId | long | 用户编号 |
                | name | string | 用户名 |
                """);

        assertThat(backlog).extracting(Item::title).containsExactly("注册", "查看任务", "标注图像");
        assertThat(described).extracting(Item::title)
                .containsExactly("Should get preferences from user", "Should be able to edit the preferences",
                        "Should calculate similarity between users");
        assertThat(RequirementItems.split(fields)).isEmpty();
    }

    @Test
    void whatSomeoneCanDoIsAnItemUnlessStoriesSayMore() {
        List<Item> listed = RequirementItems.split(lines("""
                # Groups
                1. user can create group and view groups they belong to
                2. user can invite other users to a group
                3. expense can be split equally or unequally
                4. users can view the members of a group
                """));
        assertThat(listed).extracting(Item::kind).containsOnly(RequirementItems.Kind.CAPABILITY);
        assertThat(listed).extracting(Item::title).containsExactly(
                "user can create group and view groups they belong to", "user can invite other users to a group",
                "users can view the members of a group");

        List<Item> stories = RequirementItems.split(lines("""
                - As a donor I would like to register myself as a donor.
                - User can select a suggested blood group.
                - As a patient I would like to register myself as a patient.
                - An admin can see the available blood stock
                - As a donor I would like to log in to my account.
                - A system user can make a payment by card
                """));
        assertThat(stories).extracting(Item::kind).containsOnly(RequirementItems.Kind.STORY);
    }

    @Test
    void aStoryMayNameItsConditionBeforeTheWishAndCarryAGluedPriorityMark() {
        List<Item> items = RequirementItems.split(lines("""
                *As a user I should be able to post a question
                *As a user, once I have posted a question, I should be able to edit it
                *As a user, once I have received an answer, I should not be able to delete my post.
                As a user, once my question has been answered, I should be able to rate the answer.
                *As a user* is how every story starts.
                \uF0B7 As an admin, I want to remove a question
                """));

        assertThat(items).extracting(Item::kind).containsOnly(RequirementItems.Kind.STORY);
        assertThat(items).extracting(Item::title).containsExactly("As a user I should be able to post a question",
                "As a user, once I have posted a question, I should be able to edit it",
                "As a user, once my question has been answered, I should be able to rate the…",
                "As an admin, I want to remove a question");
    }

    @Test
    void scenariosNamedByALabelAreItemsWithTheirSteps() {
        List<Item> items = RequirementItems.split(lines("""
                User Stories.
                Scenario Title: User logs in the system.
                The user opens the application on the tablet.
                Puts in the credentials which he is registered with.
                Scenario Title: The admin wants to put in a new user.
                The admin opens the administrative tool.
                Creates a new account with a temporary password.
                - Delete the temporary password after the first login
                Use case: Book a room
                1. The guest picks a date.
                用例名称：取消预订
                住客在订单页点击取消。
                """), phrase -> phrase.startsWith("Delete"));

        assertThat(items).extracting(Item::kind).containsOnly(Kind.SCENARIO);
        assertThat(items).extracting(Item::title).containsExactly("User logs in the system",
                "The admin wants to put in a new user", "Book a room", "取消预订");
        assertThat(items.get(1).lines()).hasSize(4);
    }

    @Test
    void aNumberedRequirementThatConstrainsIsNoItem() {
        List<Item> items = RequirementItems.split(lines("""
                FR1 Faculty must be able to log in and request a time slot.
                FR2 Admin must be able to approve or reject the request.
                FR3 The system must notify the faculty of the request's status.
                FR4 All requests and updates must be logged in the database.
                FR5 Railway and Vercel must be used to automate deployment.
                """));

        assertThat(items).extracting(Item::id).containsExactly("FR1", "FR2", "FR3");
    }

    @Test
    void aTableOfContentsEntryIsNoItem() {
        List<Item> items = RequirementItems.split(lines("""
                Table of Contents
                Use Case 1: Request Time Slot (Faculty)........................5
                Use Case 2: Approve Request (Admin). . . . . . . 6
                Functional requirements
                FR1 Faculty must be able to request a time slot.
                FR2 Admin must be able to approve a request.
                FR3 The system must notify the faculty.
                Use Case 1: Request Time Slot (Faculty)
                Use Case 2: Approve Request (Admin)
                """));

        assertThat(items).extracting(Item::id).containsExactly("FR1", "FR2", "FR3", "Use Case 1", "Use Case 2");
        assertThat(items.get(3).title()).isEqualTo("Request Time Slot (Faculty)");
    }

    @Test
    void aStorysScenariosStayWithTheStory() {
        List<Item> items = RequirementItems.split(lines("""
                As a reader, I want to reserve a book.
                Scenario: the book is on loan
                Given the book is on loan, then the reservation is queued.
                As a reader, I want to cancel a reservation.
                As a librarian, I want to see all open reservations.
                """));

        assertThat(items).extracting(Item::kind).containsOnly(Kind.STORY);
        assertThat(items).hasSize(3);
        assertThat(items.get(0).lines()).hasSize(3);
    }

    @Test
    void aStorysRoleOnALineOfItsOwnMayNameSeveralRoles() {
        List<Item> items = RequirementItems.split(lines("""
                1. As a member of staff at the University of Victoria,
                   I want to review and cancel my booking,
                   So that I can reschedule it.
                2. As a member of staff of the University of Victoria with the role of Staff, Admin, or Registrar,
                   I want to be able to sign into my account through a simple sign-in page,
                   so that I can complete actions within the website.
                3. As a Registrar employee at the University of Victoria,
                   I want to overwrite any booking.
                """));

        assertThat(items).extracting(Item::kind).containsOnly(Kind.STORY);
        assertThat(items).hasSize(3);
        assertThat(items.get(1).text()).startsWith("As a member of staff of the University of Victoria with the role "
                + "of Staff, Admin, or Registrar, I want to be able to sign into my account");
    }

    @Test
    void aNumberedStorysNameOverItsStoryIsOneRequirement() {
        List<Item> items = RequirementItems.split(lines("""
                US01 – Apply for Leave
                As an employee, I want to submit a leave request so that I can take time off.
                Acceptance Criteria
                Given the employee is logged in
                US02 – View Leave Balance
                As an employee, I want to view my remaining leave balance.
                US03 – Cancel Leave
                As an employee, I want to cancel a leave.
                """));

        assertThat(items).extracting(Item::id).containsExactly("US01", "US02", "US03");
        assertThat(items).extracting(Item::title).containsExactly("Apply for Leave", "View Leave Balance",
                "Cancel Leave");
        assertThat(items.get(0).lines()).anySatisfy(line -> assertThat(line).contains("submit a leave request"));
    }

    @Test
    void aStoryCardsIdWithItsPriorityAndItsNameOverItsStoryIsOneRequirementNamedByTheCard() {
        List<Item> cards = RequirementItems.split(lines("""
                US-1.1 P0
                Email Registration
                As a new user, I want to create an account with email and password, so that my data is saved.
                - Email, password, and confirm password fields with validation
                US-1.2 P0
                Email Sign-In
                As a returning user, I want to sign in with my email and password, so that I can see my games.
                US-3.4 P1
                View Team Profile (Personal Stats)
                As a user, I want to see my personal stats for a specific team, so that I know my record.
                """));
        List<Item> template = RequirementItems.split(lines("""
                US-1 P0
                Front of the card
                As a receptionist, I want to access the information of online registered customers.
                US-2 P0
                Front of the card
                As a customer, I want to book a room online so that I can stay.
                US-3 P1
                Front of the card
                As a customer, I want to cancel my booking so that I get my money back.
                """));

        assertThat(cards).extracting(Item::id).containsExactly("US-1.1", "US-1.2", "US-3.4");
        assertThat(cards).extracting(Item::title).containsExactly("Email Registration", "Email Sign-In",
                "View Team Profile (Personal Stats)");
        // a template's label in lower case names no card: each story keeps its own words
        assertThat(template).extracting(Item::title).contains(
                "As a customer, I want to book a room online so that I can stay",
                "As a customer, I want to cancel my booking so that I get my money back");
    }

    @Test
    void aRowOfATableWhoseFirstColumnHoldsTheRequirementsIdsIsARequirementWhateverItsCode() {
        List<Item> items = RequirementItems.split(lines("""
                ## 1. Renter Management
                | Req ID | Requirement | Priority | Status |
                | RM-001 | Primary Leaseholder Capture renter's full name, unit number and rent. | High | Complete |
                | RM-002 | Co-Leaseholder Allow a co-leaser to be added for each renter. | High | Complete |
                ## 2. Invoices
                | Req ID | Requirement | Priority | Status |
                | INV-001 | Auto-Generate Invoices Automatically create invoices for active renters. | High | Complete |
                | INV-002 | Editable Invoices Allow editing of invoice details and line items. | High | Complete |
                """));
        List<Item> versions = RequirementItems.split(lines("""
                | Version | Change | Author |
                | V1.0 | Create the first draft of the document. | Li |
                | V1.1 | Add the login requirements. | Li |
                | V2.0 | Add the order requirements. | Wang |
                | V2.1 | Remove the payment chapter. | Wang |
                """));

        assertThat(items).extracting(Item::id).containsExactly("RM-001", "RM-002", "INV-001", "INV-002");
        assertThat(versions).isEmpty();
    }

    @Test
    void aNumberRunIntoTheStoryItMarksMarksIt() {
        List<Item> items = RequirementItems.split(lines("""
                Functional Requirements
                9. As a user, I would like to fulfill bets using a payment API
                10.As a user, I would like to view my open bets
                11.As a user, I would like to edit my open bets
                12.As a user, I would like to cancel my open bets
                13.As a user, I would like to confirm the cancellation of a bet
                """));

        assertThat(items).extracting(Item::title).containsExactly(
                "As a user, I would like to fulfill bets using a payment API",
                "As a user, I would like to view my open bets", "As a user, I would like to edit my open bets",
                "As a user, I would like to cancel my open bets",
                "As a user, I would like to confirm the cancellation of a bet");
    }

    @Test
    void theListUnderAUseCaseDiagramsLeadInNamesItsUseCases() {
        List<Item> diagram = RequirementItems.split(lines("""
                #### 3.2.1 作品展示系统
                · 主要参与者：访客、鉴赏家
                · 包含用例：
                · 浏览作品网格
                · 查看作品详情
                · 3D模型交互
                · 扩展关系：查看作品详情可扩展为查看3D模型、播放视频
                #### 3.2.2 后台管理系统
                · 包含用例：
                · 登录后台
                · 作品排序管理
                · 系统设置
                """));
        List<Item> parking = RequirementItems.split(lines("""
                · Use Cases:
                · Search for a Vacant Spot: Helps the customer locate an available parking space.
                · Park the Car: Once the vacant spot has been found, the customer parks the car.
                · See the Fine: Allows the customer to view any fines associated with their parking.
                · ER Diagram:
                · The relationship between the three different entities is described below:
                """));
        List<Item> notifications = RequirementItems.split(lines("""
                • Use Cases:
                – Taxi is approaching.
                – Ride accepted or declined.
                – Route changes or delays.
                """));

        assertThat(diagram).extracting(Item::title).containsExactly("浏览作品网格", "查看作品详情", "3D模型交互", "登录后台",
                "作品排序管理", "系统设置");
        assertThat(parking).extracting(Item::title).containsExactly("Search for a Vacant Spot", "Park the Car",
                "See the Fine");
        assertThat(notifications).isEmpty();
    }

    @Test
    void aUseCaseWhoseBasicAndOptionalUseCasesAreListedIsTheirGroup() {
        List<Item> items = RequirementItems.split(lines("""
                ### Use Case 1 注册登录
                用例图
                基本用例
                - 学生注册：填写基本信息，提交注册信息
                - 学生登录：填写邮箱、填写密码、选择登录类型为学生
                选作用例
                - 忘记密码： 忘记密码，通过邮箱重置密码
                用例名称
                组织/学生注册与登录
                流程
                - 学生注册，填写对应的学生基本信息，提交注册信息
                ### Use Case 2 查看平台任务
                用例图
                基本用例
                - 搜索任务：输入搜索的关键词，可以得到对应的任务
                """));

        assertThat(items).extracting(Item::title).containsExactly("学生注册", "学生登录", "忘记密码", "搜索任务");
    }

    @Test
    void aTrackersKeyBeforeAStoryIsItsId() {
        List<Item> items = RequirementItems.split(lines("""
                CCM-24 As a Club Employee, I want access to membership status so that members know it is active
                CCM-23 As a Club Employee, I want to check-in members and guests so that I can verify them
                CCM-22 As a Club Employee, I want to search members from the database so that I can help
                """));

        assertThat(items).extracting(Item::id).containsExactly("CCM-24", "CCM-23", "CCM-22");
    }

    @Test
    void aStoryWrittenOverSeveralLinesIsOneStoryWithItsCriteria() {
        List<Item> items = RequirementItems.split(lines("""
                ### AUTH-001: User Registration
                **As a** business owner
                **I want to** create an account with email and password
                **So that** I can manage my business finances.

                **Acceptance Criteria:**
                - [ ] Registration form accepts email and password inputs
                - [ ] System prevents duplicate email registration

                ### AUTH-002: User Login
                **As a** business owner
                **I want to** log in with my email and password

                **Acceptance Criteria:**
                - [ ] Failed login displays a clear error message

                ### AUTH-003: User Logout
                **As a** logged-in user
                **I want to** log out of my account
                """));

        assertThat(items).extracting(Item::kind).containsOnly(Kind.STORY);
        assertThat(items).hasSize(3);
        assertThat(items.get(0).text()).startsWith(
                "As a business owner, I want to create an account with email and password So that I can manage");
        assertThat(items.get(0).lines()).anySatisfy(line -> assertThat(line).contains("duplicate email"));
    }

    @Test
    void aStoryWhosePurposeComesBeforeItsWishIsReadWishFirst() {
        List<Item> items = RequirementItems.split(lines("""
                ### User Story 1
                As a user,
                So I can use the app,
                I want to sign up.

                ### User Story 2
                As a host,
                So that I can check before someone rents my place,
                I want to be able to confirm the booking.

                ### User Story 3
                As a user,
                So I can make money,
                I want to list a space.
                """));

        assertThat(items).extracting(Item::title).containsExactly("As a user, I want to sign up",
                "As a host, I want to be able to confirm the booking", "As a user, I want to list a space");
        assertThat(items.get(0).text()).isEqualTo("As a user, I want to sign up. So I can use the app");
    }

    @Test
    void aStoryWhosePartsATemplateLabelsIsOneStory() {
        List<Item> items = RequirementItems.split(lines("""
                # Projects

                AS a: Designer
                I want: View Multiple Projects
                so that: I can manage multiple projects

                AS a: Designer
                I want: Search projects
                so that: I can narrow down the correct project for a client

                AS a: Designer
                I want: Delete Projects
                so that: I can clean up stale projects
                """));

        assertThat(items).extracting(Item::kind).containsOnly(RequirementItems.Kind.STORY);
        assertThat(items).extracting(Item::text).containsExactly(
                "AS a Designer, I want View Multiple Projects so that I can manage multiple projects",
                "AS a Designer, I want Search projects so that I can narrow down the correct project for a client",
                "AS a Designer, I want Delete Projects so that I can clean up stale projects");
    }

    @Test
    void aRelativeClauseAfterTheThingActedOnLeavesAnOperationBrief() {
        Vocabulary vocabulary = Vocabulary.builtIn();
        List<Item> items = RequirementItems.split(lines("""
                ### Teacher:
                1. Create a course
                2. Add a homework to a course that he’s participated in
                3. Delete a homework from a course that he’s participated in
                4. Edit a homework’s deadline in a course that he’s participated in
                5. View homeworks in a course that he’s participated in
                6. Users often ask for many more things than a short list of operations could ever hold
                """), vocabulary::opensWithOperation);

        assertThat(items).extracting(Item::title).containsExactly("Create a course",
                "Add a homework to a course that he’s participated in",
                "Delete a homework from a course that he’s participated in",
                "Edit a homework’s deadline in a course that he’s participated in",
                "View homeworks in a course that he’s participated in");
    }

    @Test
    void whatTheRoleAboveCanDoIsACapabilityAndQualityRequirementsAreNone() {
        Vocabulary vocabulary = Vocabulary.builtIn();
        List<Item> items = RequirementItems.split(lines("""
                # 一、功能需求
                用户：
                · 可以向该网站上传图片以及下载自己想要的图片
                · 可以关注其他用户
                管理员：
                · 可以添加屏蔽词
                # 五、质量需求
                1、并发用户数：能够支持1000人同时访问
                """), vocabulary::opensWithOperation);

        assertThat(items).extracting(Item::kind).containsOnly(Kind.CAPABILITY);
        assertThat(items).extracting(Item::title).containsExactly("可以向该网站上传图片以及下载自己想要的图片", "可以关注其他用户",
                "可以添加屏蔽词");
    }

    @Test
    void aChineseCapabilityMayFirstSayOnWhichScreen() {
        Vocabulary vocabulary = Vocabulary.builtIn();
        List<Item> items = RequirementItems.split(lines("""
                ### 管理员界面
                ① 评分表管理界面，管理员可以对评分表进行增删改查
                ② 学生管理界面，管理员可以对学生进行增删改查
                ③ 班级管理页面，管理员可以设置班级的小组个数
                ④ 评价管理界面，显示所有小组提交的评分表
                """), vocabulary::opensWithOperation);

        assertThat(items).extracting(Item::kind).containsOnly(Kind.CAPABILITY);
        assertThat(items).extracting(Item::title).containsExactly("评分表管理界面，管理员可以对评分表进行增删改查",
                "学生管理界面，管理员可以对学生进行增删改查", "班级管理页面，管理员可以设置班级的小组个数");
    }

    @Test
    void aUseCaseTableOfPropertiesIsTheUseCaseItNames() {
        List<Item> items = RequirementItems.split(lines("""
                ## 3.2.1 用户信息管理模块
                表3-1 “注册”用例介绍表
                | 编号 | 101 | 用例名称 | 注册 |
                | 使用人员 | 未注册用户（游客） | 扩展点 | 无 |
                | 活动步骤 | 1. 未注册用户选择注册 2. 系统返回一个注册页面 |
                表3-2 “登录”用例介绍表
                | 编号 | 102 | 用例名称 | 登录 |
                | 使用人员 | 已注册用户 | 扩展点 | 无 |
                表3-3 “修改个人信息”用例介绍表
                | 用例名称 | 修改个人信息 |
                | 参与者 | 已注册用户 |
                表3-4 “发布楼盘”用例介绍表
                | 用例名称： | 企业用户发布楼盘 |
                | 参与者实例： | corporation |
                """));

        assertThat(items).extracting(Item::kind).containsOnly(Kind.SCENARIO);
        assertThat(items).extracting(Item::title).containsExactly("注册", "登录", "修改个人信息", "企业用户发布楼盘");
    }

    @Test
    void circledNumbersMarkItems() {
        Vocabulary vocabulary = Vocabulary.builtIn();
        List<Item> items = RequirementItems.split(lines("""
                1. 读者需求：
                ① 查询图书馆藏书（按书名、作者、分类）；
                ②借阅图书、归还图书、续借图书；
                ③ 修改个人信息（联系方式、密码等）。
                2. 系统管理员需求：
                ❶ 管理读者账号、权限；
                ❷ 查看全馆借阅统计、罚款收入统计；
                ❸ 设置借阅规则（如借阅天数、续借次数、逾期罚金率）。
                """), vocabulary::opensWithOperation);

        // an item must open with an operation, and 管理 names none
        assertThat(items).extracting(Item::title).containsExactly("查询图书馆藏书（按书名、作者、分类）",
                "借阅图书、归还图书、续借图书", "修改个人信息（联系方式、密码等）", "查看全馆借阅统计、罚款收入统计",
                "设置借阅规则（如借阅天数、续借次数、逾期罚金率）");
    }

    @Test
    void whatMakesAStoryAcceptableAreItsCriteria() {
        List<Item> items = RequirementItems.split(lines("""
                **As a registered user, I would like to view my profile.**
                This user story is acceptable when:
                1.	A signed in user is able to locate and click the my profile button.
                2.	After clicking the button, the user is taken to a page with their profile information.

                **As a registered user, I would like to post a new listing.**
                This user story is acceptable when:
                1.	A signed in user is able to locate and click the post button.

                **As a registered user, I would like to bookmark a listing.**
                Definition of done:
                1.	A registered user is able to click the bookmark button on a listing.
                """));

        assertThat(items).extracting(Item::title).containsExactly(
                "As a registered user, I would like to view my profile",
                "As a registered user, I would like to post a new listing",
                "As a registered user, I would like to bookmark a listing");
    }

    @Test
    void englishUserStoriesKeepTheirAcceptanceCriteria() {
        List<Item> items = RequirementItems.split(lines("""
                Stories for the library app.
                As a reader, I want to reserve a book so that I can pick it up later.
                Acceptance criteria:
                - Given the book is on loan, the reservation is queued.
                - A reader holds at most five reservations.

                As a librarian I can see all open reservations.

                Given a reservation is older than a week
                Then it is shown in red.
                As the admin I can disable a reader account.
                Reporting
                The monthly report is out of scope for now.
                """));

        assertThat(items).extracting(Item::kind).containsOnly(Kind.STORY);
        assertThat(items).extracting(Item::id).containsOnlyNulls();
        assertThat(items).extracting(Item::title).containsExactly(
                "As a reader, I want to reserve a book so that I can pick it up later",
                "As a librarian I can see all open reservations",
                "As the admin I can disable a reader account");
        assertThat(items.get(0).lines()).hasSize(4);
        assertThat(items.get(1).lines()).endsWith("Then it is shown in red.");
        assertThat(items.get(2).lines()).containsExactly("As the admin I can disable a reader account.");
    }

    @Test
    void anEpicsOwnStoryIsTheUmbrellaOfItsSubStoriesNotAnItem() {
        List<Item> items = RequirementItems.split(lines("""
                Epic 1:
                As a student, I want the ability to secure my account so that only I can access it.

                Sub Stories:
                As a student, I want the ability to log in with an email and password so that my account is mine.

                As a student, I want the ability to log out so that I can exit securely.

                Epic 2: As a student, I want the ability to talk with other members so that I can collaborate.
                Sub Stories:
                As a student, I want the ability to send messages so that I can communicate.
                """));

        assertThat(items).extracting(Item::title).containsExactly(
                "As a student, I want the ability to log in with an email and password so that…",
                "As a student, I want the ability to log out so that I can exit securely",
                "As a student, I want the ability to send messages so that I can communicate");
    }

    @Test
    void checkboxesUnderAStorysAcceptanceCriteriaStayWithTheStory() {
        List<Item> items = RequirementItems.split(lines("""
                US-1: As a member, I want to renew my membership online.
                Acceptance criteria
                - [ ] card payment is accepted
                - [ ] a receipt is mailed
                US-2: As a member, I want to see my loan history.
                US-3: As a member, I would like to get a reminder before a loan is due.
                """));

        assertThat(items).extracting(Item::id).containsExactly("US-1", "US-2", "US-3");
        assertThat(items).extracting(Item::kind).containsOnly(Kind.STORY);
        assertThat(items.get(0).lines()).hasSize(4);
    }

    @Test
    void chineseUserStoriesAreItems() {
        List<Item> items = RequirementItems.split(lines("""
                用户故事
                作为读者，我希望按书名搜索图书，以便快速找到想借的书。
                验收标准：
                - 支持模糊匹配
                作为馆员，我可以登记新到的图书。
                作为管理员我想要导出借阅记录。
                """));

        assertThat(items).extracting(Item::kind).containsOnly(Kind.STORY);
        assertThat(items).extracting(Item::title).containsExactly(
                "作为读者，我希望按书名搜索图书，以便快速找到想借的书", "作为馆员，我可以登记新到的图书", "作为管理员我想要导出借阅记录");
        assertThat(items.get(0).lines()).containsExactly(
                "作为读者，我希望按书名搜索图书，以便快速找到想借的书。", "验收标准：", "- 支持模糊匹配");
    }

    @Test
    void aBacklogsEstimatesAndReleaseMarksBeforeItsItemsAreNoPartOfThem() {
        List<Item> items = RequirementItems.split(lines("""
                 - [20] [mvp] I can log in
                 - [13] [mvp+] I can repost a post
                 - [] [mvp++] I can tag my posts with categories
                 - [See the sketch](sketch.png) for the layout
                """));

        assertThat(items).extracting(Item::kind).containsOnly(Kind.CAPABILITY);
        assertThat(items).extracting(Item::title).containsExactly(
                "I can log in", "I can repost a post", "I can tag my posts with categories");
    }

    @Test
    void checklistLinesAreItemsWithTheirNestedBullets() {
        List<Item> items = RequirementItems.split(lines("""
                Release 2 scope
                - [x] add user with role
                  - roles: admin, clerk
                - [ ] disable a user
                * [X] reset a password by mail
                - link expires after one hour
                - [ ] **FR-9** audit every login
                """));

        assertThat(items).extracting(Item::kind).containsOnly(Kind.CHECKLIST);
        assertThat(items).extracting(Item::title).containsExactly(
                "add user with role", "disable a user", "reset a password by mail", "audit every login");
        assertThat(items.get(0).lines()).containsExactly("- [x] add user with role", "- roles: admin, clerk");
        assertThat(items.get(2).lines()).hasSize(2);
        assertThat(items.get(3).id()).isEqualTo("FR-9");
    }

    @Test
    void otherKindsJoinOnceOneKindHasEnoughItems() {
        List<Item> items = RequirementItems.split(lines("""
                FR-1 Create a shelf.
                FR-2 Rename a shelf.
                As a reader, I want to follow a shelf.
                FR-3 Delete an empty shelf.
                """));

        assertThat(items).extracting(Item::kind)
                .containsExactly(Kind.NUMBERED, Kind.NUMBERED, Kind.STORY, Kind.NUMBERED);
    }

    @Test
    void checklistTasksGiveWayToRequirementsOfTheirOwnKind() {
        List<Item> items = RequirementItems.split(lines("""
                ## Done
                - [x] Set up the repository
                ## Shelves
                - [x] As a reader, I can create a shelf.
                - [ ] As a reader, we can rename a shelf.
                - [ ] As the system, I archive a shelf nobody opened for a year.
                ## Milestones
                - [ ] Phase 1 complete (week 2)
                - [ ] Pilot with two libraries
                """));

        assertThat(items).extracting(Item::kind).containsOnly(Kind.STORY);
        assertThat(items).extracting(Item::title).containsExactly("As a reader, I can create a shelf",
                "As a reader, we can rename a shelf", "As the system, I archive a shelf nobody opened for a year");
    }

    @Test
    void aNonFunctionalSectionIsPassedOverDownToTheNextHeadingOfItsLevel() {
        List<Item> items = RequirementItems.split(lines("""
                ## 3. Functional Requirements
                ### 3.1 Shelves
                * The system shall allow readers to create shelves
                * The system shall allow readers to share a shelf
                ## 4. Non-Functional Requirements
                ### 4.1 Usability
                * The system shall support responsive design
                ### 4.2 Security
                * The system shall allow admins to rotate keys monthly
                ## 5. Reports
                * The system shall export a shelf as CSV
                ### 5.1 Performance Requirements
                * The system shall answer a search within one second
                """));

        assertThat(items).extracting(Item::title).containsExactly("The system shall allow readers to create shelves",
                "The system shall allow readers to share a shelf", "The system shall export a shelf as CSV");
    }

    @Test
    void aQualityAskedOfTheSystemIsNoOperation() {
        List<Item> items = RequirementItems.split(lines("""
                ## 3. Functional Requirements
                - The administrator shall be able to add a teacher
                - The administrator shall be able to edit a teacher's name
                - The management system shall view search results within 2 seconds
                - Users should be able to access the portal via web browsers on desktop computers
                - The administrator shall be able to delete a teacher
                """));

        assertThat(items).extracting(Item::title).containsExactly("The administrator shall be able to add a teacher",
                "The administrator shall be able to edit a teacher's name",
                "The administrator shall be able to delete a teacher");
    }

    @Test
    void aQuestionPutToTheReaderIsNoRequirement() {
        List<Item> items = RequirementItems.split(lines("""
                ## 3. Functional Requirements
                - The system shall allow users to submit algorithms to be tested
                - The system shall report the results of submitted algorithms
                - The system shall allow users to sort the leaderboard
                ## 6. Lifelong Learning
                Please answer the following questions:
                1. What knowledge and skills will the team collectively need to acquire
                to successfully complete this capstone project? Examples include domain knowledge.
                2. How can we efficiently handle user authentication and role-based access (e.g., student,
                admin, teacher)?
                """));

        assertThat(items).extracting(Item::title).containsExactly(
                "The system shall allow users to submit algorithms to be tested",
                "The system shall report the results of submitted algorithms",
                "The system shall allow users to sort the leaderboard");
    }

    @Test
    void aChapterOnWhatTheProductIsBuiltWithIsPassedOver() {
        List<Item> items = RequirementItems.split(lines("""
                ## 6. Functional Requirements
                * The system shall allow drivers to announce their routes
                * The system shall allow passengers to rate a trip
                * The system shall allow drivers to update their seats
                ## 7. Technology Requirements
                ### 7.2 Backend
                * The system shall deploy without managing containers
                * The system shall sync reactive queries in real time
                ## 8. Tech Stack
                * The system shall manage its state with Redux
                """));

        assertThat(items).extracting(Item::title).containsExactly(
                "The system shall allow drivers to announce their routes",
                "The system shall allow passengers to rate a trip",
                "The system shall allow drivers to update their seats");
    }

    @Test
    void theUseCasesADiagramDeclaresAreItemsThoseAnotherIncludesItsStepsAndAManagedGroupNone() {
        List<Item> items = RequirementItems.split(lines("""
                ```plantuml
                @startuml
                actor "领养人" as Adopter
                package "领养申请" {
                    usecase "提交领养申请" as UC_Submit
                    usecase "填写领养原因" as UC_FillReason
                    usecase "查看我的申请" as UC_ViewMine
                    usecase (取消申请)
                    usecase "申请管理" as UC_Applications
                }
                Adopter --> UC_Submit
                UC_Submit ..> UC_FillReason : <<include>>
                @enduml
                ```
                """));

        assertThat(items).extracting(Item::title).containsExactly("提交领养申请", "查看我的申请", "取消申请");
    }

    @Test
    void howTheDataIsKeptAndTheExternalInterfacesStateNoRequirement() {
        List<Item> items = RequirementItems.split(lines("""
                ## 3. System features and functional requirements
                ### 3.4 Members management
                - The system shall allow the admin to add a member
                - The system shall allow the admin to renew a subscription
                ### 3.11 Data persistence
                - All primary entities shall load from and save to gym_data.json
                ### 3.12 External interfaces
                - WhatsApp (browser): Open https://wa.me/ with the phone and the message
                ### 3.13 Trainers
                - The system shall allow the admin to assign a trainer
                """));

        assertThat(items).extracting(Item::title).containsExactly("The system shall allow the admin to add a member",
                "The system shall allow the admin to renew a subscription",
                "The system shall allow the admin to assign a trainer");
    }

    @Test
    void aUseCaseThatExtendsAnotherIsAStepOfItWhicheverWayTheArrowIsDrawn() {
        List<Item> items = RequirementItems.split(lines("""
                @startuml
                usecase "浏览宠物列表" as UC_BrowseList
                usecase "按物种筛选" as UC_FilterSpecies
                usecase "按性别筛选" as UC_FilterGender
                usecase "审核申请" as UC_Review
                usecase "通过申请" as UC_Approve
                usecase "拒绝申请" as UC_Reject
                usecase "查看订单" as UC_ViewOrders
                UC_BrowseList ..> UC_FilterSpecies : <<extend>>
                UC_BrowseList ..> UC_FilterGender : <<extend>>
                UC_Approve .> UC_Review : <<extend>>
                UC_Reject .> UC_Review : <<extend>>
                @enduml
                """));

        assertThat(items).extracting(Item::title).containsExactly("浏览宠物列表", "审核申请", "查看订单");
    }

    @Test
    void aHeadingListingAQualityAmongOthersIsPassedOverToo() {
        List<Item> items = RequirementItems.split(lines("""
                ## 7. Functional Requirements
                * The system shall allow patients to book a slot
                * The system shall allow patients to cancel a booking
                ## 8. Privacy and PDPL
                * The system shall log every staff access to patient data
                ## 9. Bilingual, SEO, accessibility
                * The system shall allow switching the UI language
                ## 10. Design & User Experience
                * The system shall show a dark theme
                ## 11. Privacy Settings Sync
                * The system shall allow patients to export their data
                """));

        assertThat(items).extracting(Item::title).containsExactly("The system shall allow patients to book a slot",
                "The system shall allow patients to cancel a booking",
                "The system shall allow patients to export their data");
    }

    @Test
    void aChineseQualityOfAnyNameIsPassedOverLikeTheNamedOnes() {
        List<Item> items = RequirementItems.split(lines("""
                ## 5. 功能需求
                - 系统应允许用户创建任务清单
                - 系统应允许用户分享成就
                ## 6. 稳定性
                - 系统应支持故障自动恢复
                ## 7. 可扩展性
                - 系统应支持多语言国际化
                ## 8. 可测试性需求
                - 系统应支持单元测试全覆盖
                ## 9. 统计
                - 系统应允许管理员导出报表
                """));

        assertThat(items).extracting(Item::title).containsExactly("系统应允许用户创建任务清单", "系统应允许用户分享成就",
                "系统应允许管理员导出报表");
    }

    @Test
    void theTemplatesSystemRequirementsAndSupportingSoftwareHeadingsStateNoRequirement() {
        List<Item> items = RequirementItems.split(lines("""
                ## 2.1系统需求
                - 用户可以注册账号。
                - 用户可以发布商品。
                - 用户可以删除自己的商品。
                ## 4.2支持软件
                - 操作系统：Android 8 以上
                ## 4.3 支持平台
                - 应用可以在 macOS 和 Windows 上运行
                """));

        assertThat(items).extracting(Item::title).containsExactly("用户可以注册账号", "用户可以发布商品", "用户可以删除自己的商品");
    }

    @Test
    void aFunctionsInputProcessingAndOutputUnderItsHeadingAreItsPartsNotRequirements() {
        Vocabulary vocabulary = Vocabulary.builtIn();
        List<Item> items = RequirementItems.split(lines("""
                ## 3.1 功能需求
                ### 3.1.2 数据填报(企业用户)
                a. 输入: 企业就业人数
                b. 处理: 记录企业的就业人数
                c. 输出: 输出数据填报操作的操作状态(填报成功、填报失败)
                ### 3.1.3 数据查询(企业用户)
                a. 输入: 无
                b. 处理: 查询本企业以往的数据状态
                c. 输出: 本企业以往的数据状态
                ### 3.1.15 发布通知(省用户)
                a. 输入: 通知内容
                b. 处理: 在通知信息中新建通知并发布
                c. 输出: 发布的通知内容
                """), vocabulary::opensWithOperation, vocabulary::namesOperation);

        assertThat(items).isEmpty();
    }

    @Test
    void theTemplatesInterfaceSectionsBusinessRulesAndOverviewFrameTheRequirements() {
        List<Item> items = RequirementItems.split(lines("""
                ## 2.2 Product Functions
                * Restaurant Discovery: users can discover restaurants near them
                ## 2.3 Users and Characteristics
                * Technical Expertise: Higher technical expertise required
                ## 3.1 User Interfaces
                * The UI shall provide clear navigation (e.g., a navigation bar)
                ## 4.1 Functional Requirements
                * REQ-1: The system shall provide a login page for existing users.
                * REQ-2: All users shall be able to view a list of all campgrounds.
                * REQ-3: The system shall restrict access to creation functions to authenticated users.
                * REQ-4: The system shall perform server-side validation on all review submissions.
                ## 5.5 Business Rules
                * BR-1: A user can only modify or delete content that they are the author of.
                6 Other Requirements
                * REQ-F1: The system shall provide functionality for users to upload images.
                ## 7. System Architecture
                * REQ-21: The system shall allow the server to receive requests from the web client.
                """));

        assertThat(items).extracting(Item::id).containsExactly("REQ-1", "REQ-2", "REQ-F1");
    }

    @Test
    void anOverviewsListOfFunctionsIsTheRequirementsWhereNothingElseStatesThem() {
        List<Item> items = RequirementItems.split(lines("""
                ## 2.2 Product Functions
                * The system shall allow employees to submit an expense report
                * The system shall allow managers to approve an expense report
                * The system shall allow accountants to reimburse an expense report
                ## 3. Non-Functional Requirements
                * The system shall answer within one second
                """));

        assertThat(items).extracting(Item::title).containsExactly(
                "The system shall allow employees to submit an expense report",
                "The system shall allow managers to approve an expense report",
                "The system shall allow accountants to reimburse an expense report");
    }

    @Test
    void aFeaturesOwnCodeBeforeARequirementIsItsId() {
        List<Item> items = RequirementItems.split(lines("""
                ### 4.2.3 Functional Requirements
                IC-1: The system shall allow users to search for items by title, author and ISBN.
                AM-3 The system shall allow librarians to edit their personal information.
                AM-4: The system shall allow librarians to create library member accounts.
                RE-7: The system shall employ a hybrid recommendation approach.
                RE-8: The system shall automatically store account details of library members.
                ISO-9001 certification is out of our hands.
                """));

        assertThat(items).extracting(Item::id).containsExactly("IC-1", "AM-3", "AM-4");
    }

    @Test
    void statementsThatConstrainTheSystemAskForNoOperation() {
        List<Item> items = RequirementItems.split(lines("""
                * The system shall allow readers to create shelves
                * The system shall not store raw card data
                * The system shall enforce access by subscription tier
                * The system shall be extensible without major refactors
                * The system shall be able to export a shelf
                * The system shall calculate late fees
                * 系统应确保借阅记录不可篡改
                * readers have to be able to renew a loan twice
                """));

        assertThat(items).extracting(Item::title).containsExactly("The system shall allow readers to create shelves",
                "The system shall be able to export a shelf", "The system shall calculate late fees",
                "readers have to be able to renew a loan twice");
    }

    @Test
    void statementsOfWhatIsKeptOrHowAScreenLooksAskForNoOperation() {
        List<Item> items = RequirementItems.split(lines("""
                1. The system shall allow a guest to search rooms by date
                2. The system shall store the information in the database
                3. The system shall display a button labeled “Begin Reservation.”
                4. The system must present the user with the main menu and an input field
                5. The system shall let the clerk cancel a reservation
                6. The system shall store and manage customer information
                FR-7 The system shall display a drop-down menu of the current year
                """));

        assertThat(items).extracting(Item::title).containsExactly(
                "The system shall allow a guest to search rooms by date",
                "The system shall let the clerk cancel a reservation",
                "The system shall store and manage customer information");
    }

    @Test
    void itemsThatSayWhatTheSystemSupportsAreStatements() {
        List<Item> items = RequirementItems.split(lines("""
                3.1 功能需求
                （1）支持添加住户，并为住户分配房间
                （2）支持对订单信息的修改
                （3）允许按入住日期查询订单
                - Supports exporting a month of orders
                - Allows for future growth
                """));

        assertThat(items).extracting(Item::kind).containsOnly(Kind.STATEMENT);
        assertThat(items).extracting(Item::title).containsExactly("支持添加住户，并为住户分配房间", "支持对订单信息的修改",
                "允许按入住日期查询订单", "Supports exporting a month of orders");
    }

    @Test
    void anOperationNamedFirstAsAScreenThenAsAFeatureIsTheFeature() {
        Vocabulary vocabulary = Vocabulary.builtIn();
        List<Item> items = RequirementItems.split(lines("""
                # 四. 界面原型
                - 登录
                - 注册
                - 退出游戏
                - 查找房间
                - 创建房间
                # 五. 功能描述
                功能 1：登录
                该功能能够让已有账号的用户在这里输入账号密码进行登录。
                功能 2：游戏设置
                该功能能让玩家对游戏窗口以及音量的大小进行设置。
                功能 3：退出游戏
                该功能能够让玩家退出游戏程序。
                """), vocabulary::opensWithOperation, vocabulary::namesOperation);

        assertThat(items).extracting(Item::kind).containsOnly(Kind.LISTED);
        assertThat(items).extracting(Item::title).containsExactly("登录", "退出游戏", "游戏设置");
    }

    @Test
    void listItemsThatOpenWithAnOperationAreActionItemsListedOnce() {
        Vocabulary vocabulary = Vocabulary.builtIn();
        List<Item> items = RequirementItems.split(lines("""
                ## 3.1 卖家功能
                ·管理商品
                ·发布商品：输入商品名称、描述、图片及价格。
                ·冻结商品：在买家确认购买后，将商品状态设为冻结。
                - 根据id删除博客
                - 登录系统
                ## 4.2 用例详细说明
                ·发布商品：
                卖家通过后台系统发布一个新的商品。
                1. 卖家登录后台系统。
                - Admit new patient
                - Role-based access control
                - **账号安全**：修改登录密码。
                - **文件服务**：支持图片、PDF的上传与下载。
                """), vocabulary::opensWithOperation);

        assertThat(items).extracting(Item::kind).containsOnly(Kind.ACTION);
        assertThat(items).extracting(Item::title).containsExactly(
                "发布商品", "冻结商品", "根据id删除博客", "登录系统", "Admit new patient", "修改登录密码");
    }

    @Test
    void actionItemsGiveWayToRequirementsOfAnyOtherKind() {
        Vocabulary vocabulary = Vocabulary.builtIn();
        List<Item> items = RequirementItems.split(lines("""
                - [ ] add a shelf
                - [ ] rename a shelf
                - [ ] remove a shelf
                - Export shelves as CSV
                - Import shelves
                - Delete all shelves
                - Search shelves
                - View one shelf
                """), vocabulary::opensWithOperation);

        assertThat(items).extracting(Item::kind).containsOnly(Kind.CHECKLIST);
    }

    @Test
    void operationsModuleLabelsListAreTakenBesideFewerCapabilities() {
        Vocabulary vocabulary = Vocabulary.builtIn();
        String modules = """
                1.用户管理：搜索用户分类，添加用户以及删除用户信息
                2.时间表管理：创建时间表，更新时间表，删除时间表
                3.项目管理：搜索项目分类，创建项目，更新项目信息，删除项目
                """;
        String capabilities = """
                - 所有用户可以编辑自己的信息
                - 所有用户可以搜索项目分类
                - 管理员可以修改时间表
                - 管理员可以修改项目信息
                """;

        List<Item> items = RequirementItems.split(lines(modules + capabilities), vocabulary::opensWithOperation);

        assertThat(items).extracting(Item::kind).containsOnly(Kind.ACTION, Kind.CAPABILITY);
        assertThat(items).filteredOn(item -> item.kind() == Kind.ACTION).extracting(Item::text).containsExactly(
                "搜索用户分类，添加用户以及删除用户信息", "创建时间表，更新时间表，删除时间表", "搜索项目分类，创建项目，更新项目信息，删除项目");
        // fewer operations than the capabilities half as many again: the capabilities alone
        assertThat(RequirementItems.split(lines("1.用户管理：搜索用户，添加用户\n2.项目管理：创建项目，删除项目\n"
                + capabilities + capabilities.replace("所有用户", "访客")), vocabulary::opensWithOperation))
                .extracting(Item::kind).containsOnly(Kind.CAPABILITY);
    }

    @Test
    void unmarkedLinesEachNamingAnOperationAreAList() {
        Vocabulary vocabulary = Vocabulary.builtIn();
        List<Item> items = RequirementItems.split(lines("""
                login
                Users
                create user(s)
                get users
                update user email
                delete user(s)

                Roles are kept per group.
                create role(s)
                get roles
                """), vocabulary::opensWithOperation);

        assertThat(items).extracting(Item::kind).containsOnly(Kind.ACTION);
        // "Users" names no operation and is not taken; a run of two lines is no list
        assertThat(items).extracting(Item::title).containsExactly(
                "login", "create user(s)", "get users", "update user email", "delete user(s)");
    }

    @Test
    void aStoryAloneUnderItsHeadingIsNamedByIt() {
        List<Item> items = RequirementItems.split(lines("""
                # High Priority
                ## Graphs
                As a user, I want to be able to view my expenses in a graph so that I see where money goes.
                - Confirmation:
                  1. Test step 1: open the graph page
                ## Monthly history
                As a user, I want to be able to view my activity in past months so that I can compare them.
                # Low Priority
                As a user, I want to be able to delete my account so that my data is gone.
                """));

        assertThat(items).extracting(Item::kind).containsOnly(Kind.STORY);
        // a heading sharing no word with the story below it ("Low Priority") groups, it does not name
        assertThat(items).extracting(Item::title).containsExactly("Graphs", "Monthly history",
                "As a user, I want to be able to delete my account so that my data is gone");
    }

    @Test
    void outlineNumberedCapabilitiesAreStatements() {
        List<Item> items = RequirementItems.split(lines("""
                1. Upon receipt of a class list, upload the list into the application
                a. List contains first name, last name and grade
                i. Grade level can be from 9 through 12
                2. When starting, present the teacher with a way to select a specific class
                3. The teacher will need a means to record attendance for a day
                ii. Attendance is Present, Absent or Tardy
                4. The application needs to generate a report card for each student
                b. Teachers should NOT be able to upload another list
                """));

        assertThat(items).extracting(Item::kind).containsOnly(Kind.STATEMENT);
        assertThat(items).extracting(Item::title).containsExactly(
                "When starting, present the teacher with a way to select a specific class",
                "The teacher will need a means to record attendance for a day",
                "The application needs to generate a report card for each student");
    }

    @Test
    void labelledStoriesAndRolesWithoutAnArticleAreStories() {
        List<Item> items = RequirementItems.split(lines("""
                Customer
                User Story: As a customer, I want to create an account so that I can reserve a car.
                Acceptance Criteria:
                Customers can input personal details.
                Staff
                User Story: As customer service staff, I want to verify reservations.
                Story: As an admin, I want to retire a vehicle.
                As expected, I can see the fleet.
                """));

        assertThat(items).extracting(Item::title).containsExactly(
                "As a customer, I want to create an account so that I can reserve a car",
                "As customer service staff, I want to verify reservations", "As an admin, I want to retire a vehicle");
    }

    @Test
    void featuresNamedByALabelWithWhatSomeoneCanDoAreItemsOncePerName() {
        List<Item> items = RequirementItems.split(lines("""
                售货员：
                注册：售货员可以用合法的账号密码在系统中进行注册;
                登录：售货员可以使用账号和密码进行登录;
                搭配：售货员可以在有权限的时候搭配不同的饮料；
                描述：售货员可以获得不同饮料的描述;
                计价：售货员可以进行下单并计算价格。
                顾客：
                搭配：可以通过售货员对订单进行搭配；
                Save for Later: Users can save posts to view later.
                Note: the prices are in euros.
                """));

        assertThat(items).extracting(Item::kind).containsOnly(Kind.FEATURE);
        assertThat(items).extracting(Item::title).containsExactly("注册", "登录", "搭配", "描述", "计价", "Save for Later");
    }

    @Test
    void aFeatureNamedByAnOperationIsAFeatureLikeTheOthersOfItsList() {
        List<Item> items = RequirementItems.split(lines("""
                - User Registration: New users can create an account with email and password
                - Role-based Access: System restricts features based on user roles
                - Password Reset: Users can request password reset via email
                - Submit Complaint: Users can create complaints with title, category and attachments
                - View Complaints: Users can view their complaint history and current status
                - Complaint Assignment: Admins can assign complaints to support agents
                """), Vocabulary.builtIn()::opensWithOperation);

        assertThat(items).extracting(Item::kind).containsOnly(Kind.FEATURE);
        assertThat(items).extracting(Item::title).containsExactly("User Registration", "Password Reset",
                "Submit Complaint", "View Complaints", "Complaint Assignment");
    }

    @Test
    void aDuplicatedItemIsKeptOnlyOnce() {
        List<Item> items = RequirementItems.split(lines("""
                - [ ] Export orders as CSV.
                - [ ] Import a price list
                - [x] export orders as csv
                - [ ] Archive old orders
                """));

        assertThat(items).extracting(Item::title)
                .containsExactly("Export orders as CSV", "Import a price list", "Archive old orders");
    }

    @Test
    void longTitlesAreCutOnAWordBoundary() {
        List<Item> items = RequirementItems.split(lines("""
                FR-1 The system shall send every customer whose order has been delayed by more than two working days a personal apology
                FR-2 Short one.
                FR-3 Another short one.
                """));

        String title = items.get(0).title();
        assertThat(title).hasSizeLessThanOrEqualTo(80).endsWith("…")
                .isEqualTo("The system shall send every customer whose order has been delayed by more than…");
    }

    @Test
    void ordinaryProseIsNoItemList() {
        assertThat(RequirementItems.split(lines("""
                The library opened in 1998 and has grown every year since.
                As a result, I can say the catalogue needs a new search.
                R2 storage was considered but rejected.
                Readers borrow about forty thousand books a year.
                As a rule, we should keep the opening hours.
                """))).isEmpty();
    }

    @Test
    void aFeatureTablesPriorityLeadsEachFeatureAsAnIdWouldAndAloneAnnotatesTheItemAbove() {
        List<Item> table = RequirementItems.split(lines("""
                Backend features:
                Priority Features Data Needed
                P0 User Registration/Login
                (Users database creation)
                User details (alias, password, email)
                P0 Uploading recipes
                User ID, Images, ingredients, steps
                P1 Rating a recipe User ID, Recipe ID, rating score
                P2 Deleting a recipe User ID, Recipe ID
                """));
        List<Item> stories = RequirementItems.split(lines("""
                1. As a user I want to be able to rate a book.
                P3.
                2. As a user I want to be able to write a review of a book.
                P2.
                3. As an admin I want to be able to add a book.
                """));

        assertThat(table).extracting(Item::id).containsExactly("P0", "P0", "P1", "P2");
        assertThat(table).extracting(Item::title).startsWith("User Registration/Login", "Uploading recipes");
        assertThat(stories).extracting(Item::kind).containsOnly(Kind.STORY).hasSize(3);
    }

    @Test
    void whatTheSystemWillAllowSomeoneToDoIsAStatement() {
        List<Item> items = RequirementItems.split(lines("""
                Interface Requirements
                - Users will be able to modify shared projects.
                - The interface will allow the user to perform all CRUD operations on projects
                - The interface will allow users to perform all CRUD operations on issues.
                - The interface will stay responsive.
                """));

        assertThat(items).extracting(Item::kind).containsOnly(Kind.STATEMENT).hasSize(3);
    }

    @Test
    void twoNumberedItemsAreTooFewForAnItemList() {
        assertThat(RequirementItems.split(lines("""
                Two changes are planned:
                FR-1 Show the due date on the receipt.
                FR-2 Send a reminder mail.
                1. Update the printer driver.
                2. Train the staff.
                3. Announce it on the website.
                """))).isEmpty();
    }

    @Test
    void anOrdinaryMarkdownApiDocIsNoItemList() {
        assertThat(RequirementItems.split(lines("""
                # Book API
                ## List books
                GET /api/v1/books
                Returns the books of one page, 20 per page.
                | Field | Type | Required | Description |
                |---|---|---|---|
                | page | int | no | Page number, from 1 |
                | title | string | no | Part of the title |
                Response: id, title, author, isbn
                ## Create a book
                POST /api/v1/books
                - title: the book's title
                - isbn: 13 digits
                - price: in cents
                """))).isEmpty();
    }

    @Test
    void aScreenWalkThroughIsCutAtItsSteps() {
        List<String> walkThrough = lines("""
                3.1 功能规定
                1.供应商管理页面：
                进入页面后，显示所有供应商；
                点击添加按钮，添加新的供应商信息；
                点击编辑按钮，进入编辑页面，对供应商信息进行修改；
                点击删除按钮，可以完成删除一个或多个供应商；
                2.仓库管理页面：
                点击添加，完成仓库的添加；
                选择起止日期，可以搜索入库记录。
                点击仓库图片会放大显示。
                """);

        List<Item> items = RequirementItems.split(walkThrough, Vocabulary.builtIn()::opensWithOperation);

        assertThat(items).extracting(Item::kind).containsOnly(Kind.STEP);
        assertThat(items).extracting(Item::title).containsExactly(
                "添加新的供应商信息", "修改供应商信息", "删除一个或多个供应商", "添加仓库", "搜索入库记录");
        assertThat(items.get(1).lines()).containsExactly("点击编辑按钮，进入编辑页面，对供应商信息进行修改；");
    }

    @Test
    void aFewStepsAmongNumberedRequirementsAreNoItems() {
        List<String> srs = lines("""
                FR-1: The system shall let a clerk register a supplier.
                FR-2: The system shall list suppliers.
                FR-3: The system shall export suppliers as CSV.
                点击添加按钮，添加新的供应商信息；
                点击删除按钮，删除供应商；
                点击导出按钮，导出供应商；
                点击保存按钮，保存草稿；
                点击发布按钮，发布公告；
                """);

        List<Item> items = RequirementItems.split(srs, Vocabulary.builtIn()::opensWithOperation);

        assertThat(items).extracting(Item::id).containsExactly("FR-1", "FR-2", "FR-3");
    }

    @Test
    void aChineseListItemClosedWithAFullStopIsStillAnActionPhrase() {
        List<String> notes = lines("""
                ## 管理员模块
                - **供应商管理**：
                  - CRUD（增删改查）供应商信息。
                  - 导出供应商名单。
                - **仓库管理**：
                  - 增删改查仓库信息。
                  - 提问：填写标题和内容。
                  - 回答：回复学生的提问。
                """);

        List<Item> items = RequirementItems.split(notes, Vocabulary.builtIn()::opensWithOperation);

        assertThat(items).extracting(Item::title)
                .containsExactly("CRUD（增删改查）供应商信息", "导出供应商名单", "增删改查仓库信息", "提问", "回答");
    }

    @Test
    void anEnglishListItemClosedWithAFullStopIsStillAnActionPhraseWhereALineOfTextIsNot() {
        List<String> features = lines("""
                4.3 Order Management:
                • Creation and tracking of customer orders.
                • Integration with a POS system for real-time order management.
                • Generation of reports on sales, revenue, and expenses.
                • Booking and management of table reservations.
                - Cancel an order.
                - Print the bill.
                Create the database before the first start.
                """);

        List<Item> items = RequirementItems.split(features, Vocabulary.builtIn()::opensWithOperation);

        assertThat(items).extracting(Item::kind).containsOnly(Kind.ACTION);
        assertThat(items).extracting(Item::title).containsExactly("Creation and tracking of customer orders",
                "Generation of reports on sales, revenue, and expenses", "Booking and management of table reservations",
                "Cancel an order", "Print the bill");
    }

    @Test
    void aFeatureListsAbilityOrOptionBeforeTheOperationsIsNoPartOfThem() {
        List<String> features = lines("""
                4.2 Menu Management:
                • Ability to create, update, and delete menu items.
                • Option to reset forgotten passwords securely.
                • Categorization of menu items.
                • Ability to assign specific tables to reservations.
                • Print the bill.
                • Export the menu.
                """);

        List<Item> items = RequirementItems.split(features, Vocabulary.builtIn()::opensWithOperation);

        assertThat(items).extracting(Item::title).containsExactly("create, update, and delete menu items",
                "reset forgotten passwords securely",
                "assign specific tables to reservations", "Print the bill",
                "Export the menu");
    }

    @Test
    void aUseCaseTablesNumbersBeforeAColonMarkItsItems() {
        List<String> table = lines("""
                2.3.1：操作用例表：
                主要参与者 用例
                用户
                1：注册账户
                2：登录账户
                3：修改我的信息
                4：发布、删除动态
                5：举报违规动态
                会议时间 10:30
                """);

        List<Item> items = RequirementItems.split(table, Vocabulary.builtIn()::opensWithOperation);

        assertThat(items).extracting(Item::title)
                .containsExactly("注册账户", "登录账户", "修改我的信息", "发布、删除动态", "举报违规动态");
    }

    @Test
    void aFunctionSpecifiedByItsDescriptionAndItsOtherLabelledPartsIsARequirement() {
        List<String> srs = lines("""
                ## 3.1.1 功能需求
                (1)挂号
                需求描述：病人进行挂号，进入首诊队列
                展示对象：所有用户
                (2)展示候诊队列
                需求描述：分诊护士可以查看指定病人的详细信息。
                展示对象：分诊护士
                (3)增加科室
                需求描述：根据实际情况增加科室数量
                操作对象：护士或者医生
                (4)本地化
                仅支持简体中文。
                """);

        List<Item> items = RequirementItems.split(srs, Vocabulary.builtIn()::opensWithOperation);

        assertThat(items).extracting(Item::kind).containsOnly(Kind.SPECIFIED);
        assertThat(items).extracting(Item::title).containsExactly("挂号", "展示候诊队列", "增加科室");
    }

    @Test
    void whatIsOutOfScopePlannedForALaterPhaseAssumedOrAConstraintIsNoRequirement() {
        List<String> srs = lines("""
                ## 2.2 In Scope
                - As a customer, I want to place an order.
                - As a customer, I want to track my order.
                - As a vendor, I want to update an order's status.
                ## 2.3 Out of Scope
                - As a customer, I want to pay online.
                ## 开发计划
                - As a developer, I want to set up the repository.
                ## 2.4 一般约束
                - 管理员可以在工作日维护系统。
                ## 2.5 Assumptions and Dependencies
                - As a customer, I want to use a current browser.
                ## 3 Glossary
                # 6. 附录：Phase 2扩展功能
                - As a customer, I want to sign in with SSO.
                ## Phase II
                - As a vendor, I want to export my sales.
                ## 二期功能
                - As a vendor, I want to print labels.
                """);

        List<Item> items = RequirementItems.split(srs);

        assertThat(items).extracting(Item::title).containsExactly("As a customer, I want to place an order",
                "As a customer, I want to track my order", "As a vendor, I want to update an order's status");
    }

    @Test
    void theReadersATemplateListsUnderItsPurposeAreNoRequirements() {
        Vocabulary vocabulary = Vocabulary.builtIn();
        List<Item> items = RequirementItems.split(lines("""
                ## 1. 引言
                ### 1.1 编写目的
                本文档面向多种读者对象:
                (1) 项目经理: 了解预期产品的功能, 并据此进行系统设计, 项目管理.
                (2) 设计员: 对需求进行分析, 并进行系统和功能设计, 包括数据库设计.
                (3) 程序员: 了解系统功能, 实现并优化软件功能, 编写《用户手册》.
                ### 1.2 项目背景
                CyDrive 是一个支持自动同步与共享功能的网盘软件。
                ## 3. 功能需求
                ### 3.1 服务端系统功能
                - 获取指定文件的索引
                - 获取一个目录下的文件列表
                - 添加新的存储结点
                - 获取系统元信息（如存储用量，容量）
                - 获取用户信息（如存储用量，容量）
                """), vocabulary::opensWithOperation, vocabulary::namesOperation);

        assertThat(items).extracting(Item::title).containsExactly("获取指定文件的索引", "获取一个目录下的文件列表",
                "添加新的存储结点", "获取系统元信息（如存储用量，容量）", "获取用户信息（如存储用量，容量）");
    }

    @Test
    void aFullerFeatureListBesideAFewStoriesIsTakenToo() {
        List<String> srs = lines("""
                ## Features
                - Accounts: Customers can register and log in with email and password.
                - Ordering: Customers can place orders and pick a time.
                - Tracking: Customers can track an order's status.
                - Menus: Vendors can add or remove menu items.
                - Trucks: Admins can add or remove food trucks.
                ## Stories
                - As a customer, I want to schedule my order in advance.
                - As a vendor, I want to see new orders.
                - As an administrator, I add or remove food trucks.
                """);

        List<Item> items = RequirementItems.split(srs);

        assertThat(items).extracting(Item::kind).containsExactly(Kind.FEATURE, Kind.FEATURE, Kind.FEATURE,
                Kind.FEATURE, Kind.FEATURE, Kind.STORY, Kind.STORY, Kind.STORY);
    }

    @Test
    void theNextPointOfAStatementListIsNotPartOfTheStatementAbove() {
        List<String> srs = lines("""
                * users have to be able to create accounts and change
                  their account's details
                * each account has to have a role
                * readers have to be able to rent books, return books
                * librarians have to be able to resolve returns
                """);

        List<Item> items = RequirementItems.split(srs);

        assertThat(items).extracting(Item::text).containsExactly(
                "users have to be able to create accounts and change their account's details",
                "readers have to be able to rent books, return books",
                "librarians have to be able to resolve returns");
    }

    @Test
    void aNumberBeforeChineseTextMarksAListItemWhoseLabelListsOperations() {
        List<String> srs = lines("""
                2.1.1功能需求
                1.仓库管理：搜索仓库分类，添加仓库以及删除仓库信息
                2.供应商管理：搜索供应商，添加供应商信息，更新供应商信息
                3.订单管理：创建订单，更新订单
                4.月报：生成月度报表
                5.账号管理：修改登录密码
                """);

        List<Item> items = RequirementItems.split(srs, Vocabulary.builtIn()::opensWithOperation);

        assertThat(items).extracting(Item::title)
                .containsExactly("搜索仓库分类", "搜索供应商", "创建订单", "生成月度报表", "修改登录密码");
        assertThat(items.get(0).text()).isEqualTo("搜索仓库分类，添加仓库以及删除仓库信息");
        assertThat(EnumeratedOperations.titles(items.get(0).text(), Vocabulary.builtIn()))
                .containsExactly("搜索仓库分类", "添加仓库", "删除仓库信息");
    }

    @Test
    void aTableOfOneUseCasesPropertiesIsNoTableOfFunctions() {
        List<String> useCase = lines("""
                | 用例名称 | 修改供应商信息 |
                | 参与者 | 管理员 |
                | 前置条件 | 已登录 |
                | 后置条件 | 列表显示修改后的信息 |
                """);
        List<String> functions = lines("""
                | 功能名称 | 简要描述 |
                | 添加供应商 | 录入一个新供应商 |
                | 删除供应商 | 删除一个供应商 |
                | 导出供应商 | 导出为 CSV |
                """);

        assertThat(RequirementItems.split(useCase)).isEmpty();
        assertThat(RequirementItems.split(functions)).extracting(Item::title)
                .containsExactly("添加供应商", "删除供应商", "导出供应商");
    }

    @Test
    void aTableOfUseCasesBesideHowEachIsImplementedNamesAUseCaseARow() {
        List<Item> items = RequirementItems.split(lines("""
                Customer:
                | Use Case | Implementation |
                | View My Flights | Find the tickets the user purchased: "SELECT ticket_id FROM purchases" |
                | Purchase Tickets | insert into purchases: "INSERT INTO purchases VALUES (ticket_id)" |
                | Logout | no query, the session is destroyed |
                """));

        assertThat(items).extracting(Item::title).containsExactly("View My Flights", "Purchase Tickets", "Logout");
    }

    @Test
    void aChineseChaptersTitleLeftUnstyledEndsTheFrameSectionBeforeIt() {
        List<Item> items = RequirementItems.split(lines("""
                # 3 外部接口需求
                ## 3.4 通讯接口
                描述与软件产品所使用的通讯功能相关的需求。
                4 系统特性
                | 功能类别 | 功能名称 | 说明 | 优先级 |
                | 企业 | 企业信息 | 修改企业基本信息 | 7 |
                |  | 数据填报 | 填报企业就业人数 | 5 |
                | 省 | 企业备案 | 查看各市已备案企业信息 | 9 |
                """));

        assertThat(items).extracting(Item::title).containsExactly("企业信息", "数据填报", "企业备案");
    }

    @Test
    void anImperativeRequirementSaysWhomItAllowsWhatAndNonFunctionalTitleLinesCloseTheList() {
        List<String> srs = lines("""
                # Task Manager
                functional requirements:
                1. Task Creation and Management
                a. Enable them to edit, delete, and mark tasks as complete.
                b. Recurring Tasks: allow users to create tasks that repeat at specific intervals.
                c. Allow users to export their task data in various formats, such as CSV or PDF.
                Non-functional Requirements:
                1. Performance:
                a. To achieve optimal performance, the system must be able to handle many users at once.
                8 Future Scope of the Project
                - Allow customers to rate food trucks.
                Notes
                - Users should be able to share a task.
                """);

        List<Item> items = RequirementItems.split(srs);

        assertThat(items).extracting(Item::kind).containsOnly(Kind.STATEMENT);
        assertThat(items).extracting(Item::title).containsExactly(
                "Enable them to edit, delete, and mark tasks as complete",
                "Recurring Tasks: allow users to create tasks that repeat at specific intervals",
                "Allow users to export their task data in various formats, such as CSV or PDF",
                "Users should be able to share a task");
    }

    @Test
    void whatSomeoneCanDoOnALineOfItsOwnIsAnItemThoughItsBulletWasLost() {
        List<String> srs = lines("""
                4) Menu Management
                The system must support branch-specific menus and pricing.
                Categories
                Admin can create categories
                Admin can delete categories
                Each category can contain multiple products
                Products
                Admin can create products
                Each product includes:
                name
                image
                """);

        Vocabulary vocabulary = Vocabulary.builtIn();
        assertThat(RequirementItems.split(srs, vocabulary::opensWithOperation)).extracting(Item::title)
                .containsExactly("Admin can create categories", "Admin can delete categories",
                        "Admin can create products");
    }

    @Test
    void whatAStorySaysShouldBePossibleBelowItIsItsCriterion() {
        List<String> stories = lines("""
                ### Viewing Interviews
                - As a logged in user, I should be able to view all interviews from the sidebar.
                - On the dashboard users should be able to see the total amount of pending interviews.
                - As a logged in user, I want to see the interviews of other users.
                ### Deleting Interviews
                - As a logged in user, I can delete the interview.
                - Upon clicking the red delete button user should be able to delete the interview.
                ### Reminders
                - The system shall remind users of an interview a day before.
                """);

        assertThat(RequirementItems.split(stories)).extracting(Item::kind)
                .containsExactly(Kind.STORY, Kind.STORY, Kind.STORY, Kind.STATEMENT);
    }

    @Test
    void aTableOfModulesAndTheirFunctionsNamesAFunctionARow() {
        List<String> acceptance = lines("""
                | 功能模块 | 实现功能 | 测试功能 | 期望结果 |
                |---|---|---|---|
                | 订阅 | 订阅列表显示 | 显示 | 显示在订阅界面 |
                |  | 添加订阅 | 点击添加按钮 | 加入订阅 |
                |  | 删除订阅 | 点击删除按钮 | 删除订阅 |
                | 搜索 | 自动加入订阅 | 输入 | 订阅确认框 |
                """);

        List<String> features = lines("""
                | 功能大类 | 功能清单 |
                |---|---|
                | 登录 | 普通用户登录 |
                |  | 管理员登录 |
                | 资金 | 充值 |
                |  | 提现 |
                """);

        assertThat(RequirementItems.split(acceptance)).extracting(Item::title)
                .containsExactly("订阅列表显示", "添加订阅", "删除订阅", "自动加入订阅");
        assertThat(RequirementItems.split(features)).extracting(Item::title)
                .containsExactly("普通用户登录", "管理员登录", "充值", "提现");
    }

    @Test
    void aStorysAcceptanceCriteriaUnderTheirConditionAreNoRequirements() {
        List<String> stories = lines("""
                ### Sign Up
                - As an unregistered user, I want to be able to sign up for the website via a sign-up form.
                - When I'm on the `/signup` page:
                - I should be able to enter my email and password on a form.
                - Once signed up, I should be able to navigate the website freely.
                - When I enter invalid data:
                - I would like the website to inform me of the validations I failed to pass.
                ### Log In
                - As a registered user, I want to be able to log in to the website via a log-in form.
                ### Log Out
                - As a logged in user, I want to be able to log out.
                """);

        assertThat(RequirementItems.split(stories)).extracting(Item::kind).containsOnly(Kind.STORY);
    }

    @Test
    void aRunOfTitlesStatedAgainAsHeadingsBelowIsATableOfContentsNotAList() {
        List<String> contents = lines("""
                ## 3.1.1 Add Entry
                ## 3.1.2 Add Exit
                ## 3.1.3 View Entries
                ## 3.1.4 Delete Entry
                ## 3.1.5 Export Entries
                # 3.2 Non-Functional Requirements
                ## 3.1.1 Add Entry
                Use Case Name Add Entry
                ## 3.1.2 Add Exit
                Use Case Name Add Exit
                ## 3.1.3 View Entries
                Use Case Name View Entries
                ## 3.1.4 Delete Entry
                Use Case Name Delete Entry
                ## 3.1.5 Export Entries
                Use Case Name Export Entries
                """);
        List<String> list = lines("""
                ## 1.post tweet
                ## 2.delete tweet
                ## 3.follow user
                ## 4.like tweet
                ## 5.share tweet
                # Notes
                Written in a hurry.
                """);

        Vocabulary vocabulary = Vocabulary.builtIn();
        assertThat(RequirementItems.split(contents, vocabulary::opensWithOperation)).isEmpty();
        assertThat(RequirementItems.split(list, vocabulary::opensWithOperation)).extracting(Item::title)
                .containsExactly("post tweet", "delete tweet", "follow user", "like tweet", "share tweet");
    }

    @Test
    void performanceTechnicalAndInterfaceRequirementsAreNoFunctions() {
        List<String> srs = lines("""
                ## 1. 基础记录功能
                - 用户可以新增账目
                - 用户可以删除账目
                - 用户可以查看报表
                ### 2. 性能要求
                - 用户可以在1秒内打开报表
                ## 三、技术需求
                - 用户可以使用Kotlin
                ## 四、用户界面需求
                - 用户可以长按删除
                """);

        assertThat(RequirementItems.split(srs)).extracting(Item::title).containsExactly("用户可以新增账目", "用户可以删除账目", "用户可以查看报表");
    }

    @Test
    void anIdAloneOnItsLineLabelsTheStoryBelowIt() {
        List<String> stories = lines("""
                ## EMPLOYEE ##
                User story 1:
                As an employee, I want to update my profile.

                User story 2:
                As an employee, I want to create an object and upload its photo.

                User story 3:
                As an employee, I want to delete an object.
                """);

        assertThat(RequirementItems.split(stories)).extracting(Item::id, Item::kind).containsExactly(
                tuple("User story 1", Kind.STORY), tuple("User story 2", Kind.STORY), tuple("User story 3", Kind.STORY));
    }

    @Test
    void whatSomeoneCanDoAfterWhereOrWhenIsACapability() {
        List<String> features = lines("""
                ## 2. Rate Featured Books
                - Users can click on a featured book to visit a detailed view page.
                - On this page, users can rate the book from 1 to 5 stars.
                - Once logged in, members can comment on a book.
                - The average rating will display on the front page.
                """);

        assertThat(RequirementItems.split(features)).extracting(Item::kind).containsExactly(
                Kind.CAPABILITY, Kind.CAPABILITY, Kind.CAPABILITY);
    }

    @Test
    void aStoryWhoseConditionNamesARouteIsAStory() {
        List<String> stories = lines("""
                NON-SIGNED-IN
                As a non-signed-in user, when i go to ./* I should be able to login
                As a non-signed-in user, when i go to ./signup I should be able to pick what type of account
                As a venue user, when i go to ./dashboard i should be able to edit my calendar
                """);

        assertThat(RequirementItems.split(stories)).extracting(Item::kind).containsOnly(Kind.STORY).hasSize(3);
    }

    @Test
    void aStoryTablesRowWithRoleWishAndPurposeInCellsOfTheirOwnIsOneStoryItsPurposeNoRule() {
        List<Item> items = RequirementItems.split(lines("""
                |  | As a | I want | So that | Notes |
                | 1 | As a teacher | I want to find books by genre | So that I can plan lessons | SELECT … |
                | 2 | As a parent | I want to search for books by age range | So that my child reads | |
                | 3 | As an administrator/customer | I want to see what books are available | so that I don't get/recommend a book on loan | |
                | 4 | As a customer | I should not be able to delete a loan | so that records stay | |
                """));

        // the fourth row wishes for no operation: it reads on as the third's text
        assertThat(items).extracting(Item::kind).containsOnly(Kind.STORY);
        assertThat(items).extracting(item -> item.text().split(" \\d ")[0]).containsExactly(
                "As a teacher, I want to find books by genre So that I can plan lessons",
                "As a parent, I want to search for books by age range So that my child reads",
                "As an administrator/customer, I want to see what books are available so that I don't get/recommend a "
                        + "book on loan");
    }

    @Test
    void aStoryFormatsTemplateIsNoStory() {
        assertThat(RequirementItems.isStory("As a [Role], I want to [Action] so that [Outcome]")).isFalse();
        assertThat(RequirementItems.isStory("As a <type of user>, I want <some goal>")).isFalse();
        assertThat(RequirementItems.isStory("作为【角色】，我希望【目标】")).isFalse();
        assertThat(RequirementItems.isStory("As a customer, I want to check in a book")).isTrue();
    }

    @Test
    void aFeaturesLabelOverTheParagraphDescribingItIsOneFeatureAndAFewOfThemAreTheDocumentsOnlyItems() {
        List<Item> items = RequirementItems.split(lines("""
                2.2 Product functions
                Task Creation and Date Setting:
                With the help of this feature, users can recognize tasks in the program and give them deadlines.
                Tracking Task Completion (Mark task as done):
                After completing a task, users can mark it as finished. This feature gives customers a clear picture
                Delete Tasks:
                Users can remove tasks that are no longer required or important. By enabling the elimination of
                Customer:
                User Story: As a customer, I want to create an account so that I can make reservations quickly.
                """));

        assertThat(items).extracting(Item::title).containsExactly("Task Creation and Date Setting",
                "Tracking Task Completion (Mark task as done)", "Delete Tasks");
        assertThat(RequirementItems.fewFeatures(items)).isTrue();
    }

    @Test
    void aChineseLabelOverShortLinesKeepsThemAsItsItemsNotAParagraph() {
        List<Item> items = RequirementItems.split(lines("""
                个人中心：
                编辑个人资料（昵称、头像、简介等）。
                查看收藏的诗词。
                查看发布或参与的评论。
                """), phrase -> phrase.startsWith("编辑") || phrase.startsWith("查看"));

        assertThat(items).extracting(Item::kind).doesNotContain(Kind.FEATURE);
    }

    @Test
    void aTableOfRequirementsIdentifiedByPathsOfNamesTakesTheLeavesNotTheGroupOverThem() {
        List<Item> items = RequirementItems.split(lines("""
                | Activity.Manage | 系统允许用户管理活动信息 |
                | Activity.Manage.Create | 用户可以使用系统发布新活动 |
                | Activity.Manage.Update | 用户可以修改已发布的活动信息 |
                | Activity.Manage.Delete | 用户可以删除已发布的活动信息 |
                | Activity.Join.In | 用户可以加入某一具体活动 |
                """));

        assertThat(items).extracting(Item::id, Item::title).containsExactly(
                tuple("Activity.Manage.Create", "用户可以使用系统发布新活动"),
                tuple("Activity.Manage.Update", "用户可以修改已发布的活动信息"),
                tuple("Activity.Manage.Delete", "用户可以删除已发布的活动信息"),
                tuple("Activity.Join.In", "用户可以加入某一具体活动"));
    }

    @Test
    void aRequirementNumberedUnderAnotherMakesThatOneItsGroupButAUseCasesExtensionIsOneOfItsOwn() {
        List<Item> items = RequirementItems.split(lines("""
                **R2. Roles and capabilities**

                - **R2.1 Admin**
                  - R2.1.1 Create, update, and delete any Event Template.
                  - R2.1.2 Assign and revoke Host and Client roles for users.
                - **R2.2 Client**
                  - R2.2.1 Create bookings on available slots.
                  - R2.2.2 Cancel their own bookings.
                """));
        List<Item> useCases = RequirementItems.split(lines("""
                Use case 4: User can login in their accounts
                Actors: User, System
                Use case 4.1: Reset Password
                Actors: User, System
                Use case 5: Add Product to Shopping List
                Actors: User, System
                """));

        assertThat(items).extracting(Item::id).containsExactly("R2.1.1", "R2.1.2", "R2.2.1", "R2.2.2");
        assertThat(useCases).hasSize(3);
    }

    @Test
    void idsOfLowerCaseNamesAreIdsTooAndWhatTheSystemShowsInAnswerIsAStepOfTheRequirementAbove() {
        List<Item> items = RequirementItems.split(lines("""
                | ID | 需求描述 |
                | Theme.announce | 系统允许用户发起主题 |
                | Theme.announce.show | 系统显示主题内容 |
                | Theme.announce.success.update | 用户成功发起主题后，系统更新最近主题列表 |
                | Theme.announce.invalid.more | 用户输入标题大于50字，系统提示发布失败 |
                | Theme.announce.title | 系统应该要求用户输入主题的标题 |
                | Theme.announce.check | 当用户编辑主题内容时，系统应该进行实时的输入检查 |
                | Theme.reply | 系统允许用户回复主题 |
                | Transaction.check | 系统允许用户查看自己的交易记录 |
                | Transaction.refuse | 系统允许用户拒绝交易申请 |
                """));

        assertThat(items).extracting(Item::id, Item::title).containsExactly(
                tuple("Theme.announce", "系统允许用户发起主题"),
                tuple("Theme.reply", "系统允许用户回复主题"),
                tuple("Transaction.check", "系统允许用户查看自己的交易记录"),
                tuple("Transaction.refuse", "系统允许用户拒绝交易申请"));
    }

    @Test
    void sentencesNumberedAfterTheirSectionAreItemsButChecksTablesAndMessagesAreNoOperations() {
        List<Item> items = RequirementItems.split(lines("""
                3.1.2 Parking Management Module Requirements
                3.1.2.1 The system shall allow customers to self-park their cars by issuing a ticket at entry.
                3.1.2.2 The system shall record both entry and exit events for each ticket.
                3.1.2.3 The system shall be able to validate the ticket ID text field.
                3.1.2.4 The system shall display an error message when the garage is full.
                3.1.2.5 The tickets table shall contain a ticket ID column.
                3.1.2.6 The system shall generate a tickets table in the database.
                3.1.3 Usage Reporting Module Requirements
                3.1.3.1 The system shall generate daily revenue reports.
                """));

        assertThat(items).extracting(Item::title).containsExactly(
                "The system shall allow customers to self-park their cars by issuing a ticket at…",
                "The system shall record both entry and exit events for each ticket",
                "The system shall generate daily revenue reports");
    }

    @Test
    void aStorysIdOfAnyLetterAfterAStatusMarkNamesOneStoryNotTheCriteriaItLists() {
        List<Item> items = RequirementItems.split(lines("""
                ### Browsing & Ordering
                #### ✅ STORY-C003: Browse Menu
                **As a** customer
                **I want to** browse the restaurant's menu
                **So that** I can choose what to order

                **Acceptance Criteria:**
                - View all menu items
                - Select multiple items
                #### ✅ STORY-C004: Confirm Order
                **As a** customer
                **I want to** review my order
                #### STORY-A001: Admin Login
                **As an** administrator
                **I want to** log in
                """));

        assertThat(items).extracting(Item::id, Item::title).containsExactly(
                tuple("STORY-C003", "Browse Menu"),
                tuple("STORY-C004", "Confirm Order"),
                tuple("STORY-A001", "Admin Login"));
    }

    @Test
    void loggingInIsAnOperationWhereLoggingEventsIsNone() {
        List<Item> items = RequirementItems.split(lines("""
                FR-1 Employees must log in with a valid username and password.
                FR-2 The system must log all entry, exit and payment events.
                FR-3 The system shall issue a ticket at entry.
                FR-4 The system shall calculate the parking fee.
                """));

        assertThat(items).extracting(Item::id).containsExactly("FR-1", "FR-3", "FR-4");
    }

    @Test
    void aStimulusAndTheSystemsResponseAreStepsNotRequirements() {
        List<Item> items = RequirementItems.split(lines("""
                ### 3.3.3. Stimulus/Response Sequences
                • Stimulus: A library staff member adds a new book.
                • Response: The system shall reflect the changes in the book listing.
                ### 3.3.4. Functional Requirements
                • REQ-3.1: The system shall allow library staff to add new book records to the system.
                • REQ-3.2: The system shall allow library staff to remove outdated book records.
                • REQ-3.3: The system shall allow library staff to search book records.
                """));

        assertThat(items).extracting(Item::id).containsExactly("REQ-3.1", "REQ-3.2", "REQ-3.3");
    }

    @Test
    void aFilesNameInATablesFirstCellIsNoRequirementsId() {
        List<Item> items = RequirementItems.split(lines("""
                | Login.html | 用户可以登录系统 |
                | Register.html | 用户可以注册账号 |
                | Cart.html | 用户可以查看购物车 |
                | Order.html | 用户可以提交订单 |
                """));

        assertThat(items).extracting(Item::id).doesNotContain("Login.html", "Register.html", "Cart.html", "Order.html");
    }

    @Test
    void aUseCasesStepsAndConditionsUnderTheirLabelsAreNoRequirementsOfTheirOwn() {
        List<Item> items = RequirementItems.split(lines("""
                ### 1. User Register for An Account
                - **Pre-condition:**
                  + User does not have an account yet
                - **Primary Sequence:**
                1. User accesses the registration page
                2. User fills in their personal information
                - **Primary Postconditions:**
                  + User can now sign in with their new account
                  + Users can view their profile
                """));

        assertThat(items).extracting(Item::title).doesNotContain("User accesses the registration page",
                "User can now sign in with their new account", "Users can view their profile");
    }

    @Test
    void aUseCasesPartsWithTheirValuesBesideAndItsFlowsWrittenAsChainsAreNoRequirementsOfTheirOwn() {
        List<Item> items = RequirementItems.split(lines("""
                Use case 4: Booking of parking slots
                Primary actor: Registered user
                Pre-condition: Login page is available
                Basic flow:
                Show parking slot->fill information->choose slot->pay
                Alternate flow:
                Show parking slot-> fill information->slot already booked
                Use case 5: Unbook the slot
                Pre-condition: Log in page is available
                Use case 6: Parking history
                Pre-condition: Log in page is available
                History page-> show history
                """));

        assertThat(items).extracting(Item::title)
                .containsExactly("Booking of parking slots", "Unbook the slot", "Parking history");
        // a feature's label over the steps it takes is the feature
        Vocabulary vocabulary = Vocabulary.builtIn();
        assertThat(RequirementItems.split(lines("""
                - **浏览**：按“课程”分类展示资源列表。
                - **搜索**：支持对“资源标题”进行关键字模糊搜索。
                - **上传**：选择文件 -> 填写标题、简介 -> 提交。
                - **提问**：选择具体课程 -> 填写标题、内容 -> 上传图片附件（可选）。
                - **全局搜索**：支持按“学科”检索全站历史问答。
                """), vocabulary::opensWithOperation, vocabulary::namesOperation))
                .extracting(Item::title).containsExactly("浏览", "搜索", "上传", "提问", "全局搜索");
    }

    @Test
    void aTemplateFeaturesDescriptionAndResponseSequencesAreNoRequirementsOfTheirOwn() {
        List<Item> items = RequirementItems.split(lines("""
                #### 1. Create Report
                - Description and Priority: User should be able to create report.
                - Response Sequences: User goes to landing page URL. User goes to create report option.
                #### 2. Edit comment
                - Description and Priority: User can edit a comment.
                - Stimulus/Response Sequences: User clicks edit. System stores the edited comment.
                """));

        // no requirement item: the features' own headings are the blocks
        assertThat(items).isEmpty();
    }

    @Test
    void anApisCallsListedByNameOperationAndMethodAreOneItemEach() {
        Vocabulary vocabulary = Vocabulary.builtIn();
        List<Item> items = RequirementItems.split(lines("""
                price	价格模块，包含水电价设置和管理
                	ajax_price.php	水电价API
                		delE	删除电价	GET  id  电价的id
                		modiE	修改电价	GET  id  电价的id  POST  name  电价的名字,price  电价的价格
                		addE	增加电价	POST  name  电价的名字,price  电价的价格
                	ajax_user.php	用户管理API
                		cancel  注销用户  GET  id  用户的uuid
                		getinfo  获取用户信息  GET  id 用户uuid
                		username  用户名  string
                """), vocabulary::opensWithOperation, vocabulary::namesOperation);

        assertThat(items).extracting(Item::title).containsExactly(
                "删除电价 (delE)", "修改电价 (modiE)", "增加电价 (addE)", "注销用户 (cancel)", "获取用户信息 (getinfo)");
    }

    @Test
    void linksToRequirementsByTheirIdsAloneAreNoItems() {
        List<Item> items = RequirementItems.split(lines("""
                ## Webpages Sketches
                - [**Requirement 1**](https://example.com/sketches/Requirement1.png)
                - [**Requirement 4**](https://example.com/sketches/Requirement4.png)
                - [**Requirements 5-7**](https://example.com/sketches/Requirement5-7.png)
                """));

        assertThat(items).isEmpty();
    }

    @Test
    void aNestedNumberBeforeChineseTextMarksAListItemButATableOfContentsLineDoesNot() {
        List<Item> items = RequirementItems.split(lines("""
                1.患者端：
                1.2患者可以根据科室类型、医生名称以及就诊时间查询可预约情况；
                1.3患者可以进行预约挂号和退号改签
                2.医生端：
                2.4医生可以管理个人信息
                3.2.3管理员可以删除医生
                3.1对功能的规定 6
                """));

        assertThat(items).extracting(Item::kind).containsOnly(Kind.CAPABILITY);
        assertThat(items).extracting(Item::title).containsExactly("患者可以根据科室类型、医生名称以及就诊时间查询可预约情况；",
                "患者可以进行预约挂号和退号改签", "医生可以管理个人信息", "管理员可以删除医生");
    }

    @Test
    void aFunctionalitiesTitleWithoutItsColonListsTheOperationsBelowItUntilItsBusinessRules() {
        List<Item> items = RequirementItems.split(lines("""
                2) User Management
                This module is accessible only by admins.
                Functionalities
                Create new users
                Assign branch for cashier users
                Business Rules
                A cashier must belong to one branch
                3) Branch Management
                Functionalities
                Create new branches
                Delete tables from a branch
                """), phrase -> phrase.matches("(?i)(create|assign|deactivate|delete|add) .*"));

        assertThat(items).extracting(Item::title).containsExactly("Create new users", "Assign branch for cashier users",
                "Create new branches", "Delete tables from a branch");
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::trim).toList();
    }

    @Test
    void aTitleOverItsLabelledInputAndOutputIsAFunctionItsLabelsSpecifyAndTheyAreNoItemsOfTheirOwn() {
        List<Item> items = RequirementItems.split(lines("""
                3.1数据字典
                1）系统登录
                数据输入：输入用户账号，密码，选择角色，输入验证码
                数据输出：登录成功或者用户名密码验证码错误登录失败
                数据约束：上述输入内容不能为空
                2）用户修改密码
                数据输入：输入原密码，新密码和确认密码
                数据输出：输出密码修改成功或者系统报错新密码和确认密码不同
                3）学生查找
                数据输入：输入学生学号
                数据输出：系统输出改学生的详细信息或者查无此信息
                · Logout
                · Description : This Function will help user to sign out from his Account.
                · Purpose : Sign out from his account.
                · Input : Nothing.
                · Output : Redirected to login page.
                · Add medicine
                · Purpose : Validate the input.
                · Input : Medicine name and medicine dose.
                3.2数据流图
                """));

        assertThat(items).extracting(Item::kind).containsOnly(Kind.SPECIFIED);
        assertThat(items).extracting(Item::title).containsExactly("系统登录", "用户修改密码", "学生查找", "Logout");
        assertThat(items.get(0).lines()).hasSize(4);
    }

    @Test
    void theStepsUnderAWorkflowsHeadingAreItsStepsNoRequirements() {
        List<Item> items = RequirementItems.split(lines("""
                # Use Cases
                1. A customer can **browse for products** on the website.
                2. A customer can **purchase** products on the website.
                ## Workflow
                ### 2. A customer can browse for products on the website.
                #### Normal Workflow –
                1. The customer will visit the website by specifying the URL on the browser.
                2. The customer can browse through the website containing product listing.
                3. The customer can view the description and images of the product on the product page.
                #### Alternative Workflow - 2.a
                1. The customer can retry to load the product page.
                """));

        assertThat(items).extracting(Item::text).noneMatch(text -> text.startsWith("The customer"));
    }

    @Test
    void listItemsThatOpenWithWhoDoesTheOperationAreWhatThatRoleCanDoButAThingsOutcomesAreNot() {
        Vocabulary vocabulary = Vocabulary.builtIn();
        List<Item> items = RequirementItems.split(lines("""
                ## 功能
                - 前台创建读者
                - 前台创建馆员
                - 读者预约图书
                - 读者取消预约
                - 馆员查询图书
                - 馆员添加图书
                - 数据统计（可选）
                ## 结果
                - 任务发布成功
                - 任务发布失败
                - 支持导出借阅记录
                """), vocabulary::opensWithOperation, vocabulary::namesOperation);

        assertThat(items).extracting(Item::title).containsExactly("前台创建读者", "前台创建馆员", "读者预约图书", "读者取消预约",
                "馆员查询图书", "馆员添加图书", "支持导出借阅记录");
    }

    @Test
    void aNumberedQualityTitleOnALineOfItsOwnPassesOverItsStatementsDownToTheNextTitleNumberedAsDeep() {
        List<Item> items = RequirementItems.split(lines("""
                # 需求规格说明
                目录
                2.4一般约束 3
                3.1功能需求 6
                2.4一般约束
                1. 系统应在两个月内交付，开发者应合理规划时间；
                3. 具体需求
                1. 系统应允许用户注册账号；
                2. 系统应允许用户删除任务；
                3. 系统应允许用户查看任务报表；
                7.1安全性
                1. 系统应设置访问用户的标识以鉴别是否是合法用户；
                2. 系统应对不同的数据设置不同的访问级别；
                7.2审计性
                所有关键操作必须记入日志
                """));

        assertThat(items).extracting(Item::kind).containsOnly(Kind.STATEMENT);
        assertThat(items).extracting(Item::title).containsExactly("系统应允许用户注册账号；", "系统应允许用户删除任务；",
                "系统应允许用户查看任务报表；");
    }

    @Test
    void aNumberedRequirementThatSaysWhatSomethingHasAsksForNoOperationUnlessItIsAnAbility() {
        List<Item> items = RequirementItems.split(lines("""
                | ID | Requirement |
                | :-------------: | :----------: |
                | FR4 | The librarian must be able to create a new client. |
                | FR6 | Book shall have an ID. |
                | FR8 | A book must have a status of availability. |
                | FR11 | A customer shall be able to borrow a book. |
                | FR12 | The admin shall have the ability to delete accounts. |
                """));

        assertThat(items).extracting(Item::id).containsExactly("FR4", "FR11", "FR12");
    }

    @Test
    void aTraceabilityColumnsIdsOrAShortIdAfterALongOneAreNoItemsAndARequirementItsIdNamesAgainIsStatedAlready() {
        List<Item> items = RequirementItems.split(lines("""
                1 Create a custom
                form module
                FR-1 FR-2
                FR-6 AC-1
                2 Edit an existing
                FR-2 FR-6
                ### Use case 1, UC1
                # 9 Functional Requirements
                FR-1: The system shall allow admins to create forms with multiple field types.
                FR-2: The system shall allow admins to organize forms for analytics.
                FR-3: The system shall provide attendees a method to register for events.
                # 21 Tasks
                FR-1 Create forms with multiple field types M
                """));

        assertThat(items).extracting(Item::id).containsExactly("FR-1", "FR-2", "FR-3");
        assertThat(items.get(0).title()).isEqualTo(
                "The system shall allow admins to create forms with multiple field types");
    }

    @Test
    void useCasesNamedAfterTheirIdsOverTheirLabelledPartsAreFunctionsAndWhatRunsOnBetweenThePartsIsTheirs() {
        List<Item> items = RequirementItems.split(lines("""
                4a. Authentication of the admin fails, the admin portal is notified of the
                request denial
                BUC 4: Admin creates an event/survey
                Input: Event details
                Output: Event creation confirmation
                Scenario:
                1. The admin portal receives the event/survey details
                PUC 1: Create a custom form module
                Trigger: The admin requests to create a new form module
                Preconditions:
                • The admin is logged in and authenticated
                Outcome: A form module is created which admins can use in any event
                registration/survey form
                Input: Form module name and fields
                Output: Reusable form module
                PUC 2: Edit an existing form module
                Input: Selected form module and updated fields
                Output: Edited module
                """));

        assertThat(items).extracting(Item::kind).containsOnly(Kind.SPECIFIED);
        assertThat(items).extracting(Item::title).containsExactly("Admin creates an event/survey",
                "Create a custom form module", "Edit an existing form module");
    }

    @Test
    void theVolereTemplatesChaptersOfQualitiesAndMandatedConstraintsHoldNoOperations() {
        List<Item> items = RequirementItems.split(lines("""
                # 3 Mandated Constraints
                ## 3.1 Solution Constraints
                SOC-1: The solution must provide web and mobile apps with admin and attendee interfaces.
                # 9 Functional Requirements
                FR-3: The system shall provide attendees a method to register for events.
                FR-4: The system shall generate QR codes for confirmation and check-in.
                FR-5: The system shall provide an event dashboard for admins with filters.
                # 10 Look and Feel Requirements
                AR-3: Admin dashboard shall clearly display relevant analytics.
                # 11 Usability and Humanity Requirements
                ER-2: Users shall sign-up/sign-in to the app with no instruction.
                # 13 Operational and Environmental Require-
                IR-1: The system shall work on recent releases of the most popular browsers.
                # 14 Maintainability and Support Requirements
                SU-1: The system shall include a FAQ section to help clarify or answer questions.
                """));

        assertThat(items).extracting(Item::id).containsExactly("FR-3", "FR-4", "FR-5");
    }

    @Test
    void aChineseStoryThatWishesForNothingItselfLeadsTheWishesListedUnderIt() {
        Vocabulary vocabulary = Vocabulary.builtIn();
        List<Item> items = RequirementItems.split(lines("""
                #### 作为客户我想要：
                - 能够利用自己信息注册新账号
                - 能够登录自己已注册的账号
                - 能够查看已发布的订单列表
                #### 作为平台管理员我想要
                - 能够删除违规的订单
                #### 作为委托老师我想要：
                - 能够发布新的订单
                """), vocabulary::opensWithOperation, vocabulary::namesOperation);

        assertThat(items).extracting(Item::kind).containsOnly(Kind.CAPABILITY);
        assertThat(items).hasSize(5);
    }

    @Test
    void eachItemListedUnderAStoryThatWishesForNothingItselfIsOneOfItsWishesWhateverItsWords() {
        Vocabulary vocabulary = Vocabulary.builtIn();
        List<Item> items = RequirementItems.split(lines("""
                作为客户，希望可以：
                1.查看订单记录
                2.知道每顿沙拉的卡路里
                3.申请退款
                作为商家，我希望可以：
                1.管理商家信息
                2.给外卖员派单
                """), vocabulary::opensWithOperation, vocabulary::namesOperation);

        assertThat(items).extracting(Item::title).containsExactly("查看订单记录", "知道每顿沙拉的卡路里", "申请退款", "管理商家信息",
                "给外卖员派单");
    }

    @Test
    void whatTheSystemWontProvideIsNoRequirement() {
        List<Item> items = RequirementItems.split(lines("""
                - The system must provide the user with the ability to create to-do lists
                - The system must provide the user with the ability to edit to-do lists
                - The system must provide the user with the ability to delete to-do lists
                - The system must provide the user with the ability to delete spaces
                - The system won't provide the user with the ability to select AI generated tasks
                - The system will not allow the user to export a space as PDF
                """));

        assertThat(items).extracting(Item::title).allMatch(title -> title.startsWith("The system must")).hasSize(4);
    }

    @Test
    void theDatabaseASpecificationDescribesStatesNoRequirements() {
        List<Item> items = RequirementItems.split(lines("""
                ## 3.1 功能需求
                - 系统应支持发布博客
                - 系统应支持删除博客
                - 系统应支持新增分类
                ## 3.4 数据库逻辑需求
                - 系统应支持存储评论表的所有评论
                """));

        assertThat(items).extracting(Item::title).containsExactly("系统应支持发布博客", "系统应支持删除博客", "系统应支持新增分类");
    }

    @Test
    void whatHappensInACaseOfAnotherOperationIsNoOperationOfItsOwn() {
        List<Item> items = RequirementItems.split(lines("""
                ## 3.1 Functional requirements
                - The system shall allow users to book a slot
                - If a slot is full, an attempt to book it shall fail with a user-friendly error
                - The system shall allow users to cancel a booking
                - 系统应允许用户上传视频
                - 当视频不存在或加载失败时，系统应给出合理提示
                - 系统应允许用户删除视频
                """));

        assertThat(items).extracting(Item::title).containsExactly("The system shall allow users to book a slot",
                "The system shall allow users to cancel a booking", "系统应允许用户上传视频", "系统应允许用户删除视频");
    }

    @Test
    void aUseCasesTableThatAPdfLeftAsLinesIsNamedByItsFirstRow() {
        List<Item> items = RequirementItems.split(lines("""
                ## 3.1 Use Cases - Table
                Use case Viewing Resource
                User Group Student, Teaching Staff, System Administrator
                Intention in Context Viewing the information of a Course Resource uploaded by others
                Precondition User has already logged in
                Scenario 1. User selects a Course from the Course List on the interface;
                2. Server returns a Course page with a Course Resource list;
                Table 1: Use case-Viewing Resource
                Use case Uploading Resource
                User Group Teaching Staff, Student
                Intention in Context Uploading a Course Resource to a Course
                Use case Assigning Homework
                User Group Teaching Staff
                Intention in Context Assigning a homework to the students of a course
                Use case diagram
                Actors Student, Teaching Staff
                """));

        assertThat(items).extracting(Item::title)
                .containsExactly("Viewing Resource", "Uploading Resource", "Assigning Homework");
    }

    @Test
    void aLabelOnALineOfItsOwnOverAStoryNamesItAsAHeadingWouldButAStorysNumberDoesNot() {
        List<Item> items = RequirementItems.split(lines("""
                User Stories
                Donor Registration:
                As a donor I would like to register myself as a donor so that the blood bank can call me.
                · Input the first name and last name.
                Donor login:
                As a donor I would like to login to my account so that I can see my previous donations.
                Patient login:
                As a patient I would like to login to my account so that I can see my bills.
                User story 4:
                As a patient I want to search for a blood group so that I can find a donor.
                """));

        assertThat(items).extracting(Item::title).containsExactly("Donor Registration", "Donor login",
                "Patient login", "As a patient I want to search for a blood group so that I can find a donor");
    }

    @Test
    void aRequirementCardsTitleUnderItsIdIsTheRequirementButAnEntitysFieldsAreNot() {
        List<Item> items = RequirementItems.split(lines("""
                ##### 3.2.1.1 Member account functional requirement 1
                ID: FR4
                TITLE: Create a new member account
                DESC: Customers shall be able to create a member account with their email address.
                RAT: In order for customers to become members.
                DEP: None
                ID: FR5
                TITLE: Login into Account
                DESC: Members shall be able to log in with their email address and password.
                DEP: FR4
                ID: FR6
                TITLE: Inventory Quantity Query
                DESC: Employees shall be able to query the quantity of an item in stock.
                ## Data
                Entity Course {
                Id : String
                Name : String
                }
                """));

        assertThat(items).extracting(Item::id, Item::title).containsExactly(tuple("FR4", "Create a new member account"),
                tuple("FR5", "Login into Account"), tuple("FR6", "Inventory Quantity Query"));
    }

    @Test
    void aClientsMethodsListedByTheirNamesAreOneItemEach() {
        List<Item> items = RequirementItems.split(lines("""
                ### task methods
                - publishOneTask
                api
                .insertOne("tasks", task)
                .then(result => { console.log(result); })
                - updateOneTaskByTaskId
                api
                .updateOneById("tasks", task._id, { state: "doing" })
                - queryAllTasks
                api
                .queryAll("tasks")
                - queryTasksByPublisherId
                api
                .queryByField("tasks", "publisher", user._id)
                - joinOneTask
                api
                .updateOneById("tasks", task._id, { joiner: user._id })
                - userObject
                """), phrase -> phrase.matches("(?i)(publish|update|query|join) .*"));

        assertThat(items).extracting(Item::title).containsExactly("publishOneTask", "updateOneTaskByTaskId",
                "queryAllTasks", "queryTasksByPublisherId", "joinOneTask");
    }

    @Test
    void aCrcCardsResponsibilitiesAreWhatADesignClassDoesNoRequirements() {
        List<Item> items = RequirementItems.split(lines("""
                ## 3.1 Functional requirements
                FR-1 Users can upload a resource
                FR-2 Users can download a resource
                FR-3 Users can search resources
                ## 4 CRC cards
                Class: View_Resource
                Note:
                When the user need to view resources, submit the request and show the results.
                Responsibility Collaborator
                Submit query request Connect_Sever
                Show query result Connect_Sever
                Show Course List
                Class: Search_Resource
                Responsibility Collaborator
                Show search page
                Submit the search request Connect_Sever
                """), phrase -> phrase.matches("(?i)(upload|download|search|submit|show) .*"));

        assertThat(items).extracting(Item::title)
                .containsExactly("Users can upload a resource", "Users can download a resource",
                        "Users can search resources");
    }

    @Test
    void aUseCasesNameRowThatAPdfLeavesAsOneLineNamesTheUseCase() {
        List<Item> items = RequirementItems.split(lines("""
                User Cases :
                UC Name   UC-01 Register
                Summary This use case describes the process where a new user creates an account.
                Actors Customer (Primary Actor)
                Description of the
                main sequence
                •  The user navigates to the registration page.
                •  The user submits the form.
                Non functional
                Requirements
                •  The registration process should be completed within a few seconds.
                Postconditions   A new user account is created successfully.
                UC Name   UC_02: Login
                Summary This use case describes the process where an existing user logs into the system.
                Non functional
                Requirements
                •  Login response time should be under 2 seconds.
                UC Name   UC-03 Manages Profile
                Summary Allows the customer to view and update their personal account information.
                """));

        assertThat(items).extracting(Item::title).containsExactly("Register", "Login", "Manages Profile");
    }

    @Test
    void aFeatureNamedAfterItsLabelIsOneItem() {
        List<Item> items = RequirementItems.split(lines("""
                功能名称：用户认证与 GitHub 账号绑定
                用户流程：用户点击登录，跳转到 GitHub 授权页面，授权后返回应用。
                异常：授权失败时提示用户重试。
                功能 01：优先级设置
                用户可以为任务选择高、中、低三个优先级。
                功能 02：手动拖拽排序
                支持在列表中拖拽任务，调整任务顺序。
                功能名称：每日容量设置
                """), phrase -> phrase.startsWith("支持") || phrase.startsWith("调整"));

        assertThat(items).extracting(Item::title)
                .containsExactly("用户认证与 GitHub 账号绑定", "优先级设置", "手动拖拽排序", "每日容量设置");
    }

    @Test
    void whatChecksARequirementUnderItsLabelIsNoRequirement() {
        List<Item> items = RequirementItems.split(lines("""
                3.1.2 用户查询 (FM-01-002)
                需求描述：查询系统用户列表
                验收标准：
                支持按用户名搜索
                支持分页显示
                3.1.3 用户删除 (FM-01-003)
                验证规则：
                支持删除前确认
                3.2 功能需求
                - 系统应支持添加用户
                - 系统应支持删除用户
                - 系统应支持禁用用户
                """));

        assertThat(items).extracting(Item::title).containsExactly("系统应支持添加用户", "系统应支持删除用户", "系统应支持禁用用户");
    }

    @Test
    void whatChecksARequirementUnderItsLabelWithoutAColonIsNoRequirement() {
        List<Item> items = RequirementItems.split(lines("""
                # 1. Project Creation & Management
                Requirement
                - The system shall allow project managers to create, edit, and delete projects.
                Acceptance Criteria
                - Only project managers can create projects.

                # 2. Task Assignment & Tracking
                Requirement
                - The system shall allow project managers to assign tasks to team members.
                Acceptance Criteria
                - Assigned tasks must include priority levels (High, Medium, Low).

                # 3. Reporting & Analytics
                Requirement
                - The system shall generate reports on project progress, delays, and workload distribution.
                Acceptance Criteria
                - Reports should be downloadable as PDF and CSV formats.
                - Managers should be able to filter reports by team member, project, and status.
                """));

        assertThat(items).extracting(Item::title).containsExactly(
                "The system shall allow project managers to create, edit, and delete projects",
                "The system shall allow project managers to assign tasks to team members",
                "The system shall generate reports on project progress, delays, and workload…");
    }

    @Test
    void aLineThatNumbersItsPartsFromOneIsSplitAtItsNumbers() {
        assertThat(RequirementItems.numberedParts("1、 修改密码 2、 重置密码")).containsExactly("修改密码", "重置密码");
        assertThat(RequirementItems.numberedParts("1. Add a book 2. Remove a book")).containsExactly("Add a book",
                "Remove a book");
        assertThat(RequirementItems.numberedParts("1、 权限设置")).containsExactly("权限设置");
        // numbers that do not start the line, or skip one, or a version, number nothing
        assertThat(RequirementItems.numberedParts("修改密码 2、 重置密码")).isEmpty();
        assertThat(RequirementItems.numberedParts("Version 1.2 of the app")).isEmpty();
        assertThat(RequirementItems.numberedParts("1.5 hours per session")).isEmpty();
    }
}
