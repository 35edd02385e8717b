package io.docroute.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.docroute.BatchApplicationTest;
import io.docroute.extraction.Extraction;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The fastest strategy follows the latency it measures, and follows it again when the endpoints swap speeds. */
@CamelSpringBootTest
@BatchApplicationTest
@TestPropertySource(properties = {
        "docroute.cache.enabled=false",
        "docroute.routing.strategy=fastest",
        "docroute.routing.exploration=0.1"})
class FastestStrategyTest {

    @RegisterExtension
    static WireMockExtension left = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension right = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void peers(DynamicPropertyRegistry registry) {
        ModelConfig.endpoint(registry, 0, "left", "openai", "k-left", left::baseUrl);
        ModelConfig.endpoint(registry, 1, "right", "openai", "k-right", right::baseUrl);
    }

    @Autowired
    ProducerTemplate producer;

    private void latencies(int leftMillis, int rightMillis) {
        left.stubFor(post("/chat/completions").willReturn(okJson(Blocks.openAiAnswer(Blocks.VALID_SPEC))
                .withFixedDelay(leftMillis)));
        right.stubFor(post("/chat/completions").willReturn(okJson(Blocks.openAiAnswer(Blocks.VALID_SPEC))
                .withFixedDelay(rightMillis)));
    }

    private Map<String, Integer> send(int blocks) {
        Map<String, Integer> chosen = new HashMap<>();
        for (int i = 0; i < blocks; i++) {
            Extraction extraction = producer.requestBody("direct:extract-block", Blocks.userList(), Extraction.class);
            chosen.merge(extraction.endpoint(), 1, Integer::sum);
        }
        return chosen;
    }

    @Test
    void fastestPrefersTheQuickerEndpointAndAdaptsWhenLatenciesSwap() {
        latencies(10, 150);
        send(20);
        assertThat(send(20).getOrDefault("left", 0)).isGreaterThanOrEqualTo(14);

        latencies(150, 10);
        send(40);
        assertThat(send(20).getOrDefault("right", 0)).isGreaterThanOrEqualTo(14);
    }
}
