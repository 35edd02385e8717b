package io.docroute.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.extraction.Extraction;
import io.docroute.gateway.simulator.Simulators;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Every endpoint failing: blocks still get answers, from the local extractor, marked degraded. */
@CamelSpringBootTest
@SpringBootTest(properties = {
        "camel.main.run-controller=false",
        "docroute.service-mode=false",
        "docroute.cache.enabled=false",
        "docroute.routing.simulators=always",
        "docroute.routing.backoff=20ms",
        "docroute.models[0].id=down-a", "docroute.models[0].kind=simulator", "docroute.models[0].model=a",
        "docroute.models[0].simulator.error-rate=1.0",
        "docroute.models[1].id=down-b", "docroute.models[1].kind=simulator", "docroute.models[1].model=b",
        "docroute.models[1].simulator.error-rate=1.0"})
class AllEndpointsDownTest {

    @Autowired
    ProducerTemplate producer;

    @Autowired
    Simulators simulators;

    @Test
    void whenEveryEndpointFailsBlocksAreAnsweredDegradedAndOpenBreakersGetNoCalls() {
        List<Extraction> answers = Blocks.extractAtOnce(producer, 10);
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.degraded()).isTrue();
            assertThat(answer.endpoint()).isEqualTo("local");
            assertThat(answer.spec().path()).isEqualTo("/orders");
        });

        long callsWhenOpen = simulators.all().stream().mapToLong(endpoint -> endpoint.stats().total()).sum();
        Extraction later = producer.requestBody("direct:extract-block", Blocks.userList(), Extraction.class);

        assertThat(later.degraded()).isTrue();
        assertThat(later.attempts()).isZero();
        assertThat(simulators.all().stream().mapToLong(endpoint -> endpoint.stats().total()).sum())
                .isEqualTo(callsWhenOpen);
    }
}
