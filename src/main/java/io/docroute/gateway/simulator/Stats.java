package io.docroute.gateway.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a simulated endpoint has seen since it started or was last {@link #reset() reset}; thread-safe.
 *
 * <p>{@link #total()} counts every chat-completions request that arrived. An outcome is counted when its answer
 * is sent (a hang when it starts being held), so a request still waiting out its latency is in the total but
 * not yet under an outcome. Arrivals and served latencies keep the last {@value #MAX_SAMPLES} entries each.
 */
public final class Stats {

    /** Most arrivals and latencies kept; older ones are dropped first. */
    public static final int MAX_SAMPLES = 100_000;

    /**
     * When a request arrived.
     *
     * @param nanoTime {@link System#nanoTime()} at arrival, for measuring intervals
     * @param at       wall-clock time at arrival, for reports
     */
    public record Arrival(long nanoTime, Instant at) {
    }

    /**
     * One answered request: what it was about and what it cost in time.
     *
     * @param subject  the block the request was for: the client's request id without its call number (a digest of
     *                 the blocks when the client sends none), shared by every call made for one block
     * @param outcome  how it ended
     * @param arrived  {@link System#nanoTime()} at arrival
     * @param latency  from arrival to the answer being sent
     */
    public record Call(String subject, Outcome outcome, long arrived, Duration latency) {
    }

    private long total;
    private final ArrayDeque<Call> calls = new ArrayDeque<>();
    private final Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
    private final ArrayDeque<Arrival> arrivals = new ArrayDeque<>();
    private final ArrayDeque<Duration> okLatencies = new ArrayDeque<>();

    /** Requests that arrived, including those not answered yet. */
    public synchronized long total() {
        return total;
    }

    /** Requests that ended with this outcome. */
    public synchronized long count(Outcome outcome) {
        return counts.getOrDefault(outcome, 0L);
    }

    /** Every outcome with its count, zeros included, in {@link Outcome} order. */
    public synchronized Map<Outcome, Long> outcomes() {
        Map<Outcome, Long> copy = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            copy.put(outcome, counts.getOrDefault(outcome, 0L));
        }
        return copy;
    }

    /** Arrival times in arrival order, the last {@value #MAX_SAMPLES} at most. */
    public synchronized List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    /**
     * For each {@link Outcome#OK} answer, in the order they were sent, the time from the request's arrival to
     * its answer being sent: the latency the endpoint actually served, the last {@value #MAX_SAMPLES} at most.
     */
    public synchronized List<Duration> okLatencies() {
        return new ArrayList<>(okLatencies);
    }

    /** Every answered request (hangs excepted) in the order answered, the last {@value #MAX_SAMPLES} at most. */
    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /**
     * Calls that arrived while a 429 of this endpoint asked to wait: after the 429 was sent (plus {@code grace}, for
     * calls that left before the client could read it) and before its {@code retryAfter} ended.
     */
    public synchronized long callsInsideRetryAfter(Duration retryAfter, Duration grace) {
        long inside = 0;
        for (Call limited : calls) {
            if (limited.outcome() == Outcome.RATE_LIMITED) {
                long sent = limited.arrived() + limited.latency().toNanos();
                long from = sent + grace.toNanos();
                long until = sent + retryAfter.toNanos();
                inside += calls.stream().filter(call -> call.arrived() > from && call.arrived() < until).count();
            }
        }
        return inside;
    }

    /** Forgets everything counted so far; the rate-limit window of the endpoint is not affected. */
    public synchronized void reset() {
        total = 0;
        calls.clear();
        counts.clear();
        arrivals.clear();
        okLatencies.clear();
    }

    synchronized void arrived(Arrival arrival) {
        total++;
        bounded(arrivals, arrival);
    }

    synchronized void ended(Outcome outcome) {
        counts.merge(outcome, 1L, Long::sum);
    }

    synchronized void called(Call call) {
        bounded(calls, call);
    }

    synchronized void served(Duration latency) {
        bounded(okLatencies, latency);
    }

    private static <T> void bounded(ArrayDeque<T> samples, T sample) {
        if (samples.size() == MAX_SAMPLES) {
            samples.removeFirst();
        }
        samples.addLast(sample);
    }

    @Override
    public synchronized String toString() {
        return "Stats[total=" + total + ", outcomes=" + outcomes() + "]";
    }
}
