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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An Anthropic Messages endpoint on a real HTTP peer. */
class AnthropicEndpointTest {

    @RegisterExtension
    static WireMockExtension peer = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    @Order(GatewayFixture.AFTER_THE_PEERS)
    static GatewayFixture gateway = GatewayFixture.with(
            "docroute.routing.fallback-enabled=false",
            "docroute.routing.strategy=failover")
            .endpoint(0, "claude", "anthropic", "sk-ant-test-123456", () -> peer.baseUrl() + "/v1");

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
