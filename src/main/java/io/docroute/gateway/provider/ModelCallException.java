package io.docroute.gateway.provider;

import java.time.Duration;
import java.util.Objects;

/**
 * A failed model call, classified. The message names the endpoint and, for an HTTP error response, its status;
 * it never carries an API key: anything shaped like a credential is masked on construction as a last line of
 * defence, and the builders in {@link FailureClassifier} never put request headers or keys into it.
 */
public class ModelCallException extends RuntimeException {

    private final FailureKind kind;
    private final String endpointId;
    private final int status;
    private final Duration retryAfter;

    /**
     * @param kind       what went wrong
     * @param endpointId the configured endpoint's id
     * @param status     the HTTP status of an error response; {@code 0} when there was none (timeout, connection,
     *                   an unusable 200 answer)
     * @param retryAfter how long the provider asked us to wait; {@code null} when it did not say
     * @param message    a plain-words explanation naming the endpoint
     */
    public ModelCallException(FailureKind kind, String endpointId, int status, Duration retryAfter, String message) {
        super(SecretMasking.maskCredentialPatterns(message));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.endpointId = endpointId;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public FailureKind kind() {
        return kind;
    }

    public String endpointId() {
        return endpointId;
    }

    /** The HTTP status of the error response, or {@code 0} when the failure was not an HTTP error response. */
    public int status() {
        return status;
    }

    /** The wait the provider asked for, or {@code null} when it gave none. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
