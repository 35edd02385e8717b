package io.docroute.intake;

/** A document over {@code docroute.max-document-bytes}; refused before its content is read. */
public class DocumentTooLargeException extends RuntimeException {

    public DocumentTooLargeException(String message) {
        super(message);
    }
}
