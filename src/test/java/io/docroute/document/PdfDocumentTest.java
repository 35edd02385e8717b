package io.docroute.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

class PdfDocumentTest {

    private final DocumentParser parser = TestDocuments.parser();

    @Test
    void examplePdfTextIsSplitAtItsNumberedHeadings() {
        Document document = parser.parse("admin-console-prd.pdf", TestDocuments.example("admin-console-prd.pdf"));

        assertThat(document.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "用户列表", "用户详情", "新增用户", "修改用户", "删除用户",
                "禁用用户", "订单列表", "订单导出", "销售统计", "修改库存");
        assertThat(document.blocks()).allSatisfy(block -> assertThat(block.fields()).isEmpty());
    }

    @Test
    void examplePdfKeepsReturnsLinesAndTableText() {
        Document document = parser.parse("admin-console-prd.pdf", TestDocuments.example("admin-console-prd.pdf"));

        assertThat(document.blocks().get(0).returns())
                .containsExactly("userId", "username", "mobile", "status", "createdAt");
        assertThat(document.blocks().get(4).returns()).isEmpty();
        assertThat(document.blocks().get(7).returns()).containsExactly("Excel 文件");
        assertThat(document.blocks().get(0).text()).contains("pageSize");
    }

    @Test
    void aPageThatIsOnlyAnImageIsPassedOverWithoutOcr() throws Exception {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage text = new PDPage();
            document.addPage(text);
            try (PDPageContentStream content = new PDPageContentStream(document, text)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("POST /api/bills");
                content.newLineAtOffset(0, -20);
                content.showText("Adds a bill to the account book.");
                content.endText();
            }
            PDPage scan = new PDPage();
            document.addPage(scan);
            BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
            try (PDPageContentStream content = new PDPageContentStream(document, scan)) {
                content.drawImage(LosslessFactory.createFromImage(document, image), 72, 400);
            }
            document.save(out);
            pdf = out.toByteArray();
        }

        Document document = parser.parse("bills.pdf", pdf);

