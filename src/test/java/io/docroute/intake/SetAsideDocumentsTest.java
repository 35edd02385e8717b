package io.docroute.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docroute.jobs.Job;
import io.docroute.jobs.JobRegistry;
import io.docroute.jobs.SharedJobs;
import io.docroute.pipeline.IncomingDocument;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.core.JmsTemplate;

/**
 * Documents the embedded broker sets aside by itself: delivered as often as it allows, each delivery rolled back as
 * an instance killed mid-document leaves it, so DocRoute's own failure path never runs.
 */
@BrokerApplicationTest
class SetAsideDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    JmsTemplate jms;

    @Autowired
    ConnectionFactory connections;

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    JobRegistry jobs;

    @Autowired
    SharedJobs sharedJobs;

    @Autowired
    JmsProperties properties;

    @Autowired
    EmbeddedActiveMQ broker;

    @BeforeEach
    void noInstanceTakesQueuedDocuments() throws Exception {
        // the test's own consumer plays the instances that die: DocRoute's consumer would finish the document
        // (stopped once for the class, started again for the tests that share its context)
        if (camel.getRouteController().getRouteStatus("intake-jms").isStarted()) {
            camel.getRouteController().stopRoute("intake-jms");
        }
        Awaitility.await().atMost(PATIENCE).until(() -> consumersOfTheDocumentsQueue() == 0);
        jms.setReceiveTimeout(100);
        while (jms.receive(JmsProperties.RESULTS) != null || jms.receive(JmsProperties.DEAD_LETTERS) != null) {
            // left over from another test
        }
    }

    @AfterAll
    static void instancesTakeQueuedDocumentsAgain(@Autowired CamelContext camel) throws Exception {
        camel.getRouteController().startRoute("intake-jms");
    }

    private long consumersOfTheDocumentsQueue() {
        return broker.getActiveMQServer().locateQueue(JmsProperties.DOCUMENTS).getConsumerCount();
    }

    @Test
    void aDocumentTheBrokerSetAsideGetsOneErrorReportAndItsJobFailsAndItStaysOnTheDeadLetterQueue() throws Exception {
        String messageId = send("set-aside.md", "order-set-aside");
        String job = JmsDocuments.jobOf(messageId);

        deliverUntilTheBrokerSetsItAside();

        Message kept = awaitKeptOnTheDeadLetterQueue("set-aside.md");
        assertThat(kept.getStringProperty(JmsDocuments.ERROR_HEADER))
                .startsWith("set aside by the broker after 3 delivery attempts");
        assertThat(kept.getIntProperty(JmsDocuments.ATTEMPTS_HEADER)).isEqualTo(properties.brokerMaxDeliveries());
        assertThat(kept.getStringProperty(DeadLetters.ORIGIN_HEADER)).isEqualTo(JmsProperties.DOCUMENTS);
        assertThat(kept.getJMSCorrelationID()).isEqualTo("order-set-aside");
        assertThat(((jakarta.jms.BytesMessage) kept).getBodyLength()).isEqualTo(markdown().length);

        List<Message> reports = resultsNow();
        assertThat(reports).hasSize(1);
        JsonNode report = JSON.readTree(((TextMessage) reports.get(0)).getText());
        assertThat(reports.get(0).getJMSCorrelationID()).isEqualTo("order-set-aside");
        assertThat(report.path("document").asText()).isEqualTo("set-aside.md");
        assertThat(report.path("kind").asText()).isEqualTo("set-aside");
        assertThat(report.path("error").asText()).contains("the instances that took it stopped before finishing it");

        assertThat(jobs.find(job)).map(Job::state).contains(Job.State.FAILED);
        assertThat(sharedJobs.find(job)).map(SharedJobs.Stored::state).contains(Job.State.FAILED);
    }

    @Test
    void aDocumentWhoseJobAlreadyEndedIsNotReportedAgainWhenTheBrokerSetsItAside() throws Exception {
        String messageId = send("finished.md", "order-finished");
        String job = JmsDocuments.jobOf(messageId);
        // an instance finished it and wrote its job's end, then died before its message was committed
        producer.requestBody("direct:process-document", IncomingDocument.of("finished.md", markdown(), "jms", job));
        assertThat(sharedJobs.find(job)).map(SharedJobs.Stored::state).contains(Job.State.COMPLETED);

        deliverUntilTheBrokerSetsItAside();

        Message kept = awaitKeptOnTheDeadLetterQueue("finished.md");
        assertThat(kept.getStringProperty(JmsDocuments.ERROR_HEADER)).startsWith("set aside by the broker");
        // the report would have gone out in the transaction that put it back, committed by now
        assertThat(resultsNow()).isEmpty();
        assertThat(sharedJobs.find(job)).map(SharedJobs.Stored::state).contains(Job.State.COMPLETED);
        assertThat(jobs.find(job)).map(Job::state).contains(Job.State.COMPLETED);
    }

    private static byte[] markdown() throws Exception {
        return Files.readAllBytes(Path.of("examples/admin-console-prd.md"));
    }

    /** Sends a document to the queue; its JMS message id. */
    private String send(String fileName, String correlationId) throws Exception {
        String text = new String(markdown(), StandardCharsets.UTF_8);
        AtomicReference<Message> sent = new AtomicReference<>();
        jms.send(JmsProperties.DOCUMENTS, session -> {
            TextMessage message = session.createTextMessage(text);
            message.setStringProperty(JmsDocuments.FILE_NAME_PROPERTY, fileName);
            message.setJMSCorrelationID(correlationId);
            sent.set(message);
            return message;
        });
        return sent.get().getJMSMessageID();
    }

    /** Takes the document and rolls back, as often as the broker allows: then it moves it to its dead-letter address. */
    private void deliverUntilTheBrokerSetsItAside() throws Exception {
        // not through Spring's caching factory: it keeps a closed consumer open, and that one takes the next document
        ConnectionFactory direct = connections instanceof CachingConnectionFactory caching
                ? caching.getTargetConnectionFactory() : connections;
        try (Connection connection = direct.createConnection()) {
            connection.start();
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageConsumer consumer = session.createConsumer(session.createQueue(JmsProperties.DOCUMENTS));
            for (int delivery = 1; delivery <= properties.brokerMaxDeliveries(); delivery++) {
                Message taken = consumer.receive(PATIENCE.toMillis());
                assertThat(taken).as("delivery %d", delivery).isNotNull();
                assertThat(taken.getIntProperty("JMSXDeliveryCount")).isEqualTo(delivery);
                session.rollback();
            }
            assertThat(consumer.receiveNoWait()).as("left on the documents queue").isNull();
        }
    }

    /** The document's one message on the dead-letter queue once the route has put it back, marked. */
    private Message awaitKeptOnTheDeadLetterQueue(String fileName) {
        List<Message> kept = Awaitility.await().atMost(PATIENCE).until(() -> deadLetters(fileName),
                messages -> !messages.isEmpty() && messages.stream().allMatch(this::marked));
        assertThat(kept).hasSize(1);
        return kept.get(0);
    }

    private boolean marked(Message message) {
        try {
            return message.getStringProperty(JmsDocuments.ERROR_HEADER) != null
                    && message.getStringProperty(DeadLetters.ORIGINAL_ADDRESS) == null;
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Message> deadLetters(String fileName) {
        return jms.browseSelected(JmsProperties.DEAD_LETTERS, "filename = '" + fileName + "'",
                (session, browser) -> new ArrayList<>(Collections.list(browser.getEnumeration())));
    }

    /** Every report on the results queue now. */
    private List<Message> resultsNow() {
        List<Message> reports = new ArrayList<>();
        jms.setReceiveTimeout(JmsTemplate.RECEIVE_TIMEOUT_NO_WAIT);
        for (Message report = jms.receive(JmsProperties.RESULTS); report != null;
             report = jms.receive(JmsProperties.RESULTS)) {
            reports.add(report);
        }
        return reports;
    }
}
