package io.docroute.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.document.DocumentParser;
import io.docroute.document.ParsingProperties;
import io.docroute.extraction.LocalExtractor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusScoreTest {

    private final CorpusScore score = new CorpusScore(new DocumentParser(ParsingProperties.defaults()),
            new LocalExtractor());

    @Test
    void aStatedPathIsKeptWhateverSpellingTheTruthGivesItsPlaceholders() {
        byte[] document = """
                # Teams API
                ## Get team
                `GET /api/teams/:id`
                ## Update team
                `PUT /api/teams/{teamId}`
                ## Delete team
                `DELETE /api/teams/${id}`
                ## Rename team
                `PATCH /api/teams/{id}/name`
                ## Archive team
                `POST /api/teams/7/archive`
                ## Invite member
                `POST /api/teams/5ed6b6ba83d955127410a887/members`
                ## Delete records
                `GET /api/records/delete/{时间组}`
                ## Update studyset
                `PUT /api/studyset/update/{pk}`
                """.getBytes(StandardCharsets.UTF_8);

        CorpusScore.Row row = score.score("teams.md", document, List.of(
                new CorpusScore.Expected("Get team", "GET", "/api/teams/{id}"),
                new CorpusScore.Expected("Update team", "PUT", "/api/teams/<id>"),
                new CorpusScore.Expected("Delete team", "DELETE", "/api/teams/:id/"),
                new CorpusScore.Expected("Rename team", "PATCH", "/api/teams/{{teamId}}/name"),
                new CorpusScore.Expected("Archive team", "POST", "/api/teams/7/archive"),
                new CorpusScore.Expected("Invite member", "POST", "/api/teams/5ed6b6ba83d955127410a887/members"),
                new CorpusScore.Expected("Delete records", "GET", "/api/records/delete/时间组"),
                new CorpusScore.Expected("Update studyset", "PUT", "/api/studyset/update/<int:pk>/")));

        assertThat(row.kept()).isEqualTo(8);
        assertThat(row.found()).isEqualTo(8);
    }

    @Test
    void aPathIsKeptWithOrWithoutTheBasePathTheDocumentStates() {
        byte[] document = """
                # Stories API
                **基础 URL**: `/api/v1`
                ## 上传文档
                `POST /documents/upload`
                ## 列出故事
                `GET /api/v1/stories`
                """.getBytes(StandardCharsets.UTF_8);

        CorpusScore.Row row = score.score("stories.md", document, List.of(
                new CorpusScore.Expected("上传文档", "POST", "/api/v1/documents/upload"),
                new CorpusScore.Expected("列出故事", "GET", "/stories")));

        assertThat(row.kept()).isEqualTo(2);
        assertThat(score.score("stories.md", document, List.of(
                new CorpusScore.Expected("列出故事", "GET", "/v1/stories"))).kept()).isZero();
    }

    @Test
    void aPathWrittenWithItsQueryIsKeptAsThePathWithThoseQueryParameters() {
        byte[] document = """
                # Tasks API
                ## 获取任务列表
                `GET /tasks?status={status}&type={type}`
                ## 获取趋势数据
                `GET /statistics/trends?period={period}`
                """.getBytes(StandardCharsets.UTF_8);

        CorpusScore.Row row = score.score("tasks.md", document, List.of(
                new CorpusScore.Expected("获取任务列表", "GET", "/tasks?status={status}&type={type}"),
                new CorpusScore.Expected("获取趋势数据", "GET", "/statistics/trends?period={period}")));

        assertThat(row.kept()).isEqualTo(2);
        assertThat(score.score("tasks.md", document, List.of(
                new CorpusScore.Expected("获取任务列表", "GET", "/tasks?owner={owner}"))).kept()).isZero();
    }

    @Test
    void aPathStatedWithoutAMethodIsCountedAsKeptWhenTheOutputHasIt() {
        byte[] document = """
                # 接口文档
                ## 登录接口 user/login
                | 参数名称 | 类型 |
                | account | String |
                ## 新闻详情
                | 参数名称 | 类型 |
                | newsId | String |
                """.getBytes(StandardCharsets.UTF_8);

        CorpusScore.Row row = score.score("news.md", document, List.of(
                new CorpusScore.Expected("登录接口", null, "/user/login"),
                new CorpusScore.Expected("新闻详情", null, "/news/getNewsDetails")));

        assertThat(row.pathsStated()).isEqualTo(2);
        assertThat(row.pathsKept()).isEqualTo(1);
        assertThat(row.found()).isEqualTo(2);
        assertThat(row.stated()).isZero();
    }

    @Test
    void aPathStatedAloneIsMatchedByItsPathBeforeAnEarlierTitleTakesItsBlock() {
        byte[] document = """
                # 接口文档
                ## 登录接口 user/login
                | 参数名称 | 类型 |
                | account | String |
                ## 用户登录记录
                | 参数名称 | 类型 |
                | userId | String |
                """.getBytes(StandardCharsets.UTF_8);

        // the first title is as close to either block; the second interface's path is the first block's
        CorpusScore.Row row = score.score("login.md", document, List.of(
                new CorpusScore.Expected("用户登录接口", null, null),
                new CorpusScore.Expected("登录", null, "/user/login")));

        assertThat(row.pathsKept()).isEqualTo(1);
        assertThat(row.found()).isEqualTo(2);
    }

    @Test
    void anotherPathIsNotKept() {
        byte[] document = "# Teams API\n## Get team\n`GET /api/teams/:id`\n".getBytes(StandardCharsets.UTF_8);

        CorpusScore.Row row = score.score("teams.md", document,
                List.of(new CorpusScore.Expected("Get team", "GET", "/api/team/:id")));

        assertThat(row.kept()).isZero();
    }

    @Test
    void anInterfaceTheDocumentStatesTwoMethodsForIsKeptWithEither() {
        byte[] document = "# Messages\n## List messages\n`GET /getMsgList`\n## Send a message\n`POST /sendMessage`\n"
                .getBytes(StandardCharsets.UTF_8);

        CorpusScore.Row row = score.score("messages.md", document, List.of(
                new CorpusScore.Expected("List messages", "GET/POST", "/getMsgList"),
                new CorpusScore.Expected("Send a message", "GET/POST", "/sendMessage")));

        assertThat(row.kept()).isEqualTo(2);
        assertThat(score.score("messages.md", document, List.of(
                new CorpusScore.Expected("List messages", "PUT/DELETE", "/getMsgList"))).kept()).isZero();
    }

    @Test
    void aListedTitleMatchesABlockNamedExactlyByItsNoteOrByItsNameWithoutTheNote() {
        byte[] document = """
                # Accounts
                ## Log In
                Enter the email and the password.
                ## 聊天
                向好友发送信息。
                ## Reports
                Export the monthly report.
                """.getBytes(StandardCharsets.UTF_8);

        CorpusScore.Row row = score.score("accounts.md", document, List.of(
                new CorpusScore.Expected("Sign in (Log In)", null, null),
                new CorpusScore.Expected("聊天（向好友发送信息）", null, null),
                new CorpusScore.Expected("Archive (old records)", null, null)));

        assertThat(row.found()).isEqualTo(2);
        assertThat(row.missed()).containsExactly("Archive (old records)");
    }

    @Test
    void aListedTitlesNoteInBracketsIsNoPartOfTheNameItMatches() {
        byte[] document = """
                # Bills
                ## FR-02 添加票据
                填写票据信息后保存。
                ## FR-03 首页
                显示导航。
                """.getBytes(StandardCharsets.UTF_8);

        CorpusScore.Row row = score.score("bills.md", document, List.of(
                new CorpusScore.Expected("添加票据（保存草稿或直接提交，可上传附件）", null, null),
                new CorpusScore.Expected("退出（返回导航，清除会话、首页缓存）", null, null)));

        assertThat(row.found()).as("the first by its name, the second by no name of two words").isOne();
        assertThat(row.missed()).containsExactly("退出（返回导航，清除会话、首页缓存）");
    }

    @Test
    void aListedTitleThatSaysWhatTheInterfaceDoesAfterItsNameMatchesABlockTitledByTheName() {
        byte[] document = """
                接口主题：（touchStart）
                说明：手指接触屏幕的初始点时调用
                { userId = user1; }
                接口主题：（touchEnd）
                说明：手指结束滑动
                { userId = user1; }
                接口主题（undo)
                说明：回滚一个操作
                """.getBytes(StandardCharsets.UTF_8);

        CorpusScore.Row row = score.score("mqtt.docx.txt", document, List.of(
                new CorpusScore.Expected("touchStart：手指接触屏幕的初始点，通知所有端准备开始同步", null, null),
                new CorpusScore.Expected("touchEnd：手指结束滑动", null, null),
                new CorpusScore.Expected("undo：回滚一个操作", null, null)));

        assertThat(row.found()).isEqualTo(3);
        assertThat(row.extra()).isZero();
    }

    @Test
    void aListedTitleMatchesTheSameWordsInAnotherForm() {
        byte[] document = """
                # Recipes
                - FR-1 Deleting recipes
                - FR-2 Rating a recipe
                - FR-3 Uploaded pictures
                """.getBytes(StandardCharsets.UTF_8);

        CorpusScore.Row row = score.score("recipes.md", document, List.of(
                new CorpusScore.Expected("Delete a recipe", null, null),
                new CorpusScore.Expected("Rate recipes", null, null),
                new CorpusScore.Expected("Share a recipe", null, null)));

        assertThat(row.found()).isEqualTo(2);
        assertThat(row.missed()).containsExactly("Share a recipe");
        assertThat(row.extra()).isEqualTo(1);
        assertThat(row.extraBlocks()).singleElement().asString().contains("Uploaded pictures");
    }

    @Test
    void aListedTitleMatchesAVerbWrittenTogetherOrApart() {
        byte[] document = """
                # Accounts
                - As a user, I want to login so that I can see my orders.
                - As a user, I want to sign up with my e-mail.
                - As a user, I want to share a wish list.
                """.getBytes(StandardCharsets.UTF_8);

        CorpusScore.Row row = score.score("accounts.md", document, List.of(
                new CorpusScore.Expected("Log in", null, null),
                new CorpusScore.Expected("Signup", null, null)));

        assertThat(row.found()).isEqualTo(2);
    }

    @Test
    void aNounMadeWithMentIsItsVerb() {
        assertThat(List.of("management", "manage", "payment", "pay"))
                .map(CorpusScore::stem)
                .containsExactly("manag", "manag", "payment", "pay");
    }

    @Test
    void aStemDropsTheInflectionOnly() {
        assertThat(List.of("deleting", "delete", "recipes", "categories", "uploaded", "address", "rate", "use",
                "bookings", "booking"))
                .map(CorpusScore::stem)
                .containsExactly("delet", "delet", "recip", "category", "upload", "address", "rat", "use",
                        "book", "book");
    }
}
