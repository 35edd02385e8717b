package io.docroute.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.gateway.RetryPolicy.Endpoint;
import io.docroute.gateway.RetryPolicy.Standing;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The retry policy's decisions, on a clock the test moves. */
class RetryPolicyTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMillis(200), now::get);
    private final RetryPolicy.Waiting waiting = new RetryPolicy.Waiting();

    private static Endpoint endpoint(String id, Standing standing, long nanosUntilBack) {
        return new Endpoint(id, standing, "is " + standing.name().toLowerCase(), nanosUntilBack);
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    @Test
    void anEndpointThatCanTakeTheBlockMeansChooseAgainWithoutStartingTheWaitingClock() {
        RetryPolicy.Decision decision = policy.next(waiting, List.of(endpoint("a", Standing.OPEN, 0),
                endpoint("b", Standing.READY, 0)));

        assertThat(decision).isInstanceOf(RetryPolicy.TryNow.class);
        advance(Duration.ofSeconds(40));
        assertThat(policy.next(waiting, List.of(endpoint("a", Standing.OPEN, 0))))
                .as("the clock starts at the first wait, not before").isInstanceOf(RetryPolicy.Wait.class);
    }

    @Test
    void endpointsOutForGoodOrRefusingTheBlockEndTheWaitAtOnceNamingThem() {
        RetryPolicy.Decision decision = policy.next(waiting, List.of(endpoint("a", Standing.OUT, 0),
                endpoint("b", Standing.REFUSED_BLOCK, 0)));

        assertThat(decision).isInstanceOfSatisfying(RetryPolicy.GiveUp.class, giveUp ->
                assertThat(giveUp.reason()).contains("endpoint 'a' is out", "endpoint 'b' is refused_block"));
        assertThat(policy.next(waiting, List.of())).isInstanceOfSatisfying(RetryPolicy.GiveUp.class, giveUp ->
                assertThat(giveUp.reason()).contains("none is enabled"));
    }

    @Test
    void aCoolingEndpointIsWaitedForUntilItsRetryAfterEndsAtMostAQuarterSecondAtATime() {
        long hundredMillis = Duration.ofMillis(100).toNanos();
        assertThat(policy.next(waiting, List.of(endpoint("a", Standing.COOLING, hundredMillis),
                endpoint("b", Standing.OUT, 0)))).isEqualTo(new RetryPolicy.Wait(hundredMillis));
        assertThat(policy.next(waiting, List.of(endpoint("a", Standing.COOLING, Duration.ofSeconds(5).toNanos()))))
                .isEqualTo(new RetryPolicy.Wait(RetryPolicy.MAX_WAIT.toNanos()));
    }

    @Test
    void openBreakersAreWaitedForUntilDegradeAfterHasPassedSinceTheFirstWait() {
        List<Endpoint> open = List.of(endpoint("a", Standing.OPEN, 0), endpoint("b", Standing.BUSY, 0));
        assertThat(policy.next(waiting, open)).isInstanceOf(RetryPolicy.Wait.class);

        advance(Duration.ofSeconds(29).plusMillis(900));
        assertThat(policy.next(waiting, open)).as("a tenth of a second left")
                .isEqualTo(new RetryPolicy.Wait(Duration.ofMillis(100).toNanos()));

        advance(Duration.ofMillis(100));
        assertThat(policy.next(waiting, open)).isInstanceOfSatisfying(RetryPolicy.GiveUp.class, giveUp ->
                assertThat(giveUp.reason()).contains("within 30000 ms", "endpoint 'a' is open"));
    }

    @Test
    void endpointsThatAllFailedTheBlockThisRoundAreTriedAgainAfterABackOffThatDoublesUpToASecond() {
        List<Endpoint> failed = List.of(endpoint("a", Standing.FAILED_THIS_ROUND, 0),
                endpoint("b", Standing.FAILED_THIS_ROUND, 0));
        long[] expectedBase = {200, 400, 800, 1000, 1000};
        for (long base : expectedBase) {
            RetryPolicy.Decision decision = policy.next(waiting, failed);
            assertThat(decision).isInstanceOfSatisfying(RetryPolicy.NewRound.class, round ->
                    assertThat(round.backoffNanos()).isBetween(Duration.ofMillis(base / 2).toNanos(),
                            Duration.ofMillis(base).toNanos()));
            waiting.newRound();
        }
    }

    @Test
    void whileItWaitsForOthersAnEndpointThatFailedTheBlockIsAskedAgainAfterTheRoundsBackOff() {
        List<Endpoint> taken = List.of(endpoint("rated", Standing.COOLING, Duration.ofSeconds(1).toNanos()),
                endpoint("flaky", Standing.FAILED_THIS_ROUND, 0));

        assertThat(policy.next(waiting, taken)).isEqualTo(new RetryPolicy.Wait(Duration.ofMillis(200).toNanos()));
        advance(Duration.ofMillis(150));
        assertThat(policy.next(waiting, taken)).as("the rest of the round's 200 ms back-off")
                .isEqualTo(new RetryPolicy.Wait(Duration.ofMillis(50).toNanos()));
        advance(Duration.ofMillis(50));
        assertThat(policy.next(waiting, taken)).isEqualTo(new RetryPolicy.NewRound(0));

        waiting.newRound();
        assertThat(policy.next(waiting, taken)).as("the next round waits twice as long")
                .isEqualTo(new RetryPolicy.Wait(RetryPolicy.MAX_WAIT.toNanos()));
        advance(Duration.ofMillis(400));
        assertThat(policy.next(waiting, taken)).isEqualTo(new RetryPolicy.NewRound(0));
    }

    @Test
    void degradeAfterZeroGivesUpAtTheFirstWait() {
        RetryPolicy atOnce = new RetryPolicy(Duration.ZERO, Duration.ofMillis(200), now::get);

        assertThat(atOnce.next(waiting, List.of(endpoint("a", Standing.COOLING, 1_000_000))))
                .isInstanceOf(RetryPolicy.GiveUp.class);
        assertThat(atOnce.next(new RetryPolicy.Waiting(), List.of(endpoint("a", Standing.READY, 0))))
                .isInstanceOf(RetryPolicy.TryNow.class);
    }
}
