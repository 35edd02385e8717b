package io.docroute.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docroute.ServiceApplicationTest;
import io.docroute.intake.DocumentTooLargeException;
import io.docroute.pipeline.IncomingDocument;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The HTTP API over a real socket: post, watch the events, fetch the outputs; and what it refuses. */
@ServiceApplicationTest
@TestPropertySource(properties = {
        "docroute.routing.simulators=never",
        "docroute.max-document-bytes=50000",
        "docroute.api.keys=first-key, second-key",
        "docroute.outbox=target/http-api-test-out"})
class HttpApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "second-key";

    @LocalServerPort
    int port;

    @Autowired
    ProducerTemplate producer;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-API-Key", KEY)
                .timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String query, byte[] body) throws Exception {
        return send(request("/api/documents" + query).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static byte[] markdown() throws Exception {
        return Files.readAllBytes(Path.of("examples/admin-console-prd.md"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET().build());
    }

    @Test
    void aPostedDocumentIsAcceptedAndItsEventsAndOutputsCanBeRead() throws Exception {
        HttpResponse<String> accepted = post("?filename=posted-prd.md", markdown());

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode job = JSON.readTree(accepted.body());
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/api/jobs/" + job.path("id").asText());
        assertThat(job.path("document").asText()).isEqualTo("posted-prd.md");
        assertThat(job.path("channel").asText()).isEqualTo("http");

        List<String> events = events(location + "/events");

        assertThat(events).filteredOn("block"::equals).hasSize(10);
        assertThat(events).last().isEqualTo("done");
        JsonNode finished = JSON.readTree(get(location).body());
        assertThat(finished.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(finished.path("blocks")).hasSize(10);
        assertThat(finished.at("/progress/completed").asInt()).isEqualTo(10);
        HttpResponse<String> result = get(location + "/result");
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(result.body()).path("interfaces")).hasSize(10);
        HttpResponse<String> openApi = get(location + "/openapi.yaml");
        assertThat(openApi.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/yaml");
        assertThat(openApi.body()).startsWith("openapi: 3.1");
    }

    @Test
    void theResultSaysWhichSectionsBecameBlocksAndWhyTheOthersDidNot() throws Exception {
        HttpResponse<String> accepted = post("?filename=explained.md",
                Files.readAllBytes(Path.of("src/test/resources/documents/explained.md")));
        String location = accepted.headers().firstValue("Location").orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                JSON.readTree(get(location).body()).path("state").asText().equals("COMPLETED"));

        JsonNode selection = JSON.readTree(get(location + "/result").body()).path("selection");

        Map<String, JsonNode> bySection = new HashMap<>();
        selection.forEach(choice -> bySection.put(choice.path("section").asText(), choice));
        assertThat(bySection).containsOnlyKeys("Voucher service", "Overview", "Redeem voucher", "Request", "Response",
                "List vouchers", "Refunds");
        assertThat(bySection.get("Redeem voucher").path("block").asInt()).isZero();
        assertThat(bySection.get("Redeem voucher").path("reason").asText()).isEqualTo("states POST /api/vouchers/redeem");
        assertThat(bySection.get("List vouchers").path("block").asInt()).isEqualTo(1);
        assertThat(bySection.get("Request").path("block").isNull()).isTrue();
        assertThat(bySection.get("Request").path("reason").asText()).isEqualTo("a part of 'Redeem voucher', merged into it");
        assertThat(bySection.get("Overview").path("block").isNull()).isTrue();
        assertThat(bySection.get("Overview").path("reason").asText()).contains("states no path");
        assertThat(bySection.get("Refunds").path("block").isNull()).isTrue();
    }

    /** Event names of the stream, read until the server ends it. */
    private List<String> events(String path) throws Exception {
        HttpResponse<java.io.InputStream> stream = http.send(request(path).header("Accept", "text/event-stream")
                .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event:")) {
                    names.add(line.substring("event:".length()).strip());
                }
            }
        }
        return names;
    }

    @Test
    void aRawBodySentAsAFormAsCurlDoesByDefaultIsReadAsTheDocument() throws Exception {
        HttpResponse<String> accepted = send(request("/api/documents?filename=" + URLEncoder.encode("需求 文档.md",
                StandardCharsets.UTF_8)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(markdown())).build());

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                JSON.readTree(get(location).body()).path("state").asText().equals("COMPLETED"));
        assertThat(JSON.readTree(get(location + "/result").body()).at("/interfaces")).hasSize(10);
        assertThat(JSON.readTree(get(location).body()).path("document").asText()).isEqualTo("需求 文档.md");
    }

    private HttpResponse<String> postPart(String fileName, String content) throws Exception {
        String boundary = "docroute-boundary";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/markdown\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        return send(request("/api/documents").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    @Test
    void aMultipartUploadIsAcceptedUnderItsPartsFileName() throws Exception {
        HttpResponse<String> accepted = postPart("uploaded.md", new String(markdown(), StandardCharsets.UTF_8));

        assertThat(accepted.statusCode()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                JSON.readTree(get(location).body()).path("state").asText().equals("COMPLETED"));
        assertThat(JSON.readTree(get(location + "/result").body()).at("/document/name").asText())
                .isEqualTo("uploaded.md");
    }

    @Test
    void aDocumentThatCannotBeProcessedEndsFailedWithItsError() throws Exception {
        String location = post("?filename=blank.md", "   \n".getBytes(StandardCharsets.UTF_8)).headers()
                .firstValue("Location").orElseThrow();

        List<String> events = events(location + "/events");

        assertThat(events).containsExactly("done");
        JsonNode job = JSON.readTree(get(location).body());
        assertThat(job.path("state").asText()).isEqualTo("FAILED");
        assertThat(job.path("error").asText()).isNotBlank();
        HttpResponse<String> result = get(location + "/result");
        assertThat(result.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(result.body()).path("detail").asText()).isEqualTo(job.path("error").asText());
        assertThat(Path.of("target/http-api-test-out/blank.md.error.json")).exists();
    }

    @Test
    void thePipelineRefusesADocumentOverTheLimitWhateverTheChannelLetThrough() {
        IncomingDocument oversize = IncomingDocument.of("big.md", new byte[50_001], "run", null);

        assertThatThrownBy(() -> producer.requestBody("direct:process-document", oversize))
                .hasRootCauseInstanceOf(DocumentTooLargeException.class)
                .rootCause().hasMessage("the document is 50001 bytes, over the limit of 50000 bytes "
                        + "(docroute.max-document-bytes)");
    }

    @Test
    void requestsWithoutAnAcceptedKeyAreRefusedWithProblemDetails() throws Exception {
        HttpRequest.Builder noKey = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/jobs"));
        HttpResponse<String> missing = send(noKey.GET().build());
        HttpResponse<String> wrong = send(noKey.header("X-API-Key", "guessed").GET().build());

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/problem+json");
        assertThat(JSON.readTree(missing.body()).path("detail").asText()).contains("X-API-Key");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("guessed").doesNotContain(KEY);
    }

    @Test
    void badRequestsGetClearProblemDetails() throws Exception {
        assertProblem(post("", markdown()), 400, "?filename=");
        assertProblem(post("?filename=prd.exe", markdown()), 415, ".docx");
        assertProblem(post("?filename=empty.md", new byte[0]), 400, "no document");
        assertProblem(post("?filename=large.md", new byte[60_000]), 413, "over the limit of 50000 bytes");
        assertProblem(postPart("large.md", "x".repeat(60_000)), 413, "Maximum upload size exceeded");
        assertProblem(get("/api/jobs/no-such-job"), 404, "no job no-such-job");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).contains(detail);
    }
}
