package io.docroute.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.docroute.extraction.InterfaceSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The per-document report written as {@code <name>.json}: the product's main output. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentResult(
        DocumentInfo document,
        Status status,
        List<InterfaceResult> interfaces,
        List<BlockError> errors,
        List<Selection> selection,
        Stats stats,
        Instant generatedAt) {

    /**
     * COMPLETED: every block answered by a model (or the cache, or the configured local extractor); DEGRADED:
     * every block answered, some by the local extractor standing in for models that could not answer; PARTIAL:
     * some blocks failed; FAILED: none could be extracted.
     */
    public enum Status { COMPLETED, DEGRADED, PARTIAL, FAILED }

    public record DocumentInfo(String name, String sha256, String format, String title) {
    }

    public record InterfaceResult(int index, String title, InterfaceSpec spec, Source source) {
    }

    /**
     * @param degradedBecause why no model answered this block (degraded answers only)
     * @param patchedFrom     the cache key of the answer a patched answer came from
     */
    public record Source(String endpoint, String model, String cache, boolean degraded, int attempts, long latencyMs,
                         String degradedBecause, String patchedFrom) {
    }

    public record BlockError(int index, String title, String error) {
    }

    /**
     * Why a section of the document was or was not taken as an interface block.
     *
     * @param section the section's title (or a requirement item's)
     * @param block   the index of the block it became or was merged into, null when it is not taken
     * @param reason  in words, e.g. "states POST /api/login" or "its title names context, not an interface"
     */
    public record Selection(String section, @JsonInclude(JsonInclude.Include.ALWAYS) Integer block, String reason) {
    }

    /**
     * @param calls     model calls per endpoint
     * @param failovers times a block moved to another endpoint after a failure
     * @param degraded  blocks answered by the local extractor because every endpoint failed
     * @param costSavedUsd what the blocks answered from cache cost when their answers were bought
     */
    public record Stats(int blocks, int extracted, int failed, int modelCalls, int cacheHits, int degraded,
                        int failovers, Tokens tokens, double costUsd, double costSavedUsd, Map<String, Integer> calls,
                        long durationMs) {
    }

    public record Tokens(long input, long output) {
    }
}
