package io.docroute.gateway;

import io.docroute.extraction.LocalExtractor;
import io.docroute.gateway.provider.FailureKind;
import io.docroute.gateway.provider.ModelCallException;
import io.docroute.gateway.provider.ProviderProtocol;
import io.docroute.gateway.simulator.Simulators;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enabled model endpoints, in configuration order. Real endpoints need a key; the built-in simulated ones
 * are started on local ports when {@code docroute.routing.simulators} allows (by default only when no real
 * endpoint has a key, so a fresh clone runs without keys and a configured one never mixes in simulators).
 */
public class ModelEndpoints {

    private static final Logger LOG = LoggerFactory.getLogger(ModelEndpoints.class);

    private final Map<String, ModelEndpoint> endpoints = new LinkedHashMap<>();
    private final CircuitBreakerRegistry breakers;
    private final java.time.Duration requestTimeout;
    private final RateBuckets buckets;
    private final ConcurrencySlots slots;

    public ModelEndpoints(GatewayProperties properties, Simulators simulators, LocalExtractor extractor) {
        this(properties, simulators, extractor, RateBuckets.LOCAL, ConcurrencySlots.LOCAL);
    }

    /**
     * @param buckets where the endpoints' RPM and TPM buckets live (shared on a PostgreSQL database)
     * @param slots   where the endpoints' concurrency across the cluster is counted (likewise)
     */
    public ModelEndpoints(GatewayProperties properties, Simulators simulators, LocalExtractor extractor,
                          RateBuckets buckets, ConcurrencySlots slots) {
        this.buckets = buckets;
        this.slots = slots;
        this.breakers = CircuitBreakerRegistry.of(breakerConfig(properties.breaker()));
        this.requestTimeout = properties.requestTimeout();
        List<ModelEndpointProperties> models = properties.models();
        for (ModelEndpointProperties endpoint : models) {
            if (!List.of("openai", "anthropic", "local", "simulator").contains(endpoint.kind())) {
                throw new IllegalArgumentException("model endpoint '" + endpoint.id() + "' has unknown kind '"
                        + endpoint.kind() + "': use openai, anthropic, local or simulator");
            }
            if (isRemote(endpoint) && endpoint.apiKey().isEmpty()) {
                LOG.info("Model endpoint '{}' ({}) is disabled: its api-key is empty", endpoint.id(), endpoint.model());
            }
        }
        boolean anyReal = models.stream().anyMatch(endpoint -> isRemote(endpoint) && !endpoint.apiKey().isEmpty());
        boolean useSimulators = switch (properties.routing().simulators()) {
            case "always" -> true;
            case "never" -> false;
            default -> !anyReal;
        };
        for (ModelEndpointProperties endpoint : models) {
            switch (endpoint.kind()) {
                case "simulator" -> {
                    if (useSimulators) {
                        add(endpoint, simulators.start(endpoint, extractor).baseUrl());
                    }
                }
                case "local" -> add(endpoint, null);
                default -> {
                    if (!endpoint.apiKey().isEmpty()) {
                        add(endpoint, endpoint.baseUrl());
                    }
                }
            }
        }
        if (useSimulators && !simulators.all().isEmpty()) {
            LOG.info("Using {} built-in simulated model endpoint(s) on local ports", simulators.all().size());
        }
        if (endpoints.isEmpty()) {
            LOG.info("No model endpoint is enabled: blocks are answered by the local extractor");
        }
    }

    /**
     * A breaker judges health only: transport errors, 5xx and 529, timeouts (and anything unexpected). Rate
     * limits, refused answers and refused credentials are ignored by it — neither failures nor successes.
     */
    private static CircuitBreakerConfig breakerConfig(GatewayProperties.Breaker breaker) {
        return CircuitBreakerConfig.custom()
                .recordException(ModelEndpoints::unhealthy)
                .ignoreException(failure -> !unhealthy(failure))
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(breaker.slidingWindowSize())
                .minimumNumberOfCalls(breaker.minimumNumberOfCalls())
                .failureRateThreshold(breaker.failureRateThreshold())
                .waitDurationInOpenState(breaker.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(breaker.permittedCallsInHalfOpen())
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .build();
    }

    /** No call made (the endpoint was cooling down when the request was due) says nothing either. */
    static boolean unhealthy(Throwable failure) {
        if (failure instanceof EndpointUnavailableException) {
            return false;
        }
        return !(failure instanceof ModelCallException call) || call.kind().signal() == FailureKind.Signal.HEALTH;
    }

    /** Each endpoint's breaker is named after it; an endpoint's own {@code breaker} settings override the shared ones. */
    private void add(ModelEndpointProperties properties, String baseUrl) {
        var breaker = properties.breaker() == null ? breakers.circuitBreaker(properties.id())
                : breakers.circuitBreaker(properties.id(), breakerConfig(properties.breaker()));
        ProviderProtocol protocol = "local".equals(properties.kind()) ? null : ProviderProtocol.forKind(properties.kind());
        // a built-in simulator is this instance's own server, one per instance: its limits are this instance's
        boolean ownServer = "simulator".equals(properties.kind());
        ModelEndpoint endpoint = new ModelEndpoint(properties, protocol, baseUrl == null ? "" : baseUrl, breaker,
                requestTimeout, ownServer ? RateBuckets.LOCAL : buckets, ownServer ? ConcurrencySlots.LOCAL : slots);
        if (endpoints.putIfAbsent(properties.id(), endpoint) != null) {
            throw new IllegalArgumentException("two model endpoints are named '" + properties.id() + "'");
        }
    }

    private static boolean isRemote(ModelEndpointProperties endpoint) {
        return "openai".equals(endpoint.kind()) || "anthropic".equals(endpoint.kind());
    }

    public List<ModelEndpoint> all() {
        return Collections.unmodifiableList(new ArrayList<>(endpoints.values()));
    }

    public Optional<ModelEndpoint> get(String id) {
        return Optional.ofNullable(endpoints.get(id));
    }

    public ModelEndpoint require(String id) {
        return get(id).orElseThrow(() -> new IllegalArgumentException("no model endpoint '" + id + "'"));
    }

    public boolean isEmpty() {
        return endpoints.isEmpty();
    }
}
