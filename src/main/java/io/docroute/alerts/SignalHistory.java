package io.docroute.alerts;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.OptionalDouble;

/** Samples of every {@link Signal}'s totals, kept as long as the longest window asks, to read values over a window. */
public final class SignalHistory {

    private final MeterRegistry registry;
    private final Duration kept;
    private final long startedNanos = System.nanoTime();
    private final Deque<Sample> samples = new ArrayDeque<>();
    /** Whether samples were dropped: until then the first sample's totals count from start-up. */
    private boolean truncated;

    public SignalHistory(MeterRegistry registry, Duration kept) {
        this.registry = registry;
        this.kept = kept;
    }

    public synchronized void sample() {
        long now = System.nanoTime();
        double seconds = (now - startedNanos) / 1e9;
        Sample last = samples.peekLast();
        Map<Signal, double[]> totals = new EnumMap<>(Signal.class);
        for (Signal signal : Signal.values()) {
            double[] read = signal.totals(registry, seconds);
            if (!signal.runningTotals() && last != null) {
                double[] before = last.totals().get(signal);
                read = new double[] {before[0] + read[0], before[1] + read[1]};
            }
            totals.put(signal, read);
        }
        samples.addLast(new Sample(now, totals));
        while (samples.size() > 2 && now - samples.peekFirst().nanos() > kept.toNanos()) {
            samples.removeFirst();
            truncated = true;
        }
    }

    /**
     * The signal over the last {@code window} (or as much of it as was sampled): empty when its denominator grew
     * by less than {@code minCount} — too few documents or calls to judge.
     */
    public synchronized OptionalDouble value(Signal signal, Duration window, double minCount) {
        Sample newest = samples.peekLast();
        if (newest == null) {
            return OptionalDouble.empty();
        }
        Sample oldest = newest;
        for (Iterator<Sample> it = samples.descendingIterator(); it.hasNext(); ) {
            Sample sample = it.next();
            if (newest.nanos() - sample.nanos() > window.toNanos()) {
                break;
            }
            oldest = sample;
        }
        boolean fromStart = oldest == samples.peekFirst() && !truncated;
        double[] now = newest.totals().get(signal);
        double[] then = fromStart ? new double[] {0, 0} : oldest.totals().get(signal);
        double denominator = now[1] - then[1];
        if (denominator <= 0 || denominator < minCount) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((now[0] - then[0]) / denominator);
    }

    private record Sample(long nanos, Map<Signal, double[]> totals) {
    }
}
