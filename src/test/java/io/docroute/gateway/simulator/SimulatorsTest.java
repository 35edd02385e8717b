package io.docroute.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docroute.extraction.LocalExtractor;
import io.docroute.gateway.ModelEndpointProperties;
import io.docroute.gateway.ModelEndpointProperties.SimulatorProfile;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatorsTest {

    private final Simulators simulators = new Simulators();
    private final LocalExtractor extractor = new LocalExtractor();

    @AfterEach
    void close() {
        simulators.close();
    }

    @Test
    void startedEndpointsAreFoundByIdAndAnswerWithTheirModel() throws Exception {
        SimulatedEndpoint fast = simulators.start(endpoint("fast", "fast-model"), extractor);
        SimulatedEndpoint slow = simulators.start(endpoint("slow", "slow-model"), extractor);

        assertThat(simulators.get("fast")).containsSame(fast);
        assertThat(simulators.get("missing")).isEmpty();
        assertThat(simulators.all()).containsExactly(fast, slow);
        assertThat(fast.baseUrl()).isNotEqualTo(slow.baseUrl());
        HttpResponse<String> response = new SimulatorClient().send(slow, SimulatorClient.userList());
        assertThat(SimulatorClient.json(response.body()).path("model").asText()).isEqualTo("slow-model");
    }

    @Test
    void aSecondEndpointWithTheSameIdIsRefused() {
        simulators.start(endpoint("twice", "m"), extractor);

        assertThatThrownBy(() -> simulators.start(endpoint("twice", "m"), extractor))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("twice");
    }

    @Test
    void closeStopsEveryEndpointAndForgetsThem() {
        SimulatedEndpoint one = simulators.start(endpoint("one", "m"), extractor);
        SimulatedEndpoint two = simulators.start(endpoint("two", "m"), extractor);

        simulators.close();
        simulators.close();

        assertThat(one.isRunning()).isFalse();
        assertThat(two.isRunning()).isFalse();
        assertThat(simulators.all()).isEmpty();
        assertThatThrownBy(() -> simulators.start(endpoint("three", "m"), extractor))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void seedsDifferByIdButNotByRun() {
        assertThat(Simulators.seed("deepseek-sim")).isEqualTo(Simulators.seed("deepseek-sim"))
                .isNotEqualTo(Simulators.seed("qwen-sim"));
    }

    private static ModelEndpointProperties endpoint(String id, String model) {
        return new ModelEndpointProperties(id, "simulator", null, null, model, 0, 0, 1, 8, 0, 0,
                SimulatorProfile.DEFAULT, null);
    }
}
