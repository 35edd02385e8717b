package io.docroute.alerts;

import java.util.List;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health}'s {@code alerts} component: {@code UP} while no alert fires, {@code WARNING} (still
 * HTTP 200: the service works, a figure is off) while one does, with the firing alerts as details.
 */
@Component
public class AlertsHealthIndicator extends AbstractHealthIndicator {

    public static final Status WARNING = new Status("WARNING", "an alert fires");

    private final AlertEvaluator alerts;

    public AlertsHealthIndicator(AlertEvaluator alerts) {
        this.alerts = alerts;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<Alert> firing = alerts.firing();
        builder.status(firing.isEmpty() ? Status.UP : WARNING);
        firing.forEach(alert -> builder.withDetail(alert.name(), alert.describe()));
    }
}
