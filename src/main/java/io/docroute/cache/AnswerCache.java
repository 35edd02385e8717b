package io.docroute.cache;

import com.github.benmanes.caffeine.cache.AsyncCache;
import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.Extraction;
import io.docroute.extraction.InterfaceSpec;
import io.docroute.extraction.LocalExtraction;
import io.docroute.extraction.PatchBase;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The answer cache in one place, asked by {@code extract-block} in three steps: {@link #lookUp} (an exact answer
 * in the database, or one being bought for an identical block right now — else this block's claim, with the near
 * answer to patch, if any), the models (in the route), and {@link #settle}. The memory tier is a Caffeine
 * {@link AsyncCache}: camel-caffeine reads its finished answers ({@code caffeine-cache://docrouteAnswers}, its
 * synchronous view), and a claim is a future in it, so identical blocks in flight at the same moment, in one
 * document or across documents, make one model call that the others wait for.
 * <p>
 * Only a block that is exactly (after normalisation) the one an answer was bought for gets that answer
 * ({@code cache: exact}, no call, no cost). A changed block with a near cached answer goes to the models as a
 * patch request against it ({@code cache: patched}); any other as a full request. Only validated model answers
 * that are not degraded are kept.
 */
public class AnswerCache {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerCache.class);
    public static final String EXACT = "exact";
    public static final String PATCH_BASE_HEADER = "DocRoutePatchBase";
    private static final int PATCH_CANDIDATES = 500;

    private final boolean enabled;
    private final BlockKeys keys;
    private final AsyncCache<String, Extraction> memory;
    private final AnswerStore store;
    private final CacheProperties properties;
    private final SimilarAnswers similar;
    private final CacheMetrics metrics;

    public AnswerCache(BlockKeys keys, AsyncCache<String, Extraction> memory, AnswerStore store,
                       CacheProperties properties, SimilarAnswers similar, CacheMetrics metrics) {
        this.memory = memory;
        this.similar = similar;
        this.metrics = metrics;
        this.enabled = properties.enabled();
        this.keys = keys;
        this.store = store;
        this.properties = properties;
    }

    /** Empties both tiers; gives the number of answers the database held. */
    public int clear() {
        int removed = store.clear();
        memory.synchronous().invalidateAll();
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

    /**
     * What the cache has for a block the memory tier did not answer: the database's exact answer, or the answer
     * of an identical block being bought right now (waited for); else the block is claimed — identical blocks
     * arriving meanwhile wait for this one — with the nearest cached answer to patch, if any.
     */
    public Lookup lookUp(InterfaceBlock block, String key) {
        CompletableFuture<Extraction> inFlight = memory.getIfPresent(key);
        if (inFlight != null) {
            return Lookup.hit(shared(inFlight));
        }
        Optional<AnswerStore.StoredAnswer> stored = unlessUnreachable(() -> store.find(key), Optional.empty());
        if (stored.isPresent()) {
            AnswerStore.StoredAnswer answer = stored.get();
            metrics.hit(CacheMetrics.Tier.DATABASE, answer.costUsd());
            return Lookup.hit(fromCache(answer.spec(), answer.endpoint(), answer.model(), EXACT, answer.costUsd()));
        }
        CompletableFuture<Extraction> claim = new CompletableFuture<>();
        CompletableFuture<Extraction> leader = memory.asMap().putIfAbsent(key, claim);
        if (leader != null) {
            return Lookup.hit(shared(leader));
        }
        metrics.miss();
        long simhash = similar.simhash(block);
        return new Lookup(null, key, block, simhash, claim, patchBase(simhash));
    }

    /** The models' answer for a claimed block: kept when worth it, and handed to the identical blocks waiting. */
    public Extraction settle(Lookup lookup, Extraction asked) {
        if (worthRemembering(asked)) {
            unlessUnreachable(() -> {
                store.save(lookup.key(), asked.spec(), asked.endpoint(), asked.model(), asked.usage().costUsd(),
                        properties.ttl());
                store.describe(lookup.key(), BlockKeys.normalized(lookup.block()), lookup.simhash());
                return null;
            }, null);
        } else {
            memory.asMap().remove(lookup.key(), lookup.claim());
        }
        lookup.claim().complete(asked);
        return asked;
    }

    /** The models could not answer a claimed block: its claim is dropped and the waiting blocks fail alike. */
    public void abandon(Lookup lookup, Exception failure) throws Exception {
        memory.asMap().remove(lookup.key(), lookup.claim());
        lookup.claim().completeExceptionally(failure);
        throw failure;
    }

    /** An identical block's answer, as this block's (a degraded one is shared as it is, not as a cache hit). */
    private Extraction shared(CompletableFuture<Extraction> leader) {
        Extraction answer;
        try {
            answer = leader.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime : failed;
        }
        if (answer.degraded()) {
            metrics.miss();
            return answer;
        }
        metrics.hit(CacheMetrics.Tier.IN_FLIGHT, answer.usage().worthUsd());
        return fromCache(answer.spec(), answer.endpoint(), answer.model(), EXACT, answer.usage().worthUsd());
    }

    /** The nearest cached answer to patch, or null: patching off, none near, or the database unreachable. */
    private PatchBase patchBase(long simhash) {
        if (!properties.patch()) {
            return null;
        }
        return similar.nearest(unlessUnreachable(() -> store.recent(PATCH_CANDIDATES),
                        List.<AnswerStore.Fingerprint>of()), simhash)
                .flatMap(nearest -> unlessUnreachable(() -> store.candidate(nearest.key()), Optional.empty()))
                .map(candidate -> new PatchBase(candidate.answer().key(), candidate.answer().spec(), candidate.block()))
                .orElse(null);
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

    /** An answer served from cache: no calls, no cost, and the cost of the original answer saved. */
    static Extraction fromCache(InterfaceSpec spec, String endpoint, String model, String cache, double savedUsd) {
        return new Extraction(spec, endpoint, model, 0, false, cache, 0, Extraction.Usage.saved(savedUsd));
    }

    /**
     * One block's look-up: {@code answer} when the cache had one; else the block's claim and the near answer to
     * patch ({@code patchBase}, or null).
     */
    public record Lookup(Extraction answer, String key, InterfaceBlock block, long simhash,
                         CompletableFuture<Extraction> claim, PatchBase patchBase) {

        static Lookup hit(Extraction answer) {
            return new Lookup(answer, null, null, 0, null, null);
        }

        public boolean isAnswered() {
            return answer != null;
        }
    }
}
