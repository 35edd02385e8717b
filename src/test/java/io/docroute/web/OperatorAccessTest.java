package io.docroute.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docroute.ServiceApplicationTest;
import io.docroute.management.DocRouteMBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.DisableJmx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** What an operator reaches with the login, and what everyone else is refused. */
@CamelSpringBootTest
@DisableJmx(false)
@AutoConfigureObservability
@ServiceApplicationTest
// the DocRoute MBean's name is the JVM's one: this context unregisters it when closed, so it is closed after the class
// instead of whenever a later class's context pushes it out of the test context cache
@DirtiesContext
@TestPropertySource(properties = {
        "spring.jmx.enabled=true",
        // another test context of this JVM may have registered the DocRoute MBean already
        "spring.jmx.registration-policy=replace-existing",
        "docroute.web.user=operator",
        "docroute.web.password=test-only-password"})
class OperatorAccessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOGIN = "Basic " + Base64.getEncoder()
            .encodeToString("operator:test-only-password".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode jolokia(String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/jolokia"))
                .header("Authorization", LOGIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/prometheus", "/actuator/hawtio/index.html", "/actuator/jolokia", "/dashboard",
            "/dashboard/data"})
    void withoutTheLoginEverythingButHealthIsRefused(String path) throws Exception {
        HttpResponse<String> refused = get(path, null);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"docroute\"");
    }

    @Test
    void aWrongPasswordIsRefusedAndHealthIsPublic() throws Exception {
        String wrong = "Basic " + Base64.getEncoder().encodeToString("operator:guess".getBytes(StandardCharsets.UTF_8));

        assertThat(get("/actuator/prometheus", wrong).statusCode()).isEqualTo(401);
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).doesNotContain("alerts");
    }

    @Test
    void theOperatorReadsMetricsHawtioAndTheDashboard() throws Exception {
        HttpResponse<String> metrics = get("/actuator/prometheus", LOGIN);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("docroute_cache_entries").contains("camel_exchanges_total");

        assertThat(get("/actuator/hawtio/index.html", LOGIN).statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(get("/dashboard/data", LOGIN).body()).path("strategy").asText()).isNotEmpty();
        assertThat(get("/actuator/health", LOGIN).body()).contains("\"alerts\"");
    }

    @Test
    void jolokiaReadsAndRunsDocRoutesOperationsButNothingElse() throws Exception {
        JsonNode heap = jolokia("{\"type\":\"read\",\"mbean\":\"java.lang:type=Memory\",\"attribute\":\"HeapMemoryUsage\"}");
        JsonNode strategy = jolokia("{\"type\":\"read\",\"mbean\":\"" + DocRouteMBean.OBJECT_NAME
                + "\",\"attribute\":\"Strategy\"}");
        JsonNode routes = jolokia("{\"type\":\"search\",\"mbean\":\"org.apache.camel:type=routes,*\"}");
        JsonNode gc = jolokia("{\"type\":\"exec\",\"mbean\":\"java.lang:type=Memory\",\"operation\":\"gc\"}");
        JsonNode write = jolokia("{\"type\":\"write\",\"mbean\":\"java.lang:type=Memory\",\"attribute\":\"Verbose\","
                + "\"value\":true}");
        JsonNode stop = jolokia("{\"type\":\"exec\",\"mbean\":\"org.apache.camel:context=docroute,type=context,"
                + "name=\\\"docroute\\\"\",\"operation\":\"stop()\"}");
        // what hawtio's route diagram and statistics ask for
        JsonNode stats = jolokia("{\"type\":\"exec\",\"mbean\":\"org.apache.camel:context=docroute,type=context,"
                + "name=\\\"docroute\\\"\",\"operation\":\"dumpRoutesStatsAsXml(boolean,boolean)\","
                + "\"arguments\":[true,true]}");
        JsonNode reset = jolokia("{\"type\":\"exec\",\"mbean\":\"" + DocRouteMBean.OBJECT_NAME
                + "\",\"operation\":\"resetBreaker\",\"arguments\":[\"sim-swift\"]}");

        assertThat(heap.path("status").asInt()).isEqualTo(200);
        assertThat(strategy.path("value").asText()).as(strategy.toString()).isEqualTo("balanced");
        assertThat(routes.path("value").toString()).contains("process-document");
        assertThat(gc.path("status").asInt()).isEqualTo(403);
        assertThat(write.path("status").asInt()).isEqualTo(403);
        assertThat(stop.path("status").asInt()).isEqualTo(403);
        assertThat(stats.path("value").asText()).as(stats.toString()).contains("<routeStat id=\"process-document\"");
        assertThat(reset.path("status").asInt()).as(reset.toString()).isEqualTo(200);
        assertThat(reset.path("value").asText()).isEqualTo("Breaker of sim-swift is CLOSED");
    }
}
