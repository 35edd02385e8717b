package io.docroute.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.extraction.Extraction;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every endpoint failing: their breakers open, the blocks wait {@code degrade-after} for one to come back, then
 * get answers from the local extractor, marked degraded with the reason; open breakers get no calls.
 */
class AllEndpointsDownTest {

    @RegisterExtension
    @Order(GatewayFixture.AFTER_THE_PEERS)
    static GatewayFixture gateway = GatewayFixture.with(
            "docroute.routing.simulators=always",
            "docroute.routing.backoff=20ms",
            "docroute.routing.degrade-after=1s",
            "docroute.breaker.wait-in-open-state=60s",
            "docroute.models[0].id=down-a",
            "docroute.models[0].kind=simulator",
            "docroute.models[0].model=a",
            "docroute.models[0].simulator.error-rate=1.0",
            "docroute.models[1].id=down-b",
            "docroute.models[1].kind=simulator",
            "docroute.models[1].model=b",
            "docroute.models[1].simulator.error-rate=1.0");

    @Test
    void whenEveryEndpointFailsBlocksAreAnsweredDegradedAndOpenBreakersGetNoCalls() {
        List<Extraction> answers = gateway.askAtOnce(10);
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.degraded()).isTrue();
            assertThat(answer.endpoint()).isEqualTo("local");
            assertThat(answer.spec().path()).isEqualTo("/orders");
            assertThat(answer.degradedBecause()).contains("within 1000 ms", "endpoint 'down-a'", "endpoint 'down-b'",
                    "has its circuit breaker open");
        });

        long callsWhenOpen = gateway.simulators().all().stream().mapToLong(endpoint -> endpoint.stats().total()).sum();
        Extraction later = gateway.ask(Blocks.userList());

        assertThat(later.degraded()).isTrue();
        assertThat(later.attempts()).isZero();
        assertThat(gateway.simulators().all().stream().mapToLong(endpoint -> endpoint.stats().total()).sum())
                .isEqualTo(callsWhenOpen);
    }
}
