package io.docroute.gateway.simulator;

import static io.docroute.gateway.simulator.SimulatorClient.content;
import static io.docroute.gateway.simulator.SimulatorClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import io.docroute.extraction.LocalExtractor;
import io.docroute.gateway.ModelEndpointProperties.SimulatorProfile;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatedEndpointFailuresTest {

    private final SimulatorClient client = new SimulatorClient();
    private SimulatedEndpoint endpoint;

    @AfterEach
    void stop() {
        if (endpoint != null) {
            endpoint.stop();
        }
    }

    @Test
    void anErrorRateOfOneAnswersEveryRequestWithAServerError() throws Exception {
        endpoint = start(SimulatorClient.failing(1.0, 0, 0, 0));

        for (int i = 0; i < 10; i++) {
            HttpResponse<String> response = client.send(endpoint, SimulatorClient.userList());

            assertThat(response.statusCode()).isEqualTo(500);
            JsonNode error = json(response.body()).path("error");
            assertThat(error.path("type").asText()).isEqualTo("server_error");
            assertThat(error.path("message").asText())
                    .isEqualTo("The server had an error while processing your request.");
        }
    }

    @Test
    void serverErrorsAreSentAfterTheLatencyLikeRealOnes() throws Exception {
        endpoint = start(new SimulatorProfile("fixed", Duration.ofMillis(120), 0, 1.0, 0, null, 0, 0, 0));

        long started = System.nanoTime();
        HttpResponse<String> response = client.send(endpoint, SimulatorClient.userList());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(120));
    }

    @Test
    void aRateLimitRateOfOneAnswersTooManyRequestsWithRetryAfterHeaders() throws Exception {
        endpoint = start(SimulatorClient.failing(0, 1.0, 0, 0));

        HttpResponse<String> response = client.send(endpoint, SimulatorClient.userList());

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("3");
        assertThat(response.headers().firstValue("retry-after-ms")).hasValue("2500");
        JsonNode error = json(response.body()).path("error");
        assertThat(error.path("message").asText()).isEqualTo("Rate limit reached for requests");
        assertThat(error.path("type").asText()).isEqualTo("requests");
        assertThat(error.path("code").asText()).isEqualTo("rate_limit_exceeded");
    }

    @Test
    void theSixthRequestWithinAMinuteOfAFiveRpmEndpointIsRateLimited() throws Exception {
        endpoint = start(new SimulatorProfile("fixed", Duration.ZERO, 0, 0, 0, null, 0, 0, 5));

        for (int i = 0; i < 5; i++) {
            assertThat(client.send(endpoint, SimulatorClient.userList()).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> sixth = client.send(endpoint, SimulatorClient.userList());

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(json(sixth.body()).at("/error/code").asText()).isEqualTo("rate_limit_exceeded");
        assertThat(Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(Long.parseLong(sixth.headers().firstValue("retry-after-ms").orElseThrow()))
                .isBetween(50_000L, 60_000L);
        assertThat(endpoint.stats().count(Outcome.RATE_LIMITED)).isEqualTo(1);
        assertThat(endpoint.stats().count(Outcome.OK)).isEqualTo(5);
    }

    @Test
    void aHangingRequestTimesTheClientOutAndStopReleasesTheOthersPromptly() throws Exception {
        endpoint = start(SimulatorClient.failing(0, 0, 1.0, 0));

        assertThatThrownBy(() -> client.send(endpoint, SimulatorClient.body(SimulatorClient.userList()),
                Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);
        CompletableFuture<HttpResponse<String>> patient = client.sendAsync(endpoint, SimulatorClient.listProducts());
        await().atMost(Duration.ofSeconds(5)).until(() -> endpoint.stats().count(Outcome.HANG) == 2);

        assertTimeoutPreemptively(Duration.ofSeconds(2), endpoint::stop);

        assertThat(patient).failsWithin(Duration.ofSeconds(2))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(IOException.class);
        assertThat(endpoint.isRunning()).isFalse();
    }

    @Test
    void aMalformedRateOfOneAnswersContentThatIsNeverAValidSpec() throws Exception {
        endpoint = start(SimulatorClient.failing(0, 0, 0, 1.0));

        List<String> contents = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> response = client.send(endpoint, SimulatorClient.userList());
            assertThat(response.statusCode()).isEqualTo(200);
            contents.add(content(response));
        }

        assertThat(contents).noneMatch(SimulatorClient::isValidSpec);
        assertThat(contents.get(0)).isEqualTo("I think the interface is a GET on users.");
        assertThat(contents.get(1)).startsWith("{\"operationId\":\"listUsers\"").doesNotEndWith("}");
        assertThat(json(contents.get(2)).path("method").asText()).isEqualTo("FETCH");
        assertThat(contents.subList(3, 6)).isEqualTo(contents.subList(0, 3));
        assertThat(endpoint.stats().count(Outcome.MALFORMED)).isEqualTo(6);
    }

    @Test
    void stopIsIdempotentAndTheEndpointCannotBeRestarted() {
        endpoint = start(SimulatorClient.instant());

        endpoint.stop();
        endpoint.stop();

        assertThatThrownBy(endpoint::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUnknownLatencyDistributionIsRejectedAtConstruction() {
        SimulatorProfile typo = SimulatorClient.profile("poisson", Duration.ofMillis(10), 0);

        assertThatThrownBy(() -> new SimulatedEndpoint("typo", "m", typo, new LocalExtractor(), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("poisson");
    }

    private static SimulatedEndpoint start(SimulatorProfile profile) {
        return new SimulatedEndpoint("failures", "m", profile, new LocalExtractor(), 7).start();
    }
}
