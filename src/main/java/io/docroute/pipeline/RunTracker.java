package io.docroute.pipeline;

import io.docroute.document.Document;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Starts document runs and keeps the running totals that progress displays read. */
@Component
public class RunTracker implements DocumentRun.RunListener {

    private final AtomicInteger blocksTotal = new AtomicInteger();
    private final AtomicInteger blocksFinished = new AtomicInteger();
    private final AtomicInteger blocksFailed = new AtomicInteger();
    private final DocumentMetrics metrics;

    public RunTracker(DocumentMetrics metrics) {
        this.metrics = metrics;
    }

    public DocumentRun start(Document document) {
        blocksTotal.addAndGet(document.blocks().size());
        return new DocumentRun(document, this);
    }

    @Override
    public void blockFinished(DocumentRun run, BlockOutcome outcome) {
        blocksFinished.incrementAndGet();
        if (outcome instanceof BlockOutcome.Failed) {
            blocksFailed.incrementAndGet();
        }
        metrics.blockFinished(outcome);
    }

    public Totals totals() {
        return new Totals(blocksTotal.get(), blocksFinished.get(), blocksFailed.get());
    }

    public record Totals(int blocks, int finished, int failed) {
    }
}
