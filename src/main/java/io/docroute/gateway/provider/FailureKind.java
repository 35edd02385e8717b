package io.docroute.gateway.provider;

/** Why a model call failed, what it says about the endpoint, and what the gateway may do about it. */
public enum FailureKind {
    /** HTTP 429: too many requests or tokens for now. */
    RATE_LIMITED(Signal.RATE, true, false),
    /** The account's spend limit, quota or balance is exhausted; waiting a few seconds will not help. */
    SPEND_LIMIT(Signal.ACCOUNT, false, false),
    /** HTTP 503 / 529: the provider is busy. */
    OVERLOADED(Signal.HEALTH, true, false),
    /** Any other HTTP 5xx. */
    SERVER_ERROR(Signal.HEALTH, true, false),
    /** No answer within the time allowed. */
    TIMEOUT(Signal.HEALTH, true, false),
    /** The connection could not be made or broke before an answer arrived. */
    CONNECTION(Signal.HEALTH, true, false),
    /** HTTP 401 / 403: the endpoint refused the credentials. */
    AUTH(Signal.ACCOUNT, false, true),
    /** Any other HTTP 4xx: the request itself is wrong, so sending it again changes nothing. */
    BAD_REQUEST(Signal.REQUEST, false, false),
    /** The answer had no readable text or no JSON object in it. */
    MALFORMED_ANSWER(Signal.CONTENT, true, false),
    /** The answer's JSON failed the interface spec schema. */
    INVALID_SPEC(Signal.CONTENT, true, false);

    /**
     * What a failure says. Only {@link #HEALTH} counts against an endpoint's circuit breaker: a 429 is the
     * provider asking to slow down, a refused answer is about one block, and refused credentials are not cured
     * by waiting.
     */
    public enum Signal {
        /** The endpoint is unwell: transport errors, 5xx and 529, timeouts. */
        HEALTH,
        /** The endpoint asks for fewer calls: it cools down and its adaptive limit shrinks. */
        RATE,
        /** The answer was unusable for this block: the endpoint's reliability falls, the block moves on. */
        CONTENT,
        /** This endpoint will not take this request as it is. */
        REQUEST,
        /** The endpoint is out until an operator acts: credentials or spend limit. */
        ACCOUNT
    }

    private final Signal signal;
    private final boolean retryable;
    private final boolean disablesEndpoint;

    FailureKind(Signal signal, boolean retryable, boolean disablesEndpoint) {
        this.signal = signal;
        this.retryable = retryable;
        this.disablesEndpoint = disablesEndpoint;
    }

    public Signal signal() {
        return signal;
    }

    /**
     * Whether the call may be tried again, on this or another endpoint; MALFORMED_ANSWER and INVALID_SPEC are
     * retried on another endpoint after one repair attempt.
     */
    public boolean retryable() {
        return retryable;
    }

    /** Whether the endpoint should take no more calls until an operator fixes its settings. */
    public boolean disablesEndpoint() {
        return disablesEndpoint;
    }
}
