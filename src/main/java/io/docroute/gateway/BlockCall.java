package io.docroute.gateway;

import io.docroute.document.InterfaceBlock;
import io.docroute.document.InterfaceListing;
import io.docroute.extraction.Extraction;
import io.docroute.extraction.PatchBase;
import io.docroute.gateway.provider.TokenEstimator;
import io.docroute.gateway.provider.FailureKind;
import io.docroute.gateway.provider.ModelCallException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One block's way through the gateway — or several small blocks packed into one request (adaptive batching):
 * which endpoints failed it, how many calls it made and what they cost, and its answer. Lives in the exchange variable {@code call}; its methods are synchronized because a hedged
 * block's two attempts report to it from two threads.
 */
public final class BlockCall {

    private final List<InterfaceBlock> blocks;
    private volatile PatchBase patchBase;
    private final int textTokens;
    private final long startedNanos = System.nanoTime();
    private final String id = UUID.randomUUID().toString();
    private final Set<String> failedHere = new HashSet<>();
    private final Map<String, String> refusedHere = new LinkedHashMap<>();
    private final Map<String, Long> notPermittedAt = new HashMap<>();
    private final RetryPolicy.Waiting waiting = new RetryPolicy.Waiting();
    private String giveUpReason;
    private final Set<String> inFlightAt = new HashSet<>();
    private final Map<String, Integer> callsByEndpoint = new LinkedHashMap<>();
    private String lastEndpoint;
    private boolean open;
    private int calls;
    private int failovers;
    private int unavailableChoices;
    private int inputTokens;
    private int outputTokens;
    private double costUsd;
    private Extraction result;
    private List<Extraction> batchResult;
    private final boolean listing;
    private List<InterfaceListing.Listed> listed;
    private String listedBy;
    private RuntimeException lastFailure;

    BlockCall(List<InterfaceBlock> blocks, boolean open, PatchBase patchBase) {
        this(blocks, open, patchBase, false);
    }

    /** @param listing the one block is a whole document, whose interfaces a model is asked to list */
    BlockCall(List<InterfaceBlock> blocks, boolean open, PatchBase patchBase, boolean listing) {
        this.listing = listing;
        this.blocks = List.copyOf(blocks);
        this.open = open;
        this.patchBase = patchBase;
        this.textTokens = TokenEstimator.estimate(blocks.stream().map(InterfaceBlock::text)
                .collect(Collectors.joining("\n")));
    }

    /**
     * This block's request id for call number {@code n}: {@code <block uuid>.<n>}. Sent as
     * {@code X-Client-Request-Id}, so a provider's logs (and the simulator's statistics) tie every call of a block
     * together.
     */
    synchronized String requestId() {
        return id + "." + calls;
    }

    /** The cached answer of a near block to ask a patch against; null for a full request. */
    PatchBase patchBase() {
        return patchBase;
    }

    /** A patch that did not apply or validate: the block is asked in full from now on. */
    void dropPatch() {
        patchBase = null;
    }

    public InterfaceBlock getBlock() {
        return blocks.get(0);
    }

    List<InterfaceBlock> blocks() {
        return blocks;
    }

    boolean isBatch() {
        return blocks.size() > 1;
    }

    /** A request to list a document's interfaces, not to extract one. */
    boolean isListing() {
        return listing;
    }

    synchronized boolean listed(List<InterfaceListing.Listed> interfaces, String endpointId) {
        if (isAnswered()) {
            return false;
        }
        listed = List.copyOf(interfaces);
        listedBy = endpointId;
        open = false;
        return true;
    }

    synchronized List<InterfaceListing.Listed> listedInterfaces() {
        return listed;
    }

    synchronized String listedBy() {
        return listedBy;
    }

    /** Estimated tokens of the text the request carries, for budgets, rate buckets and cost scores. */
    int textTokens() {
        return textTokens;
    }

    int maxOutputTokens() {
        return listing ? ProviderCalls.MAX_LISTING_TOKENS : ProviderCalls.MAX_OUTPUT_TOKENS * blocks.size();
    }

    /** The gateway loop's condition: no answer yet, and more attempts allowed. */
    public synchronized boolean isOpen() {
        return open;
    }

    synchronized void close() {
        open = false;
    }

    synchronized void admitted(ModelEndpoint endpoint) {
        if (lastEndpoint != null && !lastEndpoint.equals(endpoint.id()) && calls > 0) {
            failovers++;
        }
        lastEndpoint = endpoint.id();
        inFlightAt.add(endpoint.id());
        notifyAll();
    }

