package io.docroute.gateway.simulator;

import io.docroute.gateway.ModelEndpointProperties.SimulatorProfile;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

/**
 * Decides, from a seeded random sequence, what a simulated endpoint does with each request.
 *
 * <p>During the configured outage (counted from the first request) every request is answered 503. Then the
 * per-minute window ({@code rpm}) is checked first. Then one uniform draw splits all requests into the
 * configured shares: {@code rateLimitRate} answered 429, {@code hangRate} held, {@code errorRate} answered 500,
 * the rest answered 200 (shares summing past 1 are cut in that order). A second draw makes {@code malformedRate}
 * of those 200 answers malformed, and a Gaussian draw gives the latency. Every request takes the same three
 * draws whatever happens to it, so the n-th request to arrive is treated the same in every run with the seed.
 * The latency tail ({@code slowRate} of answers {@code slowFactor} times slower) draws from a random sequence
 * of its own, so adding a tail leaves every other decision as it was.
 */
final class Behaviour {


    /**
     * What to do with one request.
     *
     * @param outcome    the answer to give
     * @param delay      how long to wait before answering (500 and 200 only)
     * @param retryAfter how long a 429 tells the client to wait
     */
    record Decision(Outcome outcome, Duration delay, Duration retryAfter) {
    }

    private enum Distribution { FIXED, NORMAL, LOGNORMAL }

    private final Distribution distribution;
    private final long medianNanos;
    private final double sigma;
    private final double rateLimitRate;
    private final double hangRate;
    private final double errorRate;
    private final double malformedRate;
    private final Duration retryAfter;
    private final int admitted;
    private final long windowNanos;
    private final Random random;
    private final Random tail;
    private final double slowRate;
    private final double slowFactor;
    private final ArrayDeque<Long> window = new ArrayDeque<>();
    private final long outageNanos;
    private long firstNanos = Long.MIN_VALUE;

    Behaviour(SimulatorProfile profile, long seed) {
        Objects.requireNonNull(profile, "profile");
        this.distribution = distribution(profile.latency());
        this.medianNanos = Math.max(0, profile.latencyMedian().toNanos());
        this.sigma = Math.max(0, profile.latencySigma());
        this.rateLimitRate = share(profile.rateLimitRate());
        this.hangRate = share(profile.hangRate());
        this.errorRate = share(profile.errorRate());
        this.malformedRate = share(profile.malformedRate());
        this.retryAfter = profile.retryAfter().isNegative() ? Duration.ZERO : profile.retryAfter();
        this.windowNanos = profile.rpmWindow().toNanos();
        this.admitted = profile.rpm() <= 0 ? 0
                : (int) Math.max(1, Math.round(profile.rpm() * (double) windowNanos / Duration.ofMinutes(1).toNanos()));
        this.random = new Random(seed);
        this.tail = new Random(~seed);
        this.slowRate = share(profile.slowRate());
        this.slowFactor = profile.slowFactor();
        this.outageNanos = profile.outage().toNanos();
    }

    /** Decides for a request that arrived at {@code nowNanos} ({@link System#nanoTime()}). */
    synchronized Decision decide(long nowNanos) {
        double share = random.nextDouble();
        double malformed = random.nextDouble();
        double gaussian = random.nextGaussian();
        double slow = slowRate > 0 && tail.nextDouble() < slowRate ? slowFactor : 1;

        // requests are stamped on arrival but may be decided out of order: the outage counts from the earliest
        if (firstNanos == Long.MIN_VALUE || nowNanos - firstNanos < 0) {
            firstNanos = nowNanos;
        }
        if (outageNanos > 0 && nowNanos - firstNanos < outageNanos) {
            return new Decision(Outcome.UNAVAILABLE, Duration.ZERO, Duration.ZERO);
        }
        Duration untilAdmitted = admit(nowNanos);
        if (untilAdmitted != null) {
            return new Decision(Outcome.RATE_LIMITED, Duration.ZERO, untilAdmitted);
        }
        if (share < rateLimitRate) {
            return new Decision(Outcome.RATE_LIMITED, Duration.ZERO, retryAfter);
        }
        if (share < rateLimitRate + hangRate) {
            return new Decision(Outcome.HANG, Duration.ZERO, Duration.ZERO);
        }
        Duration delay = latency(gaussian).multipliedBy(Math.round(slow * 1000)).dividedBy(1000);
        if (share < rateLimitRate + hangRate + errorRate) {
            return new Decision(Outcome.SERVER_ERROR, delay, Duration.ZERO);
        }
        return new Decision(malformed < malformedRate ? Outcome.MALFORMED : Outcome.OK, delay, Duration.ZERO);
    }

    /**
     * Null when the request fits the sliding window (the per-minute limit scaled to the window's length), else the
     * time until the oldest request leaves it.
     */
    private Duration admit(long nowNanos) {
        if (admitted == 0) {
            return null;
        }
        while (!window.isEmpty() && nowNanos - window.peekFirst() >= windowNanos) {
            window.removeFirst();
        }
        if (window.size() >= admitted) {
            return Duration.ofNanos(window.peekFirst() + windowNanos - nowNanos);
        }
        window.addLast(nowNanos);
        return null;
    }

    private Duration latency(double gaussian) {
        double nanos = switch (distribution) {
            case FIXED -> medianNanos;
            case NORMAL -> Math.max(0, medianNanos * (1 + sigma * gaussian));
            case LOGNORMAL -> medianNanos * Math.exp(sigma * gaussian);
        };
        return Duration.ofNanos(Math.round(Math.min(nanos, Long.MAX_VALUE / 2.0)));
    }

    // a typo in the profile fails at start-up rather than silently answering with no latency
    private static Distribution distribution(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "fixed" -> Distribution.FIXED;
            case "normal", "gaussian" -> Distribution.NORMAL;
            case "lognormal", "log-normal" -> Distribution.LOGNORMAL;
            default -> throw new IllegalArgumentException(
                    "unknown simulator latency '" + name + "': use fixed, normal or lognormal");
        };
    }

    private static double share(double rate) {
        return Double.isNaN(rate) ? 0 : Math.min(1, Math.max(0, rate));
    }
}
