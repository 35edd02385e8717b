package io.docroute.gateway;

import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limit.AIMDLimit;
import com.netflix.concurrency.limits.limiter.SimpleLimiter;
import io.docroute.gateway.provider.ProviderProtocol;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.TimeUnit;

/**
 * One enabled endpoint at run time: its settings, wire protocol, resolved base URL, circuit breaker, statistics,
 * adaptive concurrency limit and rate buckets. An endpoint that refused its credentials stays out until restart;
 * one that answered 429 cools down until its Retry-After has passed.
 * <p>
 * The concurrency limit is AIMD (Netflix concurrency-limits): it grows by one per success and shrinks on a 429
 * or a timeout. It is driven by those loss signals, not by latency, because a model's latency grows with the
 * length of its answer and would read as congestion. The RPM and TPM buckets (Bucket4j) refill smoothly at 98 %
 * of the configured rate; requests are spaced evenly (no burst), so no window a provider counts over, a minute
 * or a second, sees more than the limit.
 */
public final class ModelEndpoint {

    /** How long an endpoint whose cluster-wide slots are all held is passed over before it is asked again. */
    static final Duration SLOT_WAIT = Duration.ofMillis(100);

    private final ModelEndpointProperties properties;
    private final ProviderProtocol protocol;
    private final String baseUrl;
    private final CircuitBreaker breaker;
    private final EndpointStats stats = new EndpointStats();
    private final SimpleLimiter<Void> limiter;
    private final Bucket requests;
    private final Duration requestInterval;
    private final AtomicBoolean nextRequestClaimed = new AtomicBoolean();
    private final Bucket tokens;
    private final boolean sharedBuckets;
    private final ConcurrencySlots slots;
    private volatile boolean credentialsRefused;
    private volatile long coolingUntilNanos;
    private volatile long retryAfterUntilNanos;
    private final java.util.concurrent.atomic.AtomicLong breakerTransitions = new java.util.concurrent.atomic.AtomicLong();

    public ModelEndpoint(ModelEndpointProperties properties, ProviderProtocol protocol, String baseUrl,
                         CircuitBreaker breaker, Duration requestTimeout) {
        this(properties, protocol, baseUrl, breaker, requestTimeout, RateBuckets.LOCAL, ConcurrencySlots.LOCAL);
    }

