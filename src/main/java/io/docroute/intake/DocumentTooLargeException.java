package io.docroute.intake;

/** A document over {@code docroute.max-document-bytes}; refused before its content is read. */
public class DocumentTooLargeException extends RuntimeException {

    public DocumentTooLargeException(String message) {
        super(message);
    }

    /** Refuses a document of {@code bytes} over the limit, saying both and the setting. */
    public static void requireWithin(long bytes, long maxBytes) {
        if (bytes > maxBytes) {
            throw new DocumentTooLargeException("the document is " + bytes + " bytes, over the limit of " + maxBytes
                    + " bytes (docroute.max-document-bytes)");
        }
    }
}
