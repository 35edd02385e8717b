package io.docroute.intake;

import static org.assertj.core.api.Assertions.assertThat;

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
 * SIGTERM while the packaged service is in the middle of a document: intake stops, the document in flight is
 * finished (both outputs, source to .done/), and then the process exits.
 */
class GracefulShutdownIT {

    @TempDir
    Path root;

    @Test
    void aStopFinishesTheDocumentInFlightBeforeTheProcessExits() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Path outbox = root.resolve("outbox");
        ChildApplication service = ChildApplication.start(root, root.resolve("console.log"), List.of(
                "--docroute.inbox=" + inbox, "--docroute.outbox=" + outbox,
                "--docroute.cache.dir=" + root.resolve("cache"), "--docroute.jms.data-dir=" + root.resolve("broker"),
                "--server.port=0", "--docroute.max-concurrency=1",
                "--docroute.routing.simulators=always", "--docroute.routing.fallback-enabled=false",
                "--docroute.models[0].id=slow", "--docroute.models[0].kind=simulator",
                "--docroute.models[0].model=slow-sim", "--docroute.models[0].simulator.latency=fixed",
                "--docroute.models[0].simulator.latency-median=300ms",
                "--docroute.intake.read-lock-check-interval=100", "--docroute.intake.read-lock-min-age=100",
                "--docroute.intake.poll-delay=100"));
        Path staged = Files.copy(Path.of("examples/admin-console-prd.md"), inbox.resolve(".prd.md.tmp"));
        Files.move(staged, inbox.resolve("prd.md"), StandardCopyOption.ATOMIC_MOVE);
        Awaitility.await().atMost(Duration.ofSeconds(90))
                .until(() -> CacheDatabase.answers(root.resolve("cache")) >= 2 || !service.isAlive());
        assertThat(service.isAlive()).as(service.console()).isTrue();
        assertThat(outbox.resolve("prd.md.json")).doesNotExist();

        service.close();

        assertThat(service.isAlive()).isFalse();
        assertThat(outbox.resolve("prd.md.json")).as(service.console()).exists();
        String report = Files.readString(outbox.resolve("prd.md.json"));
        assertThat(new ObjectMapper().readTree(report).at("/status").asText()).as(report + service.console())
                .isEqualTo("COMPLETED");
        assertThat(inbox.resolve(".done/prd.md")).exists();
    }
}
