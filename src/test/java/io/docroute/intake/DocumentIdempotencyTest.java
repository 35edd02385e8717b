package io.docroute.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A document is processed once per content: re-dropping the same bytes changes nothing. */
@CamelSpringBootTest
@SpringBootTest
class DocumentIdempotencyTest {

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
