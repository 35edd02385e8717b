package io.docroute.gateway;

import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.Extraction;
import io.docroute.extraction.ExtractionException;
import io.docroute.extraction.LocalExtraction;
import io.docroute.gateway.provider.FailureKind;
import io.docroute.gateway.provider.ModelCallException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.apache.camel.CamelExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's one retry loop, as decisions the routes ask for: admit a block at an endpoint, and after a
 * failure decide whether to fail over at once, wait (Retry-After, back-off with jitter) or stop; at the end
 * hand out the answer, or the local extractor's degraded one.
 */
public class ModelGateway {

    private static final Logger LOG = LoggerFactory.getLogger(ModelGateway.class);
    private static final int MAX_UNAVAILABLE_CHOICES = 64;
    private static final long BUSY_WAIT_NANOS = 5_000_000;
    private static final long CAPACITY_WAIT_NANOS = 100_000_000;
    /** System prompt and template text around the block, in tokens, for reservations made before rendering. */
    private static final int PROMPT_OVERHEAD_TOKENS = 700;

    private final ModelEndpoints endpoints;
    private final GatewayProperties.Routing routing;
    private final LocalExtraction local;
    private final DailyBudget budget;
    private final LoadGuard loadGuard;
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Signalled whenever a call ends: blocks waiting for capacity wake then instead of polling. */
    private final Object released = new Object();
    private final long deadlineNanos;

    public ModelGateway(ModelEndpoints endpoints, GatewayProperties properties, LocalExtraction local,
                        DailyBudget budget, LoadGuard loadGuard) {
        this.endpoints = endpoints;
        this.routing = properties.routing();
        this.local = local;
        this.budget = budget;
        this.loadGuard = loadGuard;
        this.deadlineNanos = properties.requestTimeout().multipliedBy(routing.maxAttempts() + 1L).toNanos();
    }

    public BlockCall start(InterfaceBlock block, String reference) {
        return new BlockCall(List.of(block), !endpoints.isEmpty(), reference);
    }

    /** Several small blocks in one request; without endpoints there is nothing to batch. */
    public BlockCall startBatch(List<InterfaceBlock> blocks) {
        return new BlockCall(blocks, !endpoints.isEmpty(), null);
    }

    /** First step of an endpoint's route: no call goes to an endpoint that cannot or should not take it. */
    public Attempt admit(String endpointId, BlockCall call) {
        ModelEndpoint endpoint = endpoints.require(endpointId);
        if (!usableFor(endpoint, call)) {
            throw new EndpointUnavailableException("endpoint '" + endpointId + "' is not available for this block");
        }
        int inputTokens = inputTokens(call);
        double worstCase = worstCaseCost(endpoint, call);
        if (!budget.tryReserve(worstCase)) {
            throw new EndpointUnavailableException("endpoint '" + endpointId + "' would pass the daily budget");
        }
        var permit = endpoint.tryAcquire(inputTokens + call.maxOutputTokens());
        if (permit.isEmpty()) {
            budget.settle(worstCase, 0);
            throw new EndpointUnavailableException("endpoint '" + endpointId + "' is at its concurrency or rate limit");
        }
        inFlight.incrementAndGet();
        call.admitted(endpoint);
        return new Attempt(call, endpoint, permit.get(), worstCase);
    }

    boolean usableFor(ModelEndpoint endpoint, BlockCall call) {
        return endpoint.available() && !call.failedAt(endpoint.id()) && !call.inFlightAt(endpoint.id())
                && !overBudget(endpoint, call) && inFlight.get() < loadGuard.capacity();
    }

    private boolean overBudget(ModelEndpoint endpoint, BlockCall call) {
        return budget.limited() && !budget.wouldFit(worstCaseCost(endpoint, call));
    }

    private static int inputTokens(BlockCall call) {
        return call.textTokens() + PROMPT_OVERHEAD_TOKENS;
    }

