package io.docroute.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.docroute.extraction.Extraction;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With hedging on, a block stuck on an endpoint far past the pool's p90 is answered by another endpoint. The
 * delay is a multiple of the p90: at plain p90 a tenth of the warm-up calls pass it by ordinary jitter and can
 * use up the one-in-ten allowance before the slow call comes.
 */
class HedgingTest {

    @RegisterExtension
    static WireMockExtension usual = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension spare = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    @Order(GatewayFixture.AFTER_THE_PEERS)
    static GatewayFixture gateway = GatewayFixture.with(
            "docroute.routing.strategy=failover",
            "docroute.routing.hedge-after=5x p90")
            .endpoint(0, "usual", "openai", "k-usual", usual::baseUrl)
            .endpoint(1, "spare", "openai", "k-spare", spare::baseUrl);

    private Extraction extract() {
        return gateway.ask(Blocks.userList());
    }

    @Test
    void aSlowAnswerIsHedgedToAnotherEndpointAndTheFirstValidAnswerWins() {
        usual.stubFor(post("/chat/completions").willReturn(okJson(Blocks.openAiAnswer(Blocks.VALID_SPEC))
                .withFixedDelay(20)));
        spare.stubFor(post("/chat/completions").willReturn(okJson(Blocks.openAiAnswer(Blocks.VALID_SPEC))
                .withFixedDelay(20)));
        for (int i = 0; i < 30; i++) {
            extract();
        }
        long hedgesBefore = gateway.hedging().hedgesSent();
        usual.stubFor(post("/chat/completions").willReturn(okJson(Blocks.openAiAnswer(Blocks.VALID_SPEC))
                .withFixedDelay(4_000)));

        Extraction hedged = extract();

        // the usual endpoint answers after 4 s, so the answer came from the hedge, whatever the machine's speed
        assertThat(hedged.endpoint()).isEqualTo("spare");
        assertThat(hedged.usage().calls()).containsEntry("usual", 1).containsEntry("spare", 1);
        assertThat(gateway.hedging().hedgesSent()).isEqualTo(hedgesBefore + 1);
    }
}
