package io.docroute.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.BatchApplicationTest;
import io.docroute.batch.BatchRunner;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The docroute.* meters after a batch through one simulated endpoint: one good document, one refused. */
@CamelSpringBootTest
@BatchApplicationTest
@TestPropertySource(properties = {
        "docroute.cache.enabled=false",
        "docroute.routing.simulators=always",
        "docroute.models[0].id=metered", "docroute.models[0].kind=simulator", "docroute.models[0].model=m",
        "docroute.models[0].price-input-per-mtok=1.0", "docroute.models[0].price-output-per-mtok=2.0"})
class MetersTest {

    @Autowired
    BatchRunner batch;

    @Autowired
    MeterRegistry meters;

    @TempDir
    Path folder;

    private double count(String name, String... tags) {
        return meters.get(name).tags(tags).counter().count();
    }

    private double functionCount(String name, String... tags) {
        return meters.get(name).tags(tags).functionCounter().count();
    }

    @Test
    void documentsBlocksAndModelCallsAreCountedWithTheirTags() throws IOException {
        Path empty = Files.createFile(folder.resolve("empty.md"));

        batch.run(List.of(Path.of("examples/admin-console-prd.md"), empty));

        assertThat(count("docroute.documents", "status", "completed")).isEqualTo(1);
        assertThat(count("docroute.documents", "status", "refused")).isEqualTo(1);
        assertThat(meters.get("docroute.document.duration").tags("status", "completed").timer().count()).isEqualTo(1);
        assertThat(count("docroute.blocks", "outcome", "extracted")).isEqualTo(10);
        assertThat(meters.get("docroute.block.latency").tags("endpoint", "metered", "cache", "miss").timer().count())
                .isEqualTo(10);
        assertThat(functionCount("docroute.model.calls", "endpoint", "metered", "outcome", "ok")).isEqualTo(10);
        assertThat(functionCount("docroute.model.calls", "endpoint", "metered", "outcome", "rate-limited")).isZero();
        assertThat(functionCount("docroute.model.tokens", "endpoint", "metered", "direction", "output")).isPositive();
        assertThat(functionCount("docroute.model.cost", "endpoint", "metered")).isPositive();
        assertThat(meters.get("docroute.breaker.state").tags("endpoint", "metered").gauge().value()).isZero();
        assertThat(meters.get("docroute.endpoint.limit").tags("endpoint", "metered").gauge().value()).isPositive();
        assertThat(meters.get("docroute.endpoint.inflight").tags("endpoint", "metered").gauge().value()).isZero();
        // Camel's route meters, from camel-micrometer's route policy
        assertThat(meters.get("camel.exchanges.succeeded").tags("routeId", "extract-block").counter().count())
                .isEqualTo(10);
    }
}
