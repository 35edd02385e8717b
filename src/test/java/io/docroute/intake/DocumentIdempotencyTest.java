package io.docroute.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A document is processed once per content: re-dropping the same bytes changes nothing. */
@CamelSpringBootTest
@SpringBootTest
class DocumentIdempotencyTest {

    @Autowired
    private JdbcTemplate jdbc;

    static final InboxFixture FIXTURE = new InboxFixture("idempotent");

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        FIXTURE.register(registry);
        registry.add("docroute.reprocess", () -> "once");
    }

    /** The shared fixture with a line of its own, so each test's content is new to the repository. */
    private static byte[] unique(String test) throws IOException {
        return (Files.readString(Path.of("src/test/resources/documents/three-blocks.md")) + "\nNote: " + test + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void reDroppingIdenticalContentMovesItToDoneWithoutNewOutputs() throws IOException {
        byte[] content = unique("re-dropped");
        FIXTURE.drop("first.md", content);
        FIXTURE.awaitReport("first.md");

        FIXTURE.drop("same-again.md", content);

        Awaitility.await().atMost(InboxFixture.PATIENCE).until(() -> Files.exists(FIXTURE.done("same-again.md")));
        assertThat(FIXTURE.outbox.resolve("same-again.md.json")).doesNotExist();
        assertThat(FIXTURE.outbox.resolve("first.md.json")).exists();
    }

    @Test
    void aFileTakenAgainAfterItsOutputsWereWrittenEndsItsJobAsTheReportSays() throws IOException {
        byte[] content = unique("ended-as-written");
        FIXTURE.drop("outlived.md", content);
        FIXTURE.awaitReport("outlived.md");
        Awaitility.await().atMost(InboxFixture.PATIENCE).until(() -> Files.exists(FIXTURE.done("outlived.md")));
        String job = jdbc.queryForObject("SELECT id FROM docroute_job WHERE document = ?", String.class, "outlived.md");
        // as the instance that wrote the outputs left it when it stopped before its job's end reached the database
        jdbc.update("UPDATE docroute_job SET state = 'RUNNING', finished_at = NULL, result_json = NULL WHERE id = ?",
                job);
        Files.move(FIXTURE.done("outlived.md"), FIXTURE.inbox.resolve("outlived.md"));

        Awaitility.await().atMost(InboxFixture.PATIENCE).until(() -> Files.exists(FIXTURE.done("outlived.md")));
        Awaitility.await().atMost(InboxFixture.PATIENCE).untilAsserted(() -> assertThat(jdbc.queryForMap(
                "SELECT state, finished_at, result_json FROM docroute_job WHERE id = ?", job))
                .containsEntry("STATE", "COMPLETED").doesNotContainEntry("FINISHED_AT", null)
                .containsEntry("RESULT_JSON", Files.readString(FIXTURE.outbox.resolve("outlived.md.json"))));
    }

    @Test
    void changedContentIsProcessed() throws IOException {
        byte[] content = unique("edited");
        FIXTURE.drop("base.md", content);
        FIXTURE.awaitReport("base.md");

        FIXTURE.drop("edited.md", (new String(content, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(FIXTURE.awaitReport("edited.md").at("/status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void aFailedDocumentIsNotRememberedAndFailsAgainWhenReDropped() throws IOException {
        byte[] broken = "{ \"grids\": ".getBytes(StandardCharsets.UTF_8);
        FIXTURE.drop("broken.json", broken);
        FIXTURE.awaitFailure("broken.json");

        FIXTURE.drop("broken-again.json", broken);

        assertThat(FIXTURE.awaitFailure("broken-again.json").at("/error").asText()).contains("malformed");
    }
}
