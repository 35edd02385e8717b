package io.docroute.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With the marker contract a writer may write in place, pause, and only then mark the file complete. */
@CamelSpringBootTest
@SpringBootTest(properties = "docroute.intake.require-ready-marker=true")
class ReadyMarkerIntakeTest {

    static final InboxFixture FIXTURE = new InboxFixture("marker");
    static final ScheduledExecutorService SLOW_WRITER = Executors.newSingleThreadScheduledExecutor();

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        FIXTURE.register(registry);
    }

    @AfterAll
    static void stopWriter() {
        SLOW_WRITER.shutdownNow();
    }

    @Test
    void aSlowWriterInPlaceIsReadOnlyOnceItsReadyMarkerExists() throws Exception {
        Path document = FIXTURE.inbox.resolve("in-place.md");
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/documents/three-blocks.md"));
        int half = lines.size() / 2;
        Files.write(document, lines.subList(0, half));
        // a pause ten times the read lock's check interval: without the marker contract this file would be taken
        SLOW_WRITER.schedule(() -> {
            Files.write(document, lines.subList(half, lines.size()), StandardOpenOption.APPEND);
            return Files.createFile(FIXTURE.inbox.resolve("in-place.md.ready"));
        }, 2, TimeUnit.SECONDS).get();

        JsonNode report = FIXTURE.awaitReport("in-place.md");

        assertThat(report.at("/stats/blocks").asInt()).isEqualTo(3);
        // the marker goes once the exchange is complete, just after the document moved to .done
        Awaitility.await().atMost(InboxFixture.PATIENCE)
                .until(() -> !Files.exists(FIXTURE.inbox.resolve("in-place.md.ready")));
    }
}
