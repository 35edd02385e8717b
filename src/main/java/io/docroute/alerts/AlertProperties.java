package io.docroute.alerts;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The alert rules ({@code docroute.alerts.*}, in config/alerts.yaml).
 *
 * @param evaluateEvery how often the signals are sampled and the rules evaluated
 * @param rules         the rules, each watching one signal
 */
@ConfigurationProperties("docroute.alerts")
public record AlertProperties(Duration evaluateEvery, List<Rule> rules) {

    public AlertProperties {
        evaluateEvery = evaluateEvery == null ? Duration.ofSeconds(5) : evaluateEvery;
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** The longest window a rule reads, so the history keeps that much. */
    public Duration longestWindow() {
        return rules.stream().map(Rule::window).max(Duration::compareTo).orElse(Duration.ofMinutes(5));
    }

    /**
     * @param name         the alert's name, as in the Prometheus rules file
     * @param signal       processing-time, success-rate, cache-hit-rate, system-load, error-rate or throughput
     * @param when         {@code above} or {@code below}: which side of the threshold is bad
     * @param threshold    the value that fires the alert
     * @param clear        the value that resolves it again (hysteresis: beyond the threshold, on the good side)
     * @param window       the span the signal is averaged over
     * @param sustainedFor how long the signal must stay bad before the alert fires
     * @param minCount     the fewest documents, look-ups or calls in the window to judge by
     * @param summary      one line for a person
     */
    public record Rule(String name, String signal, String when, double threshold, Double clear, Duration window,
                       Duration sustainedFor, Double minCount, String summary) {

        public Rule {
            Signal.of(signal);
            if (!"above".equals(when) && !"below".equals(when)) {
                throw new IllegalArgumentException("alert rule " + name + ": 'when' is above or below, not " + when);
            }
            clear = clear == null ? threshold : clear;
            // the fields are assigned only after this constructor: read the parameters
            if ("above".equals(when) ? clear > threshold : clear < threshold) {
                throw new IllegalArgumentException("alert rule " + name + ": 'clear' must lie on the good side of"
                        + " the threshold");
            }
            window = window == null ? Duration.ofMinutes(5) : window;
            sustainedFor = sustainedFor == null ? Duration.ZERO : sustainedFor;
            minCount = minCount == null ? 1 : minCount;
        }

        boolean above() {
            return "above".equals(when);
        }

        boolean bad(double value) {
            return above() ? value > threshold : value < threshold;
        }

        boolean cleared(double value) {
            return above() ? value < clear : value > clear;
        }
    }
}
