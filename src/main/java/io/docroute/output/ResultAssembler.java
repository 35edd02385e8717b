package io.docroute.output;

import io.docroute.document.Document;
import io.docroute.extraction.Extraction;
import io.docroute.output.DocumentResult.BlockError;
import io.docroute.output.DocumentResult.InterfaceResult;
import io.docroute.output.DocumentResult.Selection;
import io.docroute.output.DocumentResult.Source;
import io.docroute.output.DocumentResult.Stats;
import io.docroute.output.DocumentResult.Status;
import io.docroute.pipeline.BlockOutcome;
import io.docroute.pipeline.DocumentRun;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** Turns a finished {@link DocumentRun} into its report, blocks in document order. */
@Component
public class ResultAssembler {

    public DocumentResult assemble(DocumentRun run) {
        List<InterfaceResult> interfaces = new ArrayList<>();
        List<BlockError> errors = new ArrayList<>();
        int modelCalls = 0;
        int cacheHits = 0;
        int degraded = 0;
        int failovers = 0;
        long inputTokens = 0;
        long outputTokens = 0;
        double costUsd = 0;
        double savedUsd = 0;
        Map<String, Integer> calls = new TreeMap<>();
        for (BlockOutcome outcome : run.outcomes()) {
            var block = outcome.block();
            if (outcome instanceof BlockOutcome.Extracted extracted) {
                Extraction e = extracted.extraction();
                interfaces.add(new InterfaceResult(block.index(), block.title(), e.spec(),
                        new Source(e.endpoint(), e.model(), e.cache(), e.degraded(), e.attempts(), e.latencyMs(),
                                e.degradedBecause(), e.patchedFrom())));
                modelCalls += e.attempts();
                cacheHits += e.fromCache() ? 1 : 0;
                degraded += e.degraded() ? 1 : 0;
                failovers += e.usage().failovers();
                inputTokens += e.usage().inputTokens();
                outputTokens += e.usage().outputTokens();
                costUsd += e.usage().costUsd();
                savedUsd += e.usage().savedUsd();
                e.usage().calls().forEach((endpoint, n) -> calls.merge(endpoint, n, Integer::sum));
            } else if (outcome instanceof BlockOutcome.Failed failed) {
                errors.add(new BlockError(block.index(), block.title(), failed.error()));
            }
        }
        Document document = run.document();
        Status status = !errors.isEmpty() ? (interfaces.isEmpty() ? Status.FAILED : Status.PARTIAL)
                : degraded > 0 ? Status.DEGRADED : Status.COMPLETED;
        return new DocumentResult(
                new DocumentResult.DocumentInfo(document.name(), document.sha256(), document.format().id(), document.title()),
                status, interfaces, errors, selection(document),
                new Stats(document.blocks().size(), interfaces.size(), errors.size(), modelCalls, cacheHits, degraded,
                        failovers, new DocumentResult.Tokens(inputTokens, outputTokens), costUsd, savedUsd, calls,
                        run.elapsedMillis()),
                Instant.now());
    }

    private static List<Selection> selection(Document document) {
        return document.choices().stream()
                .map(c -> new Selection(c.section(), c.block() < 0 ? null : c.block(), c.reason()))
                .toList();
    }

    /** A document none of whose blocks could be extracted is a failure of the whole document. */
    public DocumentResult requireNotFailed(DocumentResult result) {
        if (result.status() == Status.FAILED) {
            throw new DocumentFailedException("none of the " + result.stats().blocks()
                    + " interface blocks could be extracted; first error: " + result.errors().get(0).error());
        }
        return result;
    }
}
