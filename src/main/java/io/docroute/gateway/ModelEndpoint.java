package io.docroute.gateway;

import io.docroute.gateway.provider.ProviderProtocol;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * One enabled endpoint at run time: its settings, wire protocol, resolved base URL, circuit breaker and statistics.
 * An endpoint that refused its credentials stays out until restart; one that answered 429 cools down until its
 * Retry-After has passed.
 */
public final class ModelEndpoint {

    private final ModelEndpointProperties properties;
    private final ProviderProtocol protocol;
    private final String baseUrl;
    private final CircuitBreaker breaker;
    private final EndpointStats stats = new EndpointStats();
    private volatile boolean credentialsRefused;
    private volatile long coolingUntilNanos;

    public ModelEndpoint(ModelEndpointProperties properties, ProviderProtocol protocol, String baseUrl,
                         CircuitBreaker breaker) {
        this.properties = properties;
        this.protocol = protocol;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.breaker = breaker;
        this.coolingUntilNanos = System.nanoTime();
        breaker.getEventPublisher().onStateTransition(event -> {
            if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                stats.breakerOpened();
            }
        });
    }

    public String id() {
        return properties.id();
    }

    public ModelEndpointProperties properties() {
        return properties;
    }

    public ProviderProtocol protocol() {
        return protocol;
    }

    public String url() {
        return baseUrl + protocol.requestPath();
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    public EndpointStats stats() {
        return stats;
    }

    /** Whether a new call may go here now: not refused, not cooling down, breaker not open. */
    public boolean available() {
        return alive() && System.nanoTime() - coolingUntilNanos >= 0;
    }

    /** Not refused and breaker not open: it may take calls now or after a cool-down. */
    public boolean alive() {
        return !credentialsRefused && breaker.getState() != CircuitBreaker.State.OPEN
                && breaker.getState() != CircuitBreaker.State.FORCED_OPEN;
    }

    /** In words, for error messages and the run summary. */
    public String condition() {
        if (credentialsRefused) {
            return "is out until restart (credentials or spend limit refused)";
        }
        if (!alive()) {
            return "has its circuit breaker open";
        }
        return coolingNanosLeft() > 0 ? "is cooling down after a rate limit" : "is available";
    }

    public void refuseCredentials() {
        credentialsRefused = true;
    }

    public boolean credentialsRefused() {
        return credentialsRefused;
    }

    public void coolDown(java.time.Duration retryAfter) {
        coolingUntilNanos = System.nanoTime() + retryAfter.toNanos();
    }

    /** Nanoseconds until the cool-down ends; zero or less when it is over. */
    public long coolingNanosLeft() {
        return coolingUntilNanos - System.nanoTime();
    }

    public double cost(int inputTokens, int outputTokens) {
        return (inputTokens * properties.priceInputPerMtok() + outputTokens * properties.priceOutputPerMtok()) / 1e6;
    }
}
