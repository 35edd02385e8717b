package io.docroute.cache;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.docroute.BatchApplicationTest;
import io.docroute.document.Field;
import io.docroute.document.FieldType;
import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.Extraction;
import io.docroute.gateway.Blocks;
import io.docroute.gateway.ModelConfig;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A revised block with a near answer in the cache reaches the model as a patch request against that answer, as the
 * peer sees it; the applied patch is validated like any answer, and a patch that does not apply is followed by a
 * full request in the same attempt.
 */
@CamelSpringBootTest
@BatchApplicationTest
@TestPropertySource(properties = {
        "docroute.routing.fallback-enabled=false"})
class PatchRequestTest {

    static final String PATCH_MARK = "RFC 6902 JSON Patch";

    @RegisterExtension
    static WireMockExtension peer = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void peerUrl(DynamicPropertyRegistry registry) {
        ModelConfig.endpoint(registry, 0, "peer", "openai", "sk-test", () -> peer.baseUrl() + "/v1");
    }

    @Autowired
    ProducerTemplate producer;

    @Autowired
    AnswerCache cache;

    @BeforeEach
    void emptyCache() {
        cache.clear();
        peer.resetAll();
    }

    private static InterfaceBlock users(String statuses) {
        return new InterfaceBlock(0, "用户列表", "分页查询后台用户。", List.of(
                new Field("page", FieldType.INTEGER, true, "页码"),
                new Field("status", FieldType.STRING, false, "用户状态：" + statuses)), List.of("userId"));
    }

    private Extraction extract(InterfaceBlock block) {
        return producer.requestBody("direct:extract-block", block, Extraction.class);
    }

    @Test
    void aRevisedBlockIsAskedAsAPatchAgainstTheNearAnswerAndTheResultIsPatched() {
        peer.stubFor(post("/v1/chat/completions").willReturn(okJson(Blocks.openAiAnswer(Blocks.VALID_SPEC))));
        Extraction first = extract(users("ACTIVE、DISABLED"));
        peer.stubFor(post("/v1/chat/completions").withRequestBody(containing(PATCH_MARK)).willReturn(okJson(
                Blocks.openAiAnswer("{\"patch\": [{\"op\": \"replace\", \"path\": \"/summary\", \"value\": \"用户列表（含锁定）\"}]}"))));

        Extraction revised = extract(users("ACTIVE、DISABLED、LOCKED"));

        assertThat(first.cache()).isEqualTo("miss");
        assertThat(revised.cache()).isEqualTo("patched");
        assertThat(revised.patchedFrom()).isNotBlank();
        assertThat(revised.spec().summary()).isEqualTo("用户列表（含锁定）");
        assertThat(revised.spec().operationId()).isEqualTo(first.spec().operationId());
        peer.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(containing(PATCH_MARK))
                .withRequestBody(containing("<base-spec>")).withRequestBody(containing("LOCKED")));
    }

    @Test
    void aPatchThatDoesNotApplyIsFollowedByAFullRequestInTheSameAttempt() {
        peer.stubFor(post("/v1/chat/completions").willReturn(okJson(Blocks.openAiAnswer(Blocks.VALID_SPEC))));
        extract(users("ACTIVE、DISABLED"));
        peer.stubFor(post("/v1/chat/completions").withRequestBody(containing(PATCH_MARK)).willReturn(okJson(
                Blocks.openAiAnswer("{\"patch\": [{\"op\": \"remove\", \"path\": \"/no/such/member\"}]}"))));

        Extraction revised = extract(users("ACTIVE、DISABLED、LOCKED"));

        assertThat(revised.cache()).isEqualTo("miss");
        assertThat(revised.attempts()).isEqualTo(2);
        assertThat(revised.usage().failovers()).isZero();
    }

    @Test
    void anUnchangedOrCosmeticallyEditedBlockIsAnExactHitWithoutACall() {
        peer.stubFor(post("/v1/chat/completions").willReturn(okJson(Blocks.openAiAnswer(Blocks.VALID_SPEC))));
        extract(users("ACTIVE、DISABLED"));

        Extraction again = extract(new InterfaceBlock(3, "用户列表", "分页查询后台用户。  ", users("ACTIVE、DISABLED").fields(),
                List.of("userId")));

        assertThat(again.cache()).isEqualTo("exact");
        peer.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }
}
