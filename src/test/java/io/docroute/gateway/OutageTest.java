package io.docroute.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.BatchApplicationTest;
import io.docroute.extraction.Extraction;
import io.docroute.gateway.simulator.Outcome;
import io.docroute.gateway.simulator.Simulators;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Every endpoint answers 503 for its first 3 seconds, shorter than {@code degrade-after}: the breakers open, the
 * blocks wait for them instead of degrading, and once the endpoints are back every block is answered by a model.
 */
@CamelSpringBootTest
@BatchApplicationTest
@TestPropertySource(properties = {
        "docroute.cache.enabled=false",
        "docroute.routing.simulators=always",
        "docroute.routing.degrade-after=30s",
        "docroute.breaker.wait-in-open-state=1s",
        "docroute.models[0].id=first", "docroute.models[0].kind=simulator", "docroute.models[0].model=a",
        "docroute.models[0].simulator.latency-median=30ms", "docroute.models[0].simulator.outage=3s",
        "docroute.models[1].id=second", "docroute.models[1].kind=simulator", "docroute.models[1].model=b",
        "docroute.models[1].simulator.latency-median=30ms", "docroute.models[1].simulator.outage=3s"})
class OutageTest {

    @Autowired
    ProducerTemplate producer;

    @Autowired
    Simulators simulators;

    @Autowired
    ModelEndpoints endpoints;

    @Test
    void blocksWaitOutAnOutageOfEveryEndpointAndAreAnsweredByAModel() {
        List<Extraction> answers = Blocks.extractAtOnce(producer, 10);

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.degraded()).as(answer.degradedBecause()).isFalse();
            assertThat(answer.endpoint()).isIn("first", "second");
        });
        assertThat(simulators.all()).allSatisfy(endpoint ->
                assertThat(endpoint.stats().count(Outcome.UNAVAILABLE)).isPositive());
        // the breakers opened during the outage, so the blocks waited instead of calling all along
        assertThat(endpoints.all()).allSatisfy(endpoint ->
                assertThat(endpoint.stats().snapshot().breakerOpenings()).isPositive());
    }
}
