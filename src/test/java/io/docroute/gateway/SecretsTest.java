package io.docroute.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.docroute.BatchApplicationTest;
import io.docroute.output.DocumentResult;
import io.docroute.pipeline.IncomingDocument;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A canary API key, echoed back by a provider that refuses it and by one that fails, never reaches a log line,
 * a report or an OpenAPI draft.
 */
@CamelSpringBootTest
@ExtendWith(OutputCaptureExtension.class)
@BatchApplicationTest
@TestPropertySource(properties = {
        "docroute.cache.enabled=false",
        "docroute.routing.strategy=round-robin",
        // the blocks end degraded once each endpoint has refused or failed them, instead of waiting for a recovery
        "docroute.routing.degrade-after=0",
        "logging.level.io.docroute=DEBUG",
        "logging.level.org.apache.camel=DEBUG"})
class SecretsTest {

    static final String CANARY = "sk-canary-5be1f0c2a7d94e38";
    static final Path OUTBOX = createOutbox();

    @RegisterExtension
    static WireMockExtension refusing = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension failing = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void peers(DynamicPropertyRegistry registry) {
        ModelConfig.endpoint(registry, 0, "refusing", "openai", CANARY, refusing::baseUrl);
        ModelConfig.endpoint(registry, 1, "failing", "anthropic", CANARY, failing::baseUrl);
        registry.add("docroute.outbox", OUTBOX::toString);
    }

    private static Path createOutbox() {
        try {
            return Files.createTempDirectory("docroute-secrets");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Autowired
    ProducerTemplate producer;

    @Test
    void aCanaryKeyNeverAppearsInLogsReportsOrDrafts(CapturedOutput output) throws IOException {
        refusing.stubFor(post("/chat/completions").willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":{\"message\":\"Incorrect API key provided: " + CANARY + "\"}}")));
        failing.stubFor(post("/messages").willReturn(aResponse().withStatus(500)
                .withBody("{\"error\":{\"message\":\"internal error for key " + CANARY + "\"}}")));
        File document = new File("src/test/resources/documents/three-blocks.md");

        DocumentResult result = producer.requestBody("direct:process-document", IncomingDocument.of(
                "three-blocks.md", Files.readAllBytes(document.toPath()), "run", null), DocumentResult.class);

        assertThat(result.stats().degraded()).isEqualTo(3);
        assertThat(output.getAll()).contains("refusing").doesNotContain(CANARY);
        try (Stream<Path> files = Files.list(OUTBOX)) {
            for (Path file : files.toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain(CANARY);
            }
        }
    }
}
