package io.docroute.document;

/** A document that cannot be read; the message is written for the person who dropped it. */
public class DocumentException extends RuntimeException {

    public DocumentException(String message) {
        super(message);
    }

    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
