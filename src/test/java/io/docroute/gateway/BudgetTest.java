package io.docroute.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.extraction.Extraction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many blocks at once against a paid endpoint and a small daily budget: the budget is never passed, and once it
 * is reached the free endpoint (the in-process extractor, {@code kind: local}) takes the rest.
 */
class BudgetTest {

    static GatewayFixture gateway;

    @BeforeAll
    static void startGateway() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("docroute.routing.simulators", "always");
        settings.put("docroute.budget.daily-usd", "0.1");
        settings.put("docroute.routing.strategy", "failover");
        settings.put("docroute.models[0].id", "paid");
        settings.put("docroute.models[0].kind", "simulator");
        settings.put("docroute.models[0].model", "p");
        settings.put("docroute.models[0].price-input-per-mtok", "10");
        settings.put("docroute.models[0].price-output-per-mtok", "10");
        settings.put("docroute.models[0].simulator.latency-median", "30ms");
        settings.put("docroute.models[1].id", "free");
        settings.put("docroute.models[1].kind", "local");
        settings.put("docroute.models[1].model", "local-extractor");
        gateway = GatewayFixture.start(settings);
    }

    @AfterAll
    static void stopGateway() throws Exception {
        gateway.close();
    }

    @Test
    void theDailyBudgetIsNeverExceededUnderConcurrencyAndFreeEndpointsTakeOver() {
        List<Extraction> answers = gateway.askAtOnce(40);

        double spent = answers.stream().mapToDouble(answer -> answer.usage().costUsd()).sum();
        assertThat(spent).isLessThanOrEqualTo(0.1).isEqualTo(gateway.budget().spentUsd(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(answers).noneMatch(Extraction::degraded);
        assertThat(answers).filteredOn(answer -> answer.endpoint().equals("paid")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(answers).filteredOn(answer -> answer.endpoint().equals("free")).isNotEmpty();
    }
}
