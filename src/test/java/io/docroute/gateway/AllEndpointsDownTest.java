package io.docroute.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.extraction.Extraction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint failing: their breakers open, the blocks wait {@code degrade-after} for one to come back, then
 * get answers from the local extractor, marked degraded with the reason; open breakers get no calls.
 */
class AllEndpointsDownTest {

    static GatewayFixture gateway;

    @BeforeAll
    static void startGateway() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("docroute.routing.simulators", "always");
        settings.put("docroute.routing.backoff", "20ms");
        settings.put("docroute.routing.degrade-after", "1s");
        settings.put("docroute.breaker.wait-in-open-state", "60s");
        settings.put("docroute.models[0].id", "down-a");
        settings.put("docroute.models[0].kind", "simulator");
        settings.put("docroute.models[0].model", "a");
        settings.put("docroute.models[0].simulator.error-rate", "1.0");
        settings.put("docroute.models[1].id", "down-b");
        settings.put("docroute.models[1].kind", "simulator");
        settings.put("docroute.models[1].model", "b");
        settings.put("docroute.models[1].simulator.error-rate", "1.0");
        gateway = GatewayFixture.start(settings);
    }

    @AfterAll
    static void stopGateway() throws Exception {
        gateway.close();
    }

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
