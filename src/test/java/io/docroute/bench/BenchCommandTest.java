package io.docroute.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command end to end, on its shortest settings: the cache rows' calls are counted at the peers. */
class BenchCommandTest {

    @Test
    void theCacheRowsShowNoCallForAnUnchangedDocumentAndOneForARevision(@TempDir Path out) throws IOException {
        int exit = BenchCommand.execute(new String[] {"bench", "--rows", "cold", "--scale", "0.01", "--warm-up", "1",
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
}
