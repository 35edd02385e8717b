package io.docroute.alerts;

import java.time.Instant;
import java.util.Locale;

/**
 * An alert's state: firing, or resolved again. Sent on the topic {@code docroute.alerts}, logged, and shown by
 * the health endpoint and the dashboard.
 *
 * @param value the signal's value when the alert changed (absent when it resolved for lack of data)
 * @param since when the alert fired
 */
public record Alert(String name, State state, String signal, Double value, String when, double threshold,
                    String summary, Instant since, Instant at) {

    public enum State { FIRING, RESOLVED }

    /** One line for the log and the dashboard. */
    public String describe() {
        return String.format(Locale.ROOT, "%s %s: %s (%s %s; alert %s %s)", name, state, summary, signal,
                value == null ? "no data" : round(value), when, round(threshold));
    }

    private static String round(double value) {
        return String.valueOf(Math.round(value * 1000) / 1000.0);
    }
}
