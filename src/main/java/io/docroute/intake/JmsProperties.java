package io.docroute.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The JMS intake ({@code docroute.jms.*}).
 *
 * @param enabled        consume {@code documentsQueue} (service mode only by default)
 * @param brokerUrl      an external broker, e.g. {@code tcp://broker:61616}; empty: the embedded broker
 * @param consumers      documents taken from the queue at once
 * @param maxDeliveries  attempts before a document goes to the dead-letter queue with its error
 * @param redeliveryDelay how long the broker waits before delivering a rolled-back document again
 * @param brokerMaxDeliveries the broker's {@code max-delivery-attempts} for the documents' queues: past that many
 *                       deliveries that never ended (their instances stopped first) the broker sets a document aside
 *                       on the dead-letter queue itself; the embedded broker is given it, an external broker must
 *                       say the same (default one more than {@code maxDeliveries})
 * @param listen         the embedded broker also accepts other processes' connections here, e.g.
 *                       {@code tcp://0.0.0.0:61616}; empty: only this process uses it
 */
@ConfigurationProperties("docroute.jms")
public record JmsProperties(boolean enabled, String brokerUrl, int consumers, int maxDeliveries,
                            Duration redeliveryDelay, String listen, int brokerMaxDeliveries) {

    public static final String DOCUMENTS = "docroute.documents";
    public static final String RESULTS = "docroute.results";
    public static final String PROGRESS = "docroute.progress";
    public static final String DEAD_LETTERS = "docroute.documents.DLQ";

    public JmsProperties {
        brokerUrl = brokerUrl == null ? "" : brokerUrl.strip();
        listen = listen == null ? "" : listen.strip();
        consumers = consumers <= 0 ? 4 : consumers;
        maxDeliveries = maxDeliveries <= 0 ? 3 : maxDeliveries;
        brokerMaxDeliveries = brokerMaxDeliveries <= 0 ? maxDeliveries + 1 : brokerMaxDeliveries;
        redeliveryDelay = redeliveryDelay == null ? Duration.ofSeconds(2) : redeliveryDelay;
    }
}
