package io.docroute.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docroute.pipeline.RunTracker;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;

/** Documents on the embedded broker's queue, results and dead letters read back from its queues. */
@BrokerApplicationTest
class JmsIntakeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JmsTemplate jms;

    @Autowired
    ConnectionFactory connections;

    @BeforeEach
    void emptyQueues() {
        jms.setReceiveTimeout(100);
        while (jms.receive(JmsProperties.RESULTS) != null || jms.receive(JmsProperties.DEAD_LETTERS) != null) {
            // left over from another test
        }
        jms.setReceiveTimeout(30_000);
    }

    private static String markdown() throws IOException {
        return Files.readString(Path.of("examples/admin-console-prd.md"));
    }

    /** Sends a TextMessage with a file name; {@code more} sets anything else on it. */
    private void sendText(String text, String fileName, MessageSetup more) {
        jms.send(JmsProperties.DOCUMENTS, session -> {
            TextMessage message = session.createTextMessage(text);
            message.setStringProperty("filename", fileName);
            more.apply(message);
            return message;
        });
    }

    @FunctionalInterface
    interface MessageSetup {
        void apply(Message message) throws JMSException;
    }

    private JsonNode result(Message message) throws JMSException, IOException {
        return JSON.readTree(((TextMessage) message).getText());
    }

    @Test
    void aDocumentSentToTheQueueComesBackAsItsReportWithTheSameCorrelationId() throws Exception {
        sendText(markdown(), "queued-prd.md", message -> message.setJMSCorrelationID("order-4711"));

        Message answer = jms.receive(JmsProperties.RESULTS);

        assertThat(answer).isNotNull();
        assertThat(answer.getJMSCorrelationID()).isEqualTo("order-4711");
        assertThat(result(answer).at("/status").asText()).isEqualTo("COMPLETED");
        assertThat(result(answer).at("/interfaces")).hasSize(10);
        assertThat(result(answer).at("/document/name").asText()).isEqualTo("queued-prd.md");
    }

    @Test
    void everyFinishedBlockAndTheEndOfTheJobArePublishedOnTheProgressTopic() throws Exception {
        BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
        try (Connection connection = connections.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createConsumer(session.createTopic(JmsProperties.PROGRESS)).setMessageListener(message -> {
                try {
                    events.add(result(message));
                } catch (JMSException | IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            connection.start();
            sendText(markdown(), "watched-prd.md", message -> { });
            Message answer = jms.receive(JmsProperties.RESULTS);
            String job = answer.getStringProperty(RunTracker.JOB_ID);

            List<JsonNode> received = new ArrayList<>();
            JsonNode event;
            do {
                event = events.poll(30, TimeUnit.SECONDS);
                assertThat(event).as("an event within 30 s").isNotNull();
                received.add(event);
            } while (!"done".equals(event.path("type").asText()));

            assertThat(received).hasSize(11).allSatisfy(e -> assertThat(e.path("job").asText()).isEqualTo(job));
            assertThat(received.subList(0, 10)).allSatisfy(e -> assertThat(e.path("block").path("spec").isObject())
                    .isTrue());
            assertThat(event.path("status").asText()).isEqualTo("COMPLETED");
            assertThat(event.at("/progress/total").asInt()).isEqualTo(10);
            assertThat(event.at("/progress/completed").asInt()).isEqualTo(10);
            assertThat(event.at("/progress/etaSeconds").asDouble()).isZero();
        }
    }

    @Test
    void inboundCamelHeadersAreDroppedWhateverTheirCase() throws Exception {
        sendText(markdown(), "headers.md", message -> {
            message.setStringProperty("CamelFileNameOnly", "steered.md");
            message.setStringProperty("cAmElFileName", "steered-too.md");
            message.setLongProperty("CAMELFILELENGTH", 999_999_999L);
        });

        Message answer = jms.receive(JmsProperties.RESULTS);

        assertThat(result(answer).at("/status").asText()).isEqualTo("COMPLETED");
        assertThat(result(answer).at("/document/name").asText()).isEqualTo("headers.md");
    }

    @Test
    void anObjectMessageIsRefusedUnreadAndGoesToTheDeadLetterQueueAtOnce() throws Exception {
        jms.send(JmsProperties.DOCUMENTS, session -> {
            Message message = session.createObjectMessage(new ArrayList<>(List.of("not", "a", "document")));
            message.setStringProperty("filename", "object.md");
            return message;
        });

        Message dead = jms.receive(JmsProperties.DEAD_LETTERS);
        Message answer = jms.receive(JmsProperties.RESULTS);

        assertThat(dead.getStringProperty(JmsDocuments.ERROR_HEADER)).contains("ObjectMessage is refused");
        assertThat(dead.getIntProperty(JmsDocuments.ATTEMPTS_HEADER)).isEqualTo(1);
        assertThat(result(answer).at("/error").asText()).contains("ObjectMessage is refused");
    }

    @Test
    void aDocumentOverTheSizeLimitGoesWholeToTheDeadLetterQueueAtOnce() throws Exception {
        byte[] large = new byte[60_000];
        java.util.Arrays.fill(large, (byte) 'x');
        jms.send(JmsProperties.DOCUMENTS, session -> {
            jakarta.jms.BytesMessage message = session.createBytesMessage();
            message.writeBytes(large);
            message.setStringProperty("filename", "large.md");
            return message;
        });

        jakarta.jms.BytesMessage dead = (jakarta.jms.BytesMessage) jms.receive(JmsProperties.DEAD_LETTERS);

        assertThat(dead.getBodyLength()).isEqualTo(60_000);
        assertThat(dead.getIntProperty(JmsDocuments.ATTEMPTS_HEADER)).isEqualTo(1);
        assertThat(dead.getStringProperty(JmsDocuments.ERROR_HEADER)).contains("over the limit of 50000 bytes");
        assertThat(result(jms.receive(JmsProperties.RESULTS)).at("/error").asText()).contains("over the limit");
    }

    @Test
    void aPoisonDocumentEndsInTheDeadLetterQueueWithItsErrorAfterTheAllowedAttempts() throws Exception {
        sendText("   ", "blank.md", message -> { });

        Message dead = jms.receive(JmsProperties.DEAD_LETTERS);

        assertThat(dead).isNotNull();
        assertThat(dead.getIntProperty(JmsDocuments.ATTEMPTS_HEADER)).isEqualTo(2);
        assertThat(dead.getStringProperty(JmsDocuments.ERROR_HEADER)).isNotBlank();
        assertThat(dead.getStringProperty("filename")).isEqualTo("blank.md");
        assertThat(result(jms.receive(JmsProperties.RESULTS)).at("/document").asText()).isEqualTo("blank.md");
    }
}
