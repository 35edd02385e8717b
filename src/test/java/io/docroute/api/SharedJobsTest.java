package io.docroute.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docroute.DocRouteApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two service instances on one database: a job one of them processed is answered by the other — its state, its
 * blocks, its event stream, its result and OpenAPI draft, and the list of recent jobs.
 */
class SharedJobsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path outbox;

    private final String database = "jdbc:h2:mem:shared-jobs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    private int start() {
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(DocRouteApplication.class).run(
                "--server.port=0", "--docroute.api.keys=shared-key", "--docroute.cache.url=" + database,
                "--docroute.outbox=" + outbox, "--docroute.jms.enabled=false", "--docroute.intake.file-enabled=false",
                "--docroute.routing.simulators=never", "--camel.main.run-controller=false",
                "--camel.main.jmx-enabled=false", "--spring.jmx.enabled=false");
        instances.add(instance);
        return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-API-Key", "shared-key").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anInstanceAnswersForAJobAnotherOneProcessed() throws Exception {
        int first = start();
        int second = start();
        String document = Files.readString(Path.of("src/test/resources/documents/three-blocks.md"));
        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + first + "/api/documents?filename=shared.md"))
                .header("X-API-Key", "shared-key").POST(HttpRequest.BodyPublishers.ofString(document)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).isEqualTo(202);
        String id = JSON.readTree(accepted.body()).at("/id").asText();

        JsonNode job = Awaitility.await().atMost(PATIENCE)
                .until(() -> JSON.readTree(get(second, "/api/jobs/" + id).body()),
                        answer -> "COMPLETED".equals(answer.at("/state").asText()));

        assertThat(job.at("/document").asText()).isEqualTo("shared.md");
        assertThat(job.at("/channel").asText()).isEqualTo("http");
        assertThat(job.at("/progress/completed").asInt()).isEqualTo(3);
        assertThat(job.at("/blocks")).hasSize(3);
        assertThat(job.at("/blocks/0/spec/method").asText()).isNotEmpty();
        assertThat(get(second, "/api/jobs/" + id + "/result").body())
                .isEqualTo(get(first, "/api/jobs/" + id + "/result").body());
        assertThat(get(second, "/api/jobs/" + id + "/openapi.yaml").body())
                .isEqualTo(get(first, "/api/jobs/" + id + "/openapi.yaml").body());
        String events = get(second, "/api/jobs/" + id + "/events").body();
        assertThat(events.split("event:block", -1)).hasSize(4);
        assertThat(events).contains("event:done").contains("\"status\":\"COMPLETED\"");
        assertThat(JSON.readTree(get(second, "/api/jobs").body()).findValuesAsText("id")).contains(id);
        assertThat(get(second, "/api/jobs/no-such-job").statusCode()).isEqualTo(404);
    }
}
