package io.docroute.api;

import io.docroute.jobs.Job;
import io.docroute.jobs.JobEvent;
import io.docroute.jobs.JobRegistry;
import io.docroute.output.DocumentResult;
import io.docroute.output.OpenApiWriter;
import io.docroute.output.ReportWriter;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * {@code /result} (the JSON report) and {@code /openapi.yaml}.
 */
@RestController
public class JobsController implements DisposableBean {

    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");
    private static final Duration EVENTS_TIMEOUT = Duration.ofHours(1);

    private final JobRegistry jobs;
    private final ReportWriter reports;
    private final OpenApiWriter openApi;
    /** Writes every event stream, one event at a time, so a block's thread never waits for a client. */
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> new Thread(r, "docroute-events"));

    public JobsController(JobRegistry jobs, ReportWriter reports, OpenApiWriter openApi) {
        this.jobs = jobs;
        this.reports = reports;
        this.openApi = openApi;
    }

    @GetMapping("/api/jobs")
    public List<JobView> recent(@RequestParam(defaultValue = "20") int limit) {
        return jobs.recent(Math.max(1, Math.min(limit, 500))).stream().map(job -> JobView.of(job.snapshot(false)))
                .toList();
    }

    @GetMapping("/api/jobs/{id}")
    public JobView job(@PathVariable String id) {
        return JobView.of(find(id).snapshot(true));
    }

    @GetMapping(path = "/api/jobs/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter events(@PathVariable String id) {
        Job job = find(id);
        SseEmitter emitter = new SseEmitter(EVENTS_TIMEOUT.toMillis());
        Runnable stop = job.watch(event -> sender.execute(() -> send(emitter, event)));
        emitter.onTimeout(stop);
        emitter.onError(failure -> stop.run());
        emitter.onCompletion(stop);
        return emitter;
    }

    private static void send(SseEmitter emitter, JobEvent event) {
        try {
            emitter.send(SseEmitter.event().name(event.type()).data(event, MediaType.APPLICATION_JSON));
            if (JobEvent.DONE.equals(event.type())) {
                emitter.complete();
            }
        } catch (IOException | IllegalStateException gone) {
            // the client went away, or the stream ended: nothing left to tell
        }
    }

    @GetMapping("/api/jobs/{id}/result")
    public ResponseEntity<byte[]> result(@PathVariable String id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(reports.toJson(finishedResult(id)));
    }

    @GetMapping("/api/jobs/{id}/openapi.yaml")
    public ResponseEntity<byte[]> openApi(@PathVariable String id) {
        return ResponseEntity.ok().contentType(YAML).body(openApi.toYaml(finishedResult(id)));
    }

    private DocumentResult finishedResult(String id) {
        Job job = find(id);
        Job.State state = job.state();
        if (!state.finished()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "Job not finished", "the job is " + state
                    + "; its result is ready once GET /api/jobs/" + id + " says COMPLETED, PARTIAL or FAILED");
        }
        DocumentResult result = job.result();
        if (result == null) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Document failed", job.error());
        }
        return result;
    }

    private Job find(String id) {
        return jobs.find(id).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "No such job",
                "no job " + id + " is known here (jobs are kept in memory, the most recent docroute.jobs.kept)"));
    }

    @Override
    public void destroy() {
        sender.shutdownNow();
    }
}
