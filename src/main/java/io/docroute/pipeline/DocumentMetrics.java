package io.docroute.pipeline;

import io.docroute.extraction.Extraction;
import io.docroute.output.DocumentResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;

/**
 * Meters of documents and blocks: documents by status and their processing time, blocks by outcome, and a
 * block's latency by the endpoint that answered it and the cache tier it came from.
 */
public class DocumentMetrics {

    private final MeterRegistry registry;

    public DocumentMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A document whose outputs were written, whatever its status. */
    public void written(DocumentResult result) {
        String status = result.status().name().toLowerCase(Locale.ROOT);
        Counter.builder("docroute.documents").tag("status", status).description("Documents by status")
                .register(registry).increment();
        Timer.builder("docroute.document.duration").tag("status", status).publishPercentileHistogram()
                .description("Time from a document's parse to its outputs").register(registry)
                .record(Duration.ofMillis(result.stats().durationMs()));
    }

    /** A document refused before it had results: unreadable, too large, no interface block. */
    public void refused() {
        Counter.builder("docroute.documents").tag("status", "refused").description("Documents by status")
                .register(registry).increment();
    }

    void blockFinished(BlockOutcome outcome) {
        if (outcome instanceof BlockOutcome.Extracted extracted) {
            Extraction e = extracted.extraction();
            blocks(e.degraded() ? "degraded" : "extracted");
            Timer.builder("docroute.block.latency").tag("endpoint", e.endpoint()).tag("cache", e.cache())
                    .publishPercentileHistogram().description("A block's time to its answer")
                    .register(registry).record(Duration.ofMillis(e.latencyMs()));
        } else {
            blocks("failed");
        }
    }

    private void blocks(String outcome) {
        Counter.builder("docroute.blocks").tag("outcome", outcome).description("Blocks by outcome")
                .register(registry).increment();
    }
}
