package io.docroute.intake;

/**
 * Why a document has no result: the broker set it aside on the dead-letter queue once its deliveries ran out, every
 * instance that took it having stopped before finishing it. Not thrown: the failure its report and its job carry.
 */
public class SetAsideException extends RuntimeException {

    public SetAsideException(String message) {
        super(message, null, false, false);
    }
}
