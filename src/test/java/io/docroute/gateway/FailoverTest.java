package io.docroute.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.docroute.extraction.Extraction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two endpoints in failover order on real HTTP peers: the primary misbehaves, the secondary answers. */
class FailoverTest {

    @RegisterExtension
    static WireMockExtension primary = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension secondary = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    @Order(GatewayFixture.AFTER_THE_PEERS)
    static GatewayFixture gateway = GatewayFixture.with(
            "docroute.routing.fallback-enabled=false",
            "docroute.routing.strategy=failover",
            "docroute.request-timeout=1s",
            "docroute.breaker.minimum-number-of-calls=50")
            .endpoint(0, "primary", "openai", "k-primary", primary::baseUrl)
            .endpoint(1, "secondary", "openai", "k-secondary", secondary::baseUrl);

    @BeforeEach
    void peers() {
        primary.resetAll();
        secondary.resetAll();
        secondary.stubFor(post("/chat/completions").willReturn(okJson(Blocks.openAiAnswer(Blocks.VALID_SPEC))));
    }

    @Test
    void aServerErrorFailsOverToTheNextEndpoint() {
        primary.stubFor(post("/chat/completions").willReturn(aResponse().withStatus(503)));

        Extraction extraction = gateway.ask(Blocks.userList());

        assertThat(extraction.endpoint()).isEqualTo("secondary");
        assertThat(extraction.attempts()).isEqualTo(2);
        assertThat(extraction.usage().failovers()).isEqualTo(1);
        assertThat(extraction.usage().calls()).containsEntry("primary", 1).containsEntry("secondary", 1);
    }

    @Test
    void aHangingEndpointHitsTheRequestTimeoutAndFailsOver() {
        primary.stubFor(post("/chat/completions")
                .willReturn(okJson(Blocks.openAiAnswer(Blocks.VALID_SPEC)).withFixedDelay(5_000)));

        Extraction extraction = gateway.ask(Blocks.userList());

        // the hanging answer is valid: only the request timeout can have made the secondary answer instead
        assertThat(extraction.endpoint()).isEqualTo("secondary");
        primary.verify(1, postRequestedFor(urlEqualTo("/chat/completions")));
    }

    @Test
    void aBadRequestIsNotRetriedAtTheSameEndpoint() {
        primary.stubFor(post("/chat/completions").willReturn(aResponse().withStatus(400)
                .withBody("{\"error\":{\"message\":\"context too long\"}}")));

        Extraction extraction = gateway.ask(Blocks.userList());

        assertThat(extraction.endpoint()).isEqualTo("secondary");
        primary.verify(1, postRequestedFor(urlEqualTo("/chat/completions")));
    }
}
