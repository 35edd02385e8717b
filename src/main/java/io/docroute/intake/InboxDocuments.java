package io.docroute.intake;

import io.docroute.DocRouteProperties;
import io.docroute.pipeline.IncomingDocument;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.springframework.stereotype.Component;

/** The inbox's file as the pipeline takes it; a file over the size limit is refused before it is read. */
@Component
public class InboxDocuments {

    private final long maxBytes;

    public InboxDocuments(DocRouteProperties properties) {
        this.maxBytes = properties.maxDocumentBytes();
    }

    public IncomingDocument read(Exchange exchange) throws InvalidPayloadException {
        DocumentTooLargeException.requireWithin(exchange.getMessage().getHeader(Exchange.FILE_LENGTH, 0L, Long.class),
                maxBytes);
        return IncomingDocument.of(exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class),
                exchange.getMessage().getMandatoryBody(byte[].class), "inbox", null);
    }
}
