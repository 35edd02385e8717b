package io.docroute.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.extraction.Extraction;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many blocks at once against a paid endpoint and a small daily budget: the budget is never passed, and once it
 * is reached the free endpoint (the in-process extractor, {@code kind: local}) takes the rest.
 */
class BudgetTest {

    @RegisterExtension
    @Order(GatewayFixture.AFTER_THE_PEERS)
    static GatewayFixture gateway = GatewayFixture.with(
            "docroute.routing.simulators=always",
            "docroute.budget.daily-usd=0.1",
            "docroute.routing.strategy=failover",
            "docroute.models[0].id=paid",
            "docroute.models[0].kind=simulator",
            "docroute.models[0].model=p",
            "docroute.models[0].price-input-per-mtok=10",
            "docroute.models[0].price-output-per-mtok=10",
            "docroute.models[0].simulator.latency-median=30ms",
            "docroute.models[1].id=free",
            "docroute.models[1].kind=local",
            "docroute.models[1].model=local-extractor");

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
