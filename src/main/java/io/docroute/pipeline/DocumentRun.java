package io.docroute.pipeline;

import io.docroute.document.Document;
import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.Extraction;
import io.docroute.progress.Progress;
import io.docroute.progress.ProgressCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One document in flight: its blocks' outcomes by index, so results come out in document order whatever
 * order the parallel blocks finish in.
 */
public final class DocumentRun {

    private final String jobId;
    private final Document document;
    private final long startedNanos;
    private final AtomicReferenceArray<BlockOutcome> outcomes;
    private final ProgressCounter progress = new ProgressCounter();
    private final RunListener listener;

    DocumentRun(String jobId, Document document, RunListener listener) {
        this.jobId = jobId;
        this.document = document;
        this.listener = listener;
        this.startedNanos = System.nanoTime();
        this.outcomes = new AtomicReferenceArray<>(document.blocks().size());
        progress.expect(document.blocks().size());
    }

    /** The job this run belongs to; every document processed is one job, whatever channel it came by. */
    public String jobId() {
        return jobId;
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
            count(progress, outcome);
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

    /** The outcomes recorded so far, in document order. */
    public List<BlockOutcome> finishedOutcomes() {
        List<BlockOutcome> done = new ArrayList<>();
        for (int i = 0; i < outcomes.length(); i++) {
            BlockOutcome outcome = outcomes.get(i);
            if (outcome != null) {
                done.add(outcome);
            }
        }
        return done;
    }

    public Progress progress() {
        return progress.snapshot();
    }

    static void count(ProgressCounter counter, BlockOutcome outcome) {
        if (outcome instanceof BlockOutcome.Extracted extracted) {
            Extraction e = extracted.extraction();
            int failedCalls = e.degraded() ? e.attempts() : Math.max(0, e.attempts() - 1);
            counter.finished(true, e.fromCache(), e.degraded(), failedCalls);
        } else {
            counter.finished(false, false, false, 1);
        }
    }

    public long elapsedMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** Told of every finished block; progress displays hang off this. */
    public interface RunListener {

        default void started(DocumentRun run) {
        }

        void blockFinished(DocumentRun run, BlockOutcome outcome);
    }
}
