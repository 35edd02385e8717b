package io.docroute.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.docroute.output.DocumentResult;
import io.docroute.output.OpenApiWriter;
import io.docroute.output.ReportWriter;
import io.docroute.progress.Progress;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The jobs of every instance sharing the database ({@code docroute_job}, {@code docroute_job_event}), so that any
 * instance answers for a job another one accepted or processed. The instance that processes a document writes its
 * job here as it goes (opened, running, each event, finished with its result); the others read it. The writes after
 * the opening go through one writer thread, off the blocks' threads. A write that fails is logged and does not touch
 * the document: the job is the record, not the work.
 */
public class SharedJobs {

    private static final Logger LOG = LoggerFactory.getLogger(SharedJobs.class);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String COLUMNS = "id, document, channel, state, submitted_at, finished_at, error, content_hash";
    private static final String INSERT = "INSERT INTO docroute_job (id, document, channel, state, submitted_at,"
            + " content_hash) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String REOPEN = "UPDATE docroute_job SET state = ?, finished_at = NULL, error = NULL,"
            + " result_json = NULL, openapi_yaml = NULL WHERE id = ?";
    // one job's events are told by one instance at a time, in order: the next number is the last one plus one
    private static final String INSERT_EVENT = "INSERT INTO docroute_job_event (job_id, seq, event)"
            + " SELECT ?, COALESCE(MAX(seq), 0) + 1, ? FROM docroute_job_event WHERE job_id = ?";
    private static final String FINISH = "UPDATE docroute_job SET state = ?, finished_at = ?, error = ?, result_json = ?,"
            + " openapi_yaml = ? WHERE id = ?";

    private final JdbcTemplate jdbc;
    private static final Duration FINISH_WAIT = Duration.ofSeconds(30);

    private final ExecutorService writer;
    private final ReportWriter reports;
    private final OpenApiWriter openApi;

