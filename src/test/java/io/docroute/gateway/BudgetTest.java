package io.docroute.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.extraction.Extraction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Many blocks at once against a paid endpoint and a small daily budget: the budget is never passed. */
@CamelSpringBootTest
@SpringBootTest(properties = {
        "camel.main.run-controller=false",
        "docroute.service-mode=false",
        "docroute.routing.simulators=always",
        "docroute.budget.daily-usd=0.1",
        "docroute.models[0].id=paid", "docroute.models[0].kind=simulator", "docroute.models[0].model=p",
        "docroute.models[0].price-input-per-mtok=10", "docroute.models[0].price-output-per-mtok=10",
        "docroute.models[0].simulator.latency-median=30ms"})
class BudgetTest {

    @Autowired
    ProducerTemplate producer;

    @Autowired
    DailyBudget budget;

    @Test
    void theDailyBudgetIsNeverExceededUnderConcurrencyAndTheRestDegrades() {
        List<CompletableFuture<Extraction>> pending = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pending.add(producer.asyncRequestBody("direct:extract-block", Blocks.numbered(i), Extraction.class));
        }

        List<Extraction> answers = pending.stream().map(CompletableFuture::join).toList();

        double spent = answers.stream().mapToDouble(answer -> answer.usage().costUsd()).sum();
        assertThat(spent).isLessThanOrEqualTo(0.1).isEqualTo(budget.spentUsd(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(answers).filteredOn(answer -> !answer.degraded()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(answers).filteredOn(Extraction::degraded).isNotEmpty();
    }
}
