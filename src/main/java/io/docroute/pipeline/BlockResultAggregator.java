package io.docroute.pipeline;

import io.docroute.extraction.Extraction;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * The splitter's aggregation strategy: files each block's answer or failure into its {@link DocumentRun} by
 * split index, and swallows the failure so one bad block never fails the other blocks or the document.
 */
@Component("blockResultAggregator")
public class BlockResultAggregator implements AggregationStrategy {

    public static final String RUN = "documentRun";

    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        DocumentRun run = newExchange.getProperty(RUN, DocumentRun.class);
        int index = newExchange.getProperty(Exchange.SPLIT_INDEX, Integer.class);
        Exception failure = newExchange.getException();
        // a failure a block's retry loop caught and got past (a 429, a failover) is the block's, not the document's:
        // the first block's exchange becomes the aggregate, and the document would be taken for a failed one
        newExchange.removeProperty(Exchange.EXCEPTION_CAUGHT);
        if (failure != null) {
            run.failed(index, plainMessage(failure));
            newExchange.setException(null);
        } else {
            Extraction extraction = newExchange.getMessage().getBody(Extraction.class);
            if (extraction != null) {
                run.extracted(index, extraction);
            } else {
                run.failed(index, "the extractor gave no answer");
            }
        }
        return oldExchange != null ? oldExchange : newExchange;
    }

    static String plainMessage(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
