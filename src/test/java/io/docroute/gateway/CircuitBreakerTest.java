package io.docroute.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.docroute.extraction.Extraction;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A single endpoint that only fails: its breaker opens after four calls, the peer then sees no calls until the breaker
 * is half-open; with {@code degrade-after: 0} every block degrades at once instead of waiting.
 */
class CircuitBreakerTest {

    @RegisterExtension
    static WireMockExtension peer = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    @Order(GatewayFixture.AFTER_THE_PEERS)
    static GatewayFixture gateway = GatewayFixture.with(
            "docroute.routing.strategy=round-robin",
            "docroute.routing.backoff=20ms",
            "docroute.routing.degrade-after=0",
            "docroute.breaker.sliding-window-size=4",
            "docroute.breaker.minimum-number-of-calls=4",
            "docroute.breaker.wait-in-open-state=1500ms",
            "docroute.breaker.permitted-calls-in-half-open=1")
            .endpoint(0, "broken", "openai", "k-broken", peer::baseUrl);

    @Test
    void aBurstOfServerErrorsOpensTheBreakerAndThePeerSeesNoCallsUntilHalfOpen() {
        peer.stubFor(post("/chat/completions").willReturn(aResponse().withStatus(500)));
        CircuitBreaker breaker = gateway.endpoints().require("broken").breaker();

        for (int i = 0; i < 4; i++) {
            Extraction failed = gateway.ask(Blocks.numbered(10 + i));
            assertThat(failed.degraded()).isTrue();
            assertThat(failed.attempts()).isEqualTo(1);
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        int callsWhenOpened = peer.findAll(postRequestedFor(urlEqualTo("/chat/completions"))).size();
        assertThat(callsWhenOpened).isEqualTo(4);

        for (int i = 0; i < 5; i++) {
            Extraction degraded = gateway.ask(Blocks.numbered(i));
            assertThat(degraded.degraded()).isTrue();
            assertThat(degraded.endpoint()).isEqualTo("local");
        }
        // answered locally without a call: the peer saw nothing while the breaker was open
        peer.verify(callsWhenOpened, postRequestedFor(urlEqualTo("/chat/completions")));

        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> breaker.getState() == CircuitBreaker.State.HALF_OPEN);
        gateway.ask(Blocks.userList());
        peer.verify(callsWhenOpened + 1, postRequestedFor(urlEqualTo("/chat/completions")));
    }
}
