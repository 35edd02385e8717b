package io.docroute.document;

import static io.docroute.document.TestDocuments.docx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxDocumentTest {

    private final DocumentParser parser = TestDocuments.parser();

    @Test
    void exampleDocxReadsTheSameTenBlocksAsTheMarkdown() {
        Document docx = parser.parse("admin-console-prd.docx", TestDocuments.example("admin-console-prd.docx"));
        Document markdown = parser.parse("admin-console-prd.md", TestDocuments.example("admin-console-prd.md"));

        assertThat(docx.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(docx.title()).isEqualTo("后台管理系统 接口需求文档");
        assertThat(docx.blocks()).extracting(InterfaceBlock::title)
                .containsExactlyElementsOf(markdown.blocks().stream().map(InterfaceBlock::title).toList());
        assertThat(docx.blocks()).extracting(InterfaceBlock::fields)
                .containsExactlyElementsOf(markdown.blocks().stream().map(InterfaceBlock::fields).toList());
        assertThat(docx.blocks()).extracting(InterfaceBlock::returns)
                .containsExactlyElementsOf(markdown.blocks().stream().map(InterfaceBlock::returns).toList());
    }

    @Test
    void aManagementSectionNamedAfterItsRequirementIdIsTheOperationsItNames() {
        byte[] content = TestDocuments.styledDocx(List.of(
                new String[] {"Heading2", "3. 功能需求"},
                new String[] {"Heading3", "3.1 普通用户功能"},
                new String[] {"Heading4", "FR-01 用户注册"},
                new String[] {"", "· 描述: 用户可通过注册页面自行注册账号"},
                new String[] {"Heading4", "FR-02 添加票据"},
                new String[] {"", "· 描述: 用户填写票据信息并保存"},
                new String[] {"Heading4", "FR-03 删除草稿票据"},
                new String[] {"", "· 描述: 用户删除自己的草稿票据"},
                new String[] {"Heading3", "3.2 管理员功能"},
                new String[] {"Heading4", "FR-11 用户管理"},
                new String[] {"", "· 描述: 管理员可对系统用户进行管理"},
                new String[] {"", "· 功能: 新增用户、编辑用户、删除用户"}));

        Document document = parser.parse("bills.docx", content);

        assertThat(document.blocks()).extracting(InterfaceBlock::title).endsWith("新增用户", "编辑用户", "删除用户");
    }

    @Test
    void markdownTypedIntoWordParagraphsIsReadAsTheHeadingsItWrites() {
        byte[] content = TestDocuments.styledDocx(List.of(
                new String[] {"Heading1", "需求文档"},
                new String[] {"", "## 1. 应用概述"},
                new String[] {"", "- 一款待办事务管理工具"},
                new String[] {"", "## 3. 页面结构与核心功能"},
                new String[] {"", "### 3.2 登录"},
                new String[] {"", "- 支持微信授权登录"},
                new String[] {"", "### 3.4 事务创建/编辑页"},
                new String[] {"", "- 保存：校验必填项后保存任务，返回主页"},
                new String[] {"", "### 3.8 勋章详情页"},
                new String[] {"", "- 展示勋章大图、名称、稀有度"}));

        Document document = parser.parse("prd.docx", content);

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("登录", "事务创建/编辑页", "勋章详情页");
    }

    @Test
    void aReviewersCommentIsNoPartOfTheHeadingItIsOn() {
        byte[] content = TestDocuments.docxWithComment("用户名/密码登录", "A. Reviewer", "V1.4 新增",
                "请求地址：POST /api/entrance/generalLogin");

        Document document = parser.parse("platform.docx", content);

        assertThat(document.blocks()).singleElement().satisfies(block -> {
            assertThat(block.title()).isEqualTo("用户名/密码登录");
            assertThat(block.text()).doesNotContain("Reviewer", "V1.4");
        });
    }

    @Test
    void docxHeadingStyleAndTableBecomeABlockWithFields() {
        byte[] content = docx("1. 新增商品", "创建一个新商品，创建后默认下架。",
                new String[] {"字段", "类型", "必填", "说明"},
                new String[] {"name", "字符串", "是", "商品名称"},
                new String[] {"price", "金额", "是", "售价，单位为元"},
                new String[] {"launchDate", "日期", "否", "计划上架日期"});

        Document document = parser.parse("goods.docx", content);

        assertThat(document.blocks()).singleElement().satisfies(block -> {
            assertThat(block.index()).isZero();
            assertThat(block.title()).isEqualTo("新增商品");
            assertThat(block.text()).contains("创建一个新商品", "| price | 金额 | 是 | 售价，单位为元 |");
            assertThat(block.fields()).containsExactly(
                    new Field("name", FieldType.STRING, true, "商品名称"),
                    new Field("price", FieldType.NUMBER, true, "售价，单位为元"),
                    new Field("launchDate", FieldType.DATE, false, "计划上架日期"));
        });
        assertThat(document.title()).isEqualTo("goods.docx");
    }

    @Test
    void anEmptyTitleParagraphClosesItselfAndHeadingNamedStylesAreHeadings() {
        byte[] content = TestDocuments.styledDocx(List.of(
                new String[] {"Title", ""},
                new String[] {"h1", "1. Introduction"},
                new String[] {"", "The ICU system helps nurses and doctors."},
                new String[] {"h1", "4. Functional Requirements"},
                new String[] {"", "· Patient Management"},
                new String[] {"", "· Admit new patient"},
                new String[] {"", "· Assign room to patient"},
                new String[] {"", "· Record patient data"},
                new String[] {"", "· Prescribe medication"},
                new String[] {"", "· Notify nurses about dosage timings"},
                new String[] {"h1", "5. Non-functional Requirements"},
                new String[] {"", "· Encrypt all traffic"}));

        Document document = parser.parse("icu.docx", content);

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("Admit new patient",
                "Assign room to patient", "Record patient data", "Prescribe medication",
                "Notify nurses about dosage timings");
        assertThat(document.choices()).extracting(Choice::section).contains("Introduction", "Functional Requirements");
    }

    @Test
    void numberedParagraphsOfADocumentWithoutHeadingStylesAreItsHeadings() {
        StringBuilder body = new StringBuilder(paragraph("接口文档") + paragraph("错误码说明: 000000 成功"));
        String[][] interfaces = {{"比赛创建", "/wx/game/create"}, {"比赛删除", "/wx/game/delete"}};
        for (int i = 0; i < interfaces.length; i++) {
            int n = i + 1;
            body.append(paragraph(n + ". " + interfaces[i][0])).append(paragraph(n + ".1 请求地址"))
                    .append(table(new String[] {"方法", "POST"}, new String[] {"URL", interfaces[i][1]}))
                    .append(paragraph(n + ".2 请求参数"))
                    .append(table(new String[] {"参数名", "数据类型", "必选"}, new String[] {"gameId", "int", "Y"}));
        }

        Document document = parser.parse("badminton.docx", TestDocuments.docxWithBody("", body.toString()));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("比赛创建", "比赛删除");
        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("POST /wx/game/create", "POST /wx/game/delete");
        assertThat(document.blocks().get(1).fields()).containsExactly(new Field("gameId", FieldType.INTEGER, true, ""));
    }

    @Test
    void linesBrokenInsideOneParagraphAreLinesOfTheirOwn() {
        // Shift+Enter in Word: one paragraph whose runs are separated by <w:br/>
        String lines = String.join("</w:t></w:r><w:r><w:br/><w:t>", "Functionalities:",
                "1. Register a customer", "2. Rent an item by customer", "3. Return an item by customer",
                "4. Generate the fine report", "5. Update the inventory");
        String body = "<w:p><w:r><w:t>" + lines + "</w:t></w:r></w:p>";

        Document document = parser.parse("rental.docx", TestDocuments.docxWithBody("", body));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("Register a customer", "Rent an item by customer", "Return an item by customer",
                        "Generate the fine report", "Update the inventory");
    }

    @Test
    void requirementProseIsReadOncePastATableOfContentsTypedAsNumberedLines() {
        StringBuilder body = new StringBuilder();
        for (String text : List.of("商品销售管理系统需求规格说明书", "目录：", "1. 引言", "2. 功能需求", "2.1登录功能", "3. 性能需求",
                "1. 引言", "本系统供商家管理商品。", "2. 功能需求", "2.1登录功能",
                "登录之后可以查看所有用户信息，创建新用户，查找商品，添加商品等操作。", "3. 性能需求", "响应时间在两秒以内。")) {
            body.append(paragraph(text));
        }

        Document document = parser.parse("goods.docx", TestDocuments.docxWithBody("", body.toString()));

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("查看所有用户信息", "创建新用户", "查找商品", "添加商品");
        assertThat(document.choices()).extracting(Choice::reason)
                .contains("a table of contents entry: '功能需求' is stated again below");
    }

    private static String paragraph(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static String table(String[]... rows) {
        StringBuilder table = new StringBuilder("<w:tbl>");
        for (String[] row : rows) {
            table.append("<w:tr>");
            for (String cell : row) {
                table.append("<w:tc>").append(paragraph(cell)).append("</w:tc>");
            }
            table.append("</w:tr>");
        }
        return table.append("</w:tbl>").toString();
    }

    @Test
    void docxZipBombIsRefusedQuicklyAsAZipBomb() {
        byte[] bomb = TestDocuments.docxZipBomb(50);
        assertThat(bomb.length).isLessThan(1_000_000);

        assertTimeoutPreemptively(Duration.ofSeconds(15), () ->
                assertThatThrownBy(() -> parser.parse("bomb.docx", bomb))
                        .isInstanceOf(DocumentException.class)
                        .hasMessageContaining("zip bomb")
                        .hasMessageContaining("compressed size")
                        .hasMessageContaining("docroute.parsing.max-compression-ratio"));
    }

    @Test
    void randomBytesNamedDocxAreNotAValidDocx() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);

        assertThatThrownBy(() -> parser.parse("broken.docx", garbage))
                .isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("the file is not a valid DOCX document: ");
    }

    @Test
    void truncatedDocxIsNotAValidDocx() {
        byte[] content = docx("用户列表", "分页查询。", new String[] {"字段", "类型"}, new String[] {"page", "整数"});
        byte[] truncated = java.util.Arrays.copyOf(content, content.length / 2);

        assertThatThrownBy(() -> parser.parse("truncated.docx", truncated))
                .isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("the file is not a valid DOCX document: ");
    }

    @Test
    void docxTextOverTheCharacterLimitIsRefused() {
        DocumentParser limited = new DocumentParser(new ParsingProperties(0, null, 200, 0, 0));
        byte[] content = docx("用户列表", "分页查询后台用户。".repeat(50),
                new String[] {"字段", "类型"}, new String[] {"page", "整数"});

        assertThatThrownBy(() -> limited.parse("long.docx", content))
                .isInstanceOf(DocumentException.class)
                .hasMessage("the DOCX text is longer than the limit of 200 characters"
                        + " (docroute.parsing.max-characters)");
    }

    @Test
    void externalEntityInADocxIsNeverResolved(@TempDir Path folder) throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-42");
        byte[] content = TestDocuments.docxWithBody("<!DOCTYPE w:document [<!ENTITY secret SYSTEM \""
                + secret.toUri() + "\">]>", "<w:p><w:r><w:t>用户列表 &secret;</w:t></w:r></w:p>");

        byte[] withoutDoctype = TestDocuments.docxWithBody("", "<w:p><w:r><w:t>用户列表</w:t></w:r></w:p>");
        assertThatThrownBy(() -> parser.parse("plain.docx", withoutDoctype))
                .as("the same package without the DOCTYPE is a readable DOCX that merely has no headings")
                .hasMessage(DocumentParser.NO_BLOCKS);

        assertThatThrownBy(() -> parser.parse("xxe.docx", content))
                .isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("the file is not a valid DOCX document: ")
                .message().doesNotContain("TOP-SECRET-42");
    }
}
