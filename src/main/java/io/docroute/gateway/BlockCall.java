package io.docroute.gateway;

import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.Extraction;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One block's way through the gateway: which endpoints failed it, how many calls it made and what they cost,
 * and its answer. Lives in the exchange variable {@code call}; its methods are synchronized because a hedged
 * block's two attempts report to it from two threads.
 */
public final class BlockCall {

    private final InterfaceBlock block;
    private final long startedNanos = System.nanoTime();
    private final Set<String> failedHere = new HashSet<>();
    private final Set<String> inFlightAt = new HashSet<>();
    private final Map<String, Integer> callsByEndpoint = new LinkedHashMap<>();
    private String lastEndpoint;
    private boolean open;
    private int calls;
    private int failovers;
    private int unavailableChoices;
    private int rounds;
    private int inputTokens;
    private int outputTokens;
    private double costUsd;
    private Extraction result;
    private RuntimeException lastFailure;

    BlockCall(InterfaceBlock block, boolean open) {
        this.block = block;
        this.open = open;
    }

    public InterfaceBlock getBlock() {
        return block;
    }

    /** The gateway loop's condition: no answer yet, and more attempts allowed. */
    public synchronized boolean isOpen() {
        return open;
    }

    synchronized void close() {
        open = false;
    }

    synchronized void admitted(ModelEndpoint endpoint) {
        if (lastEndpoint != null && !lastEndpoint.equals(endpoint.id()) && calls > 0) {
            failovers++;
        }
        lastEndpoint = endpoint.id();
        inFlightAt.add(endpoint.id());
    }

    synchronized void attemptEnded(String endpointId) {
        inFlightAt.remove(endpointId);
    }

    /** An endpoint already working on this block (the slow first attempt, when a hedge goes out). */
    synchronized boolean inFlightAt(String endpointId) {
        return inFlightAt.contains(endpointId);
    }

    synchronized String lastEndpoint() {
        return lastEndpoint;
    }

    synchronized void calling(ModelEndpoint endpoint) {
        calls++;
        callsByEndpoint.merge(endpoint.id(), 1, Integer::sum);
    }

    synchronized void charged(int input, int output, double cost) {
        inputTokens += input;
        outputTokens += output;
        costUsd += cost;
    }

    /** The first valid answer wins; a later one (from the slower of two hedged attempts) is dropped. */
    synchronized boolean answered(Extraction extraction) {
        if (result != null) {
            return false;
        }
        result = extraction;
        open = false;
        return true;
    }

    synchronized void failed(RuntimeException failure, String endpointId, boolean failsEndpointForBlock) {
        lastFailure = failure;
        if (failsEndpointForBlock) {
            failedHere.add(endpointId);
        }
    }

    synchronized boolean failedAt(String endpointId) {
        return failedHere.contains(endpointId);
    }

    synchronized boolean hasFailures() {
        return !failedHere.isEmpty();
    }

    /** A new round over all endpoints after a back-off: every endpoint may be tried again. */
    synchronized void newRound() {
        failedHere.clear();
        rounds++;
    }

    synchronized int rounds() {
        return rounds;
    }

    synchronized int unavailableChoice() {
        return ++unavailableChoices;
    }

    synchronized int calls() {
        return calls;
    }

    synchronized Extraction.Usage usage() {
        return new Extraction.Usage(inputTokens, outputTokens, costUsd, callsByEndpoint, failovers);
    }

    long elapsedNanos() {
        return System.nanoTime() - startedNanos;
    }

    long elapsedMillis() {
        return elapsedNanos() / 1_000_000;
    }

    synchronized Extraction result() {
        return result;
    }

    synchronized RuntimeException lastFailure() {
        return lastFailure;
    }
}
