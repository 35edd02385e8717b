package io.docroute.gateway;

import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.Extraction;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One block's way through the gateway: which endpoints failed it, how many calls it made, the repair it may
 * ask for, and its answer. Lives in the exchange variable {@code call} and is read by the routes' predicates.
 */
public final class BlockCall {

    private final InterfaceBlock block;
    private final long startedNanos = System.nanoTime();
    private final Set<String> failedHere = new HashSet<>();
    private final Map<String, Integer> callsByEndpoint = new LinkedHashMap<>();
    private ModelEndpoint current;
    private com.netflix.concurrency.limits.Limiter.Listener permit;
    private double reservedUsd;
    private double costAtAdmission;
    private boolean open;
    private int calls;
    private int failovers;
    private int unavailableChoices;
    private int rounds;
    private int inputTokens;
    private int outputTokens;
    private double costUsd;
    private String rejectedAnswer;
    private List<String> rejectedProblems;
    private boolean repairAsked;
    private boolean awaitingAnswer;
    private Extraction result;
    private RuntimeException lastFailure;

    BlockCall(InterfaceBlock block, boolean open) {
        this.block = block;
        this.open = open;
    }

    public InterfaceBlock getBlock() {
        return block;
    }

    /** The gateway loop's condition: no answer yet, and more attempts allowed. */
    public boolean isOpen() {
        return open;
    }

    /** The provider loop's condition: a first request, or one repair of an invalid answer, still to send. */
    public boolean isAwaitingAnswer() {
        return awaitingAnswer;
    }

    public String getEndpointUrl() {
        return current.url();
    }

    public ModelEndpoint current() {
        return current;
    }

    void close() {
        open = false;
    }

    void admitted(ModelEndpoint endpoint, com.netflix.concurrency.limits.Limiter.Listener permit, double reservedUsd) {
        if (current != null && !current.id().equals(endpoint.id()) && calls > 0) {
            failovers++;
        }
        current = endpoint;
        this.permit = permit;
        this.reservedUsd = reservedUsd;
        this.costAtAdmission = costUsd;
        awaitingAnswer = true;
        rejectedAnswer = null;
        rejectedProblems = null;
        repairAsked = false;
    }

    void calling() {
        calls++;
        callsByEndpoint.merge(current.id(), 1, Integer::sum);
    }

    void charged(int input, int output, double cost) {
        inputTokens += input;
        outputTokens += output;
        costUsd += cost;
    }

    void answered(Extraction extraction) {
        result = extraction;
        awaitingAnswer = false;
        open = false;
    }

    void rejected(String answer, List<String> problems) {
        rejectedAnswer = answer;
        rejectedProblems = problems;
        repairAsked = true;
    }

    void failed(RuntimeException failure, boolean failsEndpointForBlock) {
        lastFailure = failure;
        awaitingAnswer = false;
        if (current != null && failsEndpointForBlock) {
            failedHere.add(current.id());
        }
    }

    /** Hands back the endpoint's concurrency permit once per admission; the outcome drives its adaptive limit. */
    boolean releasePermit(PermitOutcome outcome) {
        if (permit == null) {
            return false;
        }
        switch (outcome) {
            case SUCCESS -> permit.onSuccess();
            case DROPPED -> permit.onDropped();
            default -> permit.onIgnore();
        }
        permit = null;
        return true;
    }

    double reservedUsd() {
        return reservedUsd;
    }

    /** What this admission has cost so far: the amount its budget reservation settles to. */
    double costSinceAdmission() {
        return costUsd - costAtAdmission;
    }

    enum PermitOutcome { SUCCESS, DROPPED, IGNORED }

    boolean repairDue() {
        return rejectedAnswer != null;
    }

    boolean repairAsked() {
        return repairAsked;
    }

    String rejectedAnswer() {
        return rejectedAnswer;
    }

    List<String> rejectedProblems() {
        return rejectedProblems;
    }

    boolean failedAt(String endpointId) {
        return failedHere.contains(endpointId);
    }

    boolean hasFailures() {
        return !failedHere.isEmpty();
    }

    /** A new round over all endpoints after a back-off: every endpoint may be tried again. */
    void newRound() {
        failedHere.clear();
        rounds++;
    }

    int rounds() {
        return rounds;
    }

    int unavailableChoice() {
        return ++unavailableChoices;
    }

    int calls() {
        return calls;
    }

    int failovers() {
        return failovers;
    }

    Map<String, Integer> callsByEndpoint() {
        return callsByEndpoint;
    }

    int inputTokens() {
        return inputTokens;
    }

    int outputTokens() {
        return outputTokens;
    }

    double costUsd() {
        return costUsd;
    }

    long elapsedNanos() {
        return System.nanoTime() - startedNanos;
    }

    long elapsedMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    Extraction result() {
        return result;
    }

    RuntimeException lastFailure() {
        return lastFailure;
    }
}
