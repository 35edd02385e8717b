package io.docroute.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.OneSimulatedModelTest;
import io.docroute.batch.BatchRunner;
import io.docroute.cache.AnswerCache;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The docroute.* meters after a batch through one simulated endpoint: one good document, one refused. The meters
 * count from the context's start, which other classes share; the test reads what its batch added.
 */
@CamelSpringBootTest
@OneSimulatedModelTest
class MetersTest {

    private static final String ENDPOINT = OneSimulatedModelTest.ENDPOINT;

    @Autowired
    BatchRunner batch;

    @Autowired
    MeterRegistry meters;

    @Autowired
    AnswerCache cache;

    @TempDir
    Path folder;

    /**
     * The count of the counters, timers or function counters with these tags, whatever their other tags; zero before
     * their first use.
     */
    private double count(String name, String... tags) {
        double count = 0;
        for (Meter meter : meters.find(name).tags(tags).meters()) {
            count += meter instanceof Timer timer ? timer.count()
                    : meter instanceof FunctionCounter function ? function.count() : ((Counter) meter).count();
        }
        return count;
    }

    private Map<String, Double> counts(String[][] meterTags) {
        Map<String, Double> counts = new LinkedHashMap<>();
        for (String[] nameAndTags : meterTags) {
            counts.put(String.join(" ", nameAndTags),
                    count(nameAndTags[0], Arrays.copyOfRange(nameAndTags, 1, nameAndTags.length)));
        }
        return counts;
    }

    @Test
    void documentsBlocksAndModelCallsAreCountedWithTheirTags() throws IOException {
        cache.clear();
        Path empty = Files.createFile(folder.resolve("empty.md"));
        String[][] counted = {
                {"docroute.documents", "status", "completed"},
                {"docroute.documents", "status", "refused"},
                {"docroute.document.duration", "status", "completed"},
                {"docroute.blocks", "outcome", "extracted"},
                // a block may be asked as a patch against a like block of the same document answered just before
                {"docroute.block.latency", "endpoint", ENDPOINT},
                {"docroute.model.calls", "endpoint", ENDPOINT, "outcome", "ok"},
                {"docroute.model.calls", "endpoint", ENDPOINT, "outcome", "rate-limited"},
                {"camel.exchanges.succeeded", "routeId", "extract-block"}};
        Map<String, Double> before = counts(counted);
        double tokens = count("docroute.model.tokens", "endpoint", ENDPOINT, "direction", "output");
        double cost = count("docroute.model.cost", "endpoint", ENDPOINT);

        batch.run(List.of(Path.of("examples/admin-console-prd.md"), empty));

        Map<String, Double> added = new LinkedHashMap<>();
        counts(counted).forEach((meter, count) -> added.put(meter, count - before.get(meter)));
        assertThat(added.values()).containsExactly(1.0, 1.0, 1.0, 10.0, 10.0, 10.0, 0.0,
                // Camel's route meters, from camel-micrometer's route policy
                10.0);
        assertThat(count("docroute.model.tokens", "endpoint", ENDPOINT, "direction", "output")).isGreaterThan(tokens);
        assertThat(count("docroute.model.cost", "endpoint", ENDPOINT)).isGreaterThan(cost);
        assertThat(meters.get("docroute.breaker.state").tags("endpoint", ENDPOINT).gauge().value()).isZero();
        assertThat(meters.get("docroute.endpoint.limit").tags("endpoint", ENDPOINT).gauge().value()).isPositive();
        assertThat(meters.get("docroute.endpoint.inflight").tags("endpoint", ENDPOINT).gauge().value()).isZero();
    }
}
