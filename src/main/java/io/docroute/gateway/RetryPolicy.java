package io.docroute.gateway;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * The gateway's retry policy in one place: once no endpoint took a block this time, what the block does next —
 * try again now, wait for an endpoint to come back, start a new round after a back-off, or give up so that the
 * local extractor answers. It decides only; the gateway waits. No Camel, and the clock is injected.
 * <p>
 * A block gives up only when no model can answer it in time: every endpoint is out for good (refused
 * credentials, spend limit, budget) or has refused this block's content, or the block has waited
 * {@code degrade-after} since it first found no endpoint able to take it. Until then it waits for the soonest
 * change — a cool-down ending, a breaker going half-open, a call ending somewhere — or, when the endpoints
 * left all failed it this round, backs off (doubling, with jitter, at most {@link #MAX_BACKOFF}) and tries them
 * all again. A round in which it waits for others also ends after that back-off: an endpoint that failed the block
 * once is asked again rather than the block waiting on endpoints that other blocks keep taking.
 */
public final class RetryPolicy {

    /** The longest back-off between rounds, so a block notices an endpoint's recovery within a second. */
    static final Duration MAX_BACKOFF = Duration.ofSeconds(1);
    /** The longest wait without news, when the time of the next change is unknown (a breaker's open window). */
    static final Duration MAX_WAIT = Duration.ofMillis(250);

    private final Duration degradeAfter;
    private final Duration backoff;
    private final LongSupplier nanoTime;

    public RetryPolicy(Duration degradeAfter, Duration backoff, LongSupplier nanoTime) {
        this.degradeAfter = degradeAfter;
        this.backoff = backoff;
        this.nanoTime = nanoTime;
    }

    /** Where one endpoint stands for one block at one moment. */
    public enum Standing {
        /** Can take the block now. */
        READY(false),
        /** At its concurrency limit or the gateway's cap: the next call to end makes room. */
        BUSY(true),
        /** Cooling down after a 429 or waiting for its rate bucket. */
        COOLING(true),
        /** Breaker open, or half-open with its probes taken. */
        OPEN(true),
        /** Failed this block for its health this round; tried again after a back-off. */
        FAILED_THIS_ROUND(false),
        /** Refused this block's content (or request): asking again gives the same answer. */
        REFUSED_BLOCK(false),
        /** Out until an operator acts: credentials or spend limit refused, or the daily budget spent. */
        OUT(false);

        private final boolean comesBack;

        Standing(boolean comesBack) {
            this.comesBack = comesBack;
        }
    }

    /**
     * @param nanosUntilBack when the endpoint is expected back (the rest of a cool-down); 0 when unknown
     */
    public record Endpoint(String id, Standing standing, String condition, long nanosUntilBack) {
    }

    public sealed interface Decision {
    }

    /** An endpoint can take the block: choose again. */
    public record TryNow() implements Decision {
    }

    /** Wait for a change (a call ending, a breaker's state changing), at most this long. */
    public record Wait(long nanos) implements Decision {
    }

    /** Every endpoint left failed the block this round: back off, then try them all again. */
    public record NewRound(long backoffNanos) implements Decision {
    }

    /** No model can answer in time: the reason names the endpoints. */
    public record GiveUp(String reason) implements Decision {
    }

    /**
     * The waiting clocks of one block: when it first found no endpoint able to take it, and when, in this round,
     * it first waited for others while an endpoint that failed it this round sat out.
     */
    public static final class Waiting {

        private long since = Long.MIN_VALUE;
        private long roundWaitSince = Long.MIN_VALUE;
        private int rounds;

        synchronized long since(long now) {
            if (since == Long.MIN_VALUE) {
                since = now;
            }
            return since;
        }

        synchronized long roundWaitSince(long now) {
            if (roundWaitSince == Long.MIN_VALUE) {
                roundWaitSince = now;
            }
            return roundWaitSince;
        }

        synchronized int newRound() {
            roundWaitSince = Long.MIN_VALUE;
            return rounds++;
        }

        public synchronized int rounds() {
            return rounds;
        }
    }

    public Decision next(Waiting waiting, List<Endpoint> endpoints) {
        if (endpoints.stream().anyMatch(endpoint -> endpoint.standing() == Standing.READY)) {
            return new TryNow();
        }
        boolean anyLeft = endpoints.stream().anyMatch(endpoint -> endpoint.standing() != Standing.OUT
                && endpoint.standing() != Standing.REFUSED_BLOCK);
        if (!anyLeft) {
            return new GiveUp("no model endpoint can answer this block (" + conditions(endpoints) + ")");
        }
        long now = nanoTime.getAsLong();
        long left = degradeAfter.toNanos() - (now - waiting.since(now));
        if (left <= 0) {
            return new GiveUp("no model endpoint could take this block within " + degradeAfter.toMillis()
                    + " ms (" + conditions(endpoints) + ")");
        }
        long base = Math.min(MAX_BACKOFF.toNanos(), backoff.toNanos() << Math.min(waiting.rounds(), 20));
        List<Endpoint> comingBack = endpoints.stream().filter(endpoint -> endpoint.standing().comesBack).toList();
        if (!comingBack.isEmpty()) {
            long soonest = comingBack.stream().mapToLong(Endpoint::nanosUntilBack).filter(n -> n > 0).min()
                    .orElse(MAX_WAIT.toNanos());
            long wait = Math.min(left, Math.min(soonest, MAX_WAIT.toNanos()));
            if (endpoints.stream().anyMatch(endpoint -> endpoint.standing() == Standing.FAILED_THIS_ROUND)) {
                // the endpoints it waits for may stay taken by other blocks: the round ends after its back-off
                long roundLeft = base - (now - waiting.roundWaitSince(now));
                if (roundLeft <= 0) {
                    return new NewRound(0);
                }
                wait = Math.min(wait, roundLeft);
            }
            return new Wait(Math.max(1, wait));
        }
        long jittered = base / 2 + ThreadLocalRandom.current().nextLong(Math.max(1, base / 2));
        return new NewRound(Math.min(left, jittered));
    }

    private static String conditions(List<Endpoint> endpoints) {
        return endpoints.isEmpty() ? "none is enabled" : endpoints.stream()
                .map(endpoint -> "endpoint '" + endpoint.id() + "' " + endpoint.condition())
                .collect(Collectors.joining("; "));
    }
}
