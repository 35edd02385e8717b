package io.docroute.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.extraction.LocalExtractor;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatedEndpointLatencyTest {

    private final SimulatorClient client = new SimulatorClient();
    private SimulatedEndpoint endpoint;

    @AfterEach
    void stop() {
        if (endpoint != null) {
            endpoint.stop();
        }
    }

    @Test
    void aFixedLatencyDelaysEveryAnswerByAtLeastTheMedian() throws Exception {
        endpoint = start("fixed", SimulatorClient.profile("fixed", Duration.ofMillis(150), 0));

        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = client.send(endpoint, SimulatorClient.userList());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        }
        assertThat(endpoint.stats().okLatencies()).hasSize(3)
                .allSatisfy(latency -> assertThat(latency).isGreaterThanOrEqualTo(Duration.ofMillis(150)));
    }

    @Test
    void lognormalLatenciesOverTwoHundredRequestsHaveTheConfiguredMedian() throws Exception {
        endpoint = start("lognormal", SimulatorClient.profile("lognormal", Duration.ofMillis(20), 0.3));

        List<Long> elapsedMicros = new ArrayList<>();
        // ten at a time keeps the run short without queueing answers behind each other
        for (int round = 0; round < 20; round++) {
            List<CompletableFuture<Long>> batch = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                long started = System.nanoTime();
                batch.add(client.sendAsync(endpoint, SimulatorClient.listProducts())
                        .thenApply(response -> {
                            assertThat(response.statusCode()).isEqualTo(200);
                            return (System.nanoTime() - started) / 1_000;
                        }));
            }
            for (CompletableFuture<Long> elapsed : batch) {
                elapsedMicros.add(elapsed.get());
            }
        }

        List<Long> served = endpoint.stats().okLatencies().stream().map(d -> d.toNanos() / 1_000).toList();
        assertThat(served).hasSize(200);
        // a busy machine only answers later: the lower bound is the distribution's, what it draws is BehaviourTest's
        assertThat(median(served)).isGreaterThanOrEqualTo(17_000L);
        assertThat(Collections.max(served) - Collections.min(served)).as("lognormal spread")
                .isGreaterThan(10_000L);
        // the client adds its own overhead on top, but can never see answers sooner than they were served
        assertThat(median(elapsedMicros)).isGreaterThanOrEqualTo(median(served));
    }

    @Test
    void twoHundredConcurrentSlowRequestsCompleteTogetherOnAFewThreads() throws Exception {
        // a second per answer: far longer than 200 requests take to arrive, even on a busy machine (at 200 ms, a
        // loaded machine spread the arrivals so that only 85 overlapped)
        endpoint = start("concurrent", SimulatorClient.profile("fixed", Duration.ofSeconds(1), 0));
        client.send(endpoint, SimulatorClient.userList());

        endpoint.stats().reset();
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            responses.add(client.sendAsync(endpoint, SimulatorClient.userList()));
        }
        CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).get();

        assertThat(responses).allSatisfy(response -> assertThat(response.join().statusCode()).isEqualTo(200));
        // served side by side, not one after another: most of the 200 were in flight at the same moment, however
        // slow the machine running the test is
        assertThat(mostInFlight(endpoint.stats().calls())).isGreaterThanOrEqualTo(100);
        long serverThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("simulator-concurrent-"))
                .count();
        assertThat(serverThreads).isLessThanOrEqualTo(Math.max(16, 4 * Runtime.getRuntime().availableProcessors()) + 2)
                .isLessThan(200);
    }

    /** The most calls in flight at one moment: arrivals count up, the ends of their latencies count down. */
    private static int mostInFlight(List<Stats.Call> calls) {
        List<long[]> events = new ArrayList<>();
        for (Stats.Call call : calls) {
            events.add(new long[] {call.arrived(), 1});
            events.add(new long[] {call.arrived() + call.latency().toNanos(), -1});
        }
        events.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int inFlight = 0;
        int most = 0;
        for (long[] event : events) {
            inFlight += (int) event[1];
            most = Math.max(most, inFlight);
        }
        return most;
    }

    private static SimulatedEndpoint start(String id,
            io.docroute.gateway.ModelEndpointProperties.SimulatorProfile profile) {
        return new SimulatedEndpoint(id, "m", profile, new LocalExtractor(), 42).start();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
