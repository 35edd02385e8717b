package io.docroute.gateway;

/** No call was made: the chosen endpoint is open, cooling down, refused, or already failed for this block. */
public class EndpointUnavailableException extends RuntimeException {

    public EndpointUnavailableException(String message) {
        super(message, null, false, false);
    }
}
