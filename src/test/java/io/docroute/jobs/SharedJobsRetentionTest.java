package io.docroute.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.MigratedDatabases;
import io.docroute.output.ReportWriter;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Shared jobs are forgotten, with their events, once they finished before the retention; running ones never. */
class SharedJobsRetentionTest {

    @Test
    void jobsThatFinishedBeforeTheCutAreForgottenWithTheirEvents() {
        DataSource database = MigratedDatabases.h2();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        Instant now = Instant.now();
        String insert = "INSERT INTO docroute_job (id, document, channel, state, submitted_at, finished_at)"
                + " VALUES (?, ?, 'http', ?, ?, ?)";
        jdbc.update(insert, "old", "old.md", "COMPLETED", Timestamp.from(now.minus(Duration.ofDays(9))),
                Timestamp.from(now.minus(Duration.ofDays(8))));
        jdbc.update(insert, "recent", "recent.md", "COMPLETED", Timestamp.from(now.minus(Duration.ofDays(2))),
                Timestamp.from(now.minus(Duration.ofDays(1))));
        jdbc.update(insert, "running", "running.md", "RUNNING", Timestamp.from(now.minus(Duration.ofDays(9))), null);
        jdbc.update("INSERT INTO docroute_job_event (job_id, seq, event) VALUES ('old', 1, '{}'), ('recent', 1, '{}')");
        SharedJobs jobs = new SharedJobs(database, new ReportWriter(), null);

        assertThat(jobs.purge(now.minus(Duration.ofDays(7)))).isEqualTo(1);

        assertThat(jobs.find("old")).isEmpty();
        assertThat(jobs.find("recent")).isPresent();
        assertThat(jobs.find("running")).isPresent();
        assertThat(jdbc.queryForList("SELECT job_id FROM docroute_job_event", String.class)).containsExactly("recent");
    }
}