        assertThat(document.blocks()).extracting(InterfaceBlock::stated)
                .containsExactly(new StatedEndpoint("POST", "/api/bills", List.of()));
    }

    @Test
    void aPageThatDrawsItsTextOutOfReadingOrderIsReadAsItStandsOnThePage() throws Exception {
        // each address drawn before its label and its last segment after both, each title drawn twice to look bold:
        // "http://localhost:8666/User/URL: login" in the order the page draws it
        String[][] interfaces = {{"Log in", "login"}, {"Log out", "logout"}, {"Change password", "updatePwd"}};
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            String address = "http://localhost:8666/User/";
            float segment = 110 + font.getStringWidth(address) / 1000 * 12;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = 700;
                for (String[] it : interfaces) {
                    draw(content, font, 72, y, it[0]);
                    draw(content, font, 72.4f, y, it[0]);
                    draw(content, font, 110, y - 20, address);
                    draw(content, font, 72, y - 20, "URL:");
                    draw(content, font, segment, y - 20, it[1]);
                    draw(content, font, 72, y - 40, "Method: POST");
                    y -= 80;
                }
            }
            document.save(out);
            pdf = out.toByteArray();
        }

        Document document = parser.parse("manholes.pdf", pdf);

        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("Log in", "Log out", "Change password");
        assertThat(document.blocks()).extracting(block -> block.stated().method() + " " + block.stated().path())
                .containsExactly("POST /User/login", "POST /User/logout", "POST /User/updatePwd");
    }

    @Test
    void aPrintedSwaggerPagesZeroWidthSpacesBreakNoPath() {
        // Swagger UI lets a long path break at each slash; a PDF printed from it keeps the zero-width spaces
        String printed = "DELETE \u200b/api\u200b/appointments\u200b\n/cancel\nCancel an appointment";
        assertThat(DocumentParser.pdfLines(printed))
                .isEqualTo("DELETE /api/appointments/cancel\nCancel an appointment");
    }

    @Test
    void aPrintedApiPagesUrlsAreReadWithTheRequestsTheyStandBeside() throws Exception {
        // as a published collection prints: a group's URLs in the column beside its requests, which the text gives
        // before the requests' headers
        byte[] pdf = page("http://127.0.0.1:5000/user", "http://127.0.0.1:5000/user", "http://127.0.0.1:5000/user",
                "GET see all users", "Lists every user.", "POST add a new user", "Creates a user from the body.",
                "DELETE delete a user", "Removes the user.");

        Document document = parser.parse("users.pdf", pdf);

        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("GET /user", "POST /user", "DELETE /user");
    }

    @Test
    void eachPagesNumberOfThePagesThereAreIsNoLineOfTheText() throws Exception {
        // as an exported interface document numbers its pages, the number drawn between a title and its address
        String[][] interfaces = {{"Update a teacher", "teacher/update"}, {"Modify a category", "category/modify"},
                {"Edit a lesson", "course/chapter/edit"}};
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < interfaces.length; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    draw(content, font, 72, 700, interfaces[i][0]);
                    draw(content, font, 72, 680, (i + 1) + "/" + interfaces.length);
                    draw(content, font, 72, 640, "http://api.example.com/v6/" + interfaces[i][1]);
                    draw(content, font, 72, 620, "Method: POST");
                }
            }
            document.save(out);
            pdf = out.toByteArray();
        }

        Document document = parser.parse("teachers.pdf", pdf);

        assertThat(document.lines()).noneMatch(line -> line.strip().matches("\\d/3"));
        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("Update a teacher", "Modify a category", "Edit a lesson");
        assertThat(document.blocks()).extracting(block -> block.stated().path())
                .containsExactly("/v6/teacher/update", "/v6/category/modify", "/v6/course/chapter/edit");
    }

    @Test
    void aChaptersTitleHeadingEachOfItsPagesWithThePagesNumberIsNoSection() throws Exception {
        // a running head, as a typeset report writes the chapter over each of its pages
        String[] sections = {"3.1 Borrow a book", "3.2 Return a book", "3.3 Renew a loan"};
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < sections.length; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    draw(content, font, 72, 720, i == 0 ? "3 Functional Analysis" : "3 Functional Analysis " + (i + 5));
                    draw(content, font, 72, 690, sections[i]);
                    draw(content, font, 72, 670, "The reader asks the librarian and the system records it.");
                }
            }
            document.save(out);
            pdf = out.toByteArray();
        }

        Document document = parser.parse("library.pdf", pdf);

        assertThat(document.lines()).noneMatch(line -> line.matches(".*Functional Analysis \\d+"));
        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("Borrow a book", "Return a book", "Renew a loan");
    }

    @Test
    void aLinksTargetIsNoLineOfThePage() throws Exception {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                draw(content, font, 72, 700, "Add a department");
                draw(content, font, 72, 680, "POST /api/departments");
                draw(content, font, 72, 660, "See the example");
            }
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(72, 655, 100, 15));
            PDActionURI target = new PDActionURI();
            target.setURI("http://127.0.0.1:8000/api/examples/");
            link.setAction(target);
            page.getAnnotations().add(link);
            document.save(out);
            pdf = out.toByteArray();
        }

        Document document = parser.parse("departments.pdf", pdf);

        assertThat(document.lines()).noneMatch(line -> line.contains("/api/examples/"));
        assertThat(document.blocks()).extracting(InterfaceBlock::stated)
                .containsExactly(new StatedEndpoint("POST", "/api/departments", List.of()));
    }

    /** A page with the lines drawn one under another, as a PDF's text layer keeps them. */
    private static byte[] page(String... lines) throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (int i = 0; i < lines.length; i++) {
                    draw(content, font, 72, 700 - 20 * i, lines[i]);
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void draw(PDPageContentStream content, PDType1Font font, float x, float y, String text)
            throws Exception {
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    @Test
    void aTitleWhoseWordsAPdfPartsByTabsReadsWithSpaces() {
        InterfaceBlock block = new InterfaceBlock(0, "Create\ta\t boat ", "POST /boats", List.of(), List.of());

        assertThat(block.title()).isEqualTo("Create a boat");
    }

    @Test
    void kangxiRadicalsInAPdfTextLayerReadAsTheIdeographs() {
        assertThat(Text.withUnifiedRadicals("新\u2F64\u2F08")).isEqualTo("新用人");
        assertThat(Text.withUnifiedRadicals("plain 用户")).isEqualTo("plain 用户");
        // the simplified radicals that are characters of their own have no compatibility mapping
        assertThat(Text.withUnifiedRadicals("倒\u2ECB辅助，\u2EDA面")).isEqualTo("倒车辅助，页面");
        // the radical drawn over the ideograph it stands for is one character, a repeated ideograph stays repeated
        assertThat(Text.withUnifiedRadicals("请求\u2F45方式 ⽉月 年年")).isEqualTo("请求方式 月 年年");
    }

    @Test
    void aCodeSpanAPdfDrawsWithOpeningQuotesIsACodeSpan() {
        assertThat(Text.withCodeTicks("| ‘POST /login‘ | Authenticate user | ‘{ email }‘ |"))
                .isEqualTo("| `POST /login` | Authenticate user | `{ email }` |");
        assertThat(Text.withCodeTicks("the ‘quoted’ word")).isEqualTo("the ‘quoted’ word");
    }

    @Test
    void aPathATableCellWrapsAfterASlashIsOnePath() {
        assertThat(StatedEndpoint.withWrappedPathsJoined("/api/posts/{id}/\ncomments\nPOST 发表评论 需JWT\n"
                + "/api/friends/requests/\n{id}\nPUT\n"))
                .isEqualTo("/api/posts/{id}/comments\nPOST 发表评论 需JWT\n/api/friends/requests/{id}\nPUT\n");
        // a path over prose, or over its method, stays as it is
        assertThat(StatedEndpoint.withWrappedPathsJoined("/api/users/\nlists every user\n/api/orders/\nGET\n"))
                .isEqualTo("/api/users/\nlists every user\n/api/orders/\nGET\n");
    }

    @Test
    void aPathATableCellWrapsAfterAHyphenIsOnePath() {
        assertThat(StatedEndpoint.withWrappedPathsJoined("/api/user/change-\npassword/{userId}\nPOST\n"
                + "/api/driver/is-\ndriver\nGET\n"))
                .isEqualTo("/api/user/change-password/{userId}\nPOST\n/api/driver/is-driver\nGET\n");
    }

    @Test
    void randomBytesNamedPdfAreNotAValidPdf() {
        byte[] garbage = new byte[4096];
        new Random(11).nextBytes(garbage);

        assertThatThrownBy(() -> parser.parse("scan.pdf", garbage))
                .isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("the file is not a valid PDF document: ");
    }

    @Test
    void truncatedPdfIsNotAValidPdf() {
        byte[] pdf = TestDocuments.example("admin-console-prd.pdf");

        assertThatThrownBy(() -> parser.parse("cut.pdf", Arrays.copyOf(pdf, pdf.length / 3)))
                .isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("the file is not a valid PDF document: ");
    }
}
