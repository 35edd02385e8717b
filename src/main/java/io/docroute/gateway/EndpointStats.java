package io.docroute.gateway;

import io.docroute.gateway.provider.FailureKind;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * What the scoring strategies and the run summary know of one endpoint: latency per output token as an EWMA,
 * the success-and-schema-valid rate over the last calls, and running totals.
 */
public final class EndpointStats {

    static final int RELIABILITY_WINDOW = 50;
    static final int LATENCY_WINDOW = 100;
    static final int MIN_LATENCY_SAMPLES = 10;
    private static final double EWMA_WEIGHT = 0.3;

    private final Deque<Boolean> recent = new ArrayDeque<>();
    private final Deque<Long> latencies = new ArrayDeque<>();
    private final Map<FailureKind, AtomicLong> failures = new EnumMap<>(FailureKind.class);
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong successes = new AtomicLong();
    private final AtomicLong breakerOpenings = new AtomicLong();
    private final AtomicLong inputTokens = new AtomicLong();
    private final AtomicLong outputTokens = new AtomicLong();
    private final DoubleAdder costUsd = new DoubleAdder();
    private volatile double millisPerOutputToken = Double.NaN;

    public EndpointStats() {
        for (FailureKind kind : FailureKind.values()) {
            failures.put(kind, new AtomicLong());
        }
    }

    public void called() {
        calls.incrementAndGet();
    }

    public void succeeded(long latencyMillis, int input, int output, double cost) {
        successes.incrementAndGet();
        inputTokens.addAndGet(input);
        outputTokens.addAndGet(output);
        costUsd.add(cost);
        double perToken = (double) latencyMillis / Math.max(1, output);
        double previous = millisPerOutputToken;
        millisPerOutputToken = Double.isNaN(previous) ? perToken : previous + EWMA_WEIGHT * (perToken - previous);
        remember(true);
        synchronized (latencies) {
            latencies.addLast(latencyMillis);
            if (latencies.size() > LATENCY_WINDOW) {
                latencies.removeFirst();
            }
        }
    }

    /** The last successful calls' latencies, oldest first. */
    public long[] recentLatencies() {
        synchronized (latencies) {
            return latencies.stream().mapToLong(Long::longValue).toArray();
        }
    }

    /** The 90th percentile of these latencies; empty until there are enough of them. */
    public static OptionalLong p90Millis(long[] latencies) {
        if (latencies.length < MIN_LATENCY_SAMPLES) {
            return OptionalLong.empty();
        }
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return OptionalLong.of(sorted[(int) Math.ceil(sorted.length * 0.9) - 1]);
    }

    public void failed(FailureKind kind) {
        failures.get(kind).incrementAndGet();
        remember(false);
    }

    /** Tokens a failed-but-answered call still cost (an invalid answer is paid for). */
    public void charged(int input, int output, double cost) {
        inputTokens.addAndGet(input);
        outputTokens.addAndGet(output);
        costUsd.add(cost);
    }

    public void breakerOpened() {
        breakerOpenings.incrementAndGet();
    }

    private synchronized void remember(boolean ok) {
        recent.addLast(ok);
        if (recent.size() > RELIABILITY_WINDOW) {
            recent.removeFirst();
        }
    }

    /** Success-and-valid rate over the window, Laplace-smoothed so an unknown endpoint starts at one half. */
    public synchronized double reliability() {
        long ok = recent.stream().filter(Boolean::booleanValue).count();
        return (ok + 1.0) / (recent.size() + 2.0);
    }

    /**
     * The smoothed milliseconds per output token; NaN until {@link #MIN_LATENCY_SAMPLES} successes: a few answers
     * are no figure yet, and one slow draw would keep blocks off an endpoint as good as any.
     */
    public double millisPerOutputToken() {
        return successes.get() < MIN_LATENCY_SAMPLES ? Double.NaN : millisPerOutputToken;
    }

    /** Failed calls of one kind so far. */
    public long failures(FailureKind kind) {
        return failures.get(kind).get();
    }

    public Snapshot snapshot() {
        long failed = failures.values().stream().mapToLong(AtomicLong::get).sum();
        return new Snapshot(calls.get(), successes.get(), failed, failures.get(FailureKind.RATE_LIMITED).get(),
                breakerOpenings.get(), inputTokens.get(), outputTokens.get(), costUsd.sum(), reliability(),
                millisPerOutputToken);
    }

    public record Snapshot(long calls, long successes, long failures, long rateLimited, long breakerOpenings,
                           long inputTokens, long outputTokens, double costUsd, double reliability,
                           double millisPerOutputToken) {
    }
}
