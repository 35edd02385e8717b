package io.docroute.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.BatchApplicationTest;
import io.docroute.extraction.Extraction;
import io.docroute.gateway.simulator.Outcome;
import io.docroute.gateway.simulator.SimulatedEndpoint;
import io.docroute.gateway.simulator.Simulators;
import io.docroute.gateway.simulator.Stats;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * An endpoint's RPM bucket paces a burst of blocks to the provider's per-minute rate: 20 blocks at 240 RPM
 * arrive at the peer over at least 3.75 seconds (19 intervals of a quarter second and a little more, less the first
 * call's connection set-up), with no 429.
 */
@CamelSpringBootTest
@BatchApplicationTest
@TestPropertySource(properties = {
        "docroute.cache.enabled=false",
        "docroute.routing.simulators=always",
        "docroute.routing.fallback-enabled=false",
        "docroute.models[0].id=metered", "docroute.models[0].kind=simulator", "docroute.models[0].model=m",
        "docroute.models[0].rpm=240",
        "docroute.models[0].simulator.rpm=240"})
class RateLimitTest {

    @Autowired
    ProducerTemplate producer;

    @Autowired
    Simulators simulators;

    @Test
    void aBurstOfBlocksStaysUnderTheProvidersRpmLimitAtThePeer() {
        List<Extraction> answers = Blocks.extractAtOnce(producer, 20);

        SimulatedEndpoint peer = simulators.get("metered").orElseThrow();
        assertThat(answers).allSatisfy(answer -> assertThat(answer.degraded()).isFalse());
        assertThat(peer.stats().count(Outcome.RATE_LIMITED)).isZero();
        assertThat(peer.stats().count(Outcome.OK)).isEqualTo(20);
        List<Stats.Arrival> arrivals = peer.stats().arrivals();
        long spanMillis = (arrivals.get(arrivals.size() - 1).nanoTime() - arrivals.get(0).nanoTime()) / 1_000_000;
        assertThat(spanMillis).isGreaterThanOrEqualTo(3_750);
    }
}
