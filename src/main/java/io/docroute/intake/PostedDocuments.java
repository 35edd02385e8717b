package io.docroute.intake;

import io.docroute.pipeline.IncomingDocument;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;

/**
 * Documents posted over HTTP, on their way to the route {@code intake-http}. With the broker on (service mode), a
 * posted document is a persistent message on {@value #QUEUE} before the API answers 202, so it outlives the
 * instance that accepted it: any instance may take it, and one killed while processing it leaves it to be delivered
 * again. Without a broker it waits in memory ({@value #MEMORY_QUEUE}), lost if the process stops first.
 */
public class PostedDocuments {

    public static final String QUEUE = "docroute.posted-documents";
    public static final String JOB_PROPERTY = "DocRouteJobId";
    /**
     * Artemis's duplicate detection ({@code _AMQ_DUPL_ID}), a String property through JMS: the broker routes one
     * message per job id and drops any later one with the same id (its id cache per address: 20,000 ids by
     * default, kept in the journal across restarts).
     */
    public static final String DUPLICATE_ID = Message.HDR_DUPLICATE_DETECTION_ID.toString();
    static final String MEMORY_QUEUE = "seda:http-documents";
    private static final String DURABLE = "jms:queue:" + QUEUE + "?jmsMessageType=Bytes&deliveryPersistent=true";

    private final ProducerTemplate producer;
    private final boolean durable;
    private final String memoryQueue;

    /**
     * @param durable   whether the broker takes posted documents
     * @param queueSize how many posted documents may wait in memory without a broker
     */
    public PostedDocuments(ProducerTemplate producer, boolean durable, int queueSize) {
        this.producer = producer;
        this.durable = durable;
        this.memoryQueue = MEMORY_QUEUE + "?size=" + queueSize;
    }

    public boolean durable() {
        return durable;
    }

    /**
     * Hands the document on; when this returns, the broker holds it (or the memory queue does). On the broker the
     * message carries its job id as its duplicate id: a job's document put again (a keyed post retried) is dropped
     * by the broker, whether the first copy still waits, is being processed or was consumed long ago.
     */
    public void post(IncomingDocument document) {
        if (!durable) {
            producer.sendBody(memoryQueue, document);
            return;
        }
        Exchange message = new DefaultExchange(producer.getCamelContext());
        message.getMessage().setBody(document.content());
        message.getMessage().setHeader(JmsDocuments.FILE_NAME_PROPERTY, document.name());
        message.getMessage().setHeader(JOB_PROPERTY, document.jobId());
        if (document.jobId() != null) {
            message.getMessage().setHeader(DUPLICATE_ID, document.jobId());
        }
        Exchange sent = producer.send(DURABLE, message);
        if (sent.getException() != null) {
            throw new IllegalStateException("the broker did not take the document: " + sent.getException().getMessage(),
                    sent.getException());
        }
    }

    /** Route step: the posted document a message from {@value #QUEUE} carries, with the job it was given. */
    public IncomingDocument read(Exchange exchange) throws InvalidPayloadException {
        org.apache.camel.Message in = exchange.getMessage();
        return IncomingDocument.of(in.getHeader(JmsDocuments.FILE_NAME_PROPERTY, String.class),
                in.getMandatoryBody(byte[].class), "http", in.getHeader(JOB_PROPERTY, String.class));
    }
}
