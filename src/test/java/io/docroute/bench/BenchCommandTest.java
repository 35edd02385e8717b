package io.docroute.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench command end to end, on its shortest settings: the cache rows' calls are counted at the peers; the corpus
 * row scores a folder of documents against their ground truth, or says where it looked.
 */
class BenchCommandTest {

    @Test
    void theCacheRowsShowNoCallForAnUnchangedDocumentAndOneForARevision(@TempDir Path out) throws IOException {
        int exit = BenchCommand.execute(new String[] {"bench", "--rows", "cold", "--scale", "0.01", "--warm-up", "0",
                "--out", out.toString()});

        assertThat(exit).isZero();
        Map<String, JsonNode> rows = new HashMap<>();
        new ObjectMapper().readTree(out.resolve("bench.json").toFile()).get("rows")
                .forEach(row -> rows.put(row.get("row").asText(), row));
        assertThat(rows).containsOnlyKeys("cold", "resubmission", "revision");
        assertThat(rows.get("cold").get("calls").asInt()).isEqualTo(10);
        assertThat(rows.get("cold").get("ratio").asDouble()).isGreaterThanOrEqualTo(1.0);
        assertThat(rows.get("resubmission").get("calls").asInt()).isZero();
        assertThat(rows.get("resubmission").get("cacheHitRate").asDouble()).isEqualTo(1.0);
        assertThat(rows.get("revision").get("calls").asInt()).isEqualTo(1);
        assertThat(out.resolve("bench.md")).content().contains("| resubmission |");
    }

    @Test
    void anUnknownRowIsAUsageError(@TempDir Path out) {
        assertThat(BenchCommand.execute(new String[] {"bench", "--rows", "nonsense", "--out", out.toString()}))
                .isEqualTo(2);
    }

    @Test
    void theCorpusRowScoresEveryDocumentThatHasAGroundTruthFile(@TempDir Path corpus, @TempDir Path out)
            throws IOException {
        Path documents = Files.createDirectory(corpus.resolve("documents"));
        Path truth = Files.createDirectory(corpus.resolve("truth"));
        for (String example : new String[] {"shop-api.md", "storefront-api.md", "api-blocks.json"}) {
            Files.copy(Path.of("examples", example), documents.resolve(example));
        }
        Files.writeString(truth.resolve("shop-api.md.json"), """
                {"interfaces": [
                  {"title": "Register"},
                  {"title": "Sign in", "method": "POST", "path": "/api/session"},
                  {"title": "Checkout"},
                  {"title": "Order history"},
                  {"title": "Track shipment", "method": "GET", "path": "/api/orders/{orderNo}/tracking"}]}
                """, StandardCharsets.UTF_8);
        // one interface the document has is left out and one it lacks is listed, so "missed" and "extra" both show
        Files.writeString(truth.resolve("storefront-api.md.json"), """
                {"interfaces": [
                  {"title": "List products"}, {"title": "Get product details"}, {"title": "Create order"},
                  {"title": "Update order address"}, {"title": "Cancel order"}, {"title": "Delete cart item"},
                  {"title": "Export orders"}, {"title": "Refund order"}]}
                """, StandardCharsets.UTF_8);

        int exit = BenchCommand.execute(new String[] {"bench", "--rows", "corpus", "--corpus", documents.toString(),
                "--truth", truth.toString(), "--out", out.toString()});

        assertThat(exit).isZero();
        JsonNode report = new ObjectMapper().readTree(out.resolve("bench.json").toFile());
        assertThat(report.get("rows")).isEmpty();
        JsonNode scores = report.at("/corpus/scores");
        assertThat(scores).extracting(row -> row.get("document").asText())
                .containsExactly("shop-api.md", "storefront-api.md");
        assertThat(scores.get(0).get("found").asInt()).isEqualTo(5);
        assertThat(scores.get(0).get("kept").asInt()).isEqualTo(2);
        assertThat(scores.get(1).get("found").asInt()).isEqualTo(7);
        assertThat(scores.get(1).get("missed")).extracting(JsonNode::asText).containsExactly("Refund order");
        assertThat(scores.get(1).get("extra").asInt()).isEqualTo(1);
        assertThat(out.resolve("bench.md")).content()
                .contains("| shop-api.md | 5 | 5 | 0 | 2/2 | yes |")
                .contains("| storefront-api.md | 8 | 7 | 1 | 0/0 | yes |")
                .contains("| **total** | **13** | **12 (92 %)** | **1 (8 % of blocks)** | **2/2 (100 %)** | **2/2** |");
    }

    @Test
    void withoutACorpusFolderTheRowIsSkippedWithOneLineSayingWhereItLooked(@TempDir Path out) throws IOException {
        Path absent = out.resolve("no-corpus-here");

        int exit = BenchCommand.execute(new String[] {"bench", "--rows", "corpus", "--corpus", absent.toString(),
                "--out", out.toString()});

        assertThat(exit).isZero();
        assertThat(out.resolve("bench.md")).content()
                .contains("corpus: skipped, no documents folder at " + absent.toAbsolutePath() + " (point --corpus DIR")
                .doesNotContain("| Row |");
    }
}
