package io.docroute.gateway.simulator;

import java.util.Locale;

/** What a simulated endpoint did with one chat-completions request. */
public enum Outcome {
    /** 200 with a valid interface spec as the answer. */
    OK,
    /** 200 whose answer is not a valid spec: prose, truncated JSON or a schema violation. */
    MALFORMED,
    /** 500 server error. */
    SERVER_ERROR,
    /** 503 during the configured outage. */
    UNAVAILABLE,
    /** 429, from the per-minute window or from the configured rate-limit share. */
    RATE_LIMITED,
    /** held open without an answer until the client gives up or the endpoint stops. */
    HANG,
    /** 400: the request carried no readable block. */
    INVALID_REQUEST;

    /** The lower-case name, e.g. {@code server_error}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
