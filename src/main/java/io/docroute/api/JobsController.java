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
 * database ({@link SharedJobs}), where the instance that processes it writes it: any instance answers for any job.
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
        Optional<Job> local = jobs.find(id);
        return JobView.of(local.isPresent() ? local.get().snapshot(true) : shared.snapshot(stored(id), true));
    }

    @GetMapping(path = "/api/jobs/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter events(@PathVariable String id) {
        Optional<Job> local = jobs.find(id);
        SseEmitter emitter = new SseEmitter(EVENTS_TIMEOUT.toMillis());
        Runnable stop = local.isPresent() ? local.get().watch(event -> sender.execute(() -> send(emitter, event)))
                : followStored(stored(id), emitter);
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
        Optional<Job> local = jobs.find(id);
        byte[] body = local.isPresent() ? reports.toJson(finishedResult(local.get()))
                : finishedStored(id, shared::resultJson);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping("/api/jobs/{id}/openapi.yaml")
    public ResponseEntity<byte[]> openApi(@PathVariable String id) {
        Optional<Job> local = jobs.find(id);
        byte[] body = local.isPresent() ? openApi.toYaml(finishedResult(local.get()))
                : finishedStored(id, shared::openApiYaml);
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

    private byte[] finishedStored(String id, Function<String, Optional<byte[]>> written) {
        SharedJobs.Stored job = stored(id);
        requireFinished(id, job.state());
        return written.apply(id).orElseThrow(
                () -> new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Document failed", job.error()));
    }

    private static void requireFinished(String id, Job.State state) {
        if (!state.finished()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "Job not finished", "the job is " + state
                    + "; its result is ready once GET /api/jobs/" + id + " says COMPLETED, PARTIAL or FAILED");
        }
    }

    private SharedJobs.Stored stored(String id) {
        Optional<SharedJobs.Stored> found = shared.enabled() ? shared.find(id) : Optional.empty();
        return found.orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "No such job", "no job " + id
                + " is known here (jobs are kept in memory, the most recent docroute.jobs.kept, and in the database"
                + " when docroute.jobs.shared is on)"));
    }

    private Job.Snapshot snapshot(SharedJobs.Stored stored, boolean withBlocks) {
        Optional<Job> local = jobs.find(stored.id());
        return local.isPresent() ? local.get().snapshot(withBlocks) : shared.snapshot(stored, withBlocks);
    }

    @Override
    public void destroy() {
        sender.shutdownNow();
        poller.shutdownNow();
    }
}
