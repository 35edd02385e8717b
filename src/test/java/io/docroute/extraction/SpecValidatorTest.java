package io.docroute.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docroute.document.Field;
import io.docroute.document.FieldType;
import io.docroute.document.InterfaceBlock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SpecValidatorTest {

    private static final String SCHEMA = "config/schema/interface-spec.schema.json";

    private final SpecValidator validator = Extracted.VALIDATOR;
    private final ObjectMapper mapper = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.docroute.extraction.Blocks#all")
    void everyLocallyExtractedSpecPassesTheSchemaAndThePathRules(InterfaceBlock block) {
        JsonNode spec = mapper.valueToTree(new LocalExtractor().extract(block));

        assertThat(validator.problems(spec)).isEmpty();
    }

    @Test
    void aMinimalSpecIsValid() {
        assertThat(validator.problems(userDetail())).isEmpty();
    }

    @Test
    void aMethodOutsideTheFiveVerbsIsRejected() {
        ObjectNode spec = userDetail().put("method", "FETCH");

        assertThat(validator.problems(spec)).singleElement().asString()
                .startsWith("$.method: does not have a value in the enumeration");
    }

    @Test
    void aFieldTheSchemaDoesNotDefineIsRejected() {
        ObjectNode spec = userDetail().put("deprecated", true);

        assertThat(validator.problems(spec)).singleElement().asString()
                .contains("deprecated").contains("is not defined in the schema");
    }

    @Test
    void anUnknownFieldInsideAParameterIsRejected() {
        ObjectNode spec = userDetail();
        ((ObjectNode) spec.withArray("parameters").get(0)).put("example", "42");

        assertThat(validator.problems(spec)).singleElement().asString()
                .startsWith("$.parameters[0]").contains("example");
    }

    @Test
    void aPathPlaceholderWithoutAPathParameterIsRejected() {
        ObjectNode spec = userDetail();
        spec.set("parameters", mapper.createArrayNode());

        assertThat(validator.problems(spec))
                .containsExactly("$.path: placeholder {userId} has no parameter named 'userId' with in=path");
    }

    @Test
    void aPathParameterMissingFromThePathIsRejected() {
        ObjectNode spec = userDetail().put("path", "/users");

        assertThat(validator.problems(spec))
                .containsExactly("$.parameters[0]: path parameter 'userId' does not appear in the path as {userId}");
    }

    @Test
    void anUnmatchedBraceInThePathIsRejected() {
        ObjectNode spec = userDetail().put("path", "/users/{userId}/{");

        assertThat(validator.problems(spec)).containsExactly("$.path: has an unmatched '{' or '}'");
    }

    @Test
    void aGetWithARequestBodyIsRejected() {
        ObjectNode spec = userDetail();
        spec.putObject("requestBody").put("contentType", "application/json");

        assertThat(validator.problems(spec))
                .containsExactly("$.requestBody: a GET interface takes no request body; use query parameters");
    }

    @Test
    void aNullRequestBodyCountsAsNone() {
        ObjectNode spec = userDetail();
        spec.putNull("requestBody");

        assertThat(validator.problems(spec)).isEmpty();
    }

    @Test
    void aMissingSummaryIsRejected() {
        ObjectNode spec = userDetail();
        spec.remove("summary");

        assertThat(validator.problems(spec)).singleElement().asString().contains("summary");
    }

    @Test
    void requireValidThrowsWithEveryProblemInTheMessage() {
        ObjectNode spec = userDetail().put("method", "FETCH");
        spec.set("parameters", mapper.createArrayNode());

        assertThatThrownBy(() -> validator.requireValid(spec))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> {
                    assertThat(e.problems()).hasSize(2);
                    assertThat(e.getMessage()).isEqualTo(
                            "the interface spec is invalid: " + String.join("; ", e.problems()));
                });
    }

    @Test
    void requireValidReturnsTheSpecAsARecord() {
        InterfaceSpec spec = validator.requireValid(userDetail());

        assertThat(spec.operationId()).isEqualTo("getUser");
        assertThat(spec.parameters()).containsExactly(
                new InterfaceSpec.Parameter("userId", "path", "integer", true, "用户ID"));
        assertThat(spec.response().shape()).isEqualTo("object");
    }

    @Test
    void theSchemaHashIsTheSha256OfTheSchemaFile() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(SCHEMA));
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

        assertThat(validator.schemaHash()).isEqualTo(expected);
    }

    @Test
    void theSchemaDeclaresItsIdDialectAndVersion() throws Exception {
        JsonNode schema = mapper.readTree(Path.of(SCHEMA).toFile());

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isNotBlank();
        assertThat(schema.path("x-schema-version").isTextual()).isTrue();
    }

    private ObjectNode userDetail() {
        ObjectNode spec = mapper.createObjectNode()
                .put("operationId", "getUser")
                .put("method", "GET")
                .put("path", "/users/{userId}")
                .put("summary", "用户详情");
        ArrayNode parameters = spec.putArray("parameters");
        parameters.addObject().put("name", "userId").put("in", "path").put("type", "integer").put("required", true)
                .put("description", "用户ID");
        ObjectNode response = spec.putObject("response").put("contentType", "application/json").put("shape", "object");
        response.putArray("fields").addObject().put("name", "userId").put("type", "integer").put("required", true);
        return spec;
    }

    @Test
    void anAnswerThatChangesTheStatedMethodOrPathIsRefusedNamingTheFact() throws Exception {
        InterfaceBlock block = new InterfaceBlock(0, "登录", "POST /api/entrance/generalLogin", List.of(), List.of());
        JsonNode answer = mapper.readTree("{\"operationId\":\"createSession\",\"method\":\"PUT\","
                + "\"path\":\"/sessions\",\"summary\":\"登录\"}");

        assertThatThrownBy(() -> validator.requireValid(answer, block))
                .isInstanceOf(InvalidSpecException.class)
                .satisfies(e -> assertThat(((InvalidSpecException) e).problems()).containsExactly(
                        "$.method: the block states POST; keep it exactly",
                        "$.path: the block states /api/entrance/generalLogin; keep it exactly"));
    }

    @Test
    void anAnswerMayNameAStatedPlaceholderItsOwnWayButMustKeepEveryStatedField() throws Exception {
        InterfaceBlock block = new InterfaceBlock(0, "商品详情", "GET /goods/68", List.of(
                new Field("locale", FieldType.STRING, true, "语言")), List.of());
        JsonNode renamed = mapper.readTree("{\"operationId\":\"getGoods\",\"method\":\"GET\","
                + "\"path\":\"/goods/{goodsId}\",\"summary\":\"商品详情\",\"parameters\":["
                + "{\"name\":\"goodsId\",\"in\":\"path\",\"type\":\"integer\",\"required\":true},"
                + "{\"name\":\"locale\",\"in\":\"query\",\"type\":\"string\",\"required\":true}]}");
        JsonNode withoutField = mapper.readTree("{\"operationId\":\"getGoods\",\"method\":\"GET\","
                + "\"path\":\"/goods/{id}\",\"summary\":\"商品详情\",\"parameters\":["
                + "{\"name\":\"id\",\"in\":\"path\",\"type\":\"integer\",\"required\":true}]}");

        assertThat(validator.requireValid(renamed, block).path()).isEqualTo("/goods/{goodsId}");
        assertThatThrownBy(() -> validator.requireValid(withoutField, block))
                .isInstanceOf(InvalidSpecException.class)
                .satisfies(e -> assertThat(((InvalidSpecException) e).problems()).containsExactly(
                        "the block's field 'locale' is missing: give it as a parameter or a body field"));
    }
}
