package io.docroute.jobs;

import io.docroute.intake.FailureReports;
import io.docroute.output.DocumentResult;
import io.docroute.pipeline.BlockOutcome;
import io.docroute.pipeline.DocumentRun;
import io.docroute.pipeline.IncomingDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Ordered;
import org.apache.camel.support.SynchronizationAdapter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every document processed is a job: opened as the pipeline takes the document (or earlier, when the HTTP API
 * accepts it), finished when its exchange completes — after the channel has committed or handed back its
 * source. Keeps the most recent jobs for the API and the dashboard, and tells every event to its listeners.
 */
@Component("jobs")
public class JobRegistry implements DocumentRun.RunListener {

    /** The channel a document came by: inbox, jms, http or run. */
    /** The exchange variable that holds a document's written result. */
    static final String RESULT = "result";

    private final int kept;
    private final SharedJobs shared;
    private final Map<String, Job> jobs;
    private final List<Consumer<JobEvent>> listeners = new CopyOnWriteArrayList<>();

    public JobRegistry(@Value("${docroute.jobs.kept:500}") int kept, SharedJobs shared) {
        this.kept = kept;
        this.shared = shared;
        this.jobs = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
                return size() > JobRegistry.this.kept;
            }
        };
    }

    /** A job for a document that is about to be sent into the routes. */
    public Job submit(String document, String channel) {
        return submit(document, channel, null);
    }

    /** A job for a document that is about to be sent into the routes, with its content's hash. */
    public Job submit(String document, String channel, String contentHash) {
        return submit(UUID.randomUUID().toString(), document, channel, contentHash);
    }

    private Job submit(String id, String document, String channel, String contentHash) {
        Job job = new Job(id, document, channel, contentHash);
        synchronized (this) {
            jobs.put(job.id(), job);
        }
        shared.opened(job);
        return job;
    }

    /**
     * The job named {@code id} (a keyed post's): opened now if no instance opened it yet — the shared database
     * decides between instances, this registry when jobs are not shared — or as it stands.
     */
    public Named submitOnce(String id, String document, String channel, String contentHash) {
        Optional<Job> here = find(id);
        if (here.isPresent()) {
            return Named.existing(here.get());
        }
        Job job = new Job(id, document, channel, contentHash);
        if (shared.openedOnce(job)) {
            Job raced;
            synchronized (this) {
                raced = jobs.putIfAbsent(id, job);
            }
            return raced == null ? new Named(job.snapshot(false), contentHash, job, true) : Named.existing(raced);
        }
        Optional<SharedJobs.Stored> stored = shared.find(id);
        if (stored.isEmpty()) {
            // discarded (its document never reached the broker) or purged in between: open it again
            return submitOnce(id, document, channel, contentHash);
        }
        return new Named(shared.snapshot(stored.get(), false), stored.get().contentHash(), null, false);
    }

    /**
     * A keyed post's job.
     *
     * @param job         the job now
     * @param contentHash its document's content hash, when recorded
     * @param opened      the job, when this call opened it; null when it was there before
     * @param here        whether this instance holds the job in memory
     */
    public record Named(Job.Snapshot job, String contentHash, Job opened, boolean here) {

        static Named existing(Job job) {
            return new Named(job.snapshot(false), job.contentHash(), null, true);
        }
    }

    /** Forgets a job whose document never made it into the routes. */
    public void discard(Job job) {
        synchronized (this) {
            jobs.remove(job.id());
        }
        shared.discarded(job);
    }

    /**
     * Route step: the incoming document's job (opened here if its channel did not), finished with the exchange; the
     * document with its job is kept in the exchange variable {@link IncomingDocument#VARIABLE}.
     */
    public void open(Exchange exchange) throws InvalidPayloadException {
        IncomingDocument incoming = exchange.getMessage().getMandatoryBody(IncomingDocument.class);
        Job job = incoming.jobId() == null ? null
                : find(incoming.jobId()).filter(known -> !known.state().finished()).orElse(null);
        if (job == null && incoming.jobId() != null) {
            // its job's id came with it (the client's, or one its channel derives from what is delivered again):
            // opened by another instance, or by this one before a restart, the id stays
            job = submit(incoming.jobId(), incoming.name(), incoming.channel(), incoming.contentHash());
        } else if (job == null) {
            job = submit(incoming.name(), incoming.channel(), incoming.contentHash());
            incoming = incoming.withJob(job.id());
            exchange.getMessage().setBody(incoming);
        }
        exchange.setVariable(IncomingDocument.VARIABLE, incoming);
        Job opened = job;
        exchange.getExchangeExtension().addOnCompletion(new Finishing(opened));
    }

    /**
     * Finishes a job with its exchange, first among the exchange's completions: before the inbox moves the file and
     * records its hash, so the job's end is in the database before the document counts as done.
     */
    private final class Finishing extends SynchronizationAdapter implements Ordered {

        private final Job job;

        Finishing(Job job) {
            this.job = job;
        }

        @Override
        public void onComplete(Exchange completed) {
            finish(job, completed, completed.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
        }

        @Override
        public void onFailure(Exchange failed) {
            finish(job, failed, failed.getException());
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST;
        }
    }

    /** Whether the job has ended, on this instance or, as the shared database has it, on any: its report is out. */
    public boolean ended(String id) {
        if (id == null) {
            return false;
        }
        if (find(id).map(job -> job.state().finished()).orElse(false)) {
            return true;
        }
        return shared.enabled() && shared.find(id).map(stored -> stored.state().finished()).orElse(false);
    }

    /**
     * Route step: the job of a document the broker set aside (its deliveries ran out, every instance that took it
     * stopped first) ends FAILED with the reason, recorded first where no instance recorded it. Nothing for a
     * document without a job id.
     */
    public void setAside(String id, String document, String channel, String reason) {
        if (id == null) {
            return;
        }
        Job job;
        synchronized (this) {
            job = jobs.get(id);
            if (job == null || job.state().finished()) {
                job = new Job(id, document, channel);
                jobs.put(id, job);
            }
        }
        shared.known(job);
        JobEvent done = job.finish(null, reason);
        if (done != null && shared.finished(job)) {
            job.recordEnd();
        }
        tell(done);
    }

    /**
     * The job of a document whose content was processed before (an inbox file taken again): when no instance ended
     * it — the one that wrote its outputs stopped before its end reached the database — its row ends as those outputs
     * say ({@code state}, the report and the OpenAPI draft as written).
     */
    public void endedAsWritten(String id, String document, String channel, Job.State state, String resultJson,
                               String openApiYaml) {
        // the database's row is the one to end (this instance may hold the job ended while its row is not): a row
        // already ended stays as it is
        if (id != null && shared.enabled()) {
            shared.known(new Job(id, document, channel));
            shared.endedAsWritten(id, state, resultJson, openApiYaml);
        }
    }

    public synchronized Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** The most recent jobs, newest first. */
    public synchronized List<Job> recent(int limit) {
        List<Job> all = new ArrayList<>(jobs.values());
        List<Job> newest = new ArrayList<>(Math.min(limit, all.size()));
        for (int i = all.size() - 1; i >= 0 && newest.size() < limit; i--) {
            newest.add(all.get(i));
        }
        return newest;
    }

    /** Jobs queued or running. */
    public synchronized int active() {
        return (int) jobs.values().stream().filter(job -> !job.state().finished()).count();
    }

    /** Told every event of every job, on the thread that finished the block or the job. */
    public void listen(Consumer<JobEvent> listener) {
        listeners.add(listener);
    }

    @Override
    public void started(DocumentRun run) {
        find(run.jobId()).ifPresent(job -> {
            job.running(run);
            shared.running(job);
        });
    }

    @Override
    public void blockFinished(DocumentRun run, BlockOutcome outcome) {
        find(run.jobId()).ifPresent(job -> tell(job.blockFinished(JobEvent.Block.of(outcome))));
    }

    private void finish(Job job, Exchange exchange, Throwable failure) {
        DocumentResult result = exchange.getVariable(RESULT, DocumentResult.class);
        String error = failure != null ? FailureReports.describe(failure)
                : result == null ? "the document produced no result" : null;
        JobEvent done = job.finish(result, error);
        if (done != null && shared.finished(job)) {
            job.recordEnd();
        }
        tell(done);
    }

    private void tell(JobEvent event) {
        if (event != null) {
            shared.told(event);
            listeners.forEach(listener -> listener.accept(event));
        }
    }
}
