package io.docroute.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.docroute.jobs.Job;
import io.docroute.jobs.JobEvent;
import io.docroute.jobs.JobRegistry;
import io.docroute.jobs.SharedJobs;
import io.docroute.output.DocumentResult;
import io.docroute.output.OpenApiWriter;
import io.docroute.output.ReportWriter;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Jobs of every channel: {@code GET /api/jobs} (the most recent), {@code /api/jobs/{id}} (state, progress and the
 * blocks finished so far), {@code /events} (Server-Sent Events: one per finished block, then {@code done}),
 * {@code /result} (the JSON report) and {@code /openapi.yaml}. A job this instance does not hold is read from the
 * database ({@link SharedJobs}), where the instance that processes it writes it, and so is one it holds but another
 * instance took (a posted document it only queued, one taken again elsewhere after it ended here): any instance
 * answers for any job.
 */
@RestController
public class JobsController implements DisposableBean {

    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");
    private static final Duration EVENTS_TIMEOUT = Duration.ofHours(1);
    private static final Duration SHARED_EVENTS_POLL = Duration.ofMillis(250);

    private final JobRegistry jobs;
    private final SharedJobs shared;
    private final ReportWriter reports;
    private final OpenApiWriter openApi;
    /** Writes every event stream, one event at a time, so a block's thread never waits for a client. */
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> new Thread(r, "docroute-events"));
    /** Reads the new events of jobs other instances process, for their streams here. */
    private final ScheduledExecutorService poller =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "docroute-shared-events"));

    public JobsController(JobRegistry jobs, SharedJobs shared, ReportWriter reports, OpenApiWriter openApi) {
        this.jobs = jobs;
        this.shared = shared;
        this.reports = reports;
        this.openApi = openApi;
    }

    /** The most recent jobs, of every instance when jobs are shared. */
    @GetMapping("/api/jobs")
    public List<JobView> recent(@RequestParam(defaultValue = "20") int limit) {
        int bounded = Math.max(1, Math.min(limit, 500));
        if (shared.enabled()) {
            return shared.recent(bounded).stream().map(job -> JobView.of(snapshot(job, false))).toList();
        }
        return jobs.recent(bounded).stream().map(job -> JobView.of(job.snapshot(false))).toList();
    }

    @GetMapping("/api/jobs/{id}")
    public JobView job(@PathVariable String id) {
        Found job = find(id);
        return JobView.of(job.local() != null ? job.local().snapshot(true) : shared.snapshot(job.stored(), true));
    }

    @GetMapping(path = "/api/jobs/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter events(@PathVariable String id) {
        Found job = find(id);
        SseEmitter emitter = new SseEmitter(EVENTS_TIMEOUT.toMillis());
        Runnable stop = job.local() != null ? job.local().watch(event -> sender.execute(() -> send(emitter, event)))
                : followStored(job.stored(), emitter);
        emitter.onTimeout(stop);
        emitter.onError(failure -> stop.run());
        emitter.onCompletion(stop);
        return emitter;
    }

    /** The stream of a job another instance processes: its events so far, then each new one as it is stored. */
    private Runnable followStored(SharedJobs.Stored job, SseEmitter emitter) {
        int[] seen = {0};
        ScheduledFuture<?>[] polling = new ScheduledFuture<?>[1];
        Runnable poll = () -> {
            for (JsonNode event : shared.events(job.id(), seen[0])) {
                seen[0]++;
                send(emitter, event.path("type").asText(), event);
                if (JobEvent.DONE.equals(event.path("type").asText())) {
                    polling[0].cancel(false);
                }
            }
        };
        polling[0] = poller.scheduleWithFixedDelay(poll, 0, SHARED_EVENTS_POLL.toMillis(), TimeUnit.MILLISECONDS);
        return () -> polling[0].cancel(false);
    }

    private static void send(SseEmitter emitter, JobEvent event) {
        send(emitter, event.type(), event);
    }

    private static void send(SseEmitter emitter, String type, Object event) {
        try {
            emitter.send(SseEmitter.event().name(type).data(event, MediaType.APPLICATION_JSON));
            if (JobEvent.DONE.equals(type)) {
                emitter.complete();
            }
        } catch (IOException | IllegalStateException gone) {
            // the client went away, or the stream ended: nothing left to tell
        }
    }

    @GetMapping("/api/jobs/{id}/result")
    public ResponseEntity<byte[]> result(@PathVariable String id) {
        Found job = find(id);
        byte[] body = job.local() != null ? reports.toJson(finishedResult(job.local()))
                : finishedStored(job.stored(), shared::resultJson);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping("/api/jobs/{id}/openapi.yaml")
    public ResponseEntity<byte[]> openApi(@PathVariable String id) {
        Found job = find(id);
        byte[] body = job.local() != null ? openApi.toYaml(finishedResult(job.local()))
                : finishedStored(job.stored(), shared::openApiYaml);
        return ResponseEntity.ok().contentType(YAML).body(body);
    }

    private static DocumentResult finishedResult(Job job) {
        requireFinished(job.id(), job.state());
        DocumentResult result = job.result();
        if (result == null) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Document failed", job.error());
        }
        return result;
    }

    private static byte[] finishedStored(SharedJobs.Stored job, Function<String, Optional<byte[]>> written) {
        requireFinished(job.id(), job.state());
        return written.apply(job.id()).orElseThrow(
                () -> new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Document failed", job.error()));
    }

    private static void requireFinished(String id, Job.State state) {
        if (!state.finished()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "Job not finished", "the job is " + state
                    + "; its result is ready once GET /api/jobs/" + id + " says COMPLETED, PARTIAL or FAILED");
        }
    }

    /**
     * The job as this instance answers for it: its copy in memory when jobs are not shared or when that copy
     * {@link #answersFromMemory answers}; otherwise its row in the database, or the copy when the database lacks it.
     */
    private Found find(String id) {
        Optional<Job> local = jobs.find(id);
        if (local.isPresent() && (!shared.enabled() || local.get().state() == Job.State.RUNNING)) {
            return new Found(local.get(), null);
        }
        Optional<SharedJobs.Stored> stored = shared.enabled() ? shared.find(id) : Optional.empty();
        if (stored.isPresent() && (local.isEmpty() || !answersFromMemory(local.get(), stored.get()))) {
            return new Found(null, stored.get());
        }
        return new Found(local.orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "No such job", "no job " + id
                + " is known here (jobs are kept in memory, the most recent docroute.jobs.kept, and in the database"
                + " when docroute.jobs.shared is on)")), null);
    }

    private Job.Snapshot snapshot(SharedJobs.Stored stored, boolean withBlocks) {
        Optional<Job> local = jobs.find(stored.id());
        return local.isPresent() && answersFromMemory(local.get(), stored) ? local.get().snapshot(withBlocks)
                : shared.snapshot(stored, withBlocks);
    }

    /**
     * Whether this instance's copy of a shared job answers for it rather than the database. The copy of a job this
     * instance is running does (its blocks reach the database a moment later), and so does that of a job it ran, until
     * its end is in the database and then as long as the database says the same end. The copy of a job this instance
     * only queued does not: a posted document is on the broker for any instance to take, and the one that takes it
     * writes the job in the database. Nor does that of a job another instance took again after it ended here (a
     * delivery rolled back here and delivered again there).
     */
    private static boolean answersFromMemory(Job local, SharedJobs.Stored stored) {
        return switch (local.state()) {
            case QUEUED -> false;
            case RUNNING -> true;
            default -> !local.endRecorded()
                    || local.state() == stored.state() && Objects.equals(local.error(), stored.error());
        };
    }

    /** A job as this instance answers for it: its copy in memory, or else its row in the database. */
    private record Found(Job local, SharedJobs.Stored stored) {
    }

    @Override
    public void destroy() {
        sender.shutdownNow();
        poller.shutdownNow();
    }
}