    /**
     * @param buckets where the RPM and TPM buckets live: this process, or the database every instance shares
     * @param slots   the endpoint's concurrency across the cluster, beside this process's adaptive limit
     */
    public ModelEndpoint(ModelEndpointProperties properties, ProviderProtocol protocol, String baseUrl,
                         CircuitBreaker breaker, Duration requestTimeout, RateBuckets buckets,
                         ConcurrencySlots slots) {
        this.properties = properties;
        this.sharedBuckets = buckets.shared();
        // the built-in extractor answers in process: no provider counts its calls
        this.slots = protocol == null ? ConcurrencySlots.LOCAL : slots;
        this.protocol = protocol;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.breaker = breaker;
        this.coolingUntilNanos = System.nanoTime();
        this.retryAfterUntilNanos = coolingUntilNanos;
        this.limiter = SimpleLimiter.newBuilder()
                .named(properties.id())
                .limit(AIMDLimit.newBuilder()
                        .initialLimit(properties.maxConcurrency())
                        .maxLimit(properties.maxConcurrency())
                        .minLimit(1)
                        .backoffRatio(0.8)
                        .timeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)
                        .build())
                .build();
        this.requests = properties.rpm() > 0 ? buckets.bucket("rpm:" + properties.id(), smooth(properties.rpm(), 1))
                : null;
        this.requestInterval = properties.rpm() > 0
                ? Duration.ofNanos(Duration.ofMinutes(1).toNanos() / Math.max(1, Math.round(properties.rpm() * 0.98)) + 1)
                : Duration.ZERO;
        // a call takes its whole token estimate at once: the token bucket holds a second's worth
        this.tokens = properties.tpm() > 0
                ? buckets.bucket("tpm:" + properties.id(), smooth(properties.tpm(), Math.max(1, properties.tpm() / 60)))
                : null;
        breaker.getEventPublisher().onStateTransition(event -> {
            breakerTransitions.incrementAndGet();
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

    /** An endpoint of a provider's model: not the built-in extractor, and not a simulated endpoint. */
    public boolean realModel() {
        return !local() && !"simulator".equals(properties.kind());
    }

    /** A {@code local} endpoint is the built-in extractor in process: no HTTP, no price. */
    public boolean local() {
        return protocol == null;
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    public EndpointStats stats() {
        return stats;
    }

    /**
     * Refills at 98 % of {@code perMinute}, smoothly, holding at most {@code capacity} (one request: calls are
     * spaced evenly, so even a provider that counts its per-minute limit over one second never sees a burst).
     */
    private static Bandwidth smooth(int perMinute, long capacity) {
        long refill = Math.max(1, Math.round(perMinute * 0.98));
        return Bandwidth.builder().capacity(capacity).refillGreedy(refill, Duration.ofMinutes(1))
                .initialTokens(capacity).build();
    }

    /**
     * Whether a new call may go here now: not refused, not cooling down, breaker not open, under its limits. A shared
     * bucket is not read here (the balancer asks on every choice): an empty one made the endpoint cool down when a
     * call last found it so.
     */
    public boolean available() {
        return alive() && System.nanoTime() - coolingUntilNanos >= 0 && limiter.getInflight() < limiter.getLimit()
                && (requests == null || sharedBuckets || requests.getAvailableTokens() >= 1
                || !nextRequestClaimed.get());
    }

    /**
     * Takes a concurrency permit and the rate buckets' tokens for one call, or nothing; a bucket that is empty
     * makes the endpoint cool down until it refills, so other blocks look elsewhere meanwhile.
     */
    public Optional<Limiter.Listener> tryAcquire(int estimatedTokens) {
        Optional<Limiter.Listener> permit = limiter.acquire(null);
        if (permit.isEmpty()) {
            return permit;
        }
        Optional<ConcurrencySlots.Slot> slot = slots.take(id(), properties.maxConcurrency());
        if (slot.isEmpty()) {
            // other instances' calls hold the endpoint's every slot: look elsewhere for a moment
            permit.get().onIgnore();
            coolDown(SLOT_WAIT);
            return Optional.empty();
        }
        if (!takeRequest() || !take(tokens, Math.min(estimatedTokens, tokensCapacity()))) {
            permit.get().onIgnore();
            slots.give(slot.get());
            return Optional.empty();
        }
        return Optional.of(holding(permit.get(), slot.get()));
    }

    /** The limiter's permit, handing the cluster's slot back with it whatever the call's outcome. */
    private Limiter.Listener holding(Limiter.Listener permit, ConcurrencySlots.Slot slot) {
        if (!slots.shared()) {
            return permit;
        }
        return new Limiter.Listener() {
            @Override
            public void onSuccess() {
                permit.onSuccess();
                slots.give(slot);
            }

            @Override
            public void onIgnore() {
                permit.onIgnore();
                slots.give(slot);
            }

            @Override
            public void onDropped() {
                permit.onDropped();
                slots.give(slot);
            }
        };
    }

    /**
     * A request token now, or the next one: one caller at a time may wait for the next token (at most one
     * interval of the rate), so it goes out the moment the bucket refills instead of every waiting block waking
     * at once and racing for it; the others cool down and look elsewhere meanwhile.
     */
    private boolean takeRequest() {
        if (sharedBuckets) {
            // waiting would hold a database row lock: the endpoint cools down until the bucket refills instead
            return take(requests, 1);
        }
        if (requests == null || requests.tryConsume(1)) {
            return true;
        }
        if (!nextRequestClaimed.compareAndSet(false, true)) {
            return take(requests, 1);
        }
        try {
            return requests.asBlocking().tryConsume(1, requestInterval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            nextRequestClaimed.set(false);
        }
    }

    private long tokensCapacity() {
        return tokens == null ? Long.MAX_VALUE : Math.max(1, properties.tpm() / 60);
    }

    private boolean take(Bucket bucket, long amount) {
        if (bucket == null) {
            return true;
        }
        var probe = bucket.tryConsumeAndReturnRemaining(amount);
        if (!probe.isConsumed()) {
            coolDown(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
        return probe.isConsumed();
    }

    public int concurrencyLimit() {
        return limiter.getLimit();
    }

    public int inFlight() {
        return limiter.getInflight();
    }

    /** How many times the breaker changed state: a block refused by it waits for the next change. */
    public long breakerTransitions() {
        return breakerTransitions.get();
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

    public void coolDown(Duration retryAfter) {
        long until = System.nanoTime() + retryAfter.toNanos();
        if (until - coolingUntilNanos > 0) {
            coolingUntilNanos = until;
        }
    }

    /**
     * The provider asked to wait (a 429's Retry-After): no request goes out until then, not even one already
     * admitted, and the endpoint cools down for as long.
     */
    public void askedToWait(Duration retryAfter) {
        long until = System.nanoTime() + retryAfter.toNanos();
        if (until - retryAfterUntilNanos > 0) {
            retryAfterUntilNanos = until;
        }
        coolDown(retryAfter);
    }

    /** Nanoseconds until the provider's Retry-After ends; zero or less when it is over. */
    public long retryAfterNanosLeft() {
        return retryAfterUntilNanos - System.nanoTime();
    }

    /** Nanoseconds until the cool-down ends; zero or less when it is over. */
    public long coolingNanosLeft() {
        return coolingUntilNanos - System.nanoTime();
    }

    /** Time until this endpoint's rate bucket holds a request again (0 without a bucket or with a token now). */
    public long nanosUntilNextRequest() {
        if (sharedBuckets) {
            return Math.max(0, coolingNanosLeft());
        }
        return requests == null ? 0 : requests.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    public double cost(int inputTokens, int outputTokens) {
        return (inputTokens * properties.priceInputPerMtok() + outputTokens * properties.priceOutputPerMtok()) / 1e6;
    }
}
