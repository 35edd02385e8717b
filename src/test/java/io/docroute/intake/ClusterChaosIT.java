package io.docroute.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docroute.ChildApplication;
import io.docroute.TestPostgres;
import io.docroute.extraction.LocalExtractor;
import io.docroute.gateway.ModelEndpointProperties.SimulatorProfile;
import io.docroute.gateway.simulator.Outcome;
import io.docroute.gateway.simulator.SimulatedEndpoint;
import io.docroute.gateway.simulator.Stats;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three instances of the packaged service on one broker and one PostgreSQL server, sharing one inbox and one
 * outbox, one of them killed (SIGKILL) and started again every few seconds while documents arrive over JMS, HTTP
 * and the inbox, against one model endpoint with a per-minute limit and a daily budget. At the end every document
 * has exactly one finished job and one report, none is lost, the endpoint never saw more than its limit, the
 * budget was never passed, and every live instance answers for every job.
 */
class ClusterChaosIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int INSTANCES = 3;
    private static final int PER_CHANNEL = 70;
    private static final int KILLS = 50;
    private static final Duration BETWEEN_KILLS = Duration.ofSeconds(3);
    private static final int RPM = 600;
    private static final double DAILY_USD = 3.0;
    private static final Duration PATIENCE = Duration.ofMinutes(10);
    // more than the kills: a document every killed instance had taken is still not set aside by the broker (the
    // crash-loop guard that sets a document aside, and its report, are SetAsideDocumentsTest's subject)
    private static final int MAX_DELIVERY_ATTEMPTS = KILLS + 10;

    @TempDir
    Path root;

    private final Random random = new Random(42);

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The standalone broker the cluster shares, with the dead-letter address DocRoute needs. */
    private static EmbeddedActiveMQ broker(Path data, int port) throws Exception {
        Configuration configuration = new ConfigurationImpl().setPersistenceEnabled(true).setSecurityEnabled(false)
                .setJournalDirectory(data.resolve("journal").toString())
                .setBindingsDirectory(data.resolve("bindings").toString())
                .setLargeMessagesDirectory(data.resolve("large").toString())
                .setPagingDirectory(data.resolve("paging").toString());
        configuration.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port);
        for (String queue : List.of(JmsProperties.DOCUMENTS, PostedDocuments.QUEUE)) {
            configuration.addAddressSetting(queue, new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of(JmsProperties.DEAD_LETTERS))
                    .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS).setRedeliveryDelay(500));
        }
        configuration.addAddressSetting(JmsProperties.DEAD_LETTERS, new AddressSettings()
                .setMaxDeliveryAttempts(-1).setRedeliveryDelay(500));
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(configuration);
        broker.start();
        return broker;
    }

    /** A document of two interfaces of its own, so every document costs model calls and has its own hash. */
    private static String document(String name) {
        return """
                # %1$s

                ## List orders of %1$s
                Returns the orders of %1$s, newest first, 20 to a page.

                | Field | Type | Required | Description |
                |---|---|---|---|
                | page | integer | no | page number |

                ## Cancel order of %1$s
                Cancels one order of %1$s that has not shipped.

                | Field | Type | Required | Description |
                |---|---|---|---|
                | orderId | string | yes | the order to cancel |
                """.formatted(name);
    }

    private final class Cluster {
        final int brokerPort;
        final String database;
        final String modelUrl;
        final int[] httpPorts = new int[INSTANCES];
        final ChildApplication[] instances = new ChildApplication[INSTANCES];

        Cluster(int brokerPort, String database, String modelUrl) throws IOException {
            this.brokerPort = brokerPort;
            this.database = database;
            this.modelUrl = modelUrl;
            for (int i = 0; i < INSTANCES; i++) {
                httpPorts[i] = freePort();
            }
        }

        void start(int i) throws IOException {
            Path dir = Files.createDirectories(root.resolve("instance-" + i));
            instances[i] = ChildApplication.start(dir, root.resolve("instance-" + i + ".log"), List.of(
                    "--server.port=" + httpPorts[i],
                    "--docroute.jms.broker-url=tcp://127.0.0.1:" + brokerPort,
                    "--docroute.jms.broker-max-deliveries=" + MAX_DELIVERY_ATTEMPTS,
                    "--docroute.cache.url=" + TestPostgres.url(database), "--docroute.cache.username=" + TestPostgres.USER,
                    "--docroute.inbox=" + root.resolve("inbox"), "--docroute.outbox=" + root.resolve("outbox"),
                    "--docroute.api.keys=it-key",
                    "--docroute.routing.simulators=never",
                    "--docroute.budget.daily-usd=" + DAILY_USD,
                    "--docroute.models[0].id=provider", "--docroute.models[0].kind=openai",
                    "--docroute.models[0].base-url=" + modelUrl, "--docroute.models[0].api-key=chaos-key",
                    "--docroute.models[0].model=chaos-model", "--docroute.models[0].rpm=" + RPM,
                    "--docroute.models[0].max-concurrency=4",
                    "--docroute.models[0].price-input-per-mtok=20", "--docroute.models[0].price-output-per-mtok=40"));
        }

        /** The instances that answer their readiness probe: up, routes started, taking work. */
        List<Integer> ready() {
            List<Integer> ready = new ArrayList<>();
            for (int i : live()) {
                try {
                    HttpResponse<Void> probe = HTTP.send(HttpRequest.newBuilder(URI.create(
                                    "http://127.0.0.1:" + httpPorts[i] + "/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                    if (probe.statusCode() == 200) {
                        ready.add(i);
                    }
                } catch (IOException e) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return ready;
        }

        List<Integer> live() {
            List<Integer> live = new ArrayList<>();
            for (int i = 0; i < INSTANCES; i++) {
                if (instances[i] != null && instances[i].isAlive()) {
                    live.add(i);
                }
            }
            return live;
        }

        void stop() throws InterruptedException {
            for (ChildApplication instance : instances) {
                if (instance != null) {
                    instance.close();
                }
            }
        }
    }

    /**
     * Posts a document to a live instance until one answers 202; its job id. A post whose answer was lost may have
     * been taken all the same: posted again with the same Idempotency-Key (the document's name), it is the same job.
     */
    private static String post(Cluster cluster, String name, String text) throws Exception {
        return Awaitility.await().atMost(PATIENCE).ignoreExceptions().pollInterval(Duration.ofMillis(200)).until(() -> {
            List<Integer> live = cluster.live();
            int port = cluster.httpPorts[live.get((int) (System.nanoTime() % live.size()))];
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/documents?filename=" + name))
                    .header("X-API-Key", "it-key").header("Idempotency-Key", "\"" + name + "\"")
                    .POST(HttpRequest.BodyPublishers.ofString(text)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 202 ? JSON.readTree(response.body()).at("/id").asText() : null;
        }, id -> id != null && !id.isEmpty());
    }

    /** The documents the test sends that have no report in the outbox yet. */
    private static List<String> withoutReport(Path outbox) {
        List<String> missing = new ArrayList<>();
        for (String channel : List.of("queued-", "dropped-", "posted-")) {
            for (int n = 0; n < PER_CHANNEL; n++) {
                if (!Files.exists(outbox.resolve(channel + n + ".md.json"))) {
                    missing.add(channel + n + ".md");
                }
            }
        }
        return missing;
    }

    /** The inbox's files not yet moved away and the jobs not yet ended, as the shared database has them. */
    private static List<String> stillOpen(Path inbox, DataSource shared) {
        List<String> open = new ArrayList<>();
        try (var files = Files.list(inbox); java.sql.Connection sql = shared.getConnection();
             Statement statement = sql.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT document, state FROM docroute_job WHERE finished_at IS NULL")) {
            files.filter(Files::isRegularFile).forEach(file -> open.add("file " + file.getFileName()));
            while (rows.next()) {
                open.add("job of " + rows.getString(1) + " " + rows.getString(2));
            }
        } catch (IOException | java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return open;
    }

    private static JsonNode job(int port, String id) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/jobs/" + id)).header("X-API-Key", "it-key").build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : JSON.createObjectNode();
    }

    /** The most calls the endpoint received in any minute. */
    private static int busiestMinute(List<Stats.Arrival> arrivals) {
        long minute = Duration.ofMinutes(1).toNanos();
        int most = 0;
        int from = 0;
        for (int to = 0; to < arrivals.size(); to++) {
            while (arrivals.get(to).nanoTime() - arrivals.get(from).nanoTime() >= minute) {
                from++;
            }
            most = Math.max(most, to - from + 1);
        }
        return most;
    }

    @Test
    void killedOverAndOverTheClusterLosesNothingAndDoesNothingTwice() throws Exception {
        String database = TestPostgres.newDatabase();
        int brokerPort = freePort();
        EmbeddedActiveMQ broker = broker(root.resolve("broker"), brokerPort);
        SimulatorProfile profile = new SimulatorProfile("fixed", Duration.ofMillis(150), 0, 0, 0,
                Duration.ofSeconds(1), 0, 0, RPM, Duration.ofMinutes(1), 0, 1, Duration.ZERO, Duration.ZERO);
        SimulatedEndpoint model = new SimulatedEndpoint("provider", "chaos-model", profile, new LocalExtractor(), 7)
                .start();
        Files.createDirectories(root.resolve("inbox"));
        Path staging = Files.createDirectories(root.resolve("staging"));
        Cluster cluster = new Cluster(brokerPort, database, model.baseUrl());
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + brokerPort);
        Map<String, String> postedJobs = new HashMap<>();
        AtomicInteger kills = new AtomicInteger();
        DataSource shared = TestPostgres.dataSource(database);
        try (Connection connection = factory.createConnection()) {
            connection.start();
            for (int i = 0; i < INSTANCES; i++) {
                cluster.start(i);
            }
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer documents = session.createProducer(session.createQueue(JmsProperties.DOCUMENTS));

            // the killer: every few seconds a random instance that is up and taking work dies hard and is started
            // again (one still starting is left to start: killing it would only repeat its start)
            Thread killer = new Thread(() -> {
                try {
                    while (kills.get() < KILLS) {
                        // a few seconds after the last kill, the first moment an instance is up and taking work
                        List<Integer> ready = Awaitility.await().pollDelay(BETWEEN_KILLS).atMost(PATIENCE)
                                .pollInterval(Duration.ofMillis(500)).until(cluster::ready, up -> !up.isEmpty());
                        int victim = ready.get(random.nextInt(ready.size()));
                        cluster.instances[victim].kill();
                        kills.incrementAndGet();
                        cluster.start(victim);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "chaos-killer");
            killer.start();

            for (int n = 0; n < PER_CHANNEL; n++) {
                String queued = "queued-" + n + ".md";
                TextMessage message = session.createTextMessage(document(queued));
                message.setStringProperty("filename", queued);
                message.setJMSCorrelationID(queued);
                documents.send(message);

                String dropped = "dropped-" + n + ".md";
                Files.writeString(staging.resolve(dropped), document(dropped));
                Files.move(staging.resolve(dropped), root.resolve("inbox").resolve(dropped),
                        StandardCopyOption.ATOMIC_MOVE);

                String posted = "posted-" + n + ".md";
                postedJobs.put(posted, post(cluster, posted, document(posted)));
            }
            killer.join();
            assertThat(kills.get()).isEqualTo(KILLS);

            // every document's report in the outbox, then every JMS document's report on the results queue, once
            Path outbox = root.resolve("outbox");
            Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                    .conditionEvaluationListener(condition -> {
                        if (condition.getRemainingTimeInMS() <= 1_000) {
                            System.out.println("no report yet: " + withoutReport(outbox));
                        }
                    })
                    .until(() -> withoutReport(outbox).isEmpty());
            try (var files = Files.list(outbox)) {
                assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".error.json")))
                        .as("documents that failed or were set aside").isEmpty();
            }
            // then nothing left open: a document an instance took again after another wrote its outputs and died
            // (before its job's end or its file's move) is done again, its job reopened until then
            Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                    .conditionEvaluationListener(condition -> {
                        if (condition.getRemainingTimeInMS() <= 1_000) {
                            System.out.println("still open: " + stillOpen(root.resolve("inbox"), shared));
                        }
                    })
                    .until(() -> stillOpen(root.resolve("inbox"), shared).isEmpty());
            MessageConsumer results = session.createConsumer(session.createQueue(JmsProperties.RESULTS));
            Map<String, Integer> reports = new HashMap<>();
            for (int n = 0; n < PER_CHANNEL; n++) {
                Message report = results.receive(PATIENCE.toMillis());
                assertThat(report).as("report %d of %d on the results queue", n + 1, PER_CHANNEL).isNotNull();
                reports.merge(report.getJMSCorrelationID(), 1, Integer::sum);
            }
            // then whatever else comes within a few seconds: a second report of a document would be one too many
            for (Message extra = results.receive(3_000); extra != null; extra = results.receive(3_000)) {
                reports.merge(extra.getJMSCorrelationID(), 1, Integer::sum);
            }
            assertThat(reports).hasSize(PER_CHANNEL).allSatisfy((name, count) -> assertThat(count)
                    .as("reports of %s on the results queue", name).isOne());

            // one finished job per document, whatever its channel, however often its instance died
            Map<String, Integer> finished = new HashMap<>();
            try (java.sql.Connection sql = shared.getConnection(); Statement statement = sql.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT document, COUNT(*) FROM docroute_job WHERE finished_at IS NOT NULL GROUP BY document")) {
                while (rows.next()) {
                    finished.put(rows.getString(1), rows.getInt(2));
                }
            }
            assertThat(finished).hasSize(3 * PER_CHANNEL).allSatisfy((name, count) -> assertThat(count)
                    .as("finished jobs of %s", name).isOne());

            // the budget and the endpoint's limit held across the cluster: each UTC day's spending within the day's
            // limit (a run that crosses midnight spends from two days)
            try (java.sql.Connection sql = shared.getConnection(); Statement statement = sql.createStatement();
                 ResultSet spent = statement.executeQuery(
                         "SELECT COALESCE(SUM(spent_usd), 0), COALESCE(MAX(spent_usd), 0) FROM model_budget")) {
                spent.next();
                assertThat(spent.getDouble(1)).as("spent USD").isPositive();
                assertThat(spent.getDouble(2)).as("spent USD on one day").isLessThanOrEqualTo(DAILY_USD);
            }
            assertThat(model.stats().count(Outcome.RATE_LIMITED)).as("calls over the endpoint's limit").isZero();
            assertThat(busiestMinute(model.stats().arrivals())).isLessThanOrEqualTo(RPM);

            // any live instance answers for any posted document's job
            for (int i : cluster.live()) {
                for (Map.Entry<String, String> posted : postedJobs.entrySet()) {
                    JsonNode job = Awaitility.await().atMost(PATIENCE).ignoreExceptions()
                            .until(() -> job(cluster.httpPorts[i], posted.getValue()), node -> node.has("state"));
                    assertThat(job.at("/document").asText()).isEqualTo(posted.getKey());
                    assertThat(job.at("/state").asText()).isIn("COMPLETED", "DEGRADED", "PARTIAL");
                }
            }
        } finally {
            cluster.stop();
            model.close();
            broker.stop();
            keepLogs();
        }
    }

    /** The instances' consoles, kept past the temporary folder for a look after a failing run. */
    private void keepLogs() throws IOException {
        Path kept = Files.createDirectories(Path.of("target", "chaos-logs"));
        try (var logs = Files.list(root)) {
            for (Path log : logs.filter(file -> file.getFileName().toString().endsWith(".log")).toList()) {
                Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
