package io.docroute.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docroute.DocRouteApplication;
import io.docroute.TestPostgres;
import io.docroute.intake.PostedDocuments;
import io.docroute.jobs.Job;
import io.docroute.jobs.JobEvent;
import io.docroute.jobs.JobRegistry;
import io.docroute.jobs.SharedJobs;
import io.docroute.pipeline.IncomingDocument;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two service instances on one PostgreSQL database. A job one of them holds in memory but another instance took —
 * a posted document it only queued, or one whose attempt ended here and was taken again there, as a delivery rolled
 * back here is — is answered by the first as the other one left it: its state, blocks, events, result and draft.
 */
class JobTakenElsewhereTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path outbox;

    /** Where the document is posted; it refuses documents over 100 bytes, so an attempt of its own ends FAILED. */
    private static ConfigurableApplicationContext here;
    /** The instance that takes the document. */
    private static ConfigurableApplicationContext there;
    private static byte[] document;

    @BeforeAll
    static void start() throws Exception {
        String database = TestPostgres.url(TestPostgres.newDatabase());
        there = start(database, "--docroute.max-document-bytes=1000000");
        here = start(database, "--docroute.max-document-bytes=100");
        document = Files.readAllBytes(Path.of("src/test/resources/documents/three-blocks.md"));
    }

    @AfterAll
    static void stop() {
        if (here != null) {
            here.close();
        }
        if (there != null) {
            there.close();
        }
    }

    private static ConfigurableApplicationContext start(String database, String limit) {
        return new SpringApplicationBuilder(DocRouteApplication.class).run(
                "--server.port=0", "--docroute.api.keys=shared-key", "--docroute.cache.url=" + database,
                "--docroute.cache.username=" + TestPostgres.USER, "--docroute.outbox=" + outbox, limit,
                "--docroute.jms.enabled=false", "--docroute.intake.file-enabled=false",
                "--docroute.routing.simulators=never", "--camel.main.run-controller=false",
                "--camel.main.jmx-enabled=false", "--spring.jmx.enabled=false");
    }

    @Test
    void theInstanceThatQueuedAPostedDocumentAnswersForItAsTheInstanceThatProcessedItLeftIt() throws Exception {
        // what POST /api/documents does here; the broker then hands the document to the other instance
        Job job = here.getBean(JobRegistry.class).submit("queued-here.md", "http");
        there.getBean(PostedDocuments.class).post(IncomingDocument.of("queued-here.md", document, "http", job.id()));
        awaitStored(job.id(), Job.State.COMPLETED);

        assertThat(job.state()).isEqualTo(Job.State.QUEUED);
        assertAnsweredHereAsThere(job.id());
    }

    @Test
    void anInstanceWhoseAttemptEndedAnswersForTheJobAsTheInstanceThatTookItAgainLeftIt() throws Exception {
        Job job = here.getBean(JobRegistry.class).submit("attempted-here.md", "http");
        here.getBean(PostedDocuments.class).post(IncomingDocument.of("attempted-here.md", document, "http", job.id()));
        // its events all written, before the other instance opens the job again and clears them
        Awaitility.await().atMost(PATIENCE).until(() -> storedEvents(job.id()).contains("\"type\":\"done\""));
        assertThat(job.state()).isEqualTo(Job.State.FAILED);
        assertThat(json(get(port(here), "/api/jobs/" + job.id())).at("/state").asText()).isEqualTo("FAILED");

        // taken again by the other instance under the same job
        there.getBean(PostedDocuments.class).post(IncomingDocument.of("attempted-here.md", document, "http",
                job.id()));
        awaitStored(job.id(), Job.State.COMPLETED);

        assertThat(job.state()).isEqualTo(Job.State.FAILED);
        assertAnsweredHereAsThere(job.id());
        assertThat(json(get(port(here), "/api/jobs/" + job.id())).has("error")).isFalse();
    }

    private static void assertAnsweredHereAsThere(String id) throws Exception {
        JsonNode job = json(get(port(here), "/api/jobs/" + id));
        assertThat(job.at("/state").asText()).isEqualTo("COMPLETED");
        assertThat(job.at("/blocks")).hasSize(3);
        assertThat(job.at("/progress/completed").asInt()).isEqualTo(3);

        HttpResponse<String> result = get(port(here), "/api/jobs/" + id + "/result");
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).isEqualTo(get(port(there), "/api/jobs/" + id + "/result").body());
        assertThat(get(port(here), "/api/jobs/" + id + "/openapi.yaml").body())
                .isEqualTo(get(port(there), "/api/jobs/" + id + "/openapi.yaml").body());

        String events = get(port(here), "/api/jobs/" + id + "/events").body();
        assertThat(events.split("event:" + JobEvent.BLOCK, -1)).hasSize(4);
        assertThat(events).contains("event:" + JobEvent.DONE).contains("\"status\":\"COMPLETED\"");

        JsonNode listed = StreamSupport.stream(json(get(port(here), "/api/jobs")).spliterator(), false)
                .filter(recent -> id.equals(recent.at("/id").asText())).findFirst().orElseThrow();
        assertThat(listed.at("/state").asText()).isEqualTo("COMPLETED");
    }

    private static void awaitStored(String id, Job.State state) {
        SharedJobs shared = here.getBean(SharedJobs.class);
        Awaitility.await().atMost(PATIENCE).until(() -> shared.find(id).map(SharedJobs.Stored::state).orElse(null),
                state::equals);
    }

    private static String storedEvents(String id) {
        return here.getBean(SharedJobs.class).events(id, 0).toString();
    }

    private static int port(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-API-Key", "shared-key").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
