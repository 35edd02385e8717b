package io.docroute.output;

/** Every block of a document failed; its report is written, and the source is treated as failed. */
public class DocumentFailedException extends RuntimeException {

    public DocumentFailedException(String message) {
        super(message);
    }
}
