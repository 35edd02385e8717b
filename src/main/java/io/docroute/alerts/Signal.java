package io.docroute.alerts;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * A figure the alert rules and the dashboard watch, read from the meters as two running totals: its value over
 * a window is the growth of the first divided by the growth of the second. A gauge is added up sample by sample.
 */
public enum Signal {

    /** Mean seconds from a document's parse to its outputs. */
    PROCESSING_TIME("processing-time", "s") {
        @Override
        double[] totals(MeterRegistry registry, double seconds) {
            Timer[] timers = registry.find("docroute.document.duration").timers().toArray(Timer[]::new);
            return new double[] {Arrays.stream(timers).mapToDouble(t -> t.totalTime(TimeUnit.SECONDS)).sum(),
                    Arrays.stream(timers).mapToDouble(Timer::count).sum()};
        }
    },
    /** Share of finished documents that completed (partial, failed and refused ones did not). */
    SUCCESS_RATE("success-rate", "ratio") {
        @Override
        double[] totals(MeterRegistry registry, double seconds) {
            return new double[] {counters(registry, "docroute.documents", "status", "completed"),
                    counters(registry, "docroute.documents", null, null)};
        }
    },
    /** Share of cache look-ups answered from a tier. */
    CACHE_HIT_RATE("cache-hit-rate", "ratio") {
        @Override
        double[] totals(MeterRegistry registry, double seconds) {
            double hits = counters(registry, "docroute.cache.hits", null, null);
            return new double[] {hits, hits + counters(registry, "docroute.cache.misses", null, null)};
        }
    },
    /** Share of model calls that failed (errors, timeouts, 429s, invalid answers). */
    ERROR_RATE("error-rate", "ratio") {
        @Override
        double[] totals(MeterRegistry registry, double seconds) {
            double all = counters(registry, "docroute.model.calls", null, null);
            return new double[] {all - counters(registry, "docroute.model.calls", "outcome", "ok"), all};
        }
    },
    /** The machine's CPU load, 0..1, averaged over the samples. */
    SYSTEM_LOAD("system-load", "ratio") {
        @Override
        double[] totals(MeterRegistry registry, double seconds) {
            Gauge cpu = registry.find("system.cpu.usage").gauge();
            double value = cpu == null ? Double.NaN : cpu.value();
            return Double.isNaN(value) || value < 0 ? new double[] {0, 0} : new double[] {value, 1};
        }

        @Override
        boolean runningTotals() {
            return false;
        }
    },
    /** Blocks finished per second. */
    THROUGHPUT("throughput", "blocks/s") {
        @Override
        double[] totals(MeterRegistry registry, double seconds) {
            return new double[] {counters(registry, "docroute.blocks", null, null), seconds};
        }
    };

    private final String id;
    private final String unit;

    Signal(String id, String unit) {
        this.id = id;
        this.unit = unit;
    }

    public String id() {
        return id;
    }

    public String unit() {
        return unit;
    }

    /** False for a gauge read afresh at every sample: the history adds the samples up. */
    boolean runningTotals() {
        return true;
    }

    /** Numerator and denominator totals now; {@code seconds} is the time since start-up, for rates per second. */
    abstract double[] totals(MeterRegistry registry, double seconds);

    public static Signal of(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown signal '" + id + "': use " + Arrays.stream(values())
                        .map(Signal::id).toList()));
    }

    /** The sum of a counter's series, all of them or those with the tag value. */
    private static double counters(MeterRegistry registry, String name, String tag, String value) {
        var search = tag == null ? registry.find(name) : registry.find(name).tag(tag, value);
        return search.counters().stream().mapToDouble(Counter::count).sum()
                + search.functionCounters().stream().mapToDouble(FunctionCounter::count).sum();
    }
}
