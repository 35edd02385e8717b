package io.docroute.gateway;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How blocks reach models: {@code docroute.routing}, {@code docroute.models}, {@code docroute.request-timeout} and
 * {@code docroute.breaker}. Defaults live in {@code config/application.yaml}.
 */
@ConfigurationProperties("docroute")
public record GatewayProperties(Routing routing, List<ModelEndpointProperties> models, Duration requestTimeout,
                                Breaker breaker, Budget budget, Batching batching) {

    public GatewayProperties {
        routing = routing == null ? new Routing(null, null, null, null, null, null, null, null, null) : routing;
        models = models == null ? List.of() : List.copyOf(models);
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(90) : requestTimeout;
        breaker = breaker == null ? new Breaker(0, 0, 0, null, 0) : breaker;
        budget = budget == null ? new Budget(0) : budget;
        batching = batching == null ? new Batching(false, 0, 0, 0, null) : batching;
    }

    /**
     * Adaptive batching: small blocks arriving together share one request.
     *
     * @param enabled        off by default: one request per block is simplest to reason about and to cache
     * @param maxBlocks      most blocks in one request
     * @param maxBlockTokens blocks estimated above this many tokens always go alone
     * @param tokenBudget    most block tokens one request may carry
     * @param window         how long the first block of a batch waits for others to join
     */
    public record Batching(boolean enabled, int maxBlocks, int maxBlockTokens, int tokenBudget, Duration window) {

        public Batching {
            maxBlocks = maxBlocks <= 1 ? 8 : maxBlocks;
            maxBlockTokens = maxBlockTokens <= 0 ? 400 : maxBlockTokens;
            tokenBudget = tokenBudget <= 0 ? 2400 : tokenBudget;
            window = window == null ? Duration.ofMillis(25) : window;
        }
    }

    /** @param dailyUsd most that model calls may cost per day (UTC); 0 = no limit */
    public record Budget(double dailyUsd) {
    }

    /**
     * @param strategy         round-robin | weighted | failover | fastest | cheapest | most-reliable | balanced (env MODEL_PRIORITY)
     * @param fallbackEnabled  when every endpoint fails, answer with the local extractor, marked degraded (env FALLBACK_ENABLED)
     * @param hedgeAfter       off | p90 | a multiple such as 2x p90 | a duration
     * @param degradeAfter     how long a block waits for an endpoint to come back when none can take it, before
     *                         the local extractor answers (0: at once)
     * @param maxRetryAfter    the longest a Retry-After is honoured; a longer one moves to another endpoint or gives up
     * @param backoff          first back-off after a failed round over all endpoints; doubles with jitter
     * @param simulators       auto (the built-in simulated endpoints only when no real endpoint has a key) | always | never
     * @param exploration      share of choices a scoring strategy gives to a random endpoint, so stale statistics recover
     * @param modelListing     auto (a real model lists the interfaces of documents whose reading states no method or
     *                         path, before their blocks are extracted) | never
     */
    public record Routing(String strategy, Boolean fallbackEnabled, String hedgeAfter, Duration degradeAfter,
                          Duration maxRetryAfter, Duration backoff, String simulators, Double exploration,
                          String modelListing) {

        public Routing {
            strategy = strategy == null || strategy.isBlank() ? "balanced" : strategy.strip().toLowerCase();
            fallbackEnabled = fallbackEnabled == null ? Boolean.TRUE : fallbackEnabled;
            hedgeAfter = hedgeAfter == null ? "off" : hedgeAfter;
            degradeAfter = degradeAfter == null || degradeAfter.isNegative() ? Duration.ofSeconds(30) : degradeAfter;
            maxRetryAfter = maxRetryAfter == null ? Duration.ofSeconds(30) : maxRetryAfter;
            backoff = backoff == null ? Duration.ofMillis(200) : backoff;
            simulators = simulators == null ? "auto" : simulators;
            exploration = exploration == null || exploration < 0 ? 0.05 : exploration;
            modelListing = modelListing == null || modelListing.isBlank() ? "auto" : modelListing.strip();
            if (!List.of("auto", "never").contains(modelListing)) {
                throw new IllegalArgumentException("docroute.routing.model-listing must be auto or never, not '"
                        + modelListing + "'");
            }
        }
    }

    /**
     * Circuit breaker thresholds, set for low traffic (a document has tens of blocks, not thousands). Only health
     * failures count (see {@code FailureKind.Signal}). With 10 calls at least and 75 %: an endpoint failing 30 % of
     * its calls at random opens its breaker on a streak with a chance of about 0.2 % at the tenth call (8 of 10) and
     * far less over the 20-call window, while an endpoint that is down opens after 10 calls.
     *
     * @param slidingWindowSize      calls the failure rate is computed over
     * @param minimumNumberOfCalls   calls before the breaker may open (resilience4j's default of 100 would never open here)
     * @param failureRateThreshold   percent of failed calls that opens the breaker
     * @param waitInOpenState        how long an open breaker refuses calls before half-open probes
     * @param permittedCallsInHalfOpen probe calls allowed half-open
     */
    public record Breaker(int slidingWindowSize, int minimumNumberOfCalls, float failureRateThreshold,
                          Duration waitInOpenState, int permittedCallsInHalfOpen) {

        public Breaker {
            slidingWindowSize = slidingWindowSize <= 0 ? 20 : slidingWindowSize;
            minimumNumberOfCalls = minimumNumberOfCalls <= 0 ? 10 : minimumNumberOfCalls;
            failureRateThreshold = failureRateThreshold <= 0 ? 75 : failureRateThreshold;
            waitInOpenState = waitInOpenState == null ? Duration.ofSeconds(10) : waitInOpenState;
            permittedCallsInHalfOpen = permittedCallsInHalfOpen <= 0 ? 2 : permittedCallsInHalfOpen;
        }
    }
}
