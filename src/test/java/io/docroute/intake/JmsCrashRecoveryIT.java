package io.docroute.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docroute.ChildApplication;
import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service stopped while it processes a document taken from its (embedded, persistent) JMS queue.
 * Killed (SIGKILL): after a restart the broker delivers the document again and exactly one report comes back.
 * Stopped (SIGTERM): the document in flight is finished and answered before the process exits, and not again.
 * A document posted over HTTP is on the broker before its 202: killed while processing it, the service takes it
 * again after a restart, under the job id the client was given.
 */
class JmsCrashRecoveryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path root;

    private List<String> service(int port) {
        return service(port, 0);
    }

    private List<String> service(int port, int httpPort) {
        return List.of(
                "--docroute.inbox=" + root.resolve("inbox"), "--docroute.outbox=" + root.resolve("outbox"),
                "--docroute.cache.dir=" + root.resolve("cache"), "--docroute.jms.data-dir=" + root.resolve("broker"),
                "--docroute.jms.listen=tcp://127.0.0.1:" + port, "--server.port=" + httpPort,
                "--docroute.api.keys=it-key",
                "--docroute.max-concurrency=1",
                "--docroute.routing.simulators=always", "--docroute.routing.fallback-enabled=false",
                "--docroute.models[0].id=slow", "--docroute.models[0].kind=simulator",
                "--docroute.models[0].model=slow-sim", "--docroute.models[0].simulator.latency=fixed",
                "--docroute.models[0].simulator.latency-median=300ms");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Connection connect(int port) {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + port);
        return Awaitility.await().atMost(PATIENCE).ignoreExceptions().until(() -> {
            Connection connection = factory.createConnection();
            connection.start();
            return connection;
        }, c -> true);
    }

    /** Starts the service, queues the example document and waits until three of its blocks are answered. */
    private ChildApplication busyService(int port, Path log, String correlation) throws Exception {
        String document = Files.readString(Path.of("examples/admin-console-prd.md"));
        ChildApplication service = ChildApplication.start(root, log, service(port));
        try (Connection connection = connect(port)) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TextMessage message = session.createTextMessage(document);
            message.setStringProperty("filename", "queued-prd.md");
            message.setJMSCorrelationID(correlation);
            session.createProducer(session.createQueue(JmsProperties.DOCUMENTS)).send(message);
        }
        Awaitility.await().atMost(PATIENCE)
                .until(() -> CacheDatabase.answers(root.resolve("cache")) >= 3 || !service.isAlive());
        assertThat(service.isAlive()).as(service.console()).isTrue();
        return service;
    }

    /** Restarts the service and gives the one report on the results queue, checking no second one follows. */
    private TextMessage theOnlyReportAfterARestart(int port, Path log) throws Exception {
        try (ChildApplication restarted = ChildApplication.start(root, log, service(port));
             Connection connection = connect(port)) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer results = session.createConsumer(session.createQueue(JmsProperties.RESULTS));
            TextMessage answer = (TextMessage) results.receive(PATIENCE.toMillis());
            assertThat(answer).as(restarted.console()).isNotNull();
            assertThat(results.receive(3_000)).as("a second report").isNull();
            return answer;
        }
    }

    @Test
    void aQueuedDocumentInterruptedByAKillIsDeliveredAgainAndAnsweredOnce() throws Exception {
        int port = freePort();
        Path log = root.resolve("console.log");
        ChildApplication first = busyService(port, log, "crash-1");
        first.kill();
        assertThat(root.resolve("outbox/queued-prd.md.json")).doesNotExist();

        TextMessage answer = theOnlyReportAfterARestart(port, log);

        JsonNode report = JSON.readTree(answer.getText());
        assertThat(answer.getJMSCorrelationID()).isEqualTo("crash-1");
        assertThat(report.at("/status").asText()).isEqualTo("COMPLETED");
        assertThat(report.at("/interfaces")).hasSize(10);
        assertThat(report.at("/stats/cacheHits").asInt()).isGreaterThanOrEqualTo(3);
    }

    private static HttpResponse<String> post(int httpPort, String name, String document) throws Exception {
        URI documents = URI.create("http://127.0.0.1:" + httpPort + "/api/documents?filename=" + name);
        return HTTP.send(HttpRequest.newBuilder(documents)
                .header("X-API-Key", "it-key").POST(HttpRequest.BodyPublishers.ofString(document)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode job(int httpPort, String id) throws Exception {
        URI job = URI.create("http://127.0.0.1:" + httpPort + "/api/jobs/" + id);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(job).header("X-API-Key", "it-key").build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : JSON.createObjectNode();
    }

    @Test
    void aPostedDocumentOutlivesAKillOfTheInstanceThatAcceptedIt() throws Exception {
        int port = freePort();
        int httpPort = freePort();
        Path log = root.resolve("console.log");
        String document = Files.readString(Path.of("examples/admin-console-prd.md"));
        ChildApplication first = ChildApplication.start(root, log, service(port, httpPort));
        HttpResponse<String> accepted = Awaitility.await().atMost(PATIENCE).ignoreExceptions()
                .until(() -> post(httpPort, "posted-prd.md", document), response -> response.statusCode() == 202);
        String jobId = JSON.readTree(accepted.body()).at("/id").asText();
        Awaitility.await().atMost(PATIENCE)
                .until(() -> CacheDatabase.answers(root.resolve("cache")) >= 3 || !first.isAlive());
        first.kill();
        assertThat(root.resolve("outbox/posted-prd.md.json")).doesNotExist();

        try (ChildApplication restarted = ChildApplication.start(root, log, service(port, httpPort))) {
            JsonNode finished = Awaitility.await().atMost(PATIENCE).ignoreExceptions()
                    .until(() -> job(httpPort, jobId), job -> "COMPLETED".equals(job.at("/state").asText()));
            assertThat(finished.at("/document").asText()).as(restarted.console()).isEqualTo("posted-prd.md");
        }
        JsonNode report = JSON.readTree(root.resolve("outbox/posted-prd.md.json").toFile());
        assertThat(report.at("/interfaces")).hasSize(10);
        assertThat(report.at("/stats/cacheHits").asInt()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aStopFinishesTheQueuedDocumentInFlightAndAnswersItOnce() throws Exception {
        int port = freePort();
        Path log = root.resolve("console.log");
        ChildApplication first = busyService(port, log, "stop-1");

        first.close();

        assertThat(first.isAlive()).isFalse();
        assertThat(root.resolve("outbox/queued-prd.md.json")).as(first.console()).exists();
        TextMessage answer = theOnlyReportAfterARestart(port, log);
        assertThat(answer.getJMSCorrelationID()).isEqualTo("stop-1");
        // answered before the stop: not processed again after the restart
        assertThat(JSON.readTree(answer.getText()).at("/stats/cacheHits").asInt()).isZero();
    }
}
