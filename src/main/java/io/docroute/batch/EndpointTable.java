package io.docroute.batch;

import io.docroute.gateway.EndpointStats;
import io.docroute.gateway.ModelEndpoint;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The run's model endpoints after the summary: where the calls went, what failed, what it cost. */
final class EndpointTable {

    private EndpointTable() {
    }

    static void print(PrintStream out, List<ModelEndpoint> endpoints, int failovers) {
        if (endpoints.isEmpty()) {
            out.println("No model endpoint enabled: every block was answered by the local extractor.");
            return;
        }
        String format = "%-12s  %-14s  %5s  %5s  %6s  %4s  %8s  %10s  %s%n";
        out.println();
        out.printf(format, "Endpoint", "Model", "Calls", "OK", "Failed", "429", "Breaker", "Cost USD", "Now");
        double total = 0;
        for (ModelEndpoint endpoint : endpoints) {
            EndpointStats.Snapshot s = endpoint.stats().snapshot();
            total += s.costUsd();
            out.printf(format, endpoint.id(), endpoint.properties().model(), s.calls(), s.successes(), s.failures(),
                    s.rateLimited(), s.breakerOpenings() == 0 ? "-" : "opened " + s.breakerOpenings() + "x",
                    String.format(Locale.ROOT, "%.6f", s.costUsd()), endpoint.condition());
        }
        out.printf(Locale.ROOT, "%d failover(s); model cost %.6f USD%n", failovers, total);
    }
}
