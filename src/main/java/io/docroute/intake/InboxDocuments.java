package io.docroute.intake;

import io.docroute.DocRouteProperties;
import io.docroute.Sha256;
import io.docroute.pipeline.IncomingDocument;
import java.nio.charset.StandardCharsets;
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
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        byte[] content = exchange.getMessage().getMandatoryBody(byte[].class);
        // one job per file and content: a file taken again after its instance died goes on under the same job
        String job = "inbox-" + Sha256.hex((name + "\n" + Sha256.hex(content)).getBytes(StandardCharsets.UTF_8))
                .substring(0, 32);
        return IncomingDocument.of(name, content, "inbox", job);
    }
}