    /** @param dataSource the shared database, or null when jobs are this instance's own ({@code run}) */
    public SharedJobs(DataSource dataSource, ReportWriter reports, OpenApiWriter openApi) {
        this.jdbc = dataSource == null ? null : new JdbcTemplate(dataSource);
        this.writer = dataSource == null ? null : Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "docroute-shared-jobs");
            thread.setDaemon(true);
            return thread;
        });
        this.reports = reports;
        this.openApi = openApi;
    }

    /** Whether jobs are shared through the database. */
    public boolean enabled() {
        return jdbc != null;
    }

    /** A job another instance holds, as the database has it. */
    public record Stored(String id, String document, String channel, Job.State state, Instant submittedAt,
                         Instant finishedAt, String error, String contentHash) {
    }

    /** The job starts (again, when its document is delivered anew after a crash): its earlier events are gone. */
    void opened(Job job) {
        write(() -> {
            try {
                insert(job);
            } catch (DuplicateKeyException again) {
                jdbc.update(REOPEN, Job.State.QUEUED.name(), job.id());
                jdbc.update("DELETE FROM docroute_job_event WHERE job_id = ?", job.id());
            }
        });
    }

    /** The job is in the database, as it was or as opened now: its earlier events stay. */
    void known(Job job) {
        write(() -> {
            try {
                insert(job);
            } catch (DuplicateKeyException recorded) {
                // opened by the instance that took the document
            }
        });
    }

    /**
     * Opens the job only if no instance has (a keyed post: the key names the job): whether it was opened here. A
     * plain insert whose duplicate key is the answer, on H2 and PostgreSQL alike; when the database cannot be asked,
     * the job counts as opened here (the broker's duplicate detection still keeps its document to one message).
     */
    boolean openedOnce(Job job) {
        if (jdbc == null) {
            return true;
        }
        try {
            insert(job);
            return true;
        } catch (DuplicateKeyException opened) {
            return false;
        } catch (DataAccessException e) {
            LOG.warn("Could not record a job in the database (other instances will not see it): {}", e.getMessage());
            return true;
        }
    }

    private void insert(Job job) {
        jdbc.update(INSERT, job.id(), job.document(), job.channel(), Job.State.QUEUED.name(),
                Timestamp.from(job.submittedAt()), job.contentHash());
    }

    void running(Job job) {
        later(() -> jdbc.update("UPDATE docroute_job SET state = ? WHERE id = ?", Job.State.RUNNING.name(), job.id()));
    }

    void told(JobEvent event) {
        later(() -> jdbc.update(INSERT_EVENT, event.job(), JSON.writeValueAsString(event), event.job()));
    }

    /**
     * Records the job's end and its result, after the writes asked for before it, and waits for it: the document is
     * acknowledged (its message committed, its file moved) only after, so an instance killed in between leaves the
     * document to be taken again rather than a finished document whose job never ends. Whether it was recorded.
     */
    boolean finished(Job job) {
        Instant at = Instant.now();
        Future<Boolean> written = later(() -> {
            DocumentResult result = job.result();
            String json = result == null ? null : text(reports.toJson(result));
            String yaml = result == null ? null : text(openApi.toYaml(result));
            jdbc.update(FINISH, job.state().name(), Timestamp.from(at), job.error(), json, yaml, job.id());
        });
        try {
            return written.get(FINISH_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("The end of job {} was not recorded in the database in time: {}", job.id(), e.getMessage());
        }
        return false;
    }

    /**
     * Ends a job's row that no instance ended, as the outputs it left say (an instance wrote them, then stopped
     * before its end reached the database); a row already ended stays as it is.
     */
    void endedAsWritten(String id, Job.State state, String resultJson, String openApiYaml) {
        write(() -> jdbc.update(FINISH + " AND finished_at IS NULL", state.name(), Timestamp.from(Instant.now()), null,
                resultJson, openApiYaml, id));
    }

    /** Forgets the jobs that finished before {@code before}, with their events; how many. */
    public int purge(Instant before) {
        if (jdbc == null) {
            return 0;
        }
        Timestamp cut = Timestamp.from(before);
        jdbc.update("DELETE FROM docroute_job_event WHERE job_id IN"
                + " (SELECT id FROM docroute_job WHERE finished_at < ?)", cut);
        return jdbc.update("DELETE FROM docroute_job WHERE finished_at < ?", cut);
    }

    void discarded(Job job) {
        write(() -> jdbc.update("DELETE FROM docroute_job WHERE id = ?", job.id()));
    }

    public Optional<Stored> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM docroute_job WHERE id = ?", SharedJobs::stored, id).stream()
                .findFirst();
    }

    /** The most recent jobs of every instance, newest first. */
    public List<Stored> recent(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM docroute_job ORDER BY submitted_at DESC FETCH FIRST ? ROWS ONLY",
                SharedJobs::stored, limit);
    }

    /** The events told after the first {@code seen}, in order. */
    public List<JsonNode> events(String id, int seen) {
        return parsed(id, jdbc.queryForList("SELECT event FROM docroute_job_event WHERE job_id = ? AND seq > ?"
                + " ORDER BY seq", String.class, id, seen));
    }

    /** The last event told, alone: what a job's progress is read from when its blocks are not wanted. */
    private List<JsonNode> lastEvent(String id) {
        return parsed(id, jdbc.queryForList("SELECT event FROM docroute_job_event WHERE job_id = ?"
                + " ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY", String.class, id));
    }

    private static List<JsonNode> parsed(String id, List<String> stored) {
        List<JsonNode> events = new ArrayList<>();
        for (String event : stored) {
            try {
                events.add(JSON.readTree(event));
            } catch (JsonProcessingException e) {
                LOG.warn("Job {} has an unreadable event: {}", id, e.getOriginalMessage());
            }
        }
        return events;
    }

    /** The job as {@code GET /api/jobs/{id}} shows it: progress from its last event, blocks from its block events. */
    public Job.Snapshot snapshot(Stored job, boolean withBlocks) {
        List<JsonNode> events = withBlocks ? events(job.id(), 0) : lastEvent(job.id());
        Progress progress = events.isEmpty() ? Progress.NONE : value(events.get(events.size() - 1).get("progress"),
                Progress.class, Progress.NONE);
        List<JobEvent.Block> blocks = null;
        if (withBlocks) {
            blocks = new ArrayList<>();
            for (JsonNode event : events) {
                if (JobEvent.BLOCK.equals(event.path("type").asText())) {
                    blocks.add(value(event.get("block"), JobEvent.Block.class, null));
                }
            }
        }
        return new Job.Snapshot(job.id(), job.document(), job.channel(), job.state(), job.submittedAt(),
                job.finishedAt(), progress, job.error(), blocks);
    }

    public Optional<byte[]> resultJson(String id) {
        return column(id, "result_json");
    }

    public Optional<byte[]> openApiYaml(String id) {
        return column(id, "openapi_yaml");
    }

    private Optional<byte[]> column(String id, String column) {
        return jdbc.queryForList("SELECT " + column + " FROM docroute_job WHERE id = ?", String.class, id).stream()
                .filter(Objects::nonNull).findFirst().map(value -> value.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> T value(JsonNode node, Class<T> type, T otherwise) {
        try {
            return node == null ? otherwise : JSON.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            return otherwise;
        }
    }

    private static String text(byte[] utf8) {
        return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
    }

    private static Stored stored(ResultSet row, int rowNumber) throws SQLException {
        Timestamp finished = row.getTimestamp("finished_at");
        return new Stored(row.getString("id"), row.getString("document"), row.getString("channel"),
                Job.State.valueOf(row.getString("state")), row.getTimestamp("submitted_at").toInstant(),
                finished == null ? null : finished.toInstant(), row.getString("error"), row.getString("content_hash"));
    }

    /**
     * A write off the thread that finished a block or a document, on the one writer thread, so a job's writes keep
     * their order. Opening a job is written at once instead: the client holding its id may ask another instance next.
     */
    private Future<Boolean> later(Write write) {
        return writer == null ? CompletableFuture.completedFuture(false) : writer.submit(() -> write(write));
    }

    /** Lets the writes already asked for reach the database, for at most a few seconds. */
    public void close() throws InterruptedException {
        if (writer != null) {
            writer.shutdown();
            writer.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** Whether it was written. */
    private boolean write(Write write) {
        if (jdbc == null) {
            return false;
        }
        try {
            write.run();
            return true;
        } catch (DataAccessException | JsonProcessingException e) {
            LOG.warn("Could not record a job in the database (other instances will not see it): {}", e.getMessage());
            return false;
        }
    }

    @FunctionalInterface
    private interface Write {
        void run() throws JsonProcessingException;
    }
}
