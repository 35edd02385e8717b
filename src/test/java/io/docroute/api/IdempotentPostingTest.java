package io.docroute.api;

import io.docroute.intake.BrokerApplicationTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docroute.intake.JmsDocuments;
import io.docroute.intake.PostedDocuments;
import io.docroute.jobs.Job;
import io.docroute.jobs.JobRegistry;
import io.docroute.jobs.SharedJobs;
import io.docroute.pipeline.IncomingDocument;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.camel.CamelContext;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code POST /api/documents} with an {@code Idempotency-Key}, against the embedded broker and the H2 job table: a
 * post sent again is the same job and its document is processed once, whether the first post's instance died before
 * or after the broker took the document. Requests go through Spring MVC (MockMvc) in the broker tests' shared
 * application context ({@link BrokerApplicationTest}). The route
 * {@code intake-http} is stopped while a test posts, so the retries meet a document still waiting on the broker.
 */
@BrokerApplicationTest
class IdempotentPostingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String API_KEY = "client-key";
    private static final String ROUTE = "intake-http";

    @Autowired
    WebApplicationContext web;

    @Autowired
    CamelContext camel;

    @Autowired
    EmbeddedActiveMQ broker;

    @Autowired
    JobRegistry jobs;

    @Autowired
    SharedJobs sharedJobs;

    @Autowired
    PostedDocuments posted;

    @Autowired
    DataSource dataSource;

    @Autowired
    MeterRegistry meters;

    private MockMvc mvc;
    // the keys and names of this run: a job table on disk would remember the last run's
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void noInstanceTakesPostedDocuments() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(web).build();
        camel.getRouteController().stopRoute(ROUTE);
        Awaitility.await().atMost(PATIENCE).until(() -> postedQueue().getConsumerCount() == 0);
    }

    @AfterEach
    void instancesTakePostedDocumentsAgain() throws Exception {
        camel.getRouteController().startRoute(ROUTE);
    }

    private Queue postedQueue() {
        return broker.getActiveMQServer().locateQueue(PostedDocuments.QUEUE);
    }

    /**
     * Messages the broker has put on the posted documents' queue so far. The queue may count a message after the
     * send has returned, on its own executor: the count is read once that executor has run what it was given, and a
     * test reads it once its job has ended and the queue is empty, when every message it sent has been counted.
     */
    private long messagesAdded() {
        Queue queue = postedQueue();
        assertThat(queue.flushExecutor()).as("the queue's executor ran what it was given").isTrue();
        return queue.getMessagesAdded();
    }

    /** Messages waiting on the posted documents' queue for the document of this name. */
    private long messagesWaitingFor(String name) {
        long waiting = 0;
        try (var messages = postedQueue().browserIterator()) {
            while (messages.hasNext()) {
                Object filename = messages.next().getMessage().getObjectProperty(JmsDocuments.FILE_NAME_PROPERTY);
                waiting += name.equals(String.valueOf(filename)) ? 1 : 0;
            }
        }
        return waiting;
    }

    private static byte[] document(String title) throws Exception {
        return Files.readString(Path.of("src/test/resources/documents/three-blocks.md"))
                .replace("# User service requirements", "# " + title).getBytes(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse post(String name, byte[] content, String... keys) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/api/documents?filename=" + name)
                .header("X-API-Key", API_KEY).content(content);
        for (String key : keys) {
            request.header(IdempotencyKey.HEADER, key);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** Reports written of completed documents so far; only this class's documents are processed meanwhile. */
    private double reportsWritten() {
        Counter written = meters.find("docroute.documents").tag("status", "completed").counter();
        return written == null ? 0 : written.count();
    }

    private int jobRows(String name) {
        return new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM docroute_job WHERE document = ?",
                Integer.class, name);
    }

    /** Lets the instances take the queue again, then waits for the job's end and the queue to be empty. */
    private void processAndAwaitTheEnd(String jobId) throws Exception {
        camel.getRouteController().startRoute(ROUTE);
        Awaitility.await().atMost(PATIENCE).until(() -> sharedJobs.find(jobId).map(SharedJobs.Stored::state)
                .orElse(null), Job.State.COMPLETED::equals);
        Awaitility.await().atMost(PATIENCE).until(() -> postedQueue().getMessageCount() == 0);
    }

    @Test
    void theSameKeyPostedTwiceIsOneJobAndItsDocumentIsProcessedOnce() throws Exception {
        String name = "twice-" + run + ".md";
        byte[] content = document(name);
        double reports = reportsWritten();
        long added = messagesAdded();

        MockHttpServletResponse first = post(name, content, "\"order-" + run + "\"");
        MockHttpServletResponse again = post(name, content, "\"order-" + run + "\"");

        assertThat(first.getStatus()).isEqualTo(202);
        assertThat(again.getStatus()).isEqualTo(202);
        String id = json(first).path("id").asText();
        assertThat(json(again).path("id").asText()).isEqualTo(id);
        assertThat(again.getHeader("Location")).isEqualTo(first.getHeader("Location")).isEqualTo("/api/jobs/" + id);
        assertThat(jobRows(name)).isOne();

        processAndAwaitTheEnd(id);

        assertThat(messagesAdded() - added).as("messages the broker took").isOne();
        assertThat(reportsWritten() - reports).as("reports written").isOne();
        assertThat(Path.of("target/jms-intake-test-out/" + name + ".json")).exists();
        MockHttpServletResponse afterTheEnd = post(name, content, "\"order-" + run + "\"");
        assertThat(afterTheEnd.getStatus()).isEqualTo(202);
        assertThat(json(afterTheEnd).path("id").asText()).isEqualTo(id);
        assertThat(json(afterTheEnd).path("state").asText()).isEqualTo("COMPLETED");
        assertThat(messagesAdded() - added).isOne();
        assertThat(jobRows(name)).isOne();
    }

    @Test
    void aRetryPutsTheDocumentOnTheBrokerWhenTheFirstInstanceDiedBeforeTheBrokerTookIt() throws Exception {
        String name = "before-broker-" + run + ".md";
        byte[] content = document(name);
        String key = "before-broker-" + run;
        String id = new IdempotencyKey(key).jobId(API_KEY);
        // the first post's instance opened the job, then died before putting the document on the broker
        jobs.submitOnce(id, name, "http", IncomingDocument.of(name, content, "http", id).contentHash());
        double reports = reportsWritten();
        long added = messagesAdded();

        MockHttpServletResponse retry = post(name, content, key);

        assertTheRetryNamesTheJobProcessedOnce(retry, id, name, added, reports);
    }

    @Test
    void aRetryIsDroppedByTheBrokerWhenTheFirstInstanceDiedAfterTheBrokerTookIt() throws Exception {
        String name = "after-broker-" + run + ".md";
        byte[] content = document(name);
        String key = "after-broker-" + run;
        String id = new IdempotencyKey(key).jobId(API_KEY);
        long added = messagesAdded();
        // the first post's instance opened the job and the broker took the document; the instance died before its 202
        IncomingDocument first = IncomingDocument.of(name, content, "http", id);
        jobs.submitOnce(id, name, "http", first.contentHash());
        posted.post(first);
        double reports = reportsWritten();

        MockHttpServletResponse retry = post(name, content, key);

        assertTheRetryNamesTheJobProcessedOnce(retry, id, name, added, reports);
    }

    /** The retry answered with the job, the broker holds one message for it, and it is processed and reported once. */
    private void assertTheRetryNamesTheJobProcessedOnce(MockHttpServletResponse retry, String id, String name,
                                                        long messagesBefore, double reportsBefore) throws Exception {
        assertThat(retry.getStatus()).isEqualTo(202);
        assertThat(json(retry).path("id").asText()).isEqualTo(id);
        processAndAwaitTheEnd(id);
        assertThat(messagesAdded() - messagesBefore).as("messages the broker took").isOne();
        assertThat(reportsWritten() - reportsBefore).as("reports written").isOne();
        assertThat(jobRows(name)).isOne();
    }

    @Test
    void theSameKeyWithAnotherDocumentIsRefused() throws Exception {
        String name = "reused-" + run + ".md";
        String key = "reused-" + run;
        MockHttpServletResponse first = post(name, document(name), key);

        MockHttpServletResponse other = post(name, document("another " + name), key);

        assertThat(first.getStatus()).isEqualTo(202);
        assertThat(other.getStatus()).isEqualTo(422);
        assertThat(other.getContentType()).isEqualTo("application/problem+json");
        assertThat(json(other).path("detail").asText()).contains("was used for another document")
                .contains(json(first).path("id").asText());
        assertThat(messagesWaitingFor(name)).as("messages the broker holds for the document").isOne();
        assertThat(jobRows(name)).isOne();
    }

    @Test
    void anInvalidKeyIsRefusedAndNoJobIsOpened() throws Exception {
        String name = "invalid-" + run + ".md";
        byte[] content = document(name);

        for (String[] keys : new String[][] {{"k".repeat(256)}, {"tab\there"}, {"\"\""}, {"   "}, {"\"a\"b\""},
                {"one", "two"}}) {
            MockHttpServletResponse refused = post(name, content, keys);
            assertThat(refused.getStatus()).as(String.join(" | ", keys)).isEqualTo(400);
            assertThat(refused.getContentType()).isEqualTo("application/problem+json");
            assertThat(json(refused).path("detail").asText()).contains(IdempotencyKey.HEADER);
        }
        assertThat(jobRows(name)).isZero();
    }
}
