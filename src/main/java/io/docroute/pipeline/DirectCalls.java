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
        try {
            return producer.requestBody(uri, body, type);
        } catch (CamelExecutionException wrapped) {
            if (wrapped.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw wrapped;
        }
    }
}
