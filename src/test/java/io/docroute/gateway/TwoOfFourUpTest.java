package io.docroute.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.docroute.extraction.Extraction;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Four endpoints, two of them healthy but imperfect: {@code rated} answers 15 % of calls 429 with
 * {@code Retry-After: 1}, {@code flaky} fails 30 % with 500, {@code refusing} refuses connections and
 * {@code confused} answers schema-invalid JSON forever. Every block is answered by a model; nothing is sent to
 * {@code rated} while it asked to wait; {@code refusing} gets at most one call per block; {@code confused} keeps
 * its breaker closed (its answers say nothing about its health) while its reliability falls.
 */
class TwoOfFourUpTest {

    /** Enough blocks that a client ignoring a 429 would send to {@code rated} inside its window. */
    static final int BLOCKS = 48;
    /**
     * A call that left before the client read a 429 arrives shortly after it: not a call inside the window. A quarter
     * of the window, so a busy machine's slow read is no failure while a client that ignores the 429 still is.
     */
    static final Duration IN_FLIGHT_GRACE = Duration.ofMillis(250);

    @RegisterExtension
    static WireMockExtension confused = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    @Order(GatewayFixture.AFTER_THE_PEERS)
    static GatewayFixture gateway = GatewayFixture.with(
            "docroute.routing.simulators=always",
            "docroute.routing.strategy=balanced")
            .endpoint(0, "rated", "simulator", "", () -> "",
                    "simulator.latency=fixed", "simulator.latency-median=40ms",
                    "simulator.rate-limit-rate=0.15", "simulator.retry-after=1s")
            .endpoint(1, "flaky", "simulator", "", () -> "",
                    "simulator.latency=fixed", "simulator.latency-median=40ms", "simulator.error-rate=0.3")
            .endpoint(2, "refusing", "openai", "k-refusing", () -> "http://127.0.0.1:" + closedPort())
            .endpoint(3, "confused", "openai", "k-confused", confused::baseUrl);

    /** A port nothing listens on. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyBlockIsAnsweredByAModelAndNoEndpointIsAskedWhileItSaidWait() {
        // valid JSON, but not an interface spec: a content failure, every time
        confused.stubFor(post("/chat/completions").willReturn(okJson(Blocks.openAiAnswer("{\"answer\":\"GET /orders\"}"))));

        List<Extraction> answers = gateway.askAtOnce(BLOCKS);

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.degraded()).as(answer.degradedBecause()).isFalse();
            assertThat(answer.endpoint()).isIn("rated", "flaky");
            assertThat(answer.usage().calls().getOrDefault("refusing", 0)).isLessThanOrEqualTo(1);
        });
        assertThat(gateway.simulators().get("rated").orElseThrow().stats()
                .callsInsideRetryAfter(Duration.ofSeconds(1), IN_FLIGHT_GRACE)).isZero();
        ModelEndpoint invalid = gateway.endpoints().require("confused");
        assertThat(invalid.breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        if (invalid.stats().snapshot().calls() > 0) {
            assertThat(invalid.stats().reliability()).isLessThan(0.5);
        }
        assertThat(gateway.endpoints().require("rated").breaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }
}
