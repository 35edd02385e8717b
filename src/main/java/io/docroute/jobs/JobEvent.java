package io.docroute.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.docroute.extraction.Extraction;
import io.docroute.extraction.InterfaceSpec;
import io.docroute.pipeline.BlockOutcome;
import io.docroute.progress.Progress;
import java.time.Instant;

/**
 * What a job tells its watchers: one {@code block} event per finished block, then one {@code done} event. The
 * same record goes out as a Server-Sent Event and on the JMS progress topic.
 *
 * @param status the job's state in a {@code done} event
 * @param error  why the job failed, in a {@code done} event
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobEvent(String type, String job, String document, Block block, Job.State status, String error,
                       Progress progress, Instant at) {

    public static final String BLOCK = "block";
    public static final String DONE = "done";

    static JobEvent block(Job job, Block block, Progress progress) {
        return new JobEvent(BLOCK, job.id(), job.document(), block, null, null, progress, Instant.now());
    }

    static JobEvent done(Job job, Job.State status, String error, Progress progress) {
        return new JobEvent(DONE, job.id(), job.document(), null, status, error, progress, Instant.now());
    }

    /**
     * A finished block: its answer and where it came from, or why it has none.
     *
     * @param outcome {@code extracted}, {@code degraded} (the local extractor stood in) or {@code failed}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Block(int index, String title, String outcome, String endpoint, String cache, Long latencyMs,
                        InterfaceSpec spec, String error) {

        public static Block of(BlockOutcome outcome) {
            int index = outcome.block().index();
            String title = outcome.block().title();
            if (outcome instanceof BlockOutcome.Extracted extracted) {
                Extraction e = extracted.extraction();
                return new Block(index, title, e.degraded() ? "degraded" : "extracted", e.endpoint(), e.cache(),
                        e.latencyMs(), e.spec(), null);
            }
            return new Block(index, title, "failed", null, null, null, null, ((BlockOutcome.Failed) outcome).error());
        }
    }
}
