package io.docroute.gateway;

import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.Extraction;
import io.docroute.gateway.provider.TokenEstimator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import io.docroute.pipeline.DirectCalls;
import org.apache.camel.ProducerTemplate;

/**
 * Adaptive batching ({@code docroute.batching}): small blocks that arrive together — the blocks of one
 * document do, through the parallel splitter — are packed into one request up to a token budget. The first
 * block of a batch waits at most the window for others, then sends the batch through
 * {@code direct:model-gateway-batch}; every member gets its own answer. If the batch fails in any way, each of
 * its blocks goes through {@code direct:model-gateway} on its own. Camel's aggregator would hold the blocks in a
 * separate step outside the document's unit of work; this keeps each block's thread waiting for its answer.
 */
public class BlockBatcher {

    private final GatewayProperties.Batching settings;
    private final ModelEndpoints endpoints;
    private final ProducerTemplate producer;
    private Batch open;

    public BlockBatcher(GatewayProperties properties, ModelEndpoints endpoints, ProducerTemplate producer) {
        this.settings = properties.batching();
        this.endpoints = endpoints;
        this.producer = producer;
    }

    /** Whether this block may share a request: batching on, model endpoints present, and the block small. */
    public boolean accepts(InterfaceBlock block) {
        return settings.enabled() && !endpoints.isEmpty() && tokens(block) <= settings.maxBlockTokens();
    }

    public Extraction extract(InterfaceBlock block) throws InterruptedException {
        Batch batch;
        int position;
        boolean leader;
        synchronized (this) {
            if (open != null && !open.fits(block)) {
                open.close();
                open = null;
            }
            leader = open == null;
            if (leader) {
                open = new Batch();
            }
            batch = open;
            position = batch.add(block);
            if (batch.full()) {
                batch.close();
                open = null;
            }
        }
        if (leader) {
            batch.awaitClosing(settings.window().toNanos());
            synchronized (this) {
                if (open == batch) {
                    open = null;
                }
                batch.close();
            }
            batch.send();
        }
        try {
            return batch.answers.get().get(position);
        } catch (ExecutionException e) {
            return DirectCalls.request(producer, "direct:model-gateway", block, Extraction.class);
        }
    }

    private static int tokens(InterfaceBlock block) {
        return TokenEstimator.estimate(block.text());
    }

    private final class Batch {

        private final List<InterfaceBlock> blocks = new ArrayList<>();
        private final CountDownLatch closing = new CountDownLatch(1);
        private final CompletableFuture<List<Extraction>> answers = new CompletableFuture<>();
        private int tokens;
        private boolean closed;

        boolean fits(InterfaceBlock block) {
            return !closed && blocks.size() < settings.maxBlocks() && tokens + tokens(block) <= settings.tokenBudget();
        }

        int add(InterfaceBlock block) {
            blocks.add(block);
            tokens += tokens(block);
            return blocks.size() - 1;
        }

        boolean full() {
            return blocks.size() >= settings.maxBlocks() || tokens >= settings.tokenBudget();
        }

        void close() {
            closed = true;
            closing.countDown();
        }

        void awaitClosing(long nanos) throws InterruptedException {
            closing.await(nanos, TimeUnit.NANOSECONDS);
        }

        @SuppressWarnings("unchecked")
        void send() {
            List<InterfaceBlock> members;
            synchronized (BlockBatcher.this) {
                members = List.copyOf(blocks);
            }
            if (members.size() == 1) {
                answers.completeExceptionally(new IllegalStateException("a batch of one goes alone"));
                return;
            }
            try {
                answers.complete(producer.requestBody("direct:model-gateway-batch", members, List.class));
            } catch (RuntimeException failure) {
                answers.completeExceptionally(failure);
            }
        }
    }
}
