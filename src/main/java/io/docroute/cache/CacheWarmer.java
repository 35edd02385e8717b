package io.docroute.cache;

import com.github.benmanes.caffeine.cache.Cache;
import io.docroute.extraction.Extraction;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Predictive warm start: at start-up the memory tier is filled with the database's most used unexpired answers
 * (hit counts are kept there), each keeping the expiry it already has, so a restarted instance answers its
 * usual documents at memory speed from the first request.
 */
public class CacheWarmer {

    private static final Logger LOG = LoggerFactory.getLogger(CacheWarmer.class);

    private final AnswerStore store;
    private final Cache<String, Extraction> memory;
    private final CacheProperties properties;
    private final Clock clock;
    private volatile WarmStart lastWarmStart = new WarmStart(0, Duration.ZERO);

    public CacheWarmer(AnswerStore store, Cache<String, Extraction> memory, CacheProperties properties, Clock clock) {
        this.store = store;
        this.memory = memory;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void warmUp() {
        if (!properties.enabled()) {
            return;
        }
        long started = System.nanoTime();
        var expiring = memory.policy().expireVariably().orElseThrow();
        int loaded = 0;
        for (AnswerStore.StoredAnswer answer : store.mostUsed((int) Math.min(properties.maxEntries(), Integer.MAX_VALUE))) {
            Duration left = Duration.between(clock.instant(), answer.expiresAt());
            if (!left.isNegative() && !left.isZero()) {
                expiring.put(answer.key(), AnswerCache.fromCache(answer.spec(), answer.endpoint(), answer.model(),
                        AnswerCache.EXACT, answer.costUsd()), left);
                loaded++;
            }
        }
        lastWarmStart = new WarmStart(loaded, Duration.ofNanos(System.nanoTime() - started));
        LOG.info("Warm start: {} cached answers loaded into memory in {} ms", loaded, lastWarmStart.took().toMillis());
    }

    public WarmStart lastWarmStart() {
        return lastWarmStart;
    }

    public record WarmStart(int answers, Duration took) {
    }
}
