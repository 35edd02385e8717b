package io.docroute.gateway.simulator;

import static io.docroute.gateway.simulator.SimulatorClient.content;
import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.extraction.LocalExtractor;
import io.docroute.gateway.ModelEndpointProperties.SimulatorProfile;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatedEndpointStatsTest {

    private static final SimulatorProfile MIXED = SimulatorClient.failing(0.2, 0.2, 0, 0.25);

    private final SimulatorClient client = new SimulatorClient();
    private final List<SimulatedEndpoint> endpoints = new ArrayList<>();

    @AfterEach
    void stop() {
        endpoints.forEach(SimulatedEndpoint::stop);
    }

    @Test
    void statsCountEveryOutcomeTheClientSaw() throws Exception {
        SimulatedEndpoint endpoint = start(MIXED, 11);
        Instant before = Instant.now();

        Map<Outcome, Long> seen = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            seen.put(outcome, 0L);
        }
        for (Outcome outcome : outcomes(endpoint, 100)) {
            seen.merge(outcome, 1L, Long::sum);
        }

        Stats stats = endpoint.stats();
        assertThat(stats.total()).isEqualTo(100);
        assertThat(stats.outcomes()).isEqualTo(seen);
        assertThat(seen.get(Outcome.OK)).isPositive();
        assertThat(seen.get(Outcome.MALFORMED)).isPositive();
        assertThat(seen.get(Outcome.SERVER_ERROR)).isPositive();
        assertThat(seen.get(Outcome.RATE_LIMITED)).isPositive();
        assertThat(stats.okLatencies()).hasSize(seen.get(Outcome.OK).intValue());
        assertThat(stats.arrivals()).hasSize(100)
                .allSatisfy(arrival -> assertThat(arrival.at()).isBetween(before, Instant.now()));
        assertThat(stats.arrivals()).extracting(Stats.Arrival::nanoTime).isSorted();
    }

    @Test
    void resetForgetsEverythingCounted() throws Exception {
        SimulatedEndpoint endpoint = start(MIXED, 11);
        outcomes(endpoint, 10);

        endpoint.stats().reset();

        Stats stats = endpoint.stats();
        assertThat(stats.total()).isZero();
        assertThat(stats.outcomes().values()).containsOnly(0L);
        assertThat(stats.arrivals()).isEmpty();
        assertThat(stats.okLatencies()).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameSequenceOfOutcomes() throws Exception {
        List<Outcome> first = outcomes(start(MIXED, 99), 40);
        List<Outcome> second = outcomes(start(MIXED, 99), 40);
        List<Outcome> otherSeed = outcomes(start(MIXED, 100), 40);

        assertThat(second).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    private SimulatedEndpoint start(SimulatorProfile profile, long seed) {
        SimulatedEndpoint endpoint =
                new SimulatedEndpoint("stats-" + seed, "m", profile, new LocalExtractor(), seed).start();
        endpoints.add(endpoint);
        return endpoint;
    }

    private List<Outcome> outcomes(SimulatedEndpoint endpoint, int requests) throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            HttpResponse<String> response = client.send(endpoint, SimulatorClient.userList());
            outcomes.add(switch (response.statusCode()) {
                case 200 -> SimulatorClient.isValidSpec(content(response)) ? Outcome.OK : Outcome.MALFORMED;
                case 429 -> Outcome.RATE_LIMITED;
                case 500 -> Outcome.SERVER_ERROR;
                default -> throw new AssertionError("unexpected status " + response.statusCode());
            });
        }
        return outcomes;
    }
}
