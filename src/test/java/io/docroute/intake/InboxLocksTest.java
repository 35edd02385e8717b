package io.docroute.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.MigratedDatabases;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Instances racing for the same files through one database: each file's lock goes to exactly one, however the
 * attempts interleave; a lock that aged out is taken over by exactly one too.
 */
class InboxLocksTest {

    private static final int INSTANCES = 4;
    private static final int FILES = 60;

    @Test
    void eachFileGoesToOneInstanceOnH2() throws Exception {
        assertOneWinnerPerFile(MigratedDatabases.h2());
    }

    @Test
    void eachFileGoesToOneInstanceOnPostgresql() throws Exception {
        assertOneWinnerPerFile(MigratedDatabases.postgres());
    }

    private static void assertOneWinnerPerFile(DataSource database) throws Exception {
        List<InboxLocks> instances = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            instances.add(new InboxLocks(database, "inbox-locks", Duration.ofSeconds(30)));
        }
        // every instance tries every file at once, the way instances whose scans listed the same files do
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES * 2);
        try {
            List<Future<Boolean>> tries = new ArrayList<>();
            for (int file = 0; file < FILES; file++) {
                String key = "/inbox/doc-" + file + ".md";
                for (InboxLocks instance : instances) {
                    Callable<Boolean> attempt = () -> instance.add(key);
                    tries.add(pool.submit(attempt));
                }
            }
            int won = 0;
            for (Future<Boolean> attempt : tries) {
                won += attempt.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(FILES);
        } finally {
            pool.shutdownNow();
        }
        assertThat(instances.get(0).contains("/inbox/doc-0.md")).isTrue();
    }

    @Test
    void aLockThatAgedOutIsTakenOverByOneAndRenewedByItsHolder() throws Exception {
        DataSource database = MigratedDatabases.h2();
        InboxLocks dead = new InboxLocks(database, "inbox-locks", Duration.ofMillis(300));
        InboxLocks first = new InboxLocks(database, "inbox-locks", Duration.ofMillis(300));
        InboxLocks second = new InboxLocks(database, "inbox-locks", Duration.ofMillis(300));
        assertThat(dead.add("/inbox/a.md")).isTrue();
        assertThat(first.add("/inbox/a.md")).isFalse();
        // the holder was killed: its row is no longer renewed
        new JdbcTemplate(database)
                .update("UPDATE CAMEL_MESSAGEPROCESSED SET createdAt = DATEADD('SECOND', -5, createdAt)");
        assertThat(dead.contains("/inbox/a.md")).isFalse();

        assertThat(first.add("/inbox/a.md")).isTrue();
        assertThat(second.add("/inbox/a.md")).isFalse();
        first.renew();
        assertThat(second.contains("/inbox/a.md")).isTrue();

        first.remove("/inbox/a.md");
        assertThat(second.add("/inbox/a.md")).isTrue();
    }
}
