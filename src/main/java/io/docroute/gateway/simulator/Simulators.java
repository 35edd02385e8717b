package io.docroute.gateway.simulator;

import io.docroute.extraction.LocalExtractor;
import io.docroute.gateway.ModelEndpointProperties;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The running simulated endpoints, by endpoint id; closing it stops them all. Thread-safe. */
public class Simulators implements AutoCloseable {

    private final Map<String, SimulatedEndpoint> endpoints = new LinkedHashMap<>();
    private boolean closed;

    /**
     * Starts a simulated endpoint for a configured endpoint, with its model and {@code simulator} profile.
     * The random seed comes from the id, so every endpoint behaves differently but the same in every run.
     *
     * @throws IllegalStateException when an endpoint with that id is already running, or this is closed
     */
    public synchronized SimulatedEndpoint start(ModelEndpointProperties endpoint, LocalExtractor extractor) {
        Objects.requireNonNull(endpoint, "endpoint");
        String id = Objects.requireNonNull(endpoint.id(), "endpoint id");
        if (closed) {
            throw new IllegalStateException("the simulators are closed; cannot start " + id);
        }
        if (endpoints.containsKey(id)) {
            throw new IllegalStateException("a simulated endpoint with id " + id + " is already running");
        }
        SimulatedEndpoint simulated =
                new SimulatedEndpoint(id, endpoint.model(), endpoint.simulator(), extractor, seed(id));
        simulated.start();
        endpoints.put(id, simulated);
        return simulated;
    }

    public synchronized Optional<SimulatedEndpoint> get(String id) {
        return Optional.ofNullable(endpoints.get(id));
    }

    /** Every endpoint started here, in the order started. */
    public synchronized Collection<SimulatedEndpoint> all() {
        return List.copyOf(endpoints.values());
    }

    /** Stops every endpoint; later calls do nothing. */
    @Override
    public void close() {
        List<SimulatedEndpoint> running;
        synchronized (this) {
            closed = true;
            running = new ArrayList<>(endpoints.values());
            endpoints.clear();
        }
        for (SimulatedEndpoint endpoint : running) {
            endpoint.stop();
        }
    }

    // String.hashCode is specified by the JLS, so the seed is the same on every JVM
    static long seed(String id) {
        long h = id.hashCode();
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
