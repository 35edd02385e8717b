package io.docroute.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.docroute.extraction.Extraction;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every endpoint refuses its key (401): no waiting helps, so every block is answered by the local extractor at
 * once, marked degraded with a reason naming the endpoints; each endpoint is asked once and then left alone.
 */
class RefusedCredentialsTest {

    @RegisterExtension
    static WireMockExtension left = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension right = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    @Order(GatewayFixture.AFTER_THE_PEERS)
    static GatewayFixture gateway = GatewayFixture.with(
            "docroute.routing.degrade-after=60s")
            .endpoint(0, "left", "openai", "k-left", left::baseUrl)
            .endpoint(1, "right", "openai", "k-right", right::baseUrl);

    @Test
    void refusedKeysEverywhereDegradeAtOnceNamingTheEndpoints() {
        for (WireMockExtension peer : List.of(left, right)) {
            peer.stubFor(post("/chat/completions").willReturn(aResponse().withStatus(401)
                    .withBody("{\"error\":{\"message\":\"Incorrect API key provided\"}}")));
        }

        Extraction first = gateway.ask(Blocks.numbered(0));
        List<Extraction> more = gateway.askAtOnce(5);

        assertThat(first.degraded()).isTrue();
        assertThat(first.degradedBecause()).contains("endpoint 'left' is out until restart",
                "endpoint 'right' is out until restart");
        assertThat(more).allSatisfy(answer -> {
            assertThat(answer.degraded()).isTrue();
            assertThat(answer.attempts()).isZero();
        });
        left.verify(1, postRequestedFor(urlEqualTo("/chat/completions")));
        right.verify(1, postRequestedFor(urlEqualTo("/chat/completions")));
    }
}
