package io.docroute.intake;

/** A queued message that can never be processed as it is: it goes to the dead-letter queue at once. */
public class RefusedMessageException extends RuntimeException {

    public RefusedMessageException(String message) {
        super(message);
    }
}
