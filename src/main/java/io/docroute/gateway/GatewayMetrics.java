package io.docroute.gateway;

import io.docroute.gateway.provider.FailureKind;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Locale;

/**
 * The model endpoints' meters, read from what the endpoints already count (nothing is added to a call's path):
 * calls by outcome, tokens, cost, breaker state, calls in flight and the adaptive concurrency limit, each tagged
 * with the endpoint.
 */
public final class GatewayMetrics implements MeterBinder {

    private final ModelEndpoints endpoints;

    public GatewayMetrics(ModelEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ModelEndpoint endpoint : endpoints.all()) {
            Tags tags = Tags.of("endpoint", endpoint.id(), "model", endpoint.properties().model());
            EndpointStats stats = endpoint.stats();
            FunctionCounter.builder("docroute.model.calls", stats, s -> s.snapshot().successes())
                    .tags(tags).tag("outcome", "ok").description("Model calls by outcome").register(registry);
            for (FailureKind kind : FailureKind.values()) {
                FunctionCounter.builder("docroute.model.calls", stats, s -> s.failures(kind))
                        .tags(tags).tag("outcome", kind.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .description("Model calls by outcome").register(registry);
            }
            FunctionCounter.builder("docroute.model.tokens", stats, s -> s.snapshot().inputTokens())
                    .tags(tags).tag("direction", "input").description("Tokens sent and received").register(registry);
            FunctionCounter.builder("docroute.model.tokens", stats, s -> s.snapshot().outputTokens())
                    .tags(tags).tag("direction", "output").description("Tokens sent and received").register(registry);
            FunctionCounter.builder("docroute.model.cost", stats, s -> s.snapshot().costUsd()).baseUnit("usd")
                    .tags(tags).description("Model cost").register(registry);
            Gauge.builder("docroute.breaker.state", endpoint.breaker(), GatewayMetrics::state).tags(tags)
                    .description("Circuit breaker: 0 closed, 1 half-open, 2 open, 3 other (disabled, forced)")
                    .register(registry);
            Gauge.builder("docroute.endpoint.inflight", endpoint, ModelEndpoint::inFlight).tags(tags)
                    .description("Model calls in flight").register(registry);
            Gauge.builder("docroute.endpoint.limit", endpoint, ModelEndpoint::concurrencyLimit).tags(tags)
                    .description("The endpoint's adaptive concurrency limit").register(registry);
        }
    }

    static double state(CircuitBreaker breaker) {
        return switch (breaker.getState()) {
            case CLOSED -> 0;
            case HALF_OPEN -> 1;
            case OPEN -> 2;
            default -> 3;
        };
    }
}
