package io.docroute.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import io.docroute.DocRouteApplication;
import io.docroute.batch.BatchCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Separate runs of the {@code run} command sharing one cache database file: what a restart sees. One cold run fills
 * the default cache database; each test starts from its own copy of it.
 */
class CacheAcrossRunsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The database the cold run filled: the default cache, an embedded file in a folder relative to the process. */
    private static final Path FILLED = Path.of("target", "relative-cache-" + System.nanoTime());

    private static JsonNode coldRun;

    @BeforeAll
    static void fillTheDefaultCacheWithOneColdRun(@TempDir Path out) throws IOException {
        coldRun = runWith(out, "--docroute.cache.url=", "--docroute.cache.dir=" + FILLED);
    }

    /** A copy of the filled database in {@code cacheDir}: a restart after the cold run. */
    private static Path filledCopy(Path cacheDir) throws IOException {
        try (Stream<Path> files = Files.list(FILLED)) {
            for (Path file : files.toList()) {
                Files.copy(file, cacheDir.resolve(file.getFileName()));
            }
        }
        return cacheDir;
    }

    private static JsonNode run(Path cacheDir, Path out, String... extra) throws IOException {
        return runWith(out, Stream.concat(Stream.of("--docroute.cache.url=jdbc:h2:file:" + cacheDir.resolve("answers")),
                Stream.of(extra)).toArray(String[]::new));
    }

    private static JsonNode runWith(Path out, String... extra) throws IOException {
        String[] base = {"run", "examples/admin-console-prd.md", "--out", out.toString(),
                "--docroute.models[0].id=only", "--docroute.models[0].kind=simulator",
                "--docroute.models[0].model=only-sim", "--docroute.models[0].simulator.latency-median=5ms"};
        String[] args = Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new);
        assertThat(BatchCommand.execute(args)).isZero();
        return JSON.readTree(out.resolve("admin-console-prd.md.json").toFile());
    }

    @Test
    void afterARestartAnUnchangedResubmissionStillMakesNoModelCall(@TempDir Path cache, @TempDir Path out)
            throws IOException {
        JsonNode warm = run(filledCopy(cache), out);

        assertThat(coldRun.at("/stats/modelCalls").asInt()).isGreaterThanOrEqualTo(10);
        assertThat(warm.at("/stats/modelCalls").asInt()).isZero();
        assertThat(warm.at("/stats/cacheHits").asInt()).isEqualTo(10);
    }

    @Test
    void theDefaultCacheIsAnEmbeddedFileInARelativeFolder() {
        assertThat(FILLED.resolve("answers.mv.db")).exists();
    }

    @Test
    void aStartingInstanceWarmsItsMemoryTierFromTheDatabase(@TempDir Path cache) throws IOException {
        filledCopy(cache);

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(DocRouteApplication.class)
                .web(WebApplicationType.NONE)
                .properties("docroute.service-mode=false", "camel.main.run-controller=false")
                .run("--docroute.cache.url=jdbc:h2:file:" + cache.resolve("answers"))) {
            CacheWarmer warmer = restarted.getBean(CacheWarmer.class);
            assertThat(warmer.lastWarmStart().answers()).isEqualTo(10);
            assertThat(restarted.getBean("docrouteAnswers", Cache.class).estimatedSize()).isEqualTo(10);
        }
    }

    @Test
    void theCacheCommandReportsAndClearsTheDatabase(@TempDir Path cache, @TempDir Path out) throws IOException {
        filledCopy(cache);
        String url = "--docroute.cache.url=jdbc:h2:file:" + cache.resolve("answers");

        assertThat(CacheCommand.execute(new String[] {"cache", "stats", url})).isZero();
        assertThat(CacheCommand.execute(new String[] {"cache", "clear", url})).isZero();

        JsonNode afterClear = run(cache, out);
        assertThat(afterClear.at("/stats/cacheHits").asInt()).isZero();
    }

    @Test
    void changingThePromptTemplateMakesModelCallsAgain(@TempDir Path cache, @TempDir Path prompts,
                                                       @TempDir Path out) throws IOException {
        try (Stream<Path> templates = Files.list(Path.of("config/prompts"))) {
            for (Path template : templates.toList()) {
                Files.copy(template, prompts.resolve(template.getFileName()));
            }
        }
        Path system = prompts.resolve("extract-interface.system.md");
        Files.writeString(system, Files.readString(system) + "\nPrefer plural nouns in paths.\n");

        JsonNode afterEdit = run(filledCopy(cache), out, "--docroute.extraction.prompts=" + prompts);

        assertThat(afterEdit.at("/stats/cacheHits").asInt()).isZero();
        assertThat(afterEdit.at("/stats/modelCalls").asInt()).isGreaterThanOrEqualTo(10);
    }
}
