package io.docroute.cache;

import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.Extraction;
import io.docroute.extraction.InterfaceSpec;
import io.docroute.extraction.LocalExtraction;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import io.docroute.pipeline.DirectCalls;
import org.apache.camel.ProducerTemplate;

/**
 * The cache steps of {@code extract-block} behind the in-memory tier (Caffeine, through camel-caffeine): the
 * persistent tier, and single-flight — identical blocks in flight at the same moment, in one document or across
 * documents, make one model call that the others wait for. Only validated model answers that are not degraded
 * are stored; an answer served from cache says so ({@code cache: exact}) and cost nothing.
 */
public class AnswerCache {

    public static final String EXACT = "exact";

    private final boolean enabled;
    private final BlockKeys keys;
    private final AnswerStore store;
    private final CacheProperties properties;
    private final ProducerTemplate producer;
    private final Map<String, CompletableFuture<Extraction>> inFlight = new ConcurrentHashMap<>();

    public AnswerCache(BlockKeys keys, AnswerStore store, CacheProperties properties, ProducerTemplate producer) {
        this.enabled = properties.enabled();
        this.keys = keys;
        this.store = store;
        this.properties = properties;
        this.producer = producer;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String key(InterfaceBlock block) {
        return keys.key(block);
    }

    /** An answer found in the memory tier, as this block's: from cache, no calls, no cost. */
    public Extraction recalled(Extraction remembered) {
        return fromCache(remembered.spec(), remembered.endpoint(), remembered.model());
    }

    /** The persistent tier's answer, or the models' (once for all identical blocks in flight). */
    public Extraction answer(InterfaceBlock block, String key) {
        Optional<AnswerStore.StoredAnswer> stored = store.find(key);
        if (stored.isPresent()) {
            return fromCache(stored.get().spec(), stored.get().endpoint(), stored.get().model());
        }
        CompletableFuture<Extraction> mine = new CompletableFuture<>();
        CompletableFuture<Extraction> leader = inFlight.putIfAbsent(key, mine);
        if (leader != null) {
            Extraction shared = leader.join();
            return shared.degraded() ? shared : fromCache(shared.spec(), shared.endpoint(), shared.model());
        }
        try {
            Extraction asked = DirectCalls.request(producer, "direct:ask-models", block, Extraction.class);
            if (worthRemembering(asked)) {
                store.save(key, asked.spec(), asked.endpoint(), asked.model(), properties.ttl());
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

    /** Validated model answers only: never a degraded stand-in, never the local extractor's own answer. */
    public boolean worthRemembering(Extraction extraction) {
        return !extraction.degraded() && !LocalExtraction.ENDPOINT.equals(extraction.endpoint());
    }

    private static Extraction fromCache(InterfaceSpec spec, String endpoint, String model) {
        return new Extraction(spec, endpoint, model, 0, false, EXACT, 0, Extraction.Usage.NONE);
    }
}
