package io.docroute.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.document.Field;
import io.docroute.document.FieldType;
import io.docroute.document.InterfaceBlock;
import io.docroute.document.StatedEndpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockKeysTest {

    private final BlockKeys keys = new BlockKeys("prompt-1", "schema-1", "default");

    private static InterfaceBlock block(String title, String text, List<Field> fields, List<String> returns) {
        return new InterfaceBlock(0, title, text, fields, returns);
    }

    private static final List<Field> FIELDS = List.of(
            new Field("page", FieldType.INTEGER, true, "页码"),
            new Field("status", FieldType.STRING, false, "状态：ACTIVE、DISABLED"));

    private final InterfaceBlock original = block("用户列表", "分页查询用户。\n| page | 整数 | 是 | 页码 |",
            FIELDS, List.of("userId", "username"));

    @Test
    void lineEndingsSpacesFullWidthPunctuationAndTablePaddingKeepTheKey() {
        InterfaceBlock cosmetic = block(" 用户列表 ", "分页查询用户。\r\n|  page   |整数| 是 |  页码  |   \r\n\r\n",
                List.of(new Field("page", FieldType.INTEGER, true, "页码 "),
                        new Field("status", FieldType.STRING, false, "状态:ACTIVE、DISABLED")),
                List.of("userId", "username"));

        assertThat(keys.key(cosmetic)).isEqualTo(keys.key(original));
    }

    @Test
    void thePositionInTheDocumentIsNotPartOfTheKey() {
        InterfaceBlock moved = new InterfaceBlock(7, original.title(), original.text(), original.fields(),
                original.returns());

        assertThat(keys.key(moved)).isEqualTo(keys.key(original));
    }

    @Test
    void theSameTextReadAsStatingAnotherEndpointChangesTheKey() {
        InterfaceBlock readBefore = new InterfaceBlock(0, "注册接口：user/register", "请求方式：get", List.of(), List.of(),
                StatedEndpoint.NONE);
        InterfaceBlock readNow = new InterfaceBlock(0, "注册接口：user/register", "请求方式：get", List.of(), List.of());

        assertThat(readNow.stated()).hasToString("GET /user/register");
        assertThat(keys.key(readNow)).isNotEqualTo(keys.key(readBefore));
    }

    @Test
    void anyChangeOfMeaningChangesTheKey() {
        List<InterfaceBlock> nearMisses = List.of(
                block("订单列表", original.text(), FIELDS, original.returns()),
                block("用户导出", original.text(), FIELDS, original.returns()),
                block(original.title(), original.text(), List.of(new Field("pageNo", FieldType.INTEGER, true, "页码"),
                        FIELDS.get(1)), original.returns()),
                block(original.title(), original.text(), List.of(new Field("page", FieldType.STRING, true, "页码"),
                        FIELDS.get(1)), original.returns()),
                block(original.title(), original.text(), List.of(new Field("page", FieldType.INTEGER, false, "页码"),
                        FIELDS.get(1)), original.returns()),
                block(original.title(), original.text(), List.of(FIELDS.get(0), new Field("status", FieldType.STRING,
                        false, "状态：ACTIVE、DISABLED、LOCKED")), original.returns()),
                block(original.title(), original.text(), FIELDS, List.of("userId", "username", "mobile")));

        for (InterfaceBlock nearMiss : nearMisses) {
            assertThat(keys.key(nearMiss)).as(BlockKeys.normalized(nearMiss)).isNotEqualTo(keys.key(original));
        }
    }

    @Test
    void promptSchemaAndNamespaceArePartOfTheKey() {
        assertThat(new BlockKeys("prompt-2", "schema-1", "default").key(original)).isNotEqualTo(keys.key(original));
        assertThat(new BlockKeys("prompt-1", "schema-2", "default").key(original)).isNotEqualTo(keys.key(original));
        assertThat(new BlockKeys("prompt-1", "schema-1", "eu-pool").key(original)).isNotEqualTo(keys.key(original));
    }
}
