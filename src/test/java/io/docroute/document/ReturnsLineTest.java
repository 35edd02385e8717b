package io.docroute.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReturnsLineTest {

    @Test
    void chineseListSplitsOnEnumerationCommas() {
        assertThat(ReturnsLine.parse("返回：userId、username、createdAt"))
                .contains(List.of("userId", "username", "createdAt"));
    }

    @Test
    void englishListSplitsOnCommasAndSemicolons() {
        assertThat(ReturnsLine.parse("Returns: id, name ; email,price")).contains(List.of("id", "name", "email", "price"));
    }

    @Test
    void everyKeywordAndColonWidthIsAccepted() {
        assertThat(ReturnsLine.parse("返回值:a，b")).contains(List.of("a", "b"));
        assertThat(ReturnsLine.parse("返回字段： a；b")).contains(List.of("a", "b"));
        assertThat(ReturnsLine.parse("Return: a")).contains(List.of("a"));
        assertThat(ReturnsLine.parse("response : a")).contains(List.of("a"));
        assertThat(ReturnsLine.parse("- Returns: a, b")).contains(List.of("a", "b"));
    }

    @Test
    void nothingPhrasesGiveAnEmptyList() {
        for (String line : List.of("返回：无", "返回：空", "返回：无返回", "Returns: none", "Returns: nothing",
                "Returns: No content", "返回：无。")) {
            assertThat(ReturnsLine.parse(line)).as(line).contains(List.of());
        }
    }

    @Test
    void fileAnswerIsKeptWholeAsWritten() {
        assertThat(ReturnsLine.parse("返回：Excel 文件")).contains(List.of("Excel 文件"));
        assertThat(ReturnsLine.parse("Returns: CSV file")).contains(List.of("CSV file"));
        assertThat(ReturnsLine.parse("返回：Excel 文件，按筛选条件生成")).contains(List.of("Excel 文件，按筛选条件生成"));
    }

    @Test
    void fieldNamesThatMerelyContainFileStayAList() {
        assertThat(ReturnsLine.parse("Returns: fileId, fileUrl")).contains(List.of("fileId", "fileUrl"));
    }

    @Test
    void otherLinesAreNotReturnsLines() {
        assertThat(ReturnsLine.parse("返回数据按时间倒序排列。")).isEmpty();
        assertThat(ReturnsLine.parse("The response is cached.")).isEmpty();
        assertThat(ReturnsLine.find(List.of("说明", "返回：a、b", "返回：c"))).containsExactly("a", "b");
    }

    @Test
    void trailingFullStopAndQuotesAreDropped() {
        assertThat(ReturnsLine.parse("返回：`orderNo`、“amount”。")).contains(List.of("orderNo", "amount"));
    }
}