    /** The endpoint of the first admitted attempt, waiting up to {@code nanos} for it; null if none yet. */
    synchronized String awaitAdmission(long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        long left = nanos;
        while (lastEndpoint == null && left > 0) {
            wait(left / 1_000_000, (int) (left % 1_000_000));
            left = deadline - System.nanoTime();
        }
        return lastEndpoint;
    }

    /** Wakes a caller of {@link #awaitAdmission} early: the attempt ended without an admission. */
    synchronized void wake() {
        notifyAll();
    }

    synchronized void attemptEnded(String endpointId) {
        inFlightAt.remove(endpointId);
    }

    /** An endpoint already working on this block (the slow first attempt, when a hedge goes out). */
    synchronized boolean inFlightAt(String endpointId) {
        return inFlightAt.contains(endpointId);
    }

    synchronized void calling(ModelEndpoint endpoint) {
        calls++;
        callsByEndpoint.merge(endpoint.id(), 1, Integer::sum);
    }

    synchronized void charged(int input, int output, double cost) {
        inputTokens += input;
        outputTokens += output;
        costUsd += cost;
    }

    /** The first valid answer wins; a later one (from the slower of two hedged attempts) is dropped. */
    synchronized boolean answered(Extraction extraction) {
        if (isAnswered()) {
            return false;
        }
        result = extraction;
        open = false;
        return true;
    }

    synchronized boolean answeredBatch(List<Extraction> extractions) {
        if (isAnswered()) {
            return false;
        }
        batchResult = List.copyOf(extractions);
        open = false;
        return true;
    }

    synchronized boolean isAnswered() {
        return result != null || batchResult != null || listed != null;
    }

    synchronized List<Extraction> batchResult() {
        return batchResult;
    }

    /**
     * A call failed at an endpoint. A health failure rules the endpoint out for this round; a refused answer or
     * request rules it out for this block; a rate limit does neither (the endpoint cools down for everyone).
     */
    synchronized void failed(ModelCallException failure, String endpointId) {
        lastFailure = failure;
        FailureKind.Signal signal = failure.kind().signal();
        if (signal == FailureKind.Signal.HEALTH) {
            failedHere.add(endpointId);
        } else if (signal == FailureKind.Signal.CONTENT || signal == FailureKind.Signal.REQUEST) {
            refusedHere.put(endpointId, failure.getMessage());
        }
    }

    synchronized boolean failedAt(String endpointId) {
        return failedHere.contains(endpointId);
    }

    synchronized boolean refusedAt(String endpointId) {
        return refusedHere.containsKey(endpointId);
    }

    synchronized String refusal(String endpointId) {
        return refusedHere.get(endpointId);
    }

    /** The endpoint's breaker refused this block (open, or half-open with its probes taken) in its current state. */
    synchronized void notPermitted(ModelEndpoint endpoint) {
        notPermittedAt.put(endpoint.id(), endpoint.breakerTransitions());
    }

    /** Refused by the breaker since its last change of state: no use choosing it again until it changes. */
    synchronized boolean notPermittedAt(ModelEndpoint endpoint) {
        Long seen = notPermittedAt.get(endpoint.id());
        return seen != null && seen == endpoint.breakerTransitions();
    }

    /** A new round after a back-off: every endpoint that failed the block for its health may be tried again. */
    synchronized void newRound() {
        failedHere.clear();
        waiting.newRound();
    }

    RetryPolicy.Waiting waiting() {
        return waiting;
    }

    /** No model can answer in time: the loop ends and the reason goes with the local extractor's answer. */
    synchronized void giveUp(String reason) {
        giveUpReason = reason;
        open = false;
    }

    synchronized String giveUpReason() {
        return giveUpReason == null ? "no model answered" : giveUpReason;
    }

    synchronized int unavailableChoice() {
        return ++unavailableChoices;
    }

    synchronized int calls() {
        return calls;
    }

    synchronized Extraction.Usage usage() {
        return new Extraction.Usage(inputTokens, outputTokens, costUsd, callsByEndpoint, failovers);
    }

    long elapsedNanos() {
        return System.nanoTime() - startedNanos;
    }

    long elapsedMillis() {
        return elapsedNanos() / 1_000_000;
    }

    synchronized Extraction result() {
        return result;
    }

    synchronized RuntimeException lastFailure() {
        return lastFailure;
    }
}
