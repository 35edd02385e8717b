package io.docroute.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.gateway.provider.FailureKind;
import io.docroute.gateway.provider.ProviderProtocol;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The scoring strategies' choice, without Camel or Spring: endpoints and their figures only. */
class ScoringLoadBalancerTest {

    private static ModelEndpoint endpoint(String id, double inputPrice) {
        ModelEndpointProperties properties = new ModelEndpointProperties(id, "openai", "http://localhost", "k", id,
                inputPrice, inputPrice, 1, 16, 0, 0, null, null);
        return new ModelEndpoint(properties, ProviderProtocol.forKind("openai"), "http://localhost",
                CircuitBreaker.ofDefaults(id), Duration.ofSeconds(10));
    }

    private static Map<String, Integer> choices(ScoringLoadBalancer balancer, List<ModelEndpoint> endpoints, int n) {
        Map<String, Integer> chosen = new HashMap<>();
        List<Integer> all = IntStream.range(0, endpoints.size()).boxed().toList();
        for (int i = 0; i < n; i++) {
            chosen.merge(endpoints.get(balancer.best(all, 300)).id(), 1, Integer::sum);
        }
        return chosen;
    }

    @Test
    void aColdDocumentFansOutOverEqualEndpointsWhoseScoresAreTheSame() {
        List<ModelEndpoint> endpoints = List.of(endpoint("a", 1), endpoint("b", 1), endpoint("c", 1));
        ScoringLoadBalancer balancer = new ScoringLoadBalancer("balanced", endpoints, null, 0);

        assertThat(choices(balancer, endpoints, 9)).containsExactlyInAnyOrderEntriesOf(Map.of("a", 3, "b", 3, "c", 3));
    }

    @Test
    void aClearlyBetterScoreStillWins() {
        List<ModelEndpoint> endpoints = List.of(endpoint("cheap", 0.1), endpoint("dear", 10));
        ScoringLoadBalancer balancer = new ScoringLoadBalancer("cheapest", endpoints, null, 0);

        assertThat(choices(balancer, endpoints, 6)).containsExactlyEntriesOf(Map.of("cheap", 6));
    }

    @Test
    void cheapestSendsEveryBlockToTheEndpointWithTheLowestPriceForIt() {
        List<ModelEndpoint> endpoints = List.of(endpoint("pricey", 3), endpoint("thrifty", 0.1),
                endpoint("middling", 1));
        ScoringLoadBalancer balancer = new ScoringLoadBalancer("cheapest", endpoints, null, 0);

        assertThat(choices(balancer, endpoints, 12)).containsExactlyEntriesOf(Map.of("thrifty", 12));
    }

    @Test
    void mostReliableMovesAwayFromAnEndpointThatFailsAndBackWhenItRecovers() {
        ModelEndpoint shaky = endpoint("shaky", 1);
        ModelEndpoint solid = endpoint("solid", 1);
        List<ModelEndpoint> endpoints = List.of(shaky, solid);
        ScoringLoadBalancer balancer = new ScoringLoadBalancer("most-reliable", endpoints, null, 0);
        for (int i = 0; i < 10; i++) {
            shaky.stats().failed(FailureKind.SERVER_ERROR);
            answered(shaky, 1, 100);
            answered(solid, 2, 100);
        }

        assertThat(choices(balancer, endpoints, 10)).containsExactlyEntriesOf(Map.of("solid", 10));

        answered(shaky, EndpointStats.RELIABILITY_WINDOW, 100);
        for (int i = 0; i < 10; i++) {
            solid.stats().failed(FailureKind.SERVER_ERROR);
        }

        assertThat(choices(balancer, endpoints, 10)).containsExactlyEntriesOf(Map.of("shaky", 10));
    }

    @Test
    void amongNearEqualScoresTheEndpointWithMoreFreeCapacityIsChosen() {
        ModelEndpoint busy = endpoint("busy", 1);
        ModelEndpoint idle = endpoint("idle", 1);
        busy.tryAcquire(1).orElseThrow();
        ScoringLoadBalancer balancer = new ScoringLoadBalancer("balanced", List.of(busy, idle), null, 0);

        assertThat(choices(balancer, List.of(busy, idle), 4)).containsExactlyEntriesOf(Map.of("idle", 4));
    }

    /** A successful call of 400 output tokens taking {@code millis}, as the gateway records it. */
    private static void answered(ModelEndpoint endpoint, int calls, long millis) {
        for (int i = 0; i < calls; i++) {
            endpoint.stats().succeeded(millis, 300, 400, 0);
        }
    }

    @Test
    void fastestFollowsTheMeasuredLatencyAndFollowsItAgainWhenTheEndpointsSwapSpeeds() {
        ModelEndpoint left = endpoint("left", 1);
        ModelEndpoint right = endpoint("right", 1);
        List<ModelEndpoint> endpoints = List.of(left, right);
        ScoringLoadBalancer balancer = new ScoringLoadBalancer("fastest", endpoints, null, 0);
        answered(left, EndpointStats.MIN_LATENCY_SAMPLES, 10);
        answered(right, EndpointStats.MIN_LATENCY_SAMPLES, 150);

        assertThat(choices(balancer, endpoints, 10)).containsExactlyEntriesOf(Map.of("left", 10));

        answered(left, 10, 150);
        answered(right, 10, 10);

        assertThat(choices(balancer, endpoints, 10)).containsExactlyEntriesOf(Map.of("right", 10));
    }

    @Test
    void anEndpointWithoutEnoughAnswersYetCountsAsFastSoItGetsTried() {
        ModelEndpoint measured = endpoint("measured", 1);
        ModelEndpoint unknown = endpoint("unknown", 1);
        answered(measured, EndpointStats.MIN_LATENCY_SAMPLES, 10);
        answered(unknown, EndpointStats.MIN_LATENCY_SAMPLES - 1, 500);
        ScoringLoadBalancer balancer = new ScoringLoadBalancer("fastest", List.of(measured, unknown), null, 0);

        assertThat(choices(balancer, List.of(measured, unknown), 4)).containsExactlyEntriesOf(Map.of("unknown", 4));
    }
}
