package io.docroute.cache;

import com.github.benmanes.caffeine.cache.Cache;
import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.Extraction;
import io.docroute.extraction.InterfaceSpec;
import io.docroute.extraction.LocalExtraction;
import io.docroute.extraction.PatchBase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import io.docroute.pipeline.DirectCalls;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The cache steps of {@code extract-block} behind the in-memory tier (Caffeine, through camel-caffeine): the
 * persistent tier, and single-flight — identical blocks in flight at the same moment, in one document or across
 * documents, make one model call that the others wait for. Only validated model answers that are not degraded
 * are stored; an answer served from cache says so ({@code cache: exact}) and cost nothing.
 * <p>
 * Only a block that is exactly (after normalisation) the one an answer was bought for gets that answer. A changed
 * block with a near cached answer goes to the models as a patch request against it ({@code cache: patched});
 * any other goes as a full request.
 */
public class AnswerCache {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerCache.class);
    public static final String EXACT = "exact";
    public static final String PATCHED = "patched";
    public static final String PATCH_BASE_HEADER = "DocRoutePatchBase";
    private static final int PATCH_CANDIDATES = 500;

    private final boolean enabled;
    private final BlockKeys keys;
    private final Cache<String, Extraction> memory;
    private final AnswerStore store;
    private final CacheProperties properties;
    private final ProducerTemplate producer;
    private final SimilarAnswers similar;
    private final CacheMetrics metrics;
    private final Map<String, CompletableFuture<Extraction>> inFlight = new ConcurrentHashMap<>();

    public AnswerCache(BlockKeys keys, Cache<String, Extraction> memory, AnswerStore store,
                       CacheProperties properties, ProducerTemplate producer, SimilarAnswers similar,
                       CacheMetrics metrics) {
        this.memory = memory;
        this.similar = similar;
        this.metrics = metrics;
        this.enabled = properties.enabled();
        this.keys = keys;
        this.store = store;
        this.properties = properties;
        this.producer = producer;
    }

    /** Empties both tiers; gives the number of answers the database held. */
    public int clear() {
        int removed = store.clear();
        memory.invalidateAll();
        LOG.info("Answer cache cleared: {} answers removed", removed);
        return removed;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String key(InterfaceBlock block) {
        return keys.key(block);
    }

    /** An answer found in the memory tier, as this block's: from cache, no calls, no cost. */
    public Extraction recalled(Extraction remembered) {
        metrics.hit(CacheMetrics.Tier.MEMORY, remembered.usage().worthUsd());
        return fromCache(remembered.spec(), remembered.endpoint(), remembered.model(), EXACT,
                remembered.usage().worthUsd());
    }

    /** The nearest cached answer to patch, or null: off, none near, or the database unreachable. */
    private PatchBase patchBase(long simhash) {
        if (!properties.patch()) {
            return null;
        }
        return similar.nearest(unlessUnreachable(() -> store.recent(PATCH_CANDIDATES),
                        List.<AnswerStore.Candidate>of()), simhash)
                .map(candidate -> new PatchBase(candidate.answer().key(), candidate.answer().spec(), candidate.block()))
                .orElse(null);
    }

    /** The persistent tier's answer, or the models' (once for all identical blocks in flight). */
    public Extraction answer(InterfaceBlock block, String key) {
        Optional<AnswerStore.StoredAnswer> stored = unlessUnreachable(() -> store.find(key), Optional.empty());
        if (stored.isPresent()) {
            return fromCache(stored.get(), EXACT, CacheMetrics.Tier.DATABASE);
        }
        CompletableFuture<Extraction> mine = new CompletableFuture<>();
        CompletableFuture<Extraction> leader = inFlight.putIfAbsent(key, mine);
        if (leader != null) {
            Extraction shared = leader.join();
            if (shared.degraded()) {
                metrics.miss();
                return shared;
            }
            metrics.hit(CacheMetrics.Tier.IN_FLIGHT, shared.usage().worthUsd());
            return fromCache(shared.spec(), shared.endpoint(), shared.model(), EXACT, shared.usage().worthUsd());
        }
        metrics.miss();
        try {
            long simhash = similar.simhash(block);
            Extraction asked = DirectCalls.request(producer, "direct:ask-models", block, PATCH_BASE_HEADER,
                    patchBase(simhash), Extraction.class);
            if (worthRemembering(asked)) {
                unlessUnreachable(() -> {
                    store.save(key, asked.spec(), asked.endpoint(), asked.model(), asked.usage().costUsd(),
                            properties.ttl());
                    store.describe(key, BlockKeys.normalized(block), simhash);
                    return null;
                }, null);
            }
            mine.complete(asked);
            return asked;
        } catch (RuntimeException failure) {
            mine.completeExceptionally(failure);
            throw failure;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /**
     * The cache database's answer, or {@code fallback} when the database cannot be reached (down, or already
     * closed by a stopping process): an unreachable cache is a miss, never a failed block.
     */
    private <T> T unlessUnreachable(Supplier<T> read, T fallback) {
        try {
            return read.get();
        } catch (DataAccessException | TransactionException unreachable) {
            LOG.warn("Answer cache database unreachable, going on without it: {}", unreachable.getMostSpecificCause()
                    .getMessage());
            return fallback;
        }
    }

    /** Validated model answers only: never a degraded stand-in, never the local extractor's own answer. */
    public boolean worthRemembering(Extraction extraction) {
        return !extraction.degraded() && !LocalExtraction.ENDPOINT.equals(extraction.endpoint());
    }

    private Extraction fromCache(AnswerStore.StoredAnswer stored, String cache, CacheMetrics.Tier tier) {
        metrics.hit(tier, stored.costUsd());
        return fromCache(stored.spec(), stored.endpoint(), stored.model(), cache, stored.costUsd());
    }

    /** An answer served from cache: no calls, no cost, and the cost of the original answer saved. */
    static Extraction fromCache(InterfaceSpec spec, String endpoint, String model, String cache, double savedUsd) {
        return new Extraction(spec, endpoint, model, 0, false, cache, 0, Extraction.Usage.saved(savedUsd));
    }
}