    /** Input estimate with half again as margin, plus the whole output allowance. */
    private static double worstCaseCost(ModelEndpoint endpoint, BlockCall call) {
        return endpoint.cost(inputTokens(call) * 3 / 2, call.maxOutputTokens());
    }

    /** After a valid answer: the permit goes back as a success and the reservation settles to the cost. */
    void answered(Attempt attempt, Extraction extraction) {
        if (attempt.finished()) {
            attempt.call().answered(extraction);
            release(attempt, Attempt.PermitOutcome.SUCCESS);
        }
    }

    void answeredBatch(Attempt attempt, List<Extraction> extractions) {
        if (attempt.finished()) {
            attempt.call().answeredBatch(extractions);
            release(attempt, Attempt.PermitOutcome.SUCCESS);
        }
    }

    private void released(Attempt attempt, FailureKind kind) {
        boolean congestion = kind == FailureKind.RATE_LIMITED || kind == FailureKind.TIMEOUT
                || kind == FailureKind.OVERLOADED;
        release(attempt, congestion ? Attempt.PermitOutcome.DROPPED : Attempt.PermitOutcome.IGNORED);
    }

    private void release(Attempt attempt, Attempt.PermitOutcome outcome) {
        if (attempt.releasePermit(outcome)) {
            inFlight.decrementAndGet();
            budget.settle(attempt.reservedUsd(), attempt.costUsd());
            synchronized (released) {
                released.notifyAll();
            }
        }
    }

