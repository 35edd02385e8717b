package io.docroute.gateway.provider;

/** Why a model call failed, and what the gateway may do about it. */
public enum FailureKind {
    /** HTTP 429: too many requests or tokens for now. */
    RATE_LIMITED(true, false),
    /** The account's spend limit, quota or balance is exhausted; waiting a few seconds will not help. */
    SPEND_LIMIT(false, false),
    /** HTTP 503 / 529: the provider is busy. */
    OVERLOADED(true, false),
    /** Any other HTTP 5xx. */
    SERVER_ERROR(true, false),
    /** No answer within the time allowed. */
    TIMEOUT(true, false),
    /** The connection could not be made or broke before an answer arrived. */
    CONNECTION(true, false),
    /** HTTP 401 / 403: the endpoint refused the credentials. */
    AUTH(false, true),
    /** Any other HTTP 4xx: the request itself is wrong, so sending it again changes nothing. */
    BAD_REQUEST(false, false),
    /** The answer had no readable text or no JSON object in it. */
    MALFORMED_ANSWER(true, false),
    /** The answer's JSON failed the interface spec schema. */
    INVALID_SPEC(true, false);

    private final boolean retryable;
    private final boolean disablesEndpoint;

    FailureKind(boolean retryable, boolean disablesEndpoint) {
        this.retryable = retryable;
        this.disablesEndpoint = disablesEndpoint;
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
