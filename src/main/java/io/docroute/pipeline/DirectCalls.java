package io.docroute.pipeline;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;

/**
 * A bean calling another route and getting its failure as that route threw it: the producer template wraps it
 * in a {@link CamelExecutionException}, whose message would hide the one written for the user.
 */
public final class DirectCalls {

    private DirectCalls() {
    }

    public static <T> T request(ProducerTemplate producer, String uri, Object body, Class<T> type) {
        return request(producer, uri, body, null, null, type);
    }

    /** The same with one header, left out when its value is null. */
    public static <T> T request(ProducerTemplate producer, String uri, Object body, String header, Object value,
                                Class<T> type) {
        try {
            return value == null ? producer.requestBody(uri, body, type)
                    : producer.requestBodyAndHeader(uri, body, header, value, type);
        } catch (CamelExecutionException wrapped) {
            if (wrapped.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw wrapped;
        }
    }
}
