package io.docroute.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.gateway.simulator.Outcome;
import io.docroute.gateway.simulator.Stats.Call;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdealBoundTest {

    private static Call call(String block, Outcome outcome, long arrivedMs, long latencyMs) {
        return new Call(block, outcome, arrivedMs * 1_000_000, Duration.ofMillis(latencyMs));
    }

    @Test
    void aBlocksChainIsItsFailedCallsThenItsFastestAnswer() {
        List<Duration> chains = IdealBound.chains(List.of(
                call("b", Outcome.OK, 5, 300),
                call("a", Outcome.SERVER_ERROR, 0, 100),
                call("a", Outcome.OK, 150, 500),
                // a hedge that won the race for a
                call("a", Outcome.OK, 400, 200)));

        assertThat(chains).containsExactly(Duration.ofMillis(300), Duration.ofMillis(300));
    }

    @Test
    void chainsFillTheFirstFreeSlotInTheOrderTheyStarted() {
        List<Duration> chains = List.of(Duration.ofMillis(500), Duration.ofMillis(100), Duration.ofMillis(100),
                Duration.ofMillis(400));

        assertThat(IdealBound.critical(chains, 10)).isEqualTo(Duration.ofMillis(500));
        assertThat(IdealBound.critical(chains, 2)).isEqualTo(Duration.ofMillis(600));
        assertThat(IdealBound.critical(chains, 1)).isEqualTo(Duration.ofMillis(1100));
    }

    @Test
    void callsUnderAPerMinuteLimitStartNoFasterThanTheLimit() {
        assertThat(IdealBound.rateLimited(121, 600, Duration.ofMillis(550)))
                .isEqualTo(Duration.ofSeconds(12).plusMillis(550));
    }
}
