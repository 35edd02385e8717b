package io.docroute.extraction;

/** A block that cannot be turned into an interface spec; the message is written for the person who wrote the block. */
public class ExtractionException extends RuntimeException {

    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
