package io.docroute.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.docroute.BatchApplicationTest;
import io.docroute.cache.AnswerStore;
import io.docroute.extraction.Extraction;
import io.docroute.extraction.InterfaceSpec;
import io.docroute.gateway.Blocks;
import io.docroute.gateway.ModelEndpoints;
import io.docroute.gateway.simulator.Simulators;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.DisableJmx;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** The DocRoute MBean through the platform MBean server, as JConsole, Jolokia and hawtio reach it. */
@CamelSpringBootTest
@DisableJmx(false)
@BatchApplicationTest
// the DocRoute MBean's name is the JVM's one: this context unregisters it when closed, so it is closed after the class
// instead of whenever a later class's context pushes it out of the test context cache
@DirtiesContext
@TestPropertySource(properties = {
        "spring.jmx.enabled=true",
        // another test context of this JVM may have registered the DocRoute MBean already
        "spring.jmx.registration-policy=replace-existing",
        "docroute.cache.enabled=false",
        "docroute.routing.simulators=always",
        "docroute.routing.strategy=cheapest",
        "docroute.routing.exploration=0",
        "docroute.models[0].id=pricey", "docroute.models[0].kind=simulator", "docroute.models[0].model=p",
        "docroute.models[0].price-input-per-mtok=3", "docroute.models[0].price-output-per-mtok=15",
        "docroute.models[1].id=thrifty", "docroute.models[1].kind=simulator", "docroute.models[1].model=t",
        "docroute.models[1].price-input-per-mtok=0.1", "docroute.models[1].price-output-per-mtok=0.4",
        "docroute.models[2].id=middling", "docroute.models[2].kind=simulator", "docroute.models[2].model=m",
        "docroute.models[2].price-input-per-mtok=1", "docroute.models[2].price-output-per-mtok=2"})
class DocRouteMBeanTest {

    private final MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
    private final ObjectName docroute = name(DocRouteMBean.OBJECT_NAME);

    @Autowired
    ProducerTemplate producer;

    @Autowired
    Simulators simulators;

    @Autowired
    ModelEndpoints endpoints;

    @Autowired
    AnswerStore store;

    private static ObjectName name(String name) {
        try {
            return new ObjectName(name);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Object invoke(String operation, Object... arguments) throws Exception {
        String[] signature = new String[arguments.length];
        Arrays.fill(signature, String.class.getName());
        return jmx.invoke(docroute, operation, arguments, signature);
    }

    private void extractTwelveBlocks() {
        for (int i = 0; i < 12; i++) {
            producer.requestBody("direct:extract-block", Blocks.numbered(i), Extraction.class);
        }
    }

    private long calls(String id) {
        return simulators.get(id).orElseThrow().stats().total();
    }

    @Test
    void anOperatorChangesTheStrategyOfTheRunningService() throws Exception {
        extractTwelveBlocks();
        assertThat(calls("thrifty")).isEqualTo(12);
        assertThat(jmx.getAttribute(docroute, "Strategy")).isEqualTo("cheapest");

        assertThat((String) invoke("changeStrategy", "round-robin")).isEqualTo("Routing strategy is now round-robin");
        extractTwelveBlocks();

        assertThat(calls("pricey")).isEqualTo(4);
        assertThat(calls("thrifty")).isEqualTo(12 + 4);
        assertThat(calls("middling")).isEqualTo(4);
        assertThat(jmx.getAttribute(docroute, "Strategy")).isEqualTo("round-robin");
        assertThat(jmx.queryNames(name("org.apache.camel:type=routes,*"), null))
                .extracting(route -> route.getKeyProperty("name")).contains("\"choose-endpoint\"");
    }

    @Test
    void anOperatorEmptiesTheAnswerCache() throws Exception {
        store.clear();
        store.save("some-key", new ObjectMapper().readValue(Blocks.VALID_SPEC, InterfaceSpec.class), "thrifty", "t",
                0.001, Duration.ofHours(1));

        assertThat(invoke("clearCache")).isEqualTo("Removed 1 cached answers");
        assertThat(store.size()).isZero();
    }

    @Test
    void anUnknownStrategyIsRefusedAndTheServiceKeepsItsOwn() throws Exception {
        Object before = jmx.getAttribute(docroute, "Strategy");

        assertThatThrownBy(() -> invoke("changeStrategy", "loudest"))
                .hasRootCauseMessage("unknown routing strategy 'loudest': use round-robin, weighted, failover,"
                        + " fastest, cheapest, most-reliable, balanced");
        assertThat(jmx.getAttribute(docroute, "Strategy")).isEqualTo(before);
    }

    @Test
    void anOperatorClosesAnOpenBreaker() throws Exception {
        CircuitBreaker breaker = endpoints.require("pricey").breaker();
        breaker.transitionToOpenState();
        assertThat((String[]) jmx.getAttribute(docroute, "Endpoints")).anyMatch(e -> e.startsWith("pricey: breaker OPEN"));

        assertThat(invoke("resetBreaker", "pricey")).isEqualTo("Breaker of pricey is CLOSED");
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
