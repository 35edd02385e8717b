package io.docroute.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A model's list of interfaces becomes blocks only where its quotes occur in the document. */
class InterfaceListingTest {

    private static final List<String> LINES = List.of(
            "# 需求说明",
            "前台可以浏览客房，并按入住日期查询空房。",
            "住户入住后，前台为其办理",
            "退房结账；管理员可以修改房价。",
            "系统应保证数据安全。");

    private static Document document(List<InterfaceBlock> blocks) {
        return new Document("hotel.md", "0", DocumentFormat.MARKDOWN, "需求说明", blocks, List.of(), LINES);
    }

    @Test
    void quotesThatOccurAreAcceptedWhitespaceAsideAndInventedOnesAreRejected() throws Exception {
        var answer = new ObjectMapper().readTree("""
                {"interfaces": [
                  {"title": "查询空房", "quote": "按入住日期查询空房"},
                  {"title": "退房结账", "quote": "前台为其办理 退房结账"},
                  {"title": "删除住户", "quote": "前台可以删除住户"},
                  {"title": "空", "quote": ""}
                ]}""");
        List<String> problems = new ArrayList<>();

        InterfaceListing.Read read = InterfaceListing.read(answer, String.join("\n", LINES), problems);

        assertThat(read.listed()).extracting(InterfaceListing.Listed::title).containsExactly("查询空房", "退房结账");
        assertThat(read.rejected()).isEqualTo(2);
        assertThat(problems).anySatisfy(problem -> assertThat(problem).contains("删除住户"));
    }

    @Test
    void eachListedInterfaceIsABlockOfTheLinesItsQuoteIsOnAndSaysWhoListedIt() {
        Document listed = InterfaceListing.apply(document(List.of()), List.of(
                new InterfaceListing.Listed("查询空房", "按入住日期查询空房"),
                new InterfaceListing.Listed("退房结账", "前台为其办理 退房结账"),
                new InterfaceListing.Listed("查询空房", "浏览客房")), "model-a");

        assertThat(listed.blocks()).extracting(InterfaceBlock::title).containsExactly("查询空房", "退房结账");
        assertThat(listed.blocks().get(1).text()).isEqualTo("住户入住后，前台为其办理\n退房结账；管理员可以修改房价。");
        assertThat(listed.choices().get(0).reason()).contains("model-a", "按入住日期查询空房");
        assertThat(listed.lines()).isEqualTo(LINES);
    }

    @Test
    void nothingListedLeavesTheDocumentAsItWasRead() {
        Document read = document(List.of(new InterfaceBlock(0, "浏览客房", "前台可以浏览客房", List.of(), List.of())));

        assertThat(InterfaceListing.apply(read, List.of(), "model-a")).isSameAs(read);
    }

    @Test
    void onlyDocumentsWhoseReadingStatesNoMethodOrPathAreListed() {
        InterfaceBlock prose = new InterfaceBlock(0, "浏览客房", "前台可以浏览客房", List.of(), List.of());
        InterfaceBlock stated = new InterfaceBlock(1, "查询空房", "GET /rooms?date=", List.of(), List.of());

        assertThat(InterfaceListing.wanted(document(List.of()))).isTrue();
        assertThat(InterfaceListing.wanted(document(List.of(prose)))).isTrue();
        assertThat(InterfaceListing.wanted(document(List.of(prose, stated)))).isFalse();
        assertThat(InterfaceListing.wanted(new Document("a.json", "0", DocumentFormat.JSON, "a", List.of(),
                List.of(), List.of()))).as("a JSON document has no prose to list from").isFalse();
    }
}
