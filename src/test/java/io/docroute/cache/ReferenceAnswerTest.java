package io.docroute.cache;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.docroute.document.Field;
import io.docroute.document.FieldType;
import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.Extraction;
import io.docroute.gateway.Blocks;
import io.docroute.gateway.ModelConfig;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A near candidate with another structure reaches the model as a reference, as the peer sees the prompt. */
@CamelSpringBootTest
@SpringBootTest(properties = {
        "camel.main.run-controller=false",
        "docroute.service-mode=false",
        "docroute.routing.fallback-enabled=false"})
class ReferenceAnswerTest {

    @RegisterExtension
    static WireMockExtension peer = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void peerUrl(DynamicPropertyRegistry registry) {
        ModelConfig.endpoint(registry, 0, "peer", "openai", "sk-test", () -> peer.baseUrl() + "/v1");
    }

    @Autowired
    ProducerTemplate producer;

    private static InterfaceBlock roles(String statuses) {
        return new InterfaceBlock(0, "角色列表", "分页查询角色。", List.of(
                new Field("page", FieldType.INTEGER, true, "页码"),
                new Field("status", FieldType.STRING, false, "角色状态：" + statuses)), List.of("roleId"));
    }

    private static String userMessage(int request) throws Exception {
        JsonNode body = new ObjectMapper().readTree(peer.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")))
                .get(request).getBodyAsString());
        return body.at("/messages/1/content").asText();
    }

    @Test
    void aNearAnswerWithAnotherStructureIsGivenToTheModelAsAReferenceAndNotReturned() throws Exception {
        peer.stubFor(post("/v1/chat/completions").willReturn(okJson(Blocks.openAiAnswer(Blocks.VALID_SPEC))));
        producer.requestBody("direct:extract-block", roles("ACTIVE、DISABLED"), Extraction.class);

        Extraction nearMiss = producer.requestBody("direct:extract-block", roles("ACTIVE、DISABLED、LOCKED"),
                Extraction.class);

        assertThat(nearMiss.cache()).isEqualTo("miss");
        assertThat(peer.getAllServeEvents()).hasSize(2);
        assertThat(userMessage(0)).doesNotContain("listUsers");
        assertThat(userMessage(1)).contains("\"operationId\":\"listUsers\"").contains("LOCKED");
    }
}
