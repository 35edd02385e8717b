package io.docroute.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.docroute.extraction.Extraction;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** One OpenAI-compatible endpoint on a real HTTP peer, no fallback: what the peer sees is what DocRoute sent. */
@ExtendWith(OutputCaptureExtension.class)
class OpenAiEndpointTest {

    static final String CANARY_KEY = "sk-canary-7f3a9c21d4e8b6";

    @RegisterExtension
    static WireMockExtension peer = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    @Order(GatewayFixture.AFTER_THE_PEERS)
    static GatewayFixture gateway = GatewayFixture.with(
            "docroute.routing.fallback-enabled=false",
            "docroute.routing.strategy=failover",
            "docroute.routing.backoff=50ms",
            "docroute.breaker.minimum-number-of-calls=100")
            .endpoint(0, "peer", "openai", CANARY_KEY, () -> peer.baseUrl() + "/v1",
                    "price-input-per-mtok=1.0", "price-output-per-mtok=2.0")
            // a refused key puts the endpoint out until a restart
            .eachTest();

    @BeforeEach
    void resetPeer() {
        peer.resetAll();
    }

    private Extraction extract() {
        return gateway.ask(Blocks.userList());
    }

    @Test
    void aBlockIsSentAsAChatCompletionWithTheKeyAndJsonModeAndItsAnswerIsValidated() {
        peer.stubFor(post("/v1/chat/completions").willReturn(okJson(Blocks.openAiAnswer(Blocks.VALID_SPEC))));

        Extraction extraction = extract();

        assertThat(extraction.endpoint()).isEqualTo("peer");
        assertThat(extraction.model()).isEqualTo("peer-model");
        assertThat(extraction.spec().path()).isEqualTo("/users");
        assertThat(extraction.attempts()).isEqualTo(1);
        assertThat(extraction.degraded()).isFalse();
        assertThat(extraction.usage().inputTokens()).isEqualTo(120);
        assertThat(extraction.usage().costUsd()).isEqualTo((120 * 1.0 + 80 * 2.0) / 1e6);
        peer.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer " + CANARY_KEY))
                .withRequestBody(matchingJsonPath("$.model", equalTo("peer-model")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_object")))
                .withRequestBody(containing("<block>")));
    }

    @Test
    void aRateLimitWithRetryAfterTwoSecondsIsNotRetriedBeforeTwoSeconds() {
        peer.stubFor(post("/v1/chat/completions").inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")
                        .withBody("{\"error\":{\"message\":\"Rate limit reached\"}}"))
                .willSetStateTo("open"));
        peer.stubFor(post("/v1/chat/completions").inScenario("limited").whenScenarioStateIs("open")
                .willReturn(okJson(Blocks.openAiAnswer(Blocks.VALID_SPEC))));

        Extraction extraction = extract();

        List<LoggedRequest> requests = peer.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")));
        assertThat(requests).hasSize(2);
        long gapMillis = requests.get(1).getLoggedDate().getTime() - requests.get(0).getLoggedDate().getTime();
        assertThat(gapMillis).isGreaterThanOrEqualTo(2000);
        assertThat(extraction.attempts()).as(extraction.toString()).isEqualTo(2);
    }

    @Test
    void aMalformedAnswerIsRepairedOnceQuotingTheValidationErrors() {
        peer.stubFor(post("/v1/chat/completions").inScenario("repair").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(Blocks.openAiAnswer(Blocks.VALID_SPEC.replace("\"GET\"", "\"FETCH\""))))
                .willSetStateTo("repaired"));
        peer.stubFor(post("/v1/chat/completions").inScenario("repair").whenScenarioStateIs("repaired")
                .willReturn(okJson(Blocks.openAiAnswer(Blocks.VALID_SPEC))));

        Extraction extraction = extract();

        assertThat(extraction.spec().method()).isEqualTo("GET");
        peer.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("It failed validation")).withRequestBody(containing("FETCH")));
    }

    @Test
    void anAnswerInvalidEvenAfterItsRepairFailsTheEndpointForTheBlock() {
        peer.stubFor(post("/v1/chat/completions").willReturn(okJson(Blocks.openAiAnswer("I think it is a GET."))));

        assertThatThrownBy(this::extract).rootCause().hasMessageContaining("endpoint 'peer'");
        assertThat(peer.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))).size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRefusedKeyIsNotRetriedNamesTheEndpointAndNeverShowsTheKey(CapturedOutput output) {
        peer.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":{\"message\":\"Incorrect API key provided: " + CANARY_KEY + "\"}}")));

        assertThatThrownBy(this::extract).rootCause()
                .hasMessageContaining("endpoint 'peer'")
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain(CANARY_KEY));
        peer.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
        assertThatThrownBy(this::extract).rootCause().hasMessageContaining("endpoint 'peer'");
        peer.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
        assertThat(output.getAll()).contains("peer").doesNotContain(CANARY_KEY);
    }
}
