package io.docroute.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docroute.ChildApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service killed with SIGKILL after some of a document's blocks were answered by the model and
 * before its outputs were written: the document must not be marked done, and after a restart it is processed
 * again, once, reusing the answers already bought.
 */
class CrashRecoveryIT {

    // documents marked processed (their content hash), and the inbox's read locks, in the one table they share
    private static final String PROCESSED =
            "SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED WHERE processorName = 'documents'";
    private static final String LOCKS =
            "SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED WHERE processorName = 'inbox-locks'";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path root;

    private List<String> service(Path inbox, Path outbox, Path cache) {
        return List.of(
                "--docroute.inbox=" + inbox, "--docroute.outbox=" + outbox, "--docroute.cache.dir=" + cache,
                "--docroute.jms.data-dir=" + root.resolve("broker"), "--server.port=0",
                // one block at a time, each answer taking 300 ms: the document takes seconds, time to be killed
                "--docroute.max-concurrency=1",
                "--docroute.routing.simulators=always", "--docroute.routing.fallback-enabled=false",
                "--docroute.models[0].id=slow", "--docroute.models[0].kind=simulator",
                "--docroute.models[0].model=slow-sim", "--docroute.models[0].simulator.latency=fixed",
                "--docroute.models[0].simulator.latency-median=300ms",
                "--docroute.intake.read-lock-check-interval=100", "--docroute.intake.read-lock-min-age=100",
                "--docroute.intake.poll-delay=100",
                // the killed instance's read lock on the file ages out after this, then the restart takes it
                "--docroute.intake.lock-max-age=2s");
    }

    @Test
    void aDocumentKilledBetweenModelAnswersAndItsOutputsIsProcessedAgainOnceAfterRestart() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Path outbox = Files.createDirectories(root.resolve("outbox"));
        Path cache = root.resolve("cache");
        Path log = root.resolve("console.log");
        Path report = outbox.resolve("prd.md.json");

        ChildApplication first = ChildApplication.start(root, log, service(inbox, outbox, cache));
        Path staged = Files.copy(Path.of("examples/admin-console-prd.md"), inbox.resolve(".prd.md.tmp"));
        Files.move(staged, inbox.resolve("prd.md"), StandardCopyOption.ATOMIC_MOVE);
        Awaitility.await().atMost(PATIENCE).until(() -> CacheDatabase.answers(cache) >= 3 || !first.isAlive());
        assertThat(first.isAlive()).as(first.console()).isTrue();
        first.kill();

        long boughtBeforeCrash = CacheDatabase.answers(cache);
        assertThat(boughtBeforeCrash).isBetween(3L, 9L);
        assertThat(report).doesNotExist();
        assertThat(inbox.resolve("prd.md")).exists();
        assertThat(CacheDatabase.count(cache, PROCESSED)).isZero();

        try (ChildApplication restarted = ChildApplication.start(root, log, service(inbox, outbox, cache))) {
            Awaitility.await().atMost(PATIENCE)
                    .until(() -> Files.exists(inbox.resolve(".done/prd.md")) || !restarted.isAlive());
            JsonNode result = JSON.readTree(report.toFile());

            assertThat(result.at("/status").asText()).as(restarted.console()).isEqualTo("COMPLETED");
            assertThat(result.at("/interfaces")).hasSize(10);
            assertThat(result.at("/stats/cacheHits").asLong()).isEqualTo(boughtBeforeCrash);
            assertThat(result.at("/stats/modelCalls").asLong()).isEqualTo(10 - boughtBeforeCrash);
            assertThat(CacheDatabase.count(cache, PROCESSED)).isEqualTo(1);
            // the read lock goes a moment after the move (docroute.intake.poll-delay)
            Awaitility.await().atMost(PATIENCE).until(() -> CacheDatabase.count(cache, LOCKS) == 0);
        }
    }
}
