package io.docroute.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.docroute.extraction.Extraction;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An Anthropic Messages endpoint on a real HTTP peer. */
class AnthropicEndpointTest {

    @RegisterExtension
    static WireMockExtension peer = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static GatewayFixture gateway;

    @BeforeAll
    static void startGateway() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("docroute.routing.fallback-enabled", "false");
        settings.put("docroute.routing.strategy", "failover");
        ModelConfig.endpoint(settings, 0, "claude", "anthropic", "sk-ant-test-123456", peer.baseUrl() + "/v1");
        gateway = GatewayFixture.start(settings);
    }

    @AfterAll
    static void stopGateway() throws Exception {
        gateway.close();
    }

    @BeforeEach
    void resetPeer() {
        peer.resetAll();
    }

    @Test
    void aBlockIsSentAsAMessagesRequestWithTheKeyHeaderAndVersion() {
        peer.stubFor(post("/v1/messages").willReturn(okJson(Blocks.anthropicAnswer(Blocks.VALID_SPEC))));

        Extraction extraction = gateway.ask(Blocks.userList());

        assertThat(extraction.endpoint()).isEqualTo("claude");
        assertThat(extraction.usage().outputTokens()).isEqualTo(80);
        peer.verify(1, postRequestedFor(urlEqualTo("/v1/messages"))
                .withHeader("x-api-key", equalTo("sk-ant-test-123456"))
                .withHeader("anthropic-version", equalTo("2023-06-01"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("claude-model")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("user"))));
    }

    @Test
    void anOverloadedAnswerIsRetriedAfterBackingOff() {
        peer.stubFor(post("/v1/messages").inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(529)
                        .withBody("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"))
                .willSetStateTo("free"));
        peer.stubFor(post("/v1/messages").inScenario("busy").whenScenarioStateIs("free")
                .willReturn(okJson(Blocks.anthropicAnswer(Blocks.VALID_SPEC))));

        Extraction extraction = gateway.ask(Blocks.userList());

        assertThat(extraction.attempts()).isEqualTo(2);
        assertThat(extraction.endpoint()).isEqualTo("claude");
    }
}
