package io.docroute.bench;

import io.docroute.DocRouteProperties;
import io.docroute.OneShot;
import io.docroute.cache.AnswerCache;
import io.docroute.document.DocumentParser;
import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.Extraction;
import io.docroute.gateway.Hedging;
import io.docroute.gateway.simulator.SimulatedEndpoint;
import io.docroute.gateway.simulator.Simulators;
import io.docroute.gateway.simulator.Stats;
import io.docroute.output.DocumentResult;
import io.docroute.pipeline.IncomingDocument;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import org.apache.camel.ProducerTemplate;
import org.springframework.context.ConfigurableApplicationContext;

/** One DocRoute application with its own simulated endpoints, driven through its routes as intake drives it. */
final class BenchContext implements AutoCloseable {

    /** A document to send: its file name and bytes. */
    record Doc(String name, byte[] content) {
    }

    private final ConfigurableApplicationContext context;
    private final ProducerTemplate producer;

    private BenchContext(ConfigurableApplicationContext context) {
        this.context = context;
        this.producer = context.getBean(ProducerTemplate.class);
    }

    static BenchContext start(List<String> args) {
        return new BenchContext(OneShot.start(args.toArray(String[]::new), Map.of(
                "docroute.routing.simulators", "always",
                "camel.main.run-controller", "false",
                "logging.level.io.docroute", "ERROR")));
    }

    /** Sends every document through {@code direct:process-document} at once and waits for all of them. */
    List<DocumentResult> process(List<Doc> documents) {
        List<CompletableFuture<DocumentResult>> pending = new ArrayList<>();
        for (Doc doc : documents) {
            pending.add(producer.asyncRequestBody("direct:process-document",
                    IncomingDocument.of(doc.name(), doc.content(), "run", null), DocumentResult.class));
        }
        return pending.stream().map(CompletableFuture::join).toList();
    }

    /** Sends the blocks through {@code direct:extract-block} from {@code callers} threads at once. */
    List<Extraction> extract(List<InterfaceBlock> blocks, int callers) {
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try {
            List<CompletableFuture<Extraction>> pending = blocks.stream()
                    .map(block -> CompletableFuture.supplyAsync(
                            () -> producer.requestBody("direct:extract-block", block, Extraction.class), threads))
                    .toList();
            return pending.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdown();
        }
    }

    List<InterfaceBlock> blocks(Doc doc) {
        return context.getBean(DocumentParser.class).parse(doc.name(), doc.content()).blocks();
    }

    /** Every call the simulated endpoints answered since the last {@link #forgetCalls()}. */
    List<Stats.Call> calls() {
        return endpoints().stream().flatMap(endpoint -> endpoint.stats().calls().stream()).toList();
    }

    List<SimulatedEndpoint> endpoints() {
        return List.copyOf(context.getBean(Simulators.class).all());
    }

    /** Blocks this application extracts at once ({@code docroute.max-concurrency}): the ideal's slots. */
    int maxConcurrency() {
        return context.getBean(DocRouteProperties.class).maxConcurrency();
    }

    long hedgesSent() {
        return context.getBean(Hedging.class).hedgesSent();
    }

    /** Empties both cache tiers. */
    void clearCache() {
        context.getBean(AnswerCache.class).clear();
    }

    /**
     * Waits for calls still running (the losers of hedge races answer in the background), then forgets every
     * call so far, so the next measurement sees only its own.
     */
    void forgetCalls() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (endpoints().stream().anyMatch(BenchContext::answering) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        endpoints().forEach(endpoint -> endpoint.stats().reset());
    }

    private static boolean answering(SimulatedEndpoint endpoint) {
        Stats stats = endpoint.stats();
        return stats.total() > stats.outcomes().values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public void close() {
        context.close();
    }
}
