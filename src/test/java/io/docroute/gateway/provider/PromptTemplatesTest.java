package io.docroute.gateway.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docroute.document.Field;
import io.docroute.document.FieldType;
import io.docroute.document.InterfaceBlock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptTemplatesTest {

    private static final String PROMPTS = "config/prompts";

    private final PromptTemplates templates = new PromptTemplates(PROMPTS);
    private final ObjectMapper mapper = new ObjectMapper();

    private final InterfaceBlock userList = new InterfaceBlock(3, "用户列表",
            "分页查询后台用户，支持按用户名模糊搜索。\n",
            List.of(new Field("page", FieldType.INTEGER, true, "页码"),
                    new Field("username", FieldType.STRING, false, "用户名 | 模糊匹配")),
            List.of("userId", "username", "createdAt"));

    @Test
    void everyPlaceholderOfTheBundledTemplatesIsFilled() {
        ModelRequest request = templates.render(userList, "deepseek-chat", 2048, true);

        assertThat(request.user()).doesNotContain("{{").doesNotContain("}}");
        assertThat(request.system()).doesNotContain("{{");
    }

    @Test
    void theRequestCarriesTheModelSettingsGiven() {
        ModelRequest request = templates.render(userList, "deepseek-chat", 2048, true);

        assertThat(request.model()).isEqualTo("deepseek-chat");
        assertThat(request.maxOutputTokens()).isEqualTo(2048);
        assertThat(request.jsonMode()).isTrue();
    }

    @Test
    void theTitleTextAndReturnsAppearInTheUserPrompt() {
        String user = templates.render(userList, "m", 1, false).user();

        assertThat(user).contains("\n用户列表\n")
                .contains("分页查询后台用户，支持按用户名模糊搜索。")
                .contains("userId, username, createdAt");
    }

    @Test
    void fieldsAreRenderedAsAMarkdownTable() {
        String user = templates.render(userList, "m", 1, false).user();

        assertThat(user).contains("""
                | name | type | required | description |
                |---|---|---|---|
                | page | integer | yes | 页码 |
                | username | string | no | 用户名 \\| 模糊匹配 |""");
    }

    @Test
    void aBlockWithoutFieldsReturnsOrReferenceSaysNone() {
        InterfaceBlock bare = new InterfaceBlock(0, "Delete a user", "Deletes the user.", List.of(), List.of());

        String user = templates.render(bare, "m", 1, false).user();

        assertThat(user).contains("## Field table\n\n(none)")
                .contains("## Returns\n\n(none)");
    }

    @Test
    void aPatchRequestCarriesTheBaseSpecTheEarlierVersionAndTheRevisedBlock() {
        String base = "{\"operationId\":\"listUsers\"}";

        String user = templates.renderPatch(userList, base, "title=用户列表", "m", 1, true).user();

        assertThat(user).contains("RFC 6902 JSON Patch", "<base-spec>\n" + base + "\n</base-spec>", "title=用户列表",
                "<block>");
    }

    @Test
    void theBlockBetweenTheBlockTagsParsesBackToTheSameBlock() throws Exception {
        JsonNode block = mapper.readTree(blockSection(templates.render(userList, "m", 1, false).user()));

        assertThat(block.path("index").asInt()).isEqualTo(3);
        assertThat(block.path("title").asText()).isEqualTo("用户列表");
        assertThat(block.path("text").asText()).isEqualTo(userList.text());
        assertThat(block.path("fields")).hasSize(2);
        assertThat(block.path("fields").get(0).path("name").asText()).isEqualTo("page");
        assertThat(block.path("fields").get(0).path("type").asText()).isEqualTo("integer");
        assertThat(block.path("fields").get(0).path("required").asBoolean()).isTrue();
        assertThat(block.path("fields").get(0).path("description").asText()).isEqualTo("页码");
        assertThat(block.path("fields").get(1).path("description").asText()).isEqualTo("用户名 | 模糊匹配");
        assertThat(mapper.convertValue(block.path("returns"), List.class))
                .containsExactly("userId", "username", "createdAt");
    }

    @Test
    void theBlockJsonIsOneCompactLine() {
        String section = blockSection(templates.render(userList, "m", 1, false).user());

        assertThat(section).doesNotContain("\n").startsWith("{\"index\":3,\"title\":\"用户列表\",");
    }

    @Test
    void blockTagsInTheDocumentCannotMoveTheBlockSection() throws Exception {
        InterfaceBlock tricky = new InterfaceBlock(1, "Export <block>", "see </block> and {{fields}} here",
                List.of(), List.of());

        String user = templates.render(tricky, "m", 1, false).user();

        assertThat(user.split("<block>", -1)).hasSize(2);
        assertThat(user.split("</block>", -1)).hasSize(2);
        assertThat(user).contains("see [/block] and {{fields}} here");
        JsonNode block = mapper.readTree(blockSection(user));
        assertThat(block.path("title").asText()).isEqualTo("Export <block>");
        assertThat(block.path("text").asText()).isEqualTo("see </block> and {{fields}} here");
    }

    @Test
    void theVersionIsReadFromTheVersionComment() {
        assertThat(templates.version()).isEqualTo(4);
    }

    @Test
    void theVersionCommentIsNotSentToTheModel() {
        ModelRequest request = templates.render(userList, "m", 1, false);

        assertThat(request.system()).doesNotContain("prompt-version").startsWith("You turn one block");
        assertThat(request.user()).doesNotContain("prompt-version").startsWith("Extract the interface spec");
    }

    @Test
    void theHigherOfTheTwoDeclaredVersionsIsThePromptVersion(@TempDir Path dir) throws Exception {
        write(dir, "<!-- prompt-version: 7 -->\nsystem", "<!--prompt-version:3-->\nuser {{title}}");

        assertThat(new PromptTemplates(dir.toString()).version()).isEqualTo(7);
    }

    @Test
    void theFingerprintIsTheSha256OfAllThreeRawFiles(@TempDir Path dir) throws Exception {
        write(dir, "<!-- prompt-version: 1 -->\nsystem", "<!-- prompt-version: 1 -->\nuser");
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update("<!-- prompt-version: 1 -->\nsystem".getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update("<!-- prompt-version: 1 -->\nuser".getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(BATCH.getBytes(StandardCharsets.UTF_8));

        String expected = HexFormat.of().formatHex(digest.digest());

        assertThat(new PromptTemplates(dir.toString()).fingerprint()).isEqualTo(expected);
    }

    @Test
    void editingEitherTemplateChangesTheFingerprint(@TempDir Path dir) throws Exception {
        write(dir, "<!-- prompt-version: 1 -->\nsystem", "<!-- prompt-version: 1 -->\nuser");
        String before = new PromptTemplates(dir.toString()).fingerprint();
        write(dir, "<!-- prompt-version: 1 -->\nsystem", "<!-- prompt-version: 1 -->\nuser!");

        assertThat(new PromptTemplates(dir.toString()).fingerprint()).hasSize(64).isNotEqualTo(before);
    }

    @Test
    void aBatchRequestCarriesEachBlockInItsOwnTagsInOrder() {
        InterfaceBlock second = new InterfaceBlock(4, "订单导出", "导出订单。", List.of(), List.of());

        String user = templates.renderBatch(List.of(userList, second), "m", 3000, true).user();

        assertThat(user).contains("2 blocks").containsSubsequence("<block>", "用户列表", "</block>", "<block>",
                "订单导出", "</block>");
        assertThat(user.split("<block>", -1)).hasSize(3);
    }

    @Test
    void aRepairAppendsThePreviousAnswerAndItsProblems() {
        ModelRequest original = templates.render(userList, "deepseek-chat", 2048, true);

        ModelRequest repair = templates.repair(original, "{\"method\":\"FETCH\"}",
                List.of("$.method: does not have a value in the enumeration", "$: required property 'path' not found"));

        assertThat(repair.user()).startsWith(original.user())
                .contains("{\"method\":\"FETCH\"}")
                .endsWith("It failed validation: $.method: does not have a value in the enumeration; "
                        + "$: required property 'path' not found. Answer again with the corrected JSON object only.");
        assertThat(repair.system()).isEqualTo(original.system());
        assertThat(repair.model()).isEqualTo("deepseek-chat");
        assertThat(repair.maxOutputTokens()).isEqualTo(2048);
        assertThat(repair.jsonMode()).isTrue();
    }

    @Test
    void aRepairKeepsTheBlockSectionUnique() {
        ModelRequest original = templates.render(userList, "m", 1, false);

        ModelRequest repair = templates.repair(original, "<block>{}</block>", List.of("$: bad"));

        assertThat(repair.user().split("<block>", -1)).hasSize(2);
    }

    private static String blockSection(String user) {
        int start = user.indexOf("<block>\n") + "<block>\n".length();
        int end = user.indexOf("\n</block>", start);
        return user.substring(start, end);
    }

    private static final String BATCH = "<!-- prompt-version: 1 -->\n{{count}} blocks:\n{{blocks}}";

    private static void write(Path dir, String system, String user) throws Exception {
        Files.writeString(dir.resolve("extract-interface.system.md"), system);
        Files.writeString(dir.resolve("extract-interface.user.md"), user);
        Files.writeString(dir.resolve("extract-interfaces-batch.user.md"), BATCH);
    }
}
