package io.docroute.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Evaluates the alert rules on the route {@code evaluate-alerts}'s timer: samples the signals, then moves each
 * rule between ok, pending (bad, not yet for long enough) and firing (resolved only once the value crosses the
 * rule's clear point, so a value hovering at the threshold does not flap). Every change is logged and returned.
 */
@Component("alerts")
public class AlertEvaluator {

    private static final Logger LOG = LoggerFactory.getLogger(AlertEvaluator.class);

    private final List<AlertProperties.Rule> rules;
    private final SignalHistory history;
    private final ObjectMapper json;
    private final Map<String, Instant> badSince = new HashMap<>();
    private final Map<String, Alert> firing = new HashMap<>();

    public AlertEvaluator(AlertProperties properties, MeterRegistry registry, ObjectMapper json) {
        this.rules = properties.rules();
        this.history = new SignalHistory(registry, properties.longestWindow().plus(properties.evaluateEvery()));
        this.json = json;
    }

    /** Samples the signals and evaluates every rule; gives the alerts that fired or resolved now. */
    public synchronized List<Alert> evaluate() {
        history.sample();
        Instant now = Instant.now();
        List<Alert> changes = new ArrayList<>();
        for (AlertProperties.Rule rule : rules) {
            OptionalDouble value = history.value(Signal.of(rule.signal()), rule.window(), rule.minCount());
            Alert active = firing.get(rule.name());
            if (active != null) {
                if (value.isEmpty() || rule.cleared(value.getAsDouble())) {
                    firing.remove(rule.name());
                    badSince.remove(rule.name());
                    changes.add(alert(rule, Alert.State.RESOLVED, value, active.since(), now));
                }
            } else if (value.isPresent() && rule.bad(value.getAsDouble())) {
                Instant since = badSince.computeIfAbsent(rule.name(), name -> now);
                if (!since.plus(rule.sustainedFor()).isAfter(now)) {
                    Alert fired = alert(rule, Alert.State.FIRING, value, now, now);
                    firing.put(rule.name(), fired);
                    changes.add(fired);
                }
            } else {
                badSince.remove(rule.name());
            }
        }
        changes.forEach(change -> {
            if (change.state() == Alert.State.FIRING) {
                LOG.warn("Alert {}", change.describe());
            } else {
                LOG.info("Alert {}", change.describe());
            }
        });
        return changes;
    }

    private static Alert alert(AlertProperties.Rule rule, Alert.State state, OptionalDouble value, Instant since,
                               Instant now) {
        return new Alert(rule.name(), state, rule.signal(), value.isPresent() ? value.getAsDouble() : null,
                rule.when(), rule.threshold(), rule.summary(), since, now);
    }

    public synchronized List<Alert> firing() {
        return List.copyOf(firing.values());
    }

    /** A signal over a window, for the dashboard: empty without data. */
    public OptionalDouble signal(Signal signal, Duration window) {
        return history.value(signal, window, 1);
    }

    /** An alert as JSON, for the topic. */
    public String toJson(Alert alert) {
        try {
            return json.writeValueAsString(alert);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
