package io.docroute.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.docroute.output.DocumentResult;
import io.docroute.pipeline.DocumentRun;
import io.docroute.progress.Progress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One document on its way through DocRoute, whichever channel brought it: its state, its run while it runs,
 * its result once written, and the events told so far (replayed to a watcher who comes late).
 */
public final class Job {

    public enum State {
        QUEUED, RUNNING, COMPLETED, DEGRADED, PARTIAL, FAILED;

        public boolean finished() {
            return this != QUEUED && this != RUNNING;
        }
    }

    private final String id;
    private final String document;
    private final String channel;
    private final String contentHash;
    private final Instant submittedAt = Instant.now();
    private final List<JobEvent> events = new ArrayList<>();
    private final List<Consumer<JobEvent>> watchers = new ArrayList<>();
    private State state = State.QUEUED;
    private DocumentRun run;
    private DocumentResult result;
    private String error;
    private Instant finishedAt;
    private boolean endRecorded;

    Job(String id, String document, String channel) {
        this(id, document, channel, null);
    }

    Job(String id, String document, String channel, String contentHash) {
        this.id = id;
        this.document = document;
        this.channel = channel;
        this.contentHash = contentHash;
    }

    public String id() {
        return id;
    }

    public String document() {
        return document;
    }

    public String channel() {
        return channel;
    }

    /** SHA-256 of the document's content, in hex, when its channel gave it. */
    public String contentHash() {
        return contentHash;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public synchronized State state() {
        return state;
    }

    /** The written result, once the job finished with one. */
    public synchronized DocumentResult result() {
        return result;
    }

    /** The job now; with its finished blocks' answers (the partial result) or without. */
    /** Why the job failed, once it did. */
    public synchronized String error() {
        return error;
    }

    /**
     * Whether the job's end is in the shared database too: not while it runs, nor when jobs are not shared or its end
     * could not be written there.
     */
    public synchronized boolean endRecorded() {
        return endRecorded;
    }

    public synchronized Snapshot snapshot(boolean withBlocks) {
        List<JobEvent.Block> blocks = run == null || !withBlocks ? null
                : run.finishedOutcomes().stream().map(JobEvent.Block::of).toList();
        return new Snapshot(id, document, channel, state, submittedAt, finishedAt, progress(), error, blocks);
    }

    /**
     * Replays the events so far to the watcher and tells it every later one, in order, until the returned
     * handle is run.
     */
    public synchronized Runnable watch(Consumer<JobEvent> watcher) {
        events.forEach(watcher);
        if (!state.finished()) {
            watchers.add(watcher);
        }
        return () -> {
            synchronized (this) {
                watchers.remove(watcher);
            }
        };
    }

    synchronized void running(DocumentRun documentRun) {
        run = documentRun;
        state = State.RUNNING;
    }

    synchronized JobEvent blockFinished(JobEvent.Block block) {
        return tell(JobEvent.block(this, block, progress()));
    }

    /** Finishes the job once; a second call (a redelivered message's) is ignored and gives null. */
    synchronized JobEvent finish(DocumentResult documentResult, String failure) {
        if (state.finished()) {
            return null;
        }
        result = documentResult;
        error = failure;
        finishedAt = Instant.now();
        state = failure != null ? State.FAILED
                : switch (documentResult.status()) {
                    case COMPLETED -> State.COMPLETED;
                    case DEGRADED -> State.DEGRADED;
                    case PARTIAL -> State.PARTIAL;
                    case FAILED -> State.FAILED;
                };
        JobEvent done = tell(JobEvent.done(this, state, error, progress()));
        watchers.clear();
        return done;
    }

    synchronized void recordEnd() {
        endRecorded = true;
    }

    private Progress progress() {
        return run == null ? Progress.NONE : run.progress();
    }

    private JobEvent tell(JobEvent event) {
        events.add(event);
        watchers.forEach(watcher -> watcher.accept(event));
        return event;
    }

    /**
     * @param blocks the blocks finished so far, with their answers: the partial result of a running job
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Snapshot(String id, String document, String channel, State state, Instant submittedAt,
                           Instant finishedAt, Progress progress, String error, List<JobEvent.Block> blocks) {
    }
}
