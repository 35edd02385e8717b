package io.docroute.intake;

import io.docroute.jobs.JobRegistry;
import io.docroute.output.ReportWriter;
import io.docroute.pipeline.IncomingDocument;
import io.docroute.pipeline.RunTracker;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.ObjectMessage;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;

/**
 * Documents the broker set aside on the dead-letter queue by itself: their deliveries ran out without any of them
 * ending (the instances that took them stopped first), so no failure path of DocRoute's saw them. The route
 * {@code intake-dead-letters} gives each the report a document that failed would have had, once, and keeps it on the
 * queue marked like the documents DocRoute put there itself, for an operator to send again.
 */
public class DeadLetters {

    /** The queue the broker took the document from; only the broker's dead-letter copies carry it. */
    public static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";
    /** Where a document DocRoute reported from the dead-letter queue had been sent: its queue to go back to. */
    public static final String ORIGIN_HEADER = "DocRouteOrigin";
    static final String VARIABLE = "setAside";

    private final int brokerMaxDeliveries;
    private final JobRegistry jobs;
    private final ReportWriter writer;

    public DeadLetters(JmsProperties jms, JobRegistry jobs, ReportWriter writer) {
        this.brokerMaxDeliveries = jms.brokerMaxDeliveries();
        this.jobs = jobs;
        this.writer = writer;
    }

    /**
     * A document the broker set aside.
     *
     * @param document      as its channel would have handed it on, with the job it ran under
     * @param origin        the queue it was set aside from
     * @param correlationId what its answer on the results queue carries
     * @param attempts      the deliveries the broker allowed it
     */
    public record SetAside(IncomingDocument document, String origin, String correlationId, int attempts) {

        public String reason() {
            return "set aside by the broker after " + attempts + " delivery attempts; the instances that took it"
                    + " stopped before finishing it (it waits on " + JmsProperties.DEAD_LETTERS + " to be sent again)";
        }

        public SetAsideException failure() {
            return new SetAsideException(reason());
        }
    }

    /** Route step: the set-aside document a dead-letter message carries (an ObjectMessage's body is never read). */
    public SetAside read(Exchange exchange) throws JMSException {
        Message jms = exchange.getMessage().getBody(Message.class);
        String origin = jms.getStringProperty(ORIGINAL_ADDRESS);
        boolean posted = PostedDocuments.QUEUE.equals(origin);
        byte[] content = jms instanceof ObjectMessage ? new byte[0] : JmsDocuments.read(jms);
        String job = posted ? jms.getStringProperty(PostedDocuments.JOB_PROPERTY) : JmsDocuments.jobOf(jms.getJMSMessageID());
        String correlation = jms.getJMSCorrelationID() != null ? jms.getJMSCorrelationID() : jms.getJMSMessageID();
        IncomingDocument document = IncomingDocument.of(jms.getStringProperty(JmsDocuments.FILE_NAME_PROPERTY), content,
                posted ? "http" : "jms", job);
        return new SetAside(document, origin, correlation, brokerMaxDeliveries);
    }

    /** Whether the document still lacks its report: its job has not ended anywhere (an instance may have ended it). */
    public boolean unreported(SetAside setAside) {
        return !jobs.ended(setAside.document().jobId());
    }

    /** Route step: the error report for the results queue, as a queued document that failed gets it. */
    public void errorResult(Exchange exchange) {
        SetAside setAside = exchange.getVariable(VARIABLE, SetAside.class);
        org.apache.camel.Message out = exchange.getMessage();
        out.getHeaders().clear();
        out.setBody(new String(writer.toJson(FailureReports.FailureReport.of(setAside.document().name(),
                setAside.failure())), StandardCharsets.UTF_8));
        out.setHeader("JMSCorrelationID", setAside.correlationId());
        out.setHeader(JmsDocuments.FILE_NAME_PROPERTY, setAside.document().name());
        if (setAside.document().jobId() != null) {
            out.setHeader(RunTracker.JOB_ID, setAside.document().jobId());
        }
    }

    /**
     * Route step: the message that stays on the dead-letter queue, as DocRoute's own failure path leaves one there
     * (the document's bytes, its name, the error, the attempts), with the queue it came from and, for a posted
     * document, its job; without the broker's marks, so it is reported once.
     */
    public void keep(Exchange exchange) {
        SetAside setAside = exchange.getVariable(VARIABLE, SetAside.class);
        org.apache.camel.Message out = exchange.getMessage();
        out.getHeaders().clear();
        out.setBody(setAside.document().content());
        out.setHeader(JmsDocuments.ERROR_HEADER, setAside.reason());
        out.setHeader(JmsDocuments.ATTEMPTS_HEADER, setAside.attempts());
        out.setHeader(JmsDocuments.FILE_NAME_PROPERTY, setAside.document().name());
        out.setHeader("JMSCorrelationID", setAside.correlationId());
        if (setAside.origin() != null) {
            out.setHeader(ORIGIN_HEADER, setAside.origin());
        }
        if ("http".equals(setAside.document().channel()) && setAside.document().jobId() != null) {
            out.setHeader(PostedDocuments.JOB_PROPERTY, setAside.document().jobId());
        }
    }
}
