package io.docroute.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.BatchApplicationTest;
import io.docroute.extraction.Extraction;
import io.docroute.gateway.simulator.Simulators;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The most-reliable strategy moves away from an endpoint that fails half its calls. */
@CamelSpringBootTest
@BatchApplicationTest
@TestPropertySource(properties = {
        "docroute.cache.enabled=false",
        "docroute.routing.simulators=always",
        "docroute.routing.strategy=most-reliable",
        "docroute.routing.backoff=10ms",
        "docroute.breaker.minimum-number-of-calls=1000",
        "docroute.models[0].id=shaky", "docroute.models[0].kind=simulator", "docroute.models[0].model=s",
        "docroute.models[0].simulator.error-rate=0.6",
        "docroute.models[1].id=solid", "docroute.models[1].kind=simulator", "docroute.models[1].model=o"})
class MostReliableStrategyTest {

    private static long calls(Simulators simulators, String id) {
        return simulators.get(id).orElseThrow().stats().total();
    }


    @Autowired
    ProducerTemplate producer;

    @Autowired
    Simulators simulators;

    @Test
    void mostReliableMovesAwayFromAFlakyEndpoint() {
        for (int i = 0; i < 20; i++) {
            producer.requestBody("direct:extract-block", Blocks.numbered(i), Extraction.class);
        }
        long shakyBefore = calls(simulators, "shaky");
        long solidBefore = calls(simulators, "solid");
        for (int i = 0; i < 30; i++) {
            assertThat(producer.requestBody("direct:extract-block", Blocks.numbered(i), Extraction.class)
                    .degraded()).isFalse();
        }
        long shaky = calls(simulators, "shaky") - shakyBefore;
        long solid = calls(simulators, "solid") - solidBefore;
        assertThat(solid).isGreaterThanOrEqualTo(25);
        assertThat(shaky).isLessThanOrEqualTo(6);
    }
}
