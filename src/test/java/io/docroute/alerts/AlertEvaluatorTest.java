package io.docroute.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules over real meters: firing, hysteresis, resolving, and too little data to judge. */
class AlertEvaluatorTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final AlertProperties.Rule successRate = new AlertProperties.Rule("success-rate", "success-rate", "below",
            0.95, 0.97, Duration.ofHours(1), Duration.ZERO, 5.0, "fewer than 95 % of documents complete");
    private final AlertEvaluator alerts = new AlertEvaluator(
            new AlertProperties(Duration.ofSeconds(5), List.of(successRate)), registry, new ObjectMapper());

    private void documents(String status, int count) {
        Counter.builder("docroute.documents").tag("status", status).register(registry).increment(count);
    }

    @Test
    void anAlertFiresBeyondItsThresholdAndResolvesOnlyPastItsClearPoint() {
        documents("completed", 90);
        documents("failed", 10);

        List<Alert> fired = alerts.evaluate();

        assertThat(fired).singleElement().satisfies(alert -> {
            assertThat(alert.state()).isEqualTo(Alert.State.FIRING);
            assertThat(alert.value()).isEqualTo(0.9);
            assertThat(alert.describe()).isEqualTo("success-rate FIRING: fewer than 95 % of documents complete"
                    + " (success-rate 0.9; alert below 0.95)");
        });
        assertThat(new AlertsHealthIndicator(alerts).health().getStatus()).isEqualTo(AlertsHealthIndicator.WARNING);

        documents("completed", 60); // 150 of 160: 0.9375, better, but not past 0.97
        assertThat(alerts.evaluate()).isEmpty();
        documents("completed", 90); // 240 of 250: 0.96, above the threshold, still short of the clear point
        assertThat(alerts.evaluate()).isEmpty();
        assertThat(alerts.firing()).hasSize(1);

        documents("completed", 100); // 340 of 350: 0.971
        assertThat(alerts.evaluate()).singleElement()
                .satisfies(alert -> assertThat(alert.state()).isEqualTo(Alert.State.RESOLVED));
        assertThat(alerts.firing()).isEmpty();
        assertThat(new AlertsHealthIndicator(alerts).health().getStatus().getCode()).isEqualTo("UP");
    }

    @Test
    void tooFewDocumentsAreNoGroundForAnAlert() {
        documents("failed", 4);

        assertThat(alerts.evaluate()).isEmpty();

        documents("failed", 1);
        assertThat(alerts.evaluate()).singleElement()
                .satisfies(alert -> assertThat(alert.state()).isEqualTo(Alert.State.FIRING));
    }

    @Test
    void anAlertThatMustBeSustainedWaitsBeforeItFires() {
        AlertProperties.Rule sustained = new AlertProperties.Rule("success-rate", "success-rate", "below", 0.95,
                null, Duration.ofHours(1), Duration.ofHours(1), 1.0, "fewer than 95 % of documents complete");
        AlertEvaluator patient = new AlertEvaluator(new AlertProperties(null, List.of(sustained)), registry,
                new ObjectMapper());
        documents("failed", 10);

        assertThat(patient.evaluate()).isEmpty();
        assertThat(patient.firing()).isEmpty();
    }
}
