package io.docroute.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A temporary inbox and outbox, and the write-then-rename drop that the intake contract asks writers for. */
final class InboxFixture {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    final Path root;
    final Path inbox;
    final Path outbox;

    InboxFixture(String name) {
        try {
            root = Files.createTempDirectory("docroute-" + name);
            inbox = Files.createDirectories(root.resolve("inbox"));
            outbox = Files.createDirectories(root.resolve("outbox"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points the application at this inbox and polls it quickly, so tests wait in fractions of a second. */
    void register(DynamicPropertyRegistry registry) {
        registry.add("docroute.inbox", inbox::toString);
        registry.add("docroute.outbox", outbox::toString);
        registry.add("camel.main.run-controller", () -> "false");
        registry.add("docroute.jms.enabled", () -> "false");
        // intake is about files: blocks are answered by the local extractor, with no model endpoints in between
        registry.add("docroute.routing.simulators", () -> "never");
        // these tests drop the same content under many names; document idempotency has tests of its own
        registry.add("docroute.reprocess", () -> "always");
        registry.add("docroute.intake.read-lock-check-interval", () -> "200");
        registry.add("docroute.intake.read-lock-min-age", () -> "200");
        registry.add("docroute.intake.poll-delay", () -> "100");
    }

    Path drop(String name, byte[] content) throws IOException {
        Path temporary = inbox.resolve("." + name.replace('\n', '_') + ".tmp");
        Files.write(temporary, content);
        return Files.move(temporary, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    Path dropResource(String resource, String asName) throws IOException {
        return drop(asName, Files.readAllBytes(Path.of(resource)));
    }

    JsonNode awaitReport(String sourceName) {
        Path report = outbox.resolve(sourceName.replaceAll("\\p{Cntrl}", "_") + ".json");
        Awaitility.await().atMost(PATIENCE).until(() -> Files.exists(report) && Files.exists(done(sourceName)));
        try {
            return JSON.readTree(report.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode awaitFailure(String sourceName) {
        Path report = failed(sourceName.replaceAll("\\p{Cntrl}", "_") + ".error.json");
        Awaitility.await().atMost(PATIENCE).until(() -> Files.exists(report) && Files.exists(failed(sourceName)));
        try {
            return JSON.readTree(report.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path done(String name) {
        return inbox.resolve(".done").resolve(name);
    }

    Path failed(String name) {
        return inbox.resolve(".failed").resolve(name);
    }
}
