package io.docroute.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.docroute.BatchApplicationTest;
import io.docroute.document.Document;
import io.docroute.document.DocumentParser;
import io.docroute.document.InterfaceBlock;
import io.docroute.jobs.Job;
import io.docroute.jobs.JobRegistry;
import io.docroute.output.DocumentResult;
import io.docroute.pipeline.IncomingDocument;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A document of prose, which its own reading cuts into few blocks: a real model lists its interfaces first, each with
 * a quote; a quote that is not in the document is dropped, and without a usable list the document's own reading
 * stands.
 */
@CamelSpringBootTest
@BatchApplicationTest
@TestPropertySource(properties = {
        "docroute.cache.enabled=false",
        "docroute.routing.degrade-after=0"})
class ModelListingTest {

    static final String PROSE = """
            # 客房系统需求

            前台可以浏览客房，并按入住日期查询空房。住户入住后，前台为其办理退房结账。

            管理员可以修改房价。系统应保证数据安全。
            """;

    /** Headings with field tables, as its own reading takes them, but no method or path: a model is asked to list. */
    static final String ORDERS = """
            # Orders

            ## List orders
            Returns the orders, newest first, 20 to a page.

            | Field | Type | Required | Description |
            |---|---|---|---|
            | page | integer | no | page number |

            ## Cancel order
            Cancels one order that has not shipped.

            | Field | Type | Required | Description |
            |---|---|---|---|
            | orderId | string | yes | the order to cancel |
            """;

    @RegisterExtension
    static WireMockExtension model = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void endpoints(DynamicPropertyRegistry registry) {
        ModelConfig.endpoint(registry, 0, "lister", "openai", "k-lister", model::baseUrl);
    }

    @Autowired
    ProducerTemplate producer;

    @Autowired
    DocumentParser parser;

    @Autowired
    ModelGateway gateway;

    @Autowired
    JobRegistry jobs;

    @BeforeEach
    void extractionFailsSoTheLocalExtractorAnswers() {
        model.stubFor(post("/chat/completions").atPriority(5).willReturn(okJson(Blocks.openAiAnswer("no spec"))));
    }

    private void listing(String json) {
        model.stubFor(post("/chat/completions").atPriority(1)
                .withRequestBody(containing("List the interfaces this document describes"))
                .willReturn(okJson(Blocks.openAiAnswer(json))));
    }

    @Test
    void theListedInterfacesWithQuotesFromTheDocumentAreItsBlocks() {
        listing("""
                {"interfaces": [
                  {"title": "查询空房", "quote": "按入住日期查询空房"},
                  {"title": "退房结账", "quote": "前台为其办理退房结账"},
                  {"title": "修改房价", "quote": "管理员可以修改房价"},
                  {"title": "删除住户", "quote": "前台可以删除住户"}
                ]}""");

        DocumentResult result = producer.requestBody("direct:process-document",
                IncomingDocument.of("hotel.md", PROSE.getBytes(StandardCharsets.UTF_8), "run", null),
                DocumentResult.class);

        assertThat(result.interfaces()).extracting(DocumentResult.InterfaceResult::title)
                .containsExactly("查询空房", "退房结账", "修改房价");
        assertThat(result.selection()).anySatisfy(choice ->
                assertThat(choice.reason()).contains("listed by model endpoint 'lister'", "按入住日期查询空房"));
        model.verify(1, postRequestedFor(urlEqualTo("/chat/completions"))
                .withRequestBody(containing("List the interfaces this document describes")));
    }

    @Test
    void aListWhoseQuotesAreNotInTheDocumentIsRepairedOnceThenTheDocumentsOwnReadingStands() {
        listing("{\"interfaces\": [{\"title\": \"删除住户\", \"quote\": \"前台可以删除住户\"}]}");
        Document read = parser.read("hotel.md", PROSE.getBytes(StandardCharsets.UTF_8));
        assertThat(gateway.listingWanted(read)).isTrue();

        Document after = producer.requestBody("direct:list-interfaces", read, Document.class);

        assertThat(after.blocks()).extracting(InterfaceBlock::title)
                .containsExactlyElementsOf(read.blocks().stream().map(InterfaceBlock::title).toList());
        model.verify(1, postRequestedFor(urlEqualTo("/chat/completions"))
                .withRequestBody(containing("does not occur in the document")));
    }

    @Test
    void aListingNoModelAnsweredDoesNotFailTheDocumentsJob() {
        model.stubFor(post("/chat/completions").atPriority(1)
                .withRequestBody(containing("List the interfaces this document describes"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"message\": \"no interface block in the request\"}}")));

        DocumentResult result = producer.requestBody("direct:process-document",
                IncomingDocument.of("orders.md", ORDERS.getBytes(StandardCharsets.UTF_8), "http", "listing-refused"),
                DocumentResult.class);

        assertThat(result.status()).isEqualTo(DocumentResult.Status.DEGRADED);
        Job job = Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> jobs.find("listing-refused").orElse(null), found -> found != null && found.state().finished());
        assertThat(job.error()).isNull();
        assertThat(job.state()).isEqualTo(Job.State.DEGRADED);
    }
}
