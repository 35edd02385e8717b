package io.docroute.intake;

import io.docroute.DocRouteProperties;
import io.docroute.Sha256;
import io.docroute.pipeline.IncomingDocument;
import io.docroute.pipeline.RunTracker;
import io.docroute.output.ReportWriter;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.ObjectMessage;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;

/**
 * Documents from the JMS queue: the message is read here, never by Camel's JMS binding, so an ObjectMessage is
 * refused without being deserialised. Inbound {@code Camel*} and {@code DocRoute*} headers are dropped, whatever
 * their case: a sender must not steer the routes. A document that keeps failing, or that can never succeed, leaves for the
 * dead-letter queue with its error.
 */
public class JmsDocuments {

    public static final String FILE_NAME_PROPERTY = "filename";
    public static final String ERROR_HEADER = "DocRouteError";
    public static final String CORRELATION = "DocRouteCorrelationId";
    public static final String ATTEMPTS_HEADER = "DocRouteAttempts";
    private static final String DOCUMENT = "jmsDocument";
    private static final String DELIVERIES = "jmsDeliveries";
    private static final String DELIVERY_COUNT = "JMSXDeliveryCount";

    private final JmsProperties properties;
    private final long maxBytes;
    private final ReportWriter writer;

    public JmsDocuments(JmsProperties properties, DocRouteProperties docroute, ReportWriter writer) {
        this.properties = properties;
        this.maxBytes = docroute.maxDocumentBytes();
        this.writer = writer;
    }

    /** The document's bytes and name from the JMS message; refuses what can never be processed. */
    public void accept(Exchange exchange) throws JMSException {
        org.apache.camel.Message in = exchange.getMessage();
        in.getHeaders().keySet().removeIf(name -> name.regionMatches(true, 0, "camel", 0, 5)
                || name.regionMatches(true, 0, "docroute", 0, 8));
        Message jms = in.getBody(Message.class);
        exchange.setVariable(DELIVERIES, jms.getIntProperty(DELIVERY_COUNT));
        exchange.setVariable(CORRELATION, jms.getJMSCorrelationID() != null ? jms.getJMSCorrelationID()
                : jms.getJMSMessageID());
        String name = jms.getStringProperty(FILE_NAME_PROPERTY);
        exchange.setVariable(FILE_NAME_PROPERTY, name);
        if (jms instanceof ObjectMessage) {
            throw new RefusedMessageException("an ObjectMessage is refused and was not read: send the document as a"
                    + " TextMessage or BytesMessage with a '" + FILE_NAME_PROPERTY + "' property");
        }
        byte[] bytes = read(jms);
        exchange.setVariable(DOCUMENT, bytes);
        if (bytes.length > maxBytes) {
            // kept whole for the dead-letter queue: a refused document is not lost
            throw new RefusedMessageException("the document is " + bytes.length + " bytes, over the limit of "
                    + maxBytes + " bytes (docroute.max-document-bytes)");
        }
        if (name == null || name.isBlank()) {
            throw new RefusedMessageException("the message has no '" + FILE_NAME_PROPERTY + "' property; its extension"
                    + " tells DocRoute the format (prd.md, prd.docx, ...)");
        }
        // one job per message: a message delivered again after its instance died goes on under the same job
        in.setBody(IncomingDocument.of(name, bytes, "jms", jobOf(jms.getJMSMessageID())));
    }

    /** The job of a queued document: one per message, kept by every delivery of it and by its dead-letter copy. */
    static String jobOf(String jmsMessageId) {
        return jmsMessageId == null ? null
                : "jms-" + Sha256.hex(jmsMessageId.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    static byte[] read(Message jms) throws JMSException {
        if (jms instanceof TextMessage text) {
            return text.getText() == null ? new byte[0] : text.getText().getBytes(StandardCharsets.UTF_8);
        }
        if (jms instanceof BytesMessage bytes) {
            byte[] content = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(content);
            return content;
        }
        throw new RefusedMessageException("a " + jms.getClass().getSimpleName() + " is not a document: send a"
                + " TextMessage or BytesMessage");
    }

    /** Whether this failure ends the document's attempts: it can never succeed, or it was the last delivery. */
    public boolean givesUp(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Integer deliveries = exchange.getVariable(DELIVERIES, Integer.class);
        return failure instanceof RefusedMessageException || deliveries == null
                || deliveries >= properties.maxDeliveries();
    }

    /** The message for the dead-letter queue: the document as it came (never an object), and its error. */
    public void deadLetter(Exchange exchange) {
        org.apache.camel.Message out = exchange.getMessage();
        byte[] document = exchange.getVariable(DOCUMENT, byte[].class);
        out.getHeaders().clear();
        out.setBody(document == null ? new byte[0] : document);
        out.setHeader(ERROR_HEADER, FailureReports.describe(failure(exchange)));
        out.setHeader(ATTEMPTS_HEADER, exchange.getVariable(DELIVERIES, Integer.class));
        String name = exchange.getVariable(FILE_NAME_PROPERTY, String.class);
        if (name != null) {
            out.setHeader(FILE_NAME_PROPERTY, name);
        }
        out.setHeader("JMSCorrelationID", exchange.getVariable(CORRELATION, String.class));
    }

    /** The error report sent to the results queue in place of a result. */
    public void errorResult(Exchange exchange) {
        org.apache.camel.Message out = exchange.getMessage();
        String name = exchange.getVariable(FILE_NAME_PROPERTY, String.class);
        out.setBody(new String(writer.toJson(FailureReports.FailureReport.of(name == null ? "" : name,
                failure(exchange))), StandardCharsets.UTF_8));
    }

    /**
     * The JSON report of a processed document, as text for the results queue, with the sender's correlation id and
     * the job id its progress events carry.
     */
    public void result(Exchange exchange) {
        org.apache.camel.Message out = exchange.getMessage();
        out.setBody(new String(writer.toJson(out.getBody()), StandardCharsets.UTF_8));
        out.getHeaders().clear();
        out.setHeader(RunTracker.JOB_ID, exchange.getVariable(IncomingDocument.VARIABLE, IncomingDocument.class).jobId());
        out.setHeader("JMSCorrelationID", exchange.getVariable(CORRELATION, String.class));
        String name = exchange.getVariable(FILE_NAME_PROPERTY, String.class);
        out.setHeader(FILE_NAME_PROPERTY, name);
    }

    private static Throwable failure(Exchange exchange) {
        return exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    }
}
