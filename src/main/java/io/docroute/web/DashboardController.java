package io.docroute.web;

import io.docroute.alerts.Alert;
import io.docroute.alerts.AlertEvaluator;
import io.docroute.alerts.Signal;
import io.docroute.gateway.ModelEndpoint;
import io.docroute.gateway.ModelEndpoints;
import io.docroute.gateway.ModelGatewayRoutes;
import io.docroute.jobs.Job;
import io.docroute.jobs.JobRegistry;
import io.docroute.pipeline.RunTracker;
import io.docroute.progress.Progress;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The dashboard: a static page ({@code /dashboard}) that reads {@code /dashboard/data} every two seconds. The
 * figures are the alert rules' signals over the same kind of window, so the page and the alerts agree.
 */
@Controller
public class DashboardController {

    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Duration THROUGHPUT_WINDOW = Duration.ofMinutes(1);

    private final AlertEvaluator alerts;
    private final ModelEndpoints endpoints;
    private final ModelGatewayRoutes gatewayRoutes;
    private final JobRegistry jobs;
    private final RunTracker tracker;

    public DashboardController(AlertEvaluator alerts, ModelEndpoints endpoints, ModelGatewayRoutes gatewayRoutes,
                               JobRegistry jobs, RunTracker tracker) {
        this.alerts = alerts;
        this.endpoints = endpoints;
        this.gatewayRoutes = gatewayRoutes;
        this.jobs = jobs;
        this.tracker = tracker;
    }

    @GetMapping("/dashboard")
    public String page() {
        return "forward:/dashboard/index.html";
    }

    @GetMapping("/dashboard/data")
    @ResponseBody
    public Figures data() {
        List<EndpointFigures> pool = endpoints.all().stream().map(EndpointFigures::of).toList();
        return new Figures(Instant.now(),
                value(Signal.PROCESSING_TIME, WINDOW), value(Signal.SUCCESS_RATE, WINDOW),
                value(Signal.CACHE_HIT_RATE, WINDOW), value(Signal.THROUGHPUT, THROUGHPUT_WINDOW),
                value(Signal.ERROR_RATE, WINDOW), value(Signal.SYSTEM_LOAD, THROUGHPUT_WINDOW),
                (int) pool.stream().filter(EndpointFigures::available).count(), gatewayRoutes.strategy(), pool,
                tracker.progress(), jobs.active(), jobs.recent(10).stream().map(job -> job.snapshot(false)).toList(),
                alerts.firing().stream().map(Alert::describe).toList(),
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
    }

    private Double value(Signal signal, Duration window) {
        OptionalDouble value = alerts.signal(signal, window);
        return value.isPresent() ? Math.round(value.getAsDouble() * 1000) / 1000.0 : null;
    }

    /**
     * @param processingTimeSeconds mean seconds per document over five minutes (null: no document)
     * @param throughput            blocks finished per second over the last minute
     * @param systemLoad            the machine's CPU load over the last minute, 0..1
     */
    public record Figures(Instant at, Double processingTimeSeconds, Double successRate, Double cacheHitRate,
                          Double throughput, Double errorRate, Double systemLoad, int activeEndpoints,
                          String strategy, List<EndpointFigures> endpoints, Progress blocks, int activeJobs,
                          List<Job.Snapshot> recentJobs, List<String> alerts, long uptimeSeconds) {
    }

    public record EndpointFigures(String id, String model, String breaker, boolean available, int inFlight,
                                  int limit, long calls, long failures, String condition) {

        static EndpointFigures of(ModelEndpoint endpoint) {
            var stats = endpoint.stats().snapshot();
            return new EndpointFigures(endpoint.id(), endpoint.properties().model(),
                    endpoint.breaker().getState().name(), endpoint.alive(), endpoint.inFlight(),
                    endpoint.concurrencyLimit(), stats.calls(), stats.failures(), endpoint.condition());
        }
    }
}
