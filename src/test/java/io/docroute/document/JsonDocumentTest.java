package io.docroute.document;

import static io.docroute.document.TestDocuments.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonDocumentTest {

    private final DocumentParser parser = TestDocuments.parser();

    @Test
    void blockArrayBecomesBlocksInArrayOrder() {
        Document document = parser.parse("api-blocks.json", TestDocuments.example("api-blocks.json"));

        assertThat(document.format()).isEqualTo(DocumentFormat.JSON);
        assertThat(document.title()).isEqualTo("api-blocks.json");
        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly("商品列表", "新增商品", "删除商品");
        assertThat(document.blocks()).extracting(InterfaceBlock::index).containsExactly(0, 1, 2);
        InterfaceBlock list = document.blocks().get(0);
        assertThat(list.text()).isEqualTo("分页查询商品，支持按商品名称、分类和上架状态筛选。");
        assertThat(list.fields()).first().isEqualTo(new Field("page", FieldType.INTEGER, true, "页码，从 1 开始"));
        assertThat(list.returns()).containsExactly("productId", "name", "price", "stock", "onSale");
        assertThat(document.blocks().get(2).fields()).containsExactly(
                new Field("productId", FieldType.INTEGER, true, "商品ID，路径参数"));
        assertThat(document.blocks().get(2).returns()).isEmpty();
    }

    @Test
    void blocksObjectIsTheSameShapeAsABareArray() {
        String json = """
                {"title": "Catalog", "blocks": [
                  {"title": "List categories", "fields": [{"name": "parentId", "type": "int", "required": "yes"}],
                   "returns": "id, name"}
                ]}
                """;

        Document document = parser.parse("catalog.json", utf8(json));

        assertThat(document.title()).isEqualTo("Catalog");
        assertThat(document.blocks()).singleElement().satisfies(block -> {
            assertThat(block.fields()).containsExactly(new Field("parentId", FieldType.INTEGER, true, ""));
            assertThat(block.returns()).containsExactly("id", "name");
        });
    }

    @Test
    void lowCodePageGridsBecomeBlocksTitledByThePage() {
        Document document = parser.parse("order-center.page.json", TestDocuments.example("order-center.page.json"));

        assertThat(document.title()).isEqualTo("订单中心");
        assertThat(document.blocks()).extracting(InterfaceBlock::title)
                .containsExactly("订单列表", "订单详情", "新增退款", "退款导出");
        InterfaceBlock detail = document.blocks().get(1);
        assertThat(detail.fields()).containsExactly(
                new Field("orderId", FieldType.INTEGER, true, "订单ID，路径参数"),
                new Field("withItems", FieldType.BOOLEAN, false, "是否返回商品明细，默认是"));
        assertThat(document.blocks().get(3).returns()).containsExactly("Excel 文件");
        assertThat(document.blocks().get(3).fields()).extracting(Field::type).contains(FieldType.DATE_TIME);
    }

    @Test
    void gridTextIsItsDescriptionAndAFieldTable() {
        Document document = parser.parse("order-center.page.json", TestDocuments.example("order-center.page.json"));

        assertThat(document.blocks().get(1).text()).isEqualTo("""
                根据订单ID查询订单的完整信息，包括商品明细和收货地址。
                | name | label | type | required | description |
                | orderId | 订单ID | integer | yes | 订单ID，路径参数 |
                | withItems | 包含商品明细 | boolean | no | 是否返回商品明细，默认是 |""");
    }

    @Test
    void gridWithoutTitleIsNamedByItsIdAndLabelStandsInForMissingDescription() {
        String json = """
                {"page": {"name": "会员", "route": "/members"},
                 "grids": [{"id": "memberGrid", "fields": [{"name": "mobile", "label": "手机号", "type": "string"}]}]}
                """;

        Document document = parser.parse("members.json", utf8(json));

        assertThat(document.blocks()).singleElement().satisfies(block -> {
            assertThat(block.title()).isEqualTo("memberGrid");
            assertThat(block.fields()).containsExactly(new Field("mobile", FieldType.STRING, false, "手机号"));
        });
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        String json = "[\n  {\"title\": \"用户列表\",\n   \"text\" \"missing colon\"}\n]";

        assertThatThrownBy(() -> parser.parse("broken.json", utf8(json)))
                .isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("the JSON is malformed at line 3, column ")
                .hasMessageContaining("expecting a colon");
    }

    @Test
    void aFileNamedJsonThatHoldsMarkdownIsReadAsMarkdown() {
        Document document = parser.parse("api.json", utf8("""
                # 接口文档

                ## 用户登录
                - **接口**: `POST /api/v1/auth/login`

                ## 用户注册
                - **接口**: `POST /api/v1/auth/register`
                """));

        assertThat(document.format()).isEqualTo(DocumentFormat.MARKDOWN);
        assertThat(document.blocks()).extracting(block -> block.stated().toString())
                .containsExactly("POST /api/v1/auth/login", "POST /api/v1/auth/register");
    }

    @Test
    void jsonOfAnotherShapeNamesTheTwoAcceptedShapes() {
        assertThatThrownBy(() -> parser.parse("config.json", utf8("{\"name\": \"not a document\"}")))
                .isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("the JSON has neither accepted shape: ")
                .hasMessageContaining("block array")
                .hasMessageContaining("low-code page");
    }

    @Test
    void emptyBlockArrayHasNoInterfaceBlocks() {
        assertThatThrownBy(() -> parser.parse("empty.json", utf8("[]")))
                .isInstanceOf(DocumentException.class)
                .hasMessage(DocumentParser.NO_BLOCKS);
    }

    @Test
    void blockWithoutTitleIsRefused() {
        assertThatThrownBy(() -> parser.parse("untitled.json", utf8("[{\"title\": \"A\"}, {\"text\": \"B\"}]")))
                .isInstanceOf(DocumentException.class)
                .hasMessage("entry 2 of the block array has no \"title\"");
    }
}
