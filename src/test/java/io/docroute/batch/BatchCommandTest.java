package io.docroute.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code run} command as a user types it, in process: the same routes, outputs on disk, exit code. */
class BatchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One run of the examples, as the README's first command makes it; several tests read its outputs. */
    @TempDir
    static Path examplesOut;

    private static int examplesExit;

    private static String examplesConsole;

    @BeforeAll
    static void runTheExamples() {
        examplesConsole = console(() -> examplesExit = BatchCommand.execute(new String[] {"run", "examples", "--out",
                examplesOut.toString()}));
    }

    @Test
    void runningTheExamplesCompletesEveryDocumentAndExitsZero() throws IOException {
        assertThat(examplesExit).isZero();
        try (var files = Files.list(Path.of("examples"))) {
            for (Path example : files.toList()) {
                String name = example.getFileName().toString();
                JsonNode report = JSON.readTree(examplesOut.resolve(name + ".json").toFile());
                assertThat(report.at("/status").asText()).as(name).isEqualTo("COMPLETED");
                assertThat(examplesOut.resolve(name + ".openapi.yaml")).exists();
            }
        }
    }

    @Test
    void theSameTenInterfacesComeOutOfMarkdownHtmlDocxAndPdf() throws IOException {
        JsonNode markdown = JSON.readTree(examplesOut.resolve("admin-console-prd.md.json").toFile());
        for (String format : new String[] {"html", "docx", "pdf"}) {
            JsonNode other = JSON.readTree(examplesOut.resolve("admin-console-prd." + format + ".json").toFile());
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
    void aFailedDocumentMakesTheExitCodeNonZeroAndLeavesAnErrorReport(@TempDir Path in, @TempDir Path failedOut)
            throws IOException {
        Files.writeString(in.resolve("broken.json"), "{ nope", StandardCharsets.UTF_8);
        Files.copy(Path.of("src/test/resources/documents/three-blocks.md"), in.resolve("fine.md"));

        int exit = BatchCommand.execute(new String[] {"run", in.toString(), "--out", failedOut.toString(),
                "--docroute.max-concurrency=4"});

        assertThat(exit).isEqualTo(BatchCommand.EXIT_INCOMPLETE);
        assertThat(JSON.readTree(failedOut.resolve("broken.json.error.json").toFile()).at("/error").asText())
                .contains("malformed");
        assertThat(JSON.readTree(failedOut.resolve("fine.md.json").toFile()).at("/status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void explainPrintsTheTakenSectionsWithTheirBlocksThenTheOthersWithWhy(@TempDir Path explainedOut)
            throws IOException {
        String console = console(() -> assertThat(BatchCommand.execute(new String[] {"run",
                "src/test/resources/documents/explained.md", "--out", explainedOut.toString(), "--explain"})).isZero());

        String table = console.substring(console.indexOf("explained.md: 2 block(s)"));
        assertThat(table.lines().skip(1).map(String::strip).toList()).satisfiesExactly(
                header -> assertThat(header).startsWith("Block  Section"),
                rule -> assertThat(rule).startsWith("-----"),
                redeem -> assertThat(redeem).startsWith("0  Redeem voucher").contains("states POST /api/vouchers/redeem"),
                list -> assertThat(list).startsWith("1  List vouchers").contains("states GET /api/vouchers"),
                title -> assertThat(title).startsWith("-  Voucher service").contains("no interface found"),
                overview -> assertThat(overview).startsWith("-  Overview").contains("states no path"),
                request -> assertThat(request).startsWith("-  Request").contains("merged into it"),
                response -> assertThat(response).startsWith("-  Response").contains("merged into it"),
                refunds -> assertThat(refunds).startsWith("-  Refunds"));
        JsonNode selection = JSON.readTree(explainedOut.resolve("explained.md.json").toFile()).path("selection");
        assertThat(selection).hasSize(7);
    }

    @Test
    void withoutExplainTheRunPrintsNoSelection() {
        assertThat(examplesConsole).contains("shop-api.md").doesNotContain("Block  Section");
    }

    private static String console(Runnable run) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
