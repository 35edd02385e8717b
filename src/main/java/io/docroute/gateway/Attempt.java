package io.docroute.gateway;

import com.netflix.concurrency.limits.Limiter;
import io.docroute.extraction.PatchBase;
import java.util.List;

/**
 * One admission of a block at one endpoint: the concurrency permit and budget hold it has, and the
 * request it sends (the first, and at most one repair). A hedged block has two attempts in flight at once,
 * which is why this state is kept apart from the block's {@link BlockCall}. Lives in the exchange variable
 * {@code attempt}.
 */
public final class Attempt {

    private final BlockCall call;
    private final ModelEndpoint endpoint;
    private final DailyBudget.Hold hold;
    private Limiter.Listener permit;
    private double costUsd;
    private String rejectedAnswer;
    private List<String> rejectedProblems;
    private boolean repairAsked;
    private volatile PatchBase patchSent;
    private boolean awaitingAnswer = true;
    private boolean ended;

    Attempt(BlockCall call, ModelEndpoint endpoint, Limiter.Listener permit, DailyBudget.Hold hold) {
        this.call = call;
        this.endpoint = endpoint;
        this.permit = permit;
        this.hold = hold;
    }

    public BlockCall call() {
        return call;
    }

    public ModelEndpoint endpoint() {
        return endpoint;
    }

    /** The provider loop's condition: a first request, or one repair of an invalid answer, still to send. */
    public boolean isAwaitingAnswer() {
        return awaitingAnswer;
    }

    public String getEndpointUrl() {
        return endpoint.url();
    }

    void charged(int input, int output, double cost) {
        costUsd += cost;
        call.charged(input, output, cost);
    }

    void rejected(String answer, List<String> problems) {
        rejectedAnswer = answer;
        rejectedProblems = problems;
        repairAsked = true;
    }

    /** The attempt is over (answered or failed); true only the first time, so it is recorded once. */
    synchronized boolean finished() {
        if (ended) {
            return false;
        }
        ended = true;
        awaitingAnswer = false;
        call.attemptEnded(endpoint.id());
        return true;
    }

    /** The base the request just sent asked a patch against; null for a full request. */
    void sent(PatchBase base) {
        patchSent = base;
    }

    PatchBase patchSent() {
        return patchSent;
    }

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

    DailyBudget.Hold hold() {
        return hold;
    }

    double costUsd() {
        return costUsd;
    }

    /** Hands back the concurrency permit once; the outcome drives the endpoint's adaptive limit. */
    synchronized boolean releasePermit(PermitOutcome outcome) {
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

    enum PermitOutcome { SUCCESS, DROPPED, IGNORED }
}
