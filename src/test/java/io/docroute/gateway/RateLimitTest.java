package io.docroute.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.extraction.Extraction;
import io.docroute.gateway.simulator.Outcome;
import io.docroute.gateway.simulator.SimulatedEndpoint;
import io.docroute.gateway.simulator.Stats;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An endpoint's RPM bucket paces a burst of blocks to the provider's per-minute rate: of 20 blocks sent at once at
 * 240 RPM, the last arrives at the peer at least 4.25 seconds after the burst was sent (a quarter second and a little
 * more per block after the bucket's first two, less one for slack), with no 429. Measured from the send, not from the
 * first arrival: a busy machine only delays arrivals, which can move the first one later but never the last earlier.
 */
class RateLimitTest {

    @RegisterExtension
    @Order(GatewayFixture.AFTER_THE_PEERS)
    static GatewayFixture gateway = GatewayFixture.with(
            "docroute.routing.simulators=always",
            "docroute.routing.fallback-enabled=false",
            "docroute.models[0].id=metered",
            "docroute.models[0].kind=simulator",
            "docroute.models[0].model=m",
            "docroute.models[0].rpm=240",
            "docroute.models[0].simulator.rpm=240");

    @Test
    void aBurstOfBlocksStaysUnderTheProvidersRpmLimitAtThePeer() {
        long sent = System.nanoTime();
        List<Extraction> answers = gateway.askAtOnce(20);

        SimulatedEndpoint peer = gateway.simulators().get("metered").orElseThrow();
        assertThat(answers).allSatisfy(answer -> assertThat(answer.degraded()).isFalse());
        assertThat(peer.stats().count(Outcome.RATE_LIMITED)).isZero();
        assertThat(peer.stats().count(Outcome.OK)).isEqualTo(20);
        List<Stats.Arrival> arrivals = peer.stats().arrivals();
        long lastMillis = (arrivals.get(arrivals.size() - 1).nanoTime() - sent) / 1_000_000;
        assertThat(lastMillis).isGreaterThanOrEqualTo(4_250);
    }
}
