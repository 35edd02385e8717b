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

/** The cheapest strategy sends blocks to the endpoint with the lowest price for them. */
@CamelSpringBootTest
@BatchApplicationTest
@TestPropertySource(properties = {
        "docroute.cache.enabled=false",
        "docroute.routing.simulators=always",
        "docroute.routing.strategy=cheapest",
        "docroute.routing.exploration=0",
        "docroute.models[0].id=pricey", "docroute.models[0].kind=simulator", "docroute.models[0].model=p",
        "docroute.models[0].price-input-per-mtok=3", "docroute.models[0].price-output-per-mtok=15",
        "docroute.models[1].id=thrifty", "docroute.models[1].kind=simulator", "docroute.models[1].model=t",
        "docroute.models[1].price-input-per-mtok=0.1", "docroute.models[1].price-output-per-mtok=0.4",
        "docroute.models[2].id=middling", "docroute.models[2].kind=simulator", "docroute.models[2].model=m",
        "docroute.models[2].price-input-per-mtok=1", "docroute.models[2].price-output-per-mtok=2"})
class CheapestStrategyTest {

    private static long calls(Simulators simulators, String id) {
        return simulators.get(id).orElseThrow().stats().total();
    }


    @Autowired
    ProducerTemplate producer;

    @Autowired
    Simulators simulators;

    @Test
    void cheapestSendsEveryBlockToTheCheapestEndpoint() {
        for (int i = 0; i < 12; i++) {
            Extraction extraction = producer.requestBody("direct:extract-block", Blocks.numbered(i), Extraction.class);
            assertThat(extraction.endpoint()).isEqualTo("thrifty");
        }
        assertThat(calls(simulators, "pricey")).isZero();
        assertThat(calls(simulators, "middling")).isZero();
    }
}
