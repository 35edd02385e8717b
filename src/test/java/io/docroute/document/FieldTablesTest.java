package io.docroute.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.vocabulary.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldTablesTest {

    private final FieldTables tables = new FieldTables(Vocabulary.builtIn());

    @Test
    void chineseHeaderWithFieldAndTypeColumnsIsAFieldTable() {
        assertThat(tables.isFieldTable(List.of(List.of("参数名", "数据类型", "是否必填", "备注")))).isTrue();
    }

    @Test
    void englishHeaderIsMatchedCaseInsensitively() {
        assertThat(tables.isFieldTable(List.of(List.of(" Name ", "TYPE")))).isTrue();
    }

    @Test
    void tableWithoutATypeColumnIsNotAFieldTable() {
        assertThat(tables.isFieldTable(List.of(List.of("字段", "说明"), List.of("status", "状态")))).isFalse();
        assertThat(tables.fields(List.of(List.of("状态", "含义"), List.of("PAID", "已支付")))).isEmpty();
    }

    @Test
    void requiredValuesInChineseAndEnglishAreRecognised() {
        List<List<String>> table = List.of(
                List.of("field", "type", "mandatory"),
                List.of("a", "string", "是"), List.of("b", "string", "Y"), List.of("c", "string", "√"),
                List.of("d", "string", "true"), List.of("e", "string", "必填"), List.of("f", "string", "否"),
                List.of("g", "string", "no"), List.of("h", "string", ""));

        assertThat(tables.fields(table)).extracting(Field::required)
                .containsExactly(true, true, true, true, true, false, false, false);
    }

    @Test
    void cellsAreTrimmedOfFullWidthSpacesAndTypesAreParsed() {
        List<List<String>> table = List.of(
                List.of("字段", "类型", "必填", "说明"),
                List.of("\u3000skuId\u3000", " 整数 ", "\u3000是", "\u3000SKU ID，路径参数\u3000"),
                List.of("", "字符串", "否", "没有名字的行被跳过"),
                List.of("price"));

        assertThat(tables.fields(table)).containsExactly(
                new Field("skuId", FieldType.INTEGER, true, "SKU ID，路径参数"),
                new Field("price", FieldType.STRING, false, ""));
    }

    @Test
    void fieldColumnIsPreferredOverANameColumn() {
        List<List<String>> table = List.of(List.of("名称", "字段", "类型"), List.of("用户名", "username", "string"));

        assertThat(tables.fields(table)).extracting(Field::name).containsExactly("username");
    }

    @Test
    void mergeKeepsTheFirstFieldOfEachName() {
        List<List<String>> first = List.of(List.of("name", "type"), List.of("id", "int"), List.of("tags", "list"));
        List<List<String>> second = List.of(List.of("name", "type"), List.of("id", "string"), List.of("note", "string"));

        assertThat(tables.merge(List.of(first, second))).containsExactly(
                new Field("id", FieldType.INTEGER, false, ""),
                new Field("tags", FieldType.ARRAY, false, ""),
                new Field("note", FieldType.STRING, false, ""));
    }
}
