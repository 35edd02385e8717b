package io.docroute.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.docroute.BatchApplicationTest;
import io.docroute.extraction.Extraction;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Every endpoint refuses its key (401): no waiting helps, so every block is answered by the local extractor at
 * once, marked degraded with a reason naming the endpoints; each endpoint is asked once and then left alone.
 */
@CamelSpringBootTest
@BatchApplicationTest
@TestPropertySource(properties = {
        "docroute.cache.enabled=false",
        "docroute.routing.degrade-after=60s"})
class RefusedCredentialsTest {

    @RegisterExtension
    static WireMockExtension left = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension right = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void endpoints(DynamicPropertyRegistry registry) {
        ModelConfig.endpoint(registry, 0, "left", "openai", "k-left", left::baseUrl);
        ModelConfig.endpoint(registry, 1, "right", "openai", "k-right", right::baseUrl);
    }

    @Autowired
    ProducerTemplate producer;

    @Test
    void refusedKeysEverywhereDegradeAtOnceNamingTheEndpoints() {
        for (WireMockExtension peer : List.of(left, right)) {
            peer.stubFor(post("/chat/completions").willReturn(aResponse().withStatus(401)
                    .withBody("{\"error\":{\"message\":\"Incorrect API key provided\"}}")));
        }

        Extraction first = producer.requestBody("direct:extract-block", Blocks.numbered(0), Extraction.class);
        List<Extraction> more = Blocks.extractAtOnce(producer, 5);

        assertThat(first.degraded()).isTrue();
        assertThat(first.degradedBecause()).contains("endpoint 'left' is out until restart",
                "endpoint 'right' is out until restart");
        assertThat(more).allSatisfy(answer -> {
            assertThat(answer.degraded()).isTrue();
            assertThat(answer.attempts()).isZero();
        });
        left.verify(1, postRequestedFor(urlEqualTo("/chat/completions")));
        right.verify(1, postRequestedFor(urlEqualTo("/chat/completions")));
    }
}
