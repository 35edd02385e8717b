package io.docroute.cache;

import com.github.benmanes.caffeine.cache.Cache;
import io.docroute.extraction.Extraction;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The answer cache's meters: hits by tier, misses, evictions from memory, entries per tier, the last warm start
 * and the model cost that hits saved.
 */
public class CacheMetrics {

    /** Where a hit was answered from: the memory tier, the database, a same-structure answer, a call in flight. */
    public enum Tier {
        MEMORY, DATABASE, IN_FLIGHT;

        String tag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Map<Tier, Counter> hits = new EnumMap<>(Tier.class);
    private final Counter misses;
    private final Counter saved;

    public CacheMetrics(MeterRegistry registry, Cache<String, Extraction> memory, AnswerStore store,
                        CacheWarmer warmer) {
        for (Tier tier : Tier.values()) {
            hits.put(tier, Counter.builder("docroute.cache.hits").tag("tier", tier.tag())
                    .description("Blocks answered from the cache").register(registry));
        }
        misses = Counter.builder("docroute.cache.misses").description("Blocks the cache could not answer")
                .register(registry);
        saved = Counter.builder("docroute.cache.cost.saved").baseUnit("usd")
                .description("Model cost that cache hits did not spend again").register(registry);
        FunctionCounter.builder("docroute.cache.evictions", memory, cache -> cache.stats().evictionCount())
                .description("Answers evicted from the memory tier by its size bound").register(registry);
        Gauge.builder("docroute.cache.entries", memory, Cache::estimatedSize).tag("tier", "memory")
                .description("Answers held per tier").register(registry);
        Gauge.builder("docroute.cache.entries", store, AnswerStore::size).tag("tier", "database")
                .description("Answers held per tier").register(registry);
        Gauge.builder("docroute.cache.warmstart.answers", warmer, w -> w.lastWarmStart().answers())
                .description("Answers loaded into memory at start-up").register(registry);
        TimeGauge.builder("docroute.cache.warmstart.duration", warmer, TimeUnit.MILLISECONDS,
                        w -> w.lastWarmStart().took().toMillis())
                .description("Time the start-up warm start took").register(registry);
    }

    public void hit(Tier tier, double savedUsd) {
        hits.get(tier).increment();
        saved.increment(savedUsd);
    }

    public void miss() {
        misses.increment();
    }
}
