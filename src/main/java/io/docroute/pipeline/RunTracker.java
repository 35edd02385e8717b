package io.docroute.pipeline;

import io.docroute.document.Document;
import io.docroute.progress.Progress;
import io.docroute.progress.ProgressCounter;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Starts document runs, keeps the progress of everything running since start-up and tells the other
 * {@link DocumentRun.RunListener}s (jobs, events) of every finished block.
 */
@Component
public class RunTracker implements DocumentRun.RunListener {

    /** The header naming the job of a document travelling through the routes. */
    public static final String JOB_ID = "DocRouteJobId";

    private final ProgressCounter overall = new ProgressCounter();
    private final DocumentMetrics metrics;
    private final ObjectProvider<DocumentRun.RunListener> listeners;
    private volatile List<DocumentRun.RunListener> others;

    public RunTracker(DocumentMetrics metrics, ObjectProvider<DocumentRun.RunListener> listeners) {
        this.metrics = metrics;
        this.listeners = listeners;
    }

    /** A run of the document for the given job; a document without a job (a test's) gets a fresh id. */
    public DocumentRun start(Document document, String jobId) {
        overall.expect(document.blocks().size());
        DocumentRun run = new DocumentRun(jobId != null ? jobId : UUID.randomUUID().toString(), document, this);
        others().forEach(listener -> listener.started(run));
        return run;
    }

    @Override
    public void blockFinished(DocumentRun run, BlockOutcome outcome) {
        DocumentRun.count(overall, outcome);
        metrics.blockFinished(outcome);
        others().forEach(listener -> listener.blockFinished(run, outcome));
    }

    /** Every block of every document since start-up. */
    public Progress progress() {
        return overall.snapshot();
    }

    /** Looked up on first use, once every listener exists. */
    private List<DocumentRun.RunListener> others() {
        List<DocumentRun.RunListener> found = others;
        if (found == null) {
            found = listeners.orderedStream().filter(listener -> listener != this).toList();
            others = found;
        }
        return found;
    }
}
