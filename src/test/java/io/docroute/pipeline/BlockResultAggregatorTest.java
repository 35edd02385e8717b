package io.docroute.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.document.Document;
import io.docroute.document.DocumentFormat;
import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.Extraction;
import io.docroute.extraction.InterfaceSpec;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/** Each block's answer or failure goes to its run by index; nothing a block caught reaches the document. */
class BlockResultAggregatorTest {

    private final DefaultCamelContext camel = new DefaultCamelContext();
    private final DocumentRun run = new DocumentRun("job", new Document("d.md", "0", DocumentFormat.MARKDOWN, "d",
            List.of(new InterfaceBlock(0, "a", "", List.of(), List.of()), new InterfaceBlock(1, "b", "", List.of(),
                    List.of()))), (finished, outcome) -> { });

    private Exchange block(int index, Object body, Exception failure) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.setProperty(BlockResultAggregator.RUN, run);
        exchange.setProperty(Exchange.SPLIT_INDEX, index);
        exchange.getMessage().setBody(body);
        exchange.setException(failure);
        return exchange;
    }

    @Test
    void aFailureABlockCaughtAndGotPastDoesNotMarkTheDocument() {
        Exchange first = block(0, new Extraction(new InterfaceSpec("listA", "GET", "/a", "a", null, null, List.of(),
                null, null, null), "sim", "m", 2, false, "miss", 10, null), null);
        first.setProperty(Exchange.EXCEPTION_CAUGHT, new IllegalStateException("a 429 the retry loop got past"));
        Exchange second = block(1, null, new IllegalStateException("no model answered"));

        BlockResultAggregator aggregator = new BlockResultAggregator();
        Exchange aggregate = aggregator.aggregate(aggregator.aggregate(null, first), second);

        assertThat(aggregate.getProperty(Exchange.EXCEPTION_CAUGHT)).isNull();
        assertThat(aggregate.getException()).isNull();
        assertThat(run.outcomes()).extracting(outcome -> outcome.getClass().getSimpleName())
                .containsExactly("Extracted", "Failed");
    }
}