    /** Waits until a call ends somewhere or {@code nanos} pass, whichever is first. */
    private void awaitRelease(long nanos) {
        synchronized (released) {
            try {
                released.wait(nanos / 1_000_000, (int) (nanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * After a failed iteration: go on with another endpoint, wait and go on, or stop. {@code attempt} is null when
     * no endpoint admitted the block this time.
     */
    public void failed(BlockCall call, Attempt attempt, Exception exception) {
        Throwable failure = unwrap(exception);
        if (attempt == null || failure instanceof EndpointUnavailableException
                || failure instanceof CallNotPermittedException) {
            if (attempt != null && attempt.finished()) {
                // admitted, then refused by the breaker: no call was made, the permit goes back unused
                release(attempt, Attempt.PermitOutcome.IGNORED);
            }
            afterUnavailableChoice(call);
            return;
        }
        attemptFailed(attempt, failure);
        if (call.calls() >= routing.maxAttempts()) {
            call.close();
        }
    }

    /** After a hedged iteration in which no attempt answered: decide like after any failed iteration. */
    void afterHedgedRound(BlockCall call, boolean nothingAdmitted) {
        if (nothingAdmitted) {
            afterUnavailableChoice(call);
        } else if (call.calls() >= routing.maxAttempts()) {
            call.close();
        }
    }

    /** Records a call that failed at its endpoint and lets the endpoint react (cool down, or be taken out). */
    void attemptFailed(Attempt attempt, Throwable failure) {
        ModelEndpoint endpoint = attempt.endpoint();
        ModelCallException callFailure = failure instanceof ModelCallException m ? m
                : new ModelCallException(FailureKind.CONNECTION, endpoint.id(), 0, null, "unexpected failure: " + failure);
        // a rate-limited endpoint is not failed for the block: it cools down, and is tried again if no other can
        boolean rateLimited = callFailure.kind() == FailureKind.RATE_LIMITED || callFailure.kind() == FailureKind.OVERLOADED;
        if (!attempt.finished()) {
            return;
        }
        released(attempt, callFailure.kind());
        attempt.call().failed(callFailure, endpoint.id(), !rateLimited);
        react(endpoint, callFailure);
    }

    private void react(ModelEndpoint endpoint, ModelCallException failure) {
        switch (failure.kind()) {
            case AUTH, SPEND_LIMIT -> {
                if (!endpoint.credentialsRefused()) {
                    endpoint.refuseCredentials();
                    LOG.warn("Model endpoint '{}' is out until restart: {}", endpoint.id(), failure.getMessage());
                }
            }
            case RATE_LIMITED, OVERLOADED -> endpoint.coolDown(capped(failure.retryAfter()));
            default -> {
                // the block fails over; the breaker counts the failure for the endpoint as a whole
            }
        }
    }

    private Duration capped(Duration retryAfter) {
        Duration wanted = retryAfter == null ? routing.backoff() : retryAfter;
        return wanted.compareTo(routing.maxRetryAfter()) > 0 ? routing.maxRetryAfter() : wanted;
    }

    /**
     * No endpoint took the block this time. Try again if one can; wait if the ones left are busy (at their
     * concurrency or rate limit) or cooling down after a 429; back off and start a new round if they all failed
     * this block; stop if none is alive (open breakers and refused credentials are not waited for: the block
     * degrades at once) or the block has waited too long.
     */
    private void afterUnavailableChoice(BlockCall call) {
        List<ModelEndpoint> alive = endpoints.all().stream().filter(ModelEndpoint::alive).toList();
        if (alive.isEmpty() || call.elapsedNanos() > deadlineNanos) {
            call.close();
            return;
        }
        if (alive.stream().anyMatch(endpoint -> usableFor(endpoint, call))) {
            if (call.unavailableChoice() > MAX_UNAVAILABLE_CHOICES) {
                awaitRelease(BUSY_WAIT_NANOS);
            }
            return;
        }
        if (call.calls() >= routing.maxAttempts()) {
            call.close();
            return;
        }
        List<ModelEndpoint> untried = alive.stream()
                .filter(endpoint -> !call.failedAt(endpoint.id()) && !overBudget(endpoint, call))
                .toList();
        if (!untried.isEmpty()) {
            long coolingNanos = untried.stream()
                    .mapToLong(endpoint -> Math.max(endpoint.coolingNanosLeft(), endpoint.nanosUntilNextRequest()))
                    .filter(n -> n > 0).min().orElse(0);
            if (coolingNanos > 0) {
                LockSupport.parkNanos(Math.min(coolingNanos, routing.maxRetryAfter().toNanos()));
            } else {
                // at their concurrency limits or the load guard's cap: the next call to end makes room
                awaitRelease(CAPACITY_WAIT_NANOS);
            }
            return;
        }
        if (!call.hasFailures()) {
            call.close();
            return;
        }
        long base = routing.backoff().toNanos() << Math.min(call.rounds(), 6);
        LockSupport.parkNanos(base / 2 + ThreadLocalRandom.current().nextLong(Math.max(1, base / 2)));
        call.newRound();
    }

    /** The block's answer; when every endpoint failed, the local extractor's, marked degraded. */
    public Extraction finish(BlockCall call) {
        if (call.result() != null) {
            return call.result();
        }
        if (endpoints.isEmpty()) {
            return local.extract(call.getBlock());
        }
        if (routing.fallbackEnabled()) {
            return local.degraded(call.getBlock(), call.elapsedMillis(), call.usage());
        }
        String reason = call.lastFailure() != null ? call.lastFailure().getMessage()
                : "no endpoint could take the block (" + endpoints.all().stream()
                        .map(endpoint -> "endpoint '" + endpoint.id() + "' " + endpoint.condition())
                        .collect(Collectors.joining("; ")) + ")";
        throw new ExtractionException("every model endpoint failed for '" + call.getBlock().title() + "': " + reason);
    }

    /** A packed request's answers, one per block; when the batch failed, its blocks go one by one instead. */
    public List<Extraction> finishBatch(BlockCall call) {
        List<Extraction> answers = call.batchResult();
        if (answers == null) {
            RuntimeException failure = call.lastFailure();
            throw new ExtractionException("the batch of " + call.blocks().size() + " blocks got no answer"
                    + (failure == null ? "" : ": " + failure.getMessage()));
        }
        return answers;
    }

    private static Throwable unwrap(Throwable exception) {
        Throwable failure = exception;
        while (failure instanceof CamelExecutionException && failure.getCause() != null) {
            failure = failure.getCause();
        }
        return failure;
    }
}
