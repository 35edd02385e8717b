package io.docroute.gateway;

import io.docroute.document.Document;
import io.docroute.document.InterfaceBlock;
import io.docroute.document.InterfaceListing;
import io.docroute.extraction.Extraction;
import io.docroute.extraction.ExtractionException;
import io.docroute.extraction.LocalExtraction;
import io.docroute.extraction.PatchBase;
import io.docroute.gateway.provider.FailureKind;
import io.docroute.gateway.provider.ModelCallException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.apache.camel.CamelExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's one retry loop, as steps the routes ask for: admit a block at an endpoint, record what a failed
 * call says (health, rate, content, account: see {@link FailureKind.Signal}), and when no endpoint can take the
 * block, do what the {@link RetryPolicy} decides — choose again, wait for an endpoint to come back, back off, or
 * give up. At the end it hands out the answer, or the local extractor's, marked degraded with the reason.
 */
public class ModelGateway {

    private static final Logger LOG = LoggerFactory.getLogger(ModelGateway.class);
    private static final int MAX_UNAVAILABLE_CHOICES = 64;
    private static final long BUSY_WAIT_NANOS = 5_000_000;
    /** System prompt and template text around the block, in tokens, for reservations made before rendering. */
    private static final int PROMPT_OVERHEAD_TOKENS = 700;

    private final ModelEndpoints endpoints;
    private final GatewayProperties.Routing routing;
    private final RetryPolicy policy;
    private final LocalExtraction local;
    private final DailyBudget budget;
    private final LoadGuard loadGuard;
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Signalled whenever a call ends or a breaker changes state: waiting blocks wake then instead of polling. */
    private final Object changed = new Object();

    public ModelGateway(ModelEndpoints endpoints, GatewayProperties properties, LocalExtraction local,
                        DailyBudget budget, LoadGuard loadGuard) {
        this.endpoints = endpoints;
        this.routing = properties.routing();
        this.policy = new RetryPolicy(routing.degradeAfter(), routing.backoff(), System::nanoTime);
        this.local = local;
        this.budget = budget;
        this.loadGuard = loadGuard;
        endpoints.all().forEach(endpoint -> endpoint.breaker().getEventPublisher()
                .onStateTransition(event -> signalChange()));
    }

    /** @param patchBase a near block's cached answer to ask a patch against, or null for a full request */
    public BlockCall start(InterfaceBlock block, PatchBase patchBase) {
        return new BlockCall(List.of(block), !endpoints.isEmpty(), patchBase);
    }

    /**
     * A request to list a document's interfaces, the document's text as its one block. Only endpoints of a real
     * model take it (see {@link #standing}).
     */
    public BlockCall startListing(Document document) {
        InterfaceBlock whole = new InterfaceBlock(0, document.title() == null ? document.name() : document.title(),
                InterfaceListing.text(document), List.of(), List.of(), null);
        return new BlockCall(List.of(whole), !endpoints.isEmpty(), null, true);
    }

    /**
     * Whether a model should list this document's interfaces first: listing is on, a real model's endpoint is
     * configured, and the document's own reading states no method or path (see {@link InterfaceListing#wanted}).
     */
    public boolean listingWanted(Document document) {
        return "auto".equals(routing.modelListing()) && endpoints.all().stream().anyMatch(ModelEndpoint::realModel)
                && InterfaceListing.wanted(document);
    }

    /** The document with the listed interfaces as its blocks; as it was read when no model listed them. */
    public Document finishListing(BlockCall call, Document document) {
        List<InterfaceListing.Listed> listed = call.listedInterfaces();
        if (listed == null) {
            LOG.info("No model listed the interfaces of '{}' ({}): its own reading stands", document.name(),
                    call.giveUpReason());
            return document;
        }
        return InterfaceListing.apply(document, listed, call.listedBy());
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
        DailyBudget.Hold hold = budget.tryReserve(worstCase).orElseThrow(() -> new EndpointUnavailableException(
                "endpoint '" + endpointId + "' would pass the daily budget"));
        var permit = endpoint.tryAcquire(inputTokens + call.maxOutputTokens());
        if (permit.isEmpty()) {
            budget.settle(hold, 0);
            throw new EndpointUnavailableException("endpoint '" + endpointId + "' is at its concurrency or rate limit");
        }
        inFlight.incrementAndGet();
        call.admitted(endpoint);
        return new Attempt(call, endpoint, permit.get(), hold);
    }

