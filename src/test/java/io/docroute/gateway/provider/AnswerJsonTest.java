package io.docroute.gateway.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class AnswerJsonTest {

    @Test
    void aBareObjectIsTakenAsIs() {
        JsonNode json = AnswerJson.extract("e", "  {\"operationId\":\"listUsers\",\"method\":\"GET\"}\n");

        assertThat(json.path("operationId").asText()).isEqualTo("listUsers");
        assertThat(json.path("method").asText()).isEqualTo("GET");
    }

    @Test
    void aJsonFencedBlockIsFoundAnywhereInTheAnswer() {
        String answer = """
                Here is the spec:

                ```json
                {"operationId": "getUser", "path": "/users/{userId}"}
                ```
                Let me know if you need changes.
                """;

        assertThat(AnswerJson.extract("e", answer).path("path").asText()).isEqualTo("/users/{userId}");
    }

    @Test
    void aPlainFenceIsAcceptedToo() {
        String answer = "```\n{\"operationId\": \"deleteUser\"}\n```";

        assertThat(AnswerJson.extract("e", answer).path("operationId").asText()).isEqualTo("deleteUser");
    }

    @Test
    void theFirstObjectInProseIsFound() {
        String answer = "Sure! The interface is {\"operationId\":\"exportOrders\",\"method\":\"GET\"} as requested.";

        assertThat(AnswerJson.extract("e", answer).path("operationId").asText()).isEqualTo("exportOrders");
    }

    @Test
    void bracesInsideStringsDoNotEndTheObject() {
        String answer = "Result: {\"path\":\"/users/{userId}\","
                + "\"description\":\"closes with } and quotes \\\"{\\\"\"} done";

        JsonNode json = AnswerJson.extract("e", answer);

        assertThat(json.path("path").asText()).isEqualTo("/users/{userId}");
        assertThat(json.path("description").asText()).isEqualTo("closes with } and quotes \"{\"");
    }

    @Test
    void bracesInProseBeforeTheObjectAreSkipped() {
        String answer = "Path uses {userId} placeholders; spec: {\"operationId\":\"getUser\"}";

        assertThat(AnswerJson.extract("e", answer).path("operationId").asText()).isEqualTo("getUser");
    }

    @Test
    void nestedObjectsAreKeptWhole() {
        String answer = "{\"response\":{\"shape\":\"page\",\"fields\":[{\"name\":\"id\"}]},\"method\":\"GET\"}";

        JsonNode json = AnswerJson.extract("e", answer);

        assertThat(json.path("response").path("fields").get(0).path("name").asText()).isEqualTo("id");
        assertThat(json.path("method").asText()).isEqualTo("GET");
    }

    @Test
    void anAnswerWithoutJsonIsAMalformedAnswerQuotingItsStart() {
        String answer = "I'm sorry, I cannot determine the interface from this block. " + "More words. ".repeat(20);

        assertThatThrownBy(() -> AnswerJson.extract("qwen", answer))
                .isInstanceOfSatisfying(ModelCallException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED_ANSWER);
                    assertThat(e.kind().retryable()).isTrue();
                    assertThat(e.endpointId()).isEqualTo("qwen");
                    assertThat(e.getMessage()).startsWith(
                            "endpoint 'qwen' answered with no JSON object: I'm sorry, I cannot determine");
                    assertThat(e.getMessage()).hasSizeLessThan(200);
                });
    }

    @Test
    void anUnclosedObjectIsAMalformedAnswer() {
        assertThatThrownBy(() -> AnswerJson.extract("e", "{\"operationId\":\"listUsers\","))
                .isInstanceOfSatisfying(ModelCallException.class,
                        e -> assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED_ANSWER));
    }

    @Test
    void aJsonArrayAloneIsNotAnObject() {
        assertThatThrownBy(() -> AnswerJson.extract("e", "[1, 2, 3]")).isInstanceOf(ModelCallException.class);
    }

    @Test
    void anEmptyAnswerIsAMalformedAnswer() {
        assertThatThrownBy(() -> AnswerJson.extract("e", null)).isInstanceOf(ModelCallException.class);
        assertThatThrownBy(() -> AnswerJson.extract("e", "  ")).isInstanceOf(ModelCallException.class);
    }
}
