package io.docroute.pipeline;

import io.docroute.document.Document;
import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.Extraction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One document in flight: its blocks' outcomes by index, so results come out in document order whatever
 * order the parallel blocks finish in.
 */
public final class DocumentRun {

    private final Document document;
    private final long startedNanos;
    private final AtomicReferenceArray<BlockOutcome> outcomes;
    private final AtomicInteger finished = new AtomicInteger();
    private final RunListener listener;

    DocumentRun(Document document, RunListener listener) {
        this.document = document;
        this.listener = listener;
        this.startedNanos = System.nanoTime();
        this.outcomes = new AtomicReferenceArray<>(document.blocks().size());
    }

    public Document document() {
        return document;
    }

    public List<InterfaceBlock> blocks() {
        return document.blocks();
    }

    public void extracted(int index, Extraction extraction) {
        record(index, new BlockOutcome.Extracted(document.blocks().get(index), extraction));
    }

    public void failed(int index, String error) {
        record(index, new BlockOutcome.Failed(document.blocks().get(index), error));
    }

    private void record(int index, BlockOutcome outcome) {
        if (outcomes.compareAndSet(index, null, outcome)) {
            finished.incrementAndGet();
            listener.blockFinished(this, outcome);
        }
    }

    /** Outcomes in document order; a block that never reported is recorded as failed. */
    public List<BlockOutcome> outcomes() {
        List<BlockOutcome> ordered = new ArrayList<>(outcomes.length());
        for (int i = 0; i < outcomes.length(); i++) {
            BlockOutcome outcome = outcomes.get(i);
            ordered.add(outcome != null ? outcome
                    : new BlockOutcome.Failed(document.blocks().get(i), "the block produced no result"));
        }
        return ordered;
    }

    public int finishedBlocks() {
        return finished.get();
    }

    public long elapsedMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** Told of every finished block; progress displays hang off this. */
    public interface RunListener {

        void blockFinished(DocumentRun run, BlockOutcome outcome);
    }
}
