package io.docroute.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code run} command as a user types it, in process: the same routes, outputs on disk, exit code. */
class BatchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void runningTheExamplesCompletesEveryDocumentAndExitsZero(@TempDir Path out) throws IOException {
        int exit = BatchCommand.execute(new String[] {"run", "examples", "--out", out.toString()});

        assertThat(exit).isZero();
        try (var files = Files.list(Path.of("examples"))) {
            for (Path example : files.toList()) {
                String name = example.getFileName().toString();
                JsonNode report = JSON.readTree(out.resolve(name + ".json").toFile());
                assertThat(report.at("/status").asText()).as(name).isEqualTo("COMPLETED");
                assertThat(out.resolve(name + ".openapi.yaml")).exists();
            }
        }
    }

    @Test
    void theSameTenInterfacesComeOutOfMarkdownHtmlDocxAndPdf(@TempDir Path out) throws IOException {
        int exit = BatchCommand.execute(new String[] {"run", "examples/admin-console-prd.md",
                "examples/admin-console-prd.html", "examples/admin-console-prd.docx", "examples/admin-console-prd.pdf",
                "--out=" + out});

        assertThat(exit).isZero();
        JsonNode markdown = JSON.readTree(out.resolve("admin-console-prd.md.json").toFile());
        for (String format : new String[] {"html", "docx", "pdf"}) {
            JsonNode other = JSON.readTree(out.resolve("admin-console-prd." + format + ".json").toFile());
            assertThat(other.at("/interfaces")).as(format).hasSize(10);
            for (int i = 0; i < 10; i++) {
                // PDF text carries no field tables, so path parameters may be named differently
                assertThat(pathShape(other, i)).as(format + " block " + i).isEqualTo(pathShape(markdown, i));
                assertThat(other.at("/interfaces/" + i + "/spec/method").asText())
                        .isEqualTo(markdown.at("/interfaces/" + i + "/spec/method").asText());
            }
        }
    }

    private static String pathShape(JsonNode report, int index) {
        return report.at("/interfaces/" + index + "/spec/path").asText().replaceAll("\\{[^}]+}", "{}");
    }

    @Test
    void aFailedDocumentMakesTheExitCodeNonZeroAndLeavesAnErrorReport(@TempDir Path in, @TempDir Path out)
            throws IOException {
        Files.writeString(in.resolve("broken.json"), "{ nope", StandardCharsets.UTF_8);
        Files.copy(Path.of("src/test/resources/documents/three-blocks.md"), in.resolve("fine.md"));

        int exit = BatchCommand.execute(new String[] {"run", in.toString(), "--out", out.toString(),
                "--docroute.max-concurrency=4"});

        assertThat(exit).isEqualTo(BatchCommand.EXIT_INCOMPLETE);
        assertThat(JSON.readTree(out.resolve("broken.json.error.json").toFile()).at("/error").asText())
                .contains("malformed");
        assertThat(JSON.readTree(out.resolve("fine.md.json").toFile()).at("/status").asText()).isEqualTo("COMPLETED");
    }
}
