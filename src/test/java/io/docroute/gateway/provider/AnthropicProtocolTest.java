package io.docroute.gateway.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class AnthropicProtocolTest {

    private final ProviderProtocol protocol = ProviderProtocol.forKind("anthropic");
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void requestsGoToMessagesBelowTheBaseUrl() {
        assertThat(protocol.requestPath()).isEqualTo("/messages");
    }

    @Test
    void headersCarryTheKeyAndTheApiVersion() {
        assertThat(protocol.headers("sk-ant-test"))
                .containsEntry("Content-Type", "application/json")
                .containsEntry("x-api-key", "sk-ant-test")
                .containsEntry("anthropic-version", "2023-06-01")
                .doesNotContainKey("Authorization");
    }

    @Test
    void aBlankKeySendsNoKeyHeader() {
        assertThat(protocol.headers("")).containsOnly(
                entry("Content-Type", "application/json"), entry("anthropic-version", "2023-06-01"));
    }

    @Test
    void theBodyHasModelMaxTokensTopLevelSystemOneUserMessageAndZeroTemperature() throws Exception {
        JsonNode body = mapper.readTree(protocol.requestBody(
                new ModelRequest("You extract specs.", "List products", "claude-3-5-haiku-latest", 2048, true)));

        assertThat(body.path("model").asText()).isEqualTo("claude-3-5-haiku-latest");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(2048);
        assertThat(body.path("system").asText()).isEqualTo("You extract specs.");
        assertThat(body.path("messages")).hasSize(1);
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("user");
        assertThat(body.path("messages").get(0).path("content").asText()).isEqualTo("List products");
        assertThat(body.path("temperature").asDouble()).isZero();
    }

    @Test
    void jsonModeAddsNothingAnthropicWouldReject() throws Exception {
        JsonNode body = mapper.readTree(protocol.requestBody(new ModelRequest("s", "u", "m", 1, true)));

        assertThat(body.has("response_format")).isFalse();
    }

    @Test
    void aRealisticMessageIsReadAsItsTextBlocksAndUsage() {
        String response = """
                {
                  "id": "msg_01XFDUDYJgAACzvnptvVoYEL",
                  "type": "message",
                  "role": "assistant",
                  "model": "claude-3-5-haiku-20241022",
                  "content": [
                    {"type": "text", "text": "{\\"operationId\\":\\"listProducts\\","},
                    {"type": "tool_use", "id": "toolu_01", "name": "ignored", "input": {}},
                    {"type": "text", "text": "\\"path\\":\\"/products\\",\\"summary\\":\\"List products\\"}"}
                  ],
                  "stop_reason": "end_turn",
                  "stop_sequence": null,
                  "usage": {
                    "input_tokens": 1043,
                    "cache_creation_input_tokens": 0,
                    "cache_read_input_tokens": 0,
                    "output_tokens": 58
                  }
                }
                """;

        ModelAnswer answer = protocol.parseAnswer(response);

        assertThat(answer.text()).isEqualTo(
                "{\"operationId\":\"listProducts\",\"path\":\"/products\",\"summary\":\"List products\"}");
        assertThat(answer.inputTokens()).isEqualTo(1043);
        assertThat(answer.outputTokens()).isEqualTo(58);
    }

    @Test
    void aMessageWithoutTextBlocksIsAMalformedAnswer() {
        String response = """
                {"type":"message","content":[],"stop_reason":"max_tokens","usage":{"input_tokens":5,"output_tokens":0}}""";

        assertThatThrownBy(() -> protocol.parseAnswer("claude", response))
                .isInstanceOfSatisfying(ModelCallException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED_ANSWER);
                    assertThat(e.getMessage()).contains("endpoint 'claude'").contains("max_tokens");
                });
    }

    @Test
    void anErrorEnvelopeInASuccessfulResponseIsAMalformedAnswer() {
        String response = "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}";

        assertThatThrownBy(() -> protocol.parseAnswer(response))
                .isInstanceOfSatisfying(ModelCallException.class,
                        e -> assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED_ANSWER));
    }
}
