package io.docroute.gateway.simulator;

import static io.docroute.gateway.simulator.SimulatorClient.content;
import static io.docroute.gateway.simulator.SimulatorClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.InterfaceSpec;
import io.docroute.extraction.LocalExtractor;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimulatedEndpointAnswerTest {

    private final SimulatorClient client = new SimulatorClient();
    private final LocalExtractor extractor = new LocalExtractor();
    private SimulatedEndpoint endpoint;

    @BeforeEach
    void start() {
        endpoint = new SimulatedEndpoint("answers", "sim-model-1", SimulatorClient.instant(), extractor, 1).start();
    }

    @AfterEach
    void stop() {
        endpoint.stop();
    }

    @Test
    void itListensOnAnEphemeralLoopbackPortUnderV1() {
        assertThat(endpoint.port()).isPositive();
        assertThat(endpoint.baseUrl()).isEqualTo("http://127.0.0.1:" + endpoint.port() + "/v1");
    }

    @Test
    void anOkAnswerHasTheOpenAiChatCompletionShape() throws Exception {
        HttpResponse<String> response = client.send(endpoint, SimulatorClient.userList());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json(response.body());
        assertThat(body.path("id").asText()).startsWith("chatcmpl-");
        assertThat(body.path("object").asText()).isEqualTo("chat.completion");
        assertThat(body.path("created").asLong()).isPositive();
        assertThat(body.path("model").asText()).isEqualTo("sim-model-1");
        assertThat(body.path("choices")).hasSize(1);
        assertThat(body.at("/choices/0/index").asInt()).isZero();
        assertThat(body.at("/choices/0/message/role").asText()).isEqualTo("assistant");
        assertThat(body.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
    }

    @Test
    void theUserListBlockIsAnsweredWithTheLocalExtractorsSpec() throws Exception {
        InterfaceBlock block = SimulatorClient.userList();

        String content = content(client.send(endpoint, block));

        InterfaceSpec spec = SimulatorClient.JSON.readValue(content, InterfaceSpec.class);
        assertThat(spec.method()).isEqualTo("GET");
        assertThat(spec.path()).isEqualTo("/users");
        assertThat(spec.operationId()).isEqualTo("listUsers");
        assertThat(spec).isEqualTo(extractor.extract(block));
        assertThat(SimulatorClient.isValidSpec(content)).isTrue();
    }

    @Test
    void theListProductsBlockIsAnsweredWithAGetOnProducts() throws Exception {
        String content = content(client.send(endpoint, SimulatorClient.listProducts()));

        JsonNode spec = json(content);
        assertThat(spec.path("method").asText()).isEqualTo("GET");
        assertThat(spec.path("path").asText()).isEqualTo("/products");
        assertThat(spec.at("/response/shape").asText()).isEqualTo("page");
    }

    @Test
    void fieldTypesArriveByTheirWireNames() throws Exception {
        String content = content(client.send(endpoint, SimulatorClient.disableUser()));

        JsonNode spec = json(content);
        assertThat(spec.path("path").asText()).isEqualTo("/users/{userId}/disable");
        assertThat(spec.at("/requestBody/fields/0/name").asText()).isEqualTo("until");
        assertThat(spec.at("/requestBody/fields/0/type").asText()).isEqualTo("date-time");
    }

    @Test
    void usageEstimatesThreeCharactersPerTokenOfThePromptAndOfTheAnswer() throws Exception {
        String request = SimulatorClient.body(SimulatorClient.listProducts());
        int promptChars = 0;
        for (JsonNode message : json(request).path("messages")) {
            promptChars += message.path("content").asText().length();
        }

        HttpResponse<String> response = client.send(endpoint, request, null);

        JsonNode usage = json(response.body()).path("usage");
        int completionChars = content(response).length();
        assertThat(usage.path("prompt_tokens").asInt()).isEqualTo((int) Math.ceil(promptChars / 3.0));
        assertThat(usage.path("completion_tokens").asInt()).isEqualTo((int) Math.ceil(completionChars / 3.0));
        assertThat(usage.path("total_tokens").asInt())
                .isEqualTo(usage.path("prompt_tokens").asInt() + usage.path("completion_tokens").asInt());
    }

    @Test
    void aBearerTokenIsAcceptedAndIgnored() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(client.request(endpoint,
                        SimulatorClient.body(SimulatorClient.userList()), null), (name, value) -> true)
                .header("Authorization", "Bearer sk-anything")
                .build();

        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void contentGivenAsTextPartsIsReadLikeAString() throws Exception {
        String block = SimulatorClient.blockJson(SimulatorClient.userList());
        String request = """
                {"model": "x", "messages": [{"role": "user", "content": [
                  {"type": "text", "text": "Extract this.\\n<block>"},
                  {"type": "text", "text": %s},
                  {"type": "text", "text": "</block>"}]}]}
                """.formatted(SimulatorClient.JSON.writeValueAsString(block));

        HttpResponse<String> response = client.send(endpoint, request, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(content(response)).path("path").asText()).isEqualTo("/users");
    }

    @Test
    void aRequestWithoutABlockIsAnsweredFourHundredWithAnOpenAiError() throws Exception {
        String request = """
                {"model": "x", "messages": [{"role": "user", "content": "What is the interface for 用户列表?"}]}
                """;

        HttpResponse<String> response = client.send(endpoint, request, null);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json(response.body()).path("error");
        assertThat(error.path("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.path("message").asText()).contains("<block>");
        assertThat(endpoint.stats().count(Outcome.INVALID_REQUEST)).isEqualTo(1);
    }

    @Test
    void aBlockThatIsNotJsonIsAnsweredFourHundred() throws Exception {
        String request = """
                {"model": "x", "messages": [{"role": "user", "content": "<block>{\\"title\\": </block>"}]}
                """;

        HttpResponse<String> response = client.send(endpoint, request, null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body()).at("/error/type").asText()).isEqualTo("invalid_request_error");
    }

    @Test
    void aBlockTheExtractorRejectsIsAnsweredFourHundred() throws Exception {
        LocalExtractor throwing = new LocalExtractor() {
            @Override
            public InterfaceSpec extract(InterfaceBlock block) {
                throw new IllegalArgumentException("no title");
            }
        };
        try (SimulatedEndpoint strict = new SimulatedEndpoint("strict", "m", SimulatorClient.instant(), throwing, 1)
                .start()) {
            HttpResponse<String> response = client.send(strict, SimulatorClient.userList());

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response.body()).at("/error/message").asText()).contains("no title");
        }
    }
}
