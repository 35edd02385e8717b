package io.docroute.document;

import static io.docroute.document.TestDocuments.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DocumentErrorsTest {

    private final DocumentParser parser = TestDocuments.parser();

    @Test
    void unknownExtensionListsTheSupportedTypes() {
        assertThatThrownBy(() -> parser.parse("notes.xyz", utf8("## 用户列表")))
                .isInstanceOf(DocumentException.class)
                .hasMessage("unsupported file type '.xyz': DocRoute reads .md, .markdown, .txt, .html, .htm,"
                        + " .json, .yaml, .yml, .docx and .pdf");
    }

    @Test
    void fileNameWithoutExtensionIsUnsupported() {
        assertThatThrownBy(() -> parser.parse("README", utf8("## 用户列表")))
                .isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("unsupported file type: 'README' has no extension; DocRoute reads .md");
    }

    @Test
    void emptyFileIsEmpty() {
        assertThatThrownBy(() -> parser.parse("empty.md", new byte[0]))
                .isInstanceOf(DocumentException.class)
                .hasMessage("the document is empty");
    }

    @Test
    void whitespaceOnlyFileIsEmpty() {
        assertThatThrownBy(() -> parser.parse("blank.txt", utf8(" \n\t\u3000\r\n")))
                .isInstanceOf(DocumentException.class)
                .hasMessage("the document is empty");
    }

    @Test
    void binaryGarbageNamedMarkdownIsNotText() {
        byte[] garbage = new byte[2048];
        new Random(3).nextBytes(garbage);

        assertThatThrownBy(() -> parser.parse("photo.md", garbage))
                .isInstanceOf(DocumentException.class)
                .hasMessage("the file is not a text document (it looks binary); expected UTF-8 or UTF-16 text"
                        + " for a .md file");
    }

    @Test
    void validUtf8WithNulBytesIsNotText() {
        assertThatThrownBy(() -> parser.parse("data.txt", utf8("1. 用户列表\u0000\u0000\u0001")))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("it looks binary")
                .hasMessageEndingWith("for a .txt file");
    }

    @Test
    void textWithManyControlCharactersIsNotText() {
        String controls = "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u000E\u000F".repeat(5);

        assertThatThrownBy(() -> parser.parse("page.html", utf8("<h2>用户列表</h2>" + controls)))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("it looks binary")
                .hasMessageEndingWith("for a .html file");
    }

    @Test
    void documentWithoutInterfaceBlocksSaysWhatWasExpected() {
        String markdown = "# 会议纪要\n\n## 背景\n\n讨论了排期。\n\n## 结论\n\n下周再议。\n";

        assertThatThrownBy(() -> parser.parse("minutes.md", utf8(markdown)))
                .isInstanceOf(DocumentException.class)
                .hasMessage("no interface blocks found: expected a stated method and path (POST /api/x), headings"
                        + " with field tables or interface titles such as 用户列表 / List users, or numbered requirements"
                        + " or user stories");
    }

    @Test
    void moreBlocksThanTheLimitNamesTheSetting() {
        DocumentParser limited = new DocumentParser(new ParsingProperties(0, null, 0, 0, 2));
        String markdown = "## 用户列表\n\n分页。\n\n## 新增用户\n\n新增。\n\n## 删除用户\n\n删除。\n";

        assertThatThrownBy(() -> limited.parse("three.md", utf8(markdown)))
                .isInstanceOf(DocumentException.class)
                .hasMessage("the document has 3 interface blocks, more than the limit of 2"
                        + " (docroute.parsing.max-blocks)");
    }

    @Test
    void textOverTheCharacterLimitNamesTheSetting() {
        DocumentParser limited = new DocumentParser(new ParsingProperties(0, null, 50, 0, 0));

        assertThatThrownBy(() -> limited.parse("long.md", utf8("## 用户列表\n" + "查询".repeat(40))))
                .isInstanceOf(DocumentException.class)
                .hasMessage("the document text is longer than the limit of 50 characters"
                        + " (docroute.parsing.max-characters)");
    }

    @Test
    void explicitHeadingLevelWithoutHeadingsThereFindsNoBlocks() {
        DocumentParser levelFour = new DocumentParser(new ParsingProperties(4, null, 0, 0, 0));

        assertThatThrownBy(() -> levelFour.parse("three-blocks.md", TestDocuments.fixture("three-blocks.md")))
                .isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("no interface blocks found");
    }

    @Test
    void uppercaseExtensionIsAccepted() {
        assertThat(parser.parse("THREE-BLOCKS.MD", TestDocuments.fixture("three-blocks.md")).blocks()).hasSize(3);
    }

    @Test
    void deeplyNestedHtmlIsReadWithoutOverflowingTheStack() {
        String html = "<h2>用户列表</h2>" + "<div>".repeat(30_000) + "返回：id" + "</div>".repeat(30_000);

        assertThat(parser.parse("deep.html", utf8(html)).blocks()).singleElement()
                .extracting(InterfaceBlock::returns).isEqualTo(java.util.List.of("id"));
    }

    @Test
    void absurdlyNestedMarkdownIsRefusedInsteadOfOverflowingTheStack() {
        String markdown = "## 用户列表\n\n" + ">".repeat(200_000) + " 深层引用\n";

        assertThatThrownBy(() -> parser.parse("deep.md", utf8(markdown)))
                .isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("the Markdown nests block quotes or lists more than 200 levels deep");
    }

    @Test
    void ordinaryNestedListsAreWithinTheMarkdownDepthLimit() {
        String markdown = "## 用户列表\n\n- a\n  - b\n    - c\n\n> > 引用\n";

        assertThat(parser.parse("lists.md", utf8(markdown)).blocks().get(0).text())
                .isEqualTo("- a\n- b\n- c\n引用");
    }
}
