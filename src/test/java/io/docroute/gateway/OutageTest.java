package io.docroute.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.extraction.Extraction;
import io.docroute.gateway.simulator.Outcome;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint answers 503 for its first 3 seconds, shorter than {@code degrade-after}: the breakers open, the
 * blocks wait for them instead of degrading, and once the endpoints are back every block is answered by a model.
 */
class OutageTest {

    static GatewayFixture gateway;

    @BeforeAll
    static void startGateway() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("docroute.routing.simulators", "always");
        settings.put("docroute.routing.degrade-after", "30s");
        settings.put("docroute.breaker.wait-in-open-state", "1s");
        settings.put("docroute.models[0].id", "first");
        settings.put("docroute.models[0].kind", "simulator");
        settings.put("docroute.models[0].model", "a");
        settings.put("docroute.models[0].simulator.latency-median", "30ms");
        settings.put("docroute.models[0].simulator.outage", "3s");
        settings.put("docroute.models[1].id", "second");
        settings.put("docroute.models[1].kind", "simulator");
        settings.put("docroute.models[1].model", "b");
        settings.put("docroute.models[1].simulator.latency-median", "30ms");
        settings.put("docroute.models[1].simulator.outage", "3s");
        gateway = GatewayFixture.start(settings);
    }

    @AfterAll
    static void stopGateway() throws Exception {
        gateway.close();
    }

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
