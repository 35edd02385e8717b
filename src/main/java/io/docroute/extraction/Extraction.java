package io.docroute.extraction;

import java.util.Map;

/**
 * A validated answer for one block and where it came from.
 *
 * @param spec      the schema-valid interface spec
 * @param endpoint  the endpoint that answered ({@code local} for the built-in extractor)
 * @param model     the model behind that endpoint
 * @param attempts  model calls made for this block, retries and failovers included (0 when no model was asked)
 * @param degraded  true when the basic local extractor stood in for the models
 * @param cache     {@code miss}, {@code exact} (served from the cache) or {@code patched} (a model patched a
 *                  cached answer)
 * @param latencyMs time from the block's start to its answer
 * @param usage     tokens, cost and calls per endpoint spent on this block
 * @param degradedBecause why no model answered, for a degraded answer; null otherwise
 * @param patchedFrom     for an answer patched from a cached one ({@code cache: patched}), that answer's cache key
 */
public record Extraction(InterfaceSpec spec, String endpoint, String model, int attempts, boolean degraded,
                         String cache, long latencyMs, Usage usage, String degradedBecause, String patchedFrom) {

    /** The cache tier of an answer that was not in the cache. */
    public static final String MISS = "miss";

    public Extraction {
        usage = usage == null ? Usage.NONE : usage;
    }

    public Extraction(InterfaceSpec spec, String endpoint, String model, int attempts, boolean degraded,
                      String cache, long latencyMs, Usage usage) {
        this(spec, endpoint, model, attempts, degraded, cache, latencyMs, usage, null, null);
    }

    /** The cache tier of an answer a model patched from a cached one. */
    public static final String PATCHED = "patched";

    /** Served from the cache without a model call (a patched answer was a model's). */
    public boolean fromCache() {
        return !MISS.equals(cache) && !PATCHED.equals(cache);
    }

    /**
     * @param failovers times the block moved to another endpoint after a failure
     * @param savedUsd  what the answer cost when it was bought, for an answer served from cache
     */
    public record Usage(int inputTokens, int outputTokens, double costUsd, Map<String, Integer> calls,
                        int failovers, double savedUsd) {

        public static final Usage NONE = new Usage(0, 0, 0, Map.of(), 0, 0);

        public Usage {
            calls = Map.copyOf(calls);
        }

        public Usage(int inputTokens, int outputTokens, double costUsd, Map<String, Integer> calls, int failovers) {
            this(inputTokens, outputTokens, costUsd, calls, failovers, 0);
        }

        /** An answer from cache: nothing spent, {@code usd} saved. */
        public static Usage saved(double usd) {
            return new Usage(0, 0, 0, Map.of(), 0, usd);
        }

        /** What this answer is worth: spent on it now, or saved by reusing it. */
        public double worthUsd() {
            return costUsd + savedUsd;
        }
    }
}
