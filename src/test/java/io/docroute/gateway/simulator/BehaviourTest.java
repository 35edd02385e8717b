package io.docroute.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.gateway.ModelEndpointProperties.SimulatorProfile;
import io.docroute.gateway.simulator.Behaviour.Decision;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BehaviourTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void eachShareOfRequestsGetsItsOutcome() {
        Behaviour behaviour = new Behaviour(new SimulatorProfile("fixed", Duration.ofMillis(10), 0,
                0.10, 0.20, null, 0.05, 0.5, 0), 3);

        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (int i = 0; i < 20_000; i++) {
            counts.merge(behaviour.decide(i).outcome(), 1, Integer::sum);
        }

        assertThat(counts.get(Outcome.RATE_LIMITED)).isBetween(3_700, 4_300);
        assertThat(counts.get(Outcome.HANG)).isBetween(850, 1_150);
        assertThat(counts.get(Outcome.SERVER_ERROR)).isBetween(1_800, 2_200);
        // half of the 65% answered 200
        assertThat(counts.get(Outcome.MALFORMED)).isBetween(6_150, 6_850);
        assertThat(counts.get(Outcome.OK)).isBetween(6_150, 6_850);
    }

    @Test
    void requestsDecidedOutOfArrivalOrderAreNeverTakenForAnOutage() {
        Behaviour healthy = new Behaviour(new SimulatorProfile("fixed", Duration.ZERO, 0, 0, 0, null, 0, 0, 0), 1);
        SimulatorProfile outage = new SimulatorProfile("fixed", Duration.ZERO, 0, 0, 0, null, 0, 0, 0, null, 0, 1,
                Duration.ofSeconds(4), null);
        Behaviour down = new Behaviour(outage, 1);

        // the later arrival is decided first
        assertThat(healthy.decide(10 * SECOND + 5).outcome()).isEqualTo(Outcome.OK);
        assertThat(healthy.decide(10 * SECOND).outcome()).isEqualTo(Outcome.OK);
        // and the outage counts from the earliest arrival, not from the first decided
        assertThat(down.decide(SECOND).outcome()).isEqualTo(Outcome.UNAVAILABLE);
        assertThat(down.decide(0).outcome()).isEqualTo(Outcome.UNAVAILABLE);
        assertThat(down.decide(4 * SECOND).outcome()).isEqualTo(Outcome.OK);
    }

    @Test
    void aLatencyTailMakesItsShareOfAnswersThatManyTimesSlowerAndLeavesTheOtherDecisionsAlone() {
        SimulatorProfile plain = new SimulatorProfile("fixed", Duration.ofMillis(10), 0, 0.2, 0, null, 0, 0, 0);
        SimulatorProfile tailed = new SimulatorProfile("fixed", Duration.ofMillis(10), 0, 0.2, 0, null, 0, 0, 0,
                null, 0.1, 10);
        Behaviour withoutTail = new Behaviour(plain, 5);
        Behaviour withTail = new Behaviour(tailed, 5);

        int slow = 0;
        for (int i = 0; i < 10_000; i++) {
            Decision before = withoutTail.decide(i);
            Decision after = withTail.decide(i);
            assertThat(after.outcome()).isEqualTo(before.outcome());
            assertThat(after.delay()).isIn(Duration.ofMillis(10), Duration.ofMillis(100));
            slow += after.delay().equals(Duration.ofMillis(100)) ? 1 : 0;
        }

        assertThat(slow).isBetween(900, 1_100);
    }

    @Test
    void aPerMinuteLimitCountedOverOneSecondAdmitsItsShareOfTheMinuteInAnySecond() {
        Behaviour behaviour = new Behaviour(new SimulatorProfile("fixed", Duration.ZERO, 0, 0, 0, null, 0, 0, 600,
                Duration.ofSeconds(1), 0, 1), 1);

        for (int i = 0; i < 10; i++) {
            assertThat(behaviour.decide(i * SECOND / 20).outcome()).isEqualTo(Outcome.OK);
        }
        Decision eleventh = behaviour.decide(SECOND / 2);

        assertThat(eleventh.outcome()).isEqualTo(Outcome.RATE_LIMITED);
        assertThat(eleventh.retryAfter()).isEqualTo(Duration.ofMillis(500));
        assertThat(behaviour.decide(SECOND).outcome()).isEqualTo(Outcome.OK);
    }

    @Test
    void aFixedLatencyIsExactlyTheMedian() {
        Behaviour behaviour = new Behaviour(profile("fixed", 0.9), 1);

        assertThat(IntStream.range(0, 100).mapToObj(i -> behaviour.decide(i).delay()))
                .containsOnly(Duration.ofMillis(40));
    }

    @Test
    void aNormalLatencyIsClampedAtZeroInsteadOfGoingNegative() {
        Behaviour behaviour = new Behaviour(profile("normal", 2.0), 1);

        List<Duration> delays = IntStream.range(0, 1_000).mapToObj(i -> behaviour.decide(i).delay()).toList();

        assertThat(delays).noneMatch(Duration::isNegative).contains(Duration.ZERO)
                .anyMatch(delay -> delay.compareTo(Duration.ofMillis(80)) > 0);
    }

    @Test
    void aLognormalLatencyHasTheMedianAndIsNeverBelowZero() {
        Behaviour behaviour = new Behaviour(profile("lognormal", 0.5), 1);

        List<Long> millis = IntStream.range(0, 10_001).mapToObj(i -> behaviour.decide(i).delay().toMillis())
                .sorted().toList();

        assertThat(millis.get(5_000)).isBetween(38L, 42L);
        assertThat(millis.get(0)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void thePerMinuteWindowAdmitsAgainOnceTheOldestRequestHasLeftIt() {
        Behaviour behaviour = new Behaviour(new SimulatorProfile("fixed", null, 0, 0, 0, null, 0, 0, 2), 1);

        assertThat(behaviour.decide(0).outcome()).isEqualTo(Outcome.OK);
        assertThat(behaviour.decide(10 * SECOND).outcome()).isEqualTo(Outcome.OK);
        Decision third = behaviour.decide(20 * SECOND);
        assertThat(third.outcome()).isEqualTo(Outcome.RATE_LIMITED);
        assertThat(third.retryAfter()).isEqualTo(Duration.ofSeconds(40));
        assertThat(behaviour.decide(60 * SECOND).outcome()).isEqualTo(Outcome.OK);
        assertThat(behaviour.decide(65 * SECOND).retryAfter()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void theSameSeedDecidesTheSameWay() {
        SimulatorProfile profile = new SimulatorProfile("lognormal", Duration.ofMillis(30), 0.4,
                0.2, 0.2, null, 0.1, 0.3, 0);
        Behaviour first = new Behaviour(profile, 17);
        Behaviour second = new Behaviour(profile, 17);

        for (int i = 0; i < 1_000; i++) {
            assertThat(second.decide(i)).isEqualTo(first.decide(i));
        }
    }

    private static SimulatorProfile profile(String latency, double sigma) {
        return new SimulatorProfile(latency, Duration.ofMillis(40), sigma, 0, 0, null, 0, 0, 0);
    }
}
