package io.docroute.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.extraction.Extraction;
import io.docroute.gateway.simulator.Outcome;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every endpoint answers 503 for its first 3 seconds, shorter than {@code degrade-after}: the breakers open, the
 * blocks wait for them instead of degrading, and once the endpoints are back every block is answered by a model.
 */
class OutageTest {

    @RegisterExtension
    @Order(GatewayFixture.AFTER_THE_PEERS)
    static GatewayFixture gateway = GatewayFixture.with(
            "docroute.routing.simulators=always",
            "docroute.routing.degrade-after=30s",
            "docroute.breaker.wait-in-open-state=1s",
            "docroute.models[0].id=first",
            "docroute.models[0].kind=simulator",
            "docroute.models[0].model=a",
            "docroute.models[0].simulator.latency-median=30ms",
            "docroute.models[0].simulator.outage=3s",
            "docroute.models[1].id=second",
            "docroute.models[1].kind=simulator",
            "docroute.models[1].model=b",
            "docroute.models[1].simulator.latency-median=30ms",
            "docroute.models[1].simulator.outage=3s");

    @Test
    void blocksWaitOutAnOutageOfEveryEndpointAndAreAnsweredByAModel() {
        List<Extraction> answers = gateway.askAtOnce(10);

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.degraded()).as(answer.degradedBecause()).isFalse();
            assertThat(answer.endpoint()).isIn("first", "second");
        });
        assertThat(gateway.simulators().all()).allSatisfy(endpoint ->
                assertThat(endpoint.stats().count(Outcome.UNAVAILABLE)).isPositive());
        // the breakers opened during the outage, so the blocks waited instead of calling all along
        assertThat(gateway.endpoints().all()).allSatisfy(endpoint ->
                assertThat(endpoint.stats().snapshot().breakerOpenings()).isPositive());
    }
}