    boolean usableFor(ModelEndpoint endpoint, BlockCall call) {
        return standing(endpoint, call) == RetryPolicy.Standing.READY;
    }

    /** Where an endpoint stands for this block now, for the balancer (on every choice: no text is built here). */
    RetryPolicy.Standing standing(ModelEndpoint endpoint, BlockCall call) {
        if (endpoint.credentialsRefused() || (call.isListing() && !endpoint.realModel()) || overBudget(endpoint, call)) {
            return RetryPolicy.Standing.OUT;
        }
        if (call.refusedAt(endpoint.id())) {
            return RetryPolicy.Standing.REFUSED_BLOCK;
        }
        if (call.failedAt(endpoint.id())) {
            return RetryPolicy.Standing.FAILED_THIS_ROUND;
        }
        if (!endpoint.alive() || call.notPermittedAt(endpoint)) {
            return RetryPolicy.Standing.OPEN;
        }
        if (endpoint.coolingNanosLeft() > 0) {
            return RetryPolicy.Standing.COOLING;
        }
        if (!endpoint.available() || call.inFlightAt(endpoint.id()) || inFlight.get() >= loadGuard.capacity()) {
            return RetryPolicy.Standing.BUSY;
        }
        return RetryPolicy.Standing.READY;
    }

    /** The same, with when it may come back and in words, for the retry policy and the reason a block gave up. */
    private RetryPolicy.Endpoint described(ModelEndpoint endpoint, BlockCall call) {
        RetryPolicy.Standing standing = standing(endpoint, call);
        String condition = switch (standing) {
            case OUT -> endpoint.credentialsRefused() ? endpoint.condition()
                    : call.isListing() && !endpoint.realModel() ? "is not a model that can list a document's interfaces"
                    : "would pass the daily budget";
            case REFUSED_BLOCK -> "refused this block: " + call.refusal(endpoint.id());
            case FAILED_THIS_ROUND -> "failed this block this round";
            case BUSY -> "is at its concurrency or rate limit";
            default -> endpoint.condition();
        };
        long back = switch (standing) {
            case COOLING -> endpoint.coolingNanosLeft();
            case BUSY -> endpoint.nanosUntilNextRequest();
            default -> 0;
        };
        return new RetryPolicy.Endpoint(endpoint.id(), standing, condition, back);
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

    void answeredListing(Attempt attempt, List<InterfaceListing.Listed> listed) {
        if (attempt.finished()) {
            attempt.call().listed(listed, attempt.endpoint().id());
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
            budget.settle(attempt.hold(), attempt.costUsd());
            signalChange();
        }
    }

    private void signalChange() {
        synchronized (changed) {
            changed.notifyAll();
        }
    }

    /** Waits until a call ends or a breaker changes state somewhere, or {@code nanos} pass, whichever is first. */
    private void awaitChange(long nanos) {
        synchronized (changed) {
            try {
                changed.wait(nanos / 1_000_000, (int) (nanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * After a failed iteration: record what the failure says, and when no endpoint took the block this time, do
     * what the retry policy decides. {@code attempt} is null when no endpoint admitted the block.
     */
    public void failed(BlockCall call, Attempt attempt, Exception exception) {
        Throwable failure = unwrap(exception);
        if (attempt == null || failure instanceof EndpointUnavailableException
                || failure instanceof CallNotPermittedException) {
            if (attempt != null && attempt.finished()) {
                // admitted, then refused by the breaker: no call was made, the permit goes back unused
                release(attempt, Attempt.PermitOutcome.IGNORED);
                call.notPermitted(attempt.endpoint());
            }
            decide(call);
            return;
        }
        attemptFailed(attempt, failure);
    }

    /** After a hedged iteration in which no attempt answered: decide like after any failed iteration. */
    void afterHedgedRound(BlockCall call, boolean nothingAdmitted) {
        if (nothingAdmitted) {
            decide(call);
        }
    }

    /** Records a call that failed at its endpoint and lets the endpoint react (cool down, or be taken out). */
    void attemptFailed(Attempt attempt, Throwable failure) {
        ModelEndpoint endpoint = attempt.endpoint();
        ModelCallException callFailure = failure instanceof ModelCallException m ? m
                : new ModelCallException(FailureKind.CONNECTION, endpoint.id(), 0, null, "unexpected failure: " + failure);
        if (!attempt.finished()) {
            return;
        }
        // the endpoint reacts before its permit goes back, which wakes the blocks waiting to choose
        react(endpoint, callFailure);
        attempt.call().failed(callFailure, endpoint.id());
        released(attempt, callFailure.kind());
    }

    private void react(ModelEndpoint endpoint, ModelCallException failure) {
        switch (failure.kind()) {
            case AUTH, SPEND_LIMIT -> {
                if (!endpoint.credentialsRefused()) {
                    endpoint.refuseCredentials();
                    LOG.warn("Model endpoint '{}' is out until restart: {}", endpoint.id(), failure.getMessage());
                    signalChange();
                }
            }
            case RATE_LIMITED, OVERLOADED -> coolDown(endpoint, failure);
            default -> {
                // health failures count in the endpoint's breaker; content failures in its reliability
            }
        }
    }

    /**
     * A 429 (or a 503 that says when to come back) cools the endpoint down for its Retry-After, capped. Called the
     * moment the answer is read, before the failure unwinds through the routes, so no other block is sent there
     * meanwhile; again when the failure is recorded, which changes nothing.
     */
    void coolDown(ModelEndpoint endpoint, ModelCallException failure) {
        if (failure.kind() == FailureKind.RATE_LIMITED
                || (failure.kind() == FailureKind.OVERLOADED && failure.retryAfter() != null)) {
            endpoint.askedToWait(capped(failure.retryAfter()));
        }
    }

    private Duration capped(Duration retryAfter) {
        Duration wanted = retryAfter == null ? routing.backoff() : retryAfter;
        return wanted.compareTo(routing.maxRetryAfter()) > 0 ? routing.maxRetryAfter() : wanted;
    }

    /**
     * No endpoint took the block this time: choose again, wait for a change, back off for a new round, or give
     * up, as the retry policy decides. A batch does not wait: its blocks go one by one instead.
     */
    private void decide(BlockCall call) {
        List<RetryPolicy.Endpoint> standings = endpoints.all().stream().map(endpoint -> described(endpoint, call)).toList();
        RetryPolicy.Decision decision = policy.next(call.waiting(), standings);
        if (decision instanceof RetryPolicy.TryNow) {
            if (call.unavailableChoice() > MAX_UNAVAILABLE_CHOICES) {
                awaitChange(BUSY_WAIT_NANOS);
            }
        } else if (call.isBatch() && !(decision instanceof RetryPolicy.GiveUp)) {
            call.giveUp("a batch does not wait for endpoints; its blocks go one by one");
        } else if (call.isListing() && !(decision instanceof RetryPolicy.GiveUp)) {
            call.giveUp("a listing does not wait for endpoints; the document's own reading stands");
        } else if (decision instanceof RetryPolicy.Wait wait) {
            awaitChange(wait.nanos());
        } else if (decision instanceof RetryPolicy.NewRound round) {
            LockSupport.parkNanos(round.backoffNanos());
            call.newRound();
        } else if (decision instanceof RetryPolicy.GiveUp giveUp) {
            call.giveUp(giveUp.reason());
        }
    }

    /** The block's answer; when every endpoint failed, the local extractor's, marked degraded. */
    public Extraction finish(BlockCall call) {
        if (call.result() != null) {
            return call.result();
        }
        if (endpoints.isEmpty()) {
            return local.extract(call.getBlock());
        }
        String reason = call.giveUpReason() + (call.lastFailure() == null ? ""
                : "; last failure: " + call.lastFailure().getMessage());
        if (routing.fallbackEnabled()) {
            return local.degraded(call.getBlock(), call.elapsedMillis(), call.usage(), reason);
        }
        throw new ExtractionException("no model answered '" + call.getBlock().title() + "': " + reason);
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
