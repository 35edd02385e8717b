package io.docroute.gateway.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class OpenAiProtocolTest {

    private final ProviderProtocol protocol = ProviderProtocol.forKind("openai");
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void requestsGoToChatCompletionsBelowTheBaseUrl() {
        assertThat(protocol.requestPath()).isEqualTo("/chat/completions");
    }

    @Test
    void headersCarryJsonContentTypeAndABearerToken() {
        assertThat(protocol.headers("sk-test-key"))
                .containsExactly(
                        entry("Content-Type", "application/json"),
                        entry("Authorization", "Bearer sk-test-key"));
    }

    @Test
    void aBlankKeySendsNoAuthorizationHeader() {
        assertThat(protocol.headers("  ")).containsOnlyKeys("Content-Type");
        assertThat(protocol.headers(null)).containsOnlyKeys("Content-Type");
    }

    @Test
    void theBodyHasModelSystemAndUserMessagesMaxTokensAndZeroTemperature() throws Exception {
        JsonNode body = mapper.readTree(protocol.requestBody(
                new ModelRequest("You extract specs.", "用户列表 block", "deepseek-chat", 1024, false)));

        assertThat(body.path("model").asText()).isEqualTo("deepseek-chat");
        assertThat(body.path("messages")).hasSize(2);
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(body.path("messages").get(0).path("content").asText()).isEqualTo("You extract specs.");
        assertThat(body.path("messages").get(1).path("role").asText()).isEqualTo("user");
        assertThat(body.path("messages").get(1).path("content").asText()).isEqualTo("用户列表 block");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(1024);
        assertThat(body.path("temperature").isNumber()).isTrue();
        assertThat(body.path("temperature").asDouble()).isZero();
        assertThat(body.has("response_format")).isFalse();
    }

    @Test
    void jsonModeAsksForAJsonObjectResponseFormat() throws Exception {
        JsonNode body = mapper.readTree(protocol.requestBody(new ModelRequest("s", "u", "gpt-4o-mini", 512, true)));

        assertThat(body.path("response_format").path("type").asText()).isEqualTo("json_object");
    }

    @Test
    void aRealisticCompletionIsReadAsTextAndUsage() {
        String response = """
                {
                  "id": "chatcmpl-9x8y7z",
                  "object": "chat.completion",
                  "created": 1735689600,
                  "model": "gpt-4o-mini-2024-07-18",
                  "choices": [
                    {
                      "index": 0,
                      "message": {
                        "role": "assistant",
                        "content": "{\\"operationId\\":\\"listUsers\\",\\"path\\":\\"/users\\",\\"summary\\":\\"用户列表\\"}",
                        "refusal": null
                      },
                      "logprobs": null,
                      "finish_reason": "stop"
                    }
                  ],
                  "usage": {
                    "prompt_tokens": 812,
                    "completion_tokens": 47,
                    "total_tokens": 859,
                    "prompt_tokens_details": {"cached_tokens": 0}
                  },
                  "system_fingerprint": "fp_0aa8d3e20b"
                }
                """;

        ModelAnswer answer = protocol.parseAnswer(response);

        assertThat(answer.text())
                .isEqualTo("{\"operationId\":\"listUsers\",\"path\":\"/users\",\"summary\":\"用户列表\"}");
        assertThat(answer.inputTokens()).isEqualTo(812);
        assertThat(answer.outputTokens()).isEqualTo(47);
    }

    @Test
    void missingUsageCountsAsZeroTokens() {
        ModelAnswer answer = protocol.parseAnswer("{\"choices\":[{\"message\":{\"content\":\"{}\"}}]}");

        assertThat(answer.inputTokens()).isZero();
        assertThat(answer.outputTokens()).isZero();
    }

    @Test
    void contentGivenAsTextPartsIsConcatenated() {
        ModelAnswer answer = protocol.parseAnswer("""
                {"choices":[{"message":{"content":[{"type":"text","text":"{\\"a\\":"},{"type":"text","text":"1}"}]}}]}
                """);

        assertThat(answer.text()).isEqualTo("{\"a\":1}");
    }

    @Test
    void aCompletionWithNullContentIsAMalformedAnswerNamingTheEndpoint() {
        String response = """
                {"choices":[{"message":{"role":"assistant","content":null},"finish_reason":"length"}]}""";

        assertThatThrownBy(() -> protocol.parseAnswer("deepseek", response))
                .isInstanceOfSatisfying(ModelCallException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED_ANSWER);
                    assertThat(e.endpointId()).isEqualTo("deepseek");
                    assertThat(e.getMessage()).contains("endpoint 'deepseek'").contains("max_tokens");
                });
    }

    @Test
    void aBodyThatIsNotJsonIsAMalformedAnswer() {
        assertThatThrownBy(() -> protocol.parseAnswer("<html><body>502 Bad Gateway</body></html>"))
                .isInstanceOfSatisfying(ModelCallException.class,
                        e -> assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED_ANSWER));
    }

    @Test
    void anEmptyChoicesListIsAMalformedAnswer() {
        assertThatThrownBy(() -> protocol.parseAnswer("{\"choices\":[]}"))
                .isInstanceOfSatisfying(ModelCallException.class,
                        e -> assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED_ANSWER));
    }
}
