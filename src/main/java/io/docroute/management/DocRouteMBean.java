package io.docroute.management;

import io.docroute.cache.AnswerCache;
import io.docroute.gateway.ModelEndpoint;
import io.docroute.gateway.ModelEndpoints;
import io.docroute.gateway.ModelGatewayRoutes;
import io.docroute.jobs.JobRegistry;
import io.docroute.pipeline.RunTracker;
import io.docroute.progress.Progress;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jmx.export.annotation.ManagedAttribute;
import org.springframework.jmx.export.annotation.ManagedOperation;
import org.springframework.jmx.export.annotation.ManagedOperationParameter;
import org.springframework.jmx.export.annotation.ManagedResource;
import org.springframework.stereotype.Component;

/**
 * DocRoute in JMX (and so in hawtio and Jolokia) beside Camel's own MBeans: live figures since start-up, and the
 * three things an operator does to a running service — empty the answer cache, change the routing strategy,
 * close a circuit breaker.
 */
@Component
@ManagedResource(objectName = DocRouteMBean.OBJECT_NAME, description = "DocRoute: live figures and operations")
public class DocRouteMBean {

    public static final String OBJECT_NAME = "io.docroute:type=DocRoute,name=service";
    private static final Logger LOG = LoggerFactory.getLogger(DocRouteMBean.class);

    private final RunTracker tracker;
    private final JobRegistry jobs;
    private final ModelEndpoints endpoints;
    private final ModelGatewayRoutes gatewayRoutes;
    private final AnswerCache cache;

    public DocRouteMBean(RunTracker tracker, JobRegistry jobs, ModelEndpoints endpoints,
                         ModelGatewayRoutes gatewayRoutes, AnswerCache cache) {
        this.tracker = tracker;
        this.jobs = jobs;
        this.endpoints = endpoints;
        this.gatewayRoutes = gatewayRoutes;
        this.cache = cache;
    }

    @ManagedAttribute(description = "Blocks taken in since start-up")
    public int getBlocksTotal() {
        return progress().total();
    }

    @ManagedAttribute(description = "Blocks with an answer")
    public int getBlocksCompleted() {
        return progress().completed();
    }

    @ManagedAttribute(description = "Blocks without an answer")
    public int getBlocksFailed() {
        return progress().failed();
    }

    @ManagedAttribute(description = "Finished blocks answered from the cache, 0..1")
    public double getCacheHitRate() {
        return progress().cacheHitRate();
    }

    @ManagedAttribute(description = "Failed model calls and blocks without an answer")
    public int getErrors() {
        return progress().errors();
    }

    @ManagedAttribute(description = "Estimated seconds until the blocks running now are done; -1 unknown")
    public double getEtaSeconds() {
        Double eta = progress().etaSeconds();
        return eta == null ? -1 : eta;
    }

    @ManagedAttribute(description = "Documents queued or running")
    public int getJobsActive() {
        return jobs.active();
    }

    @ManagedAttribute(description = "The routing strategy of choose-endpoint")
    public String getStrategy() {
        return gatewayRoutes.strategy();
    }

    @ManagedAttribute(description = "Every model endpoint: breaker state, calls in flight / concurrency limit")
    public String[] getEndpoints() {
        return endpoints.all().stream().map(e -> String.format(Locale.ROOT, "%s: breaker %s, in flight %d/%d, %s",
                e.id(), e.breaker().getState(), e.inFlight(), e.concurrencyLimit(), e.condition())).toArray(String[]::new);
    }

    @ManagedOperation(description = "Empties the answer cache, memory and database")
    public String clearCache() {
        LOG.info("Operator: clear the answer cache");
        return "Removed " + cache.clear() + " cached answers";
    }

    @ManagedOperation(description = "Routes the next model calls by another strategy")
    @ManagedOperationParameter(name = "strategy",
            description = "round-robin, weighted, failover, fastest, cheapest, most-reliable or balanced")
    public String changeStrategy(String strategy) throws Exception {
        LOG.info("Operator: change the routing strategy to {}", strategy);
        gatewayRoutes.changeStrategy(strategy == null ? "" : strategy.strip());
        return "Routing strategy is now " + gatewayRoutes.strategy();
    }

    @ManagedOperation(description = "Closes an endpoint's circuit breaker and forgets its recent failures")
    @ManagedOperationParameter(name = "endpoint", description = "the endpoint id, as in docroute.endpoints")
    public String resetBreaker(String endpoint) {
        ModelEndpoint found = endpoints.get(endpoint == null ? "" : endpoint.strip()).orElseThrow(() ->
                new IllegalArgumentException("no endpoint '" + endpoint + "'; endpoints: "
                        + endpoints.all().stream().map(ModelEndpoint::id).toList()));
        LOG.info("Operator: reset the circuit breaker of {}", found.id());
        found.breaker().reset();
        return "Breaker of " + found.id() + " is " + found.breaker().getState();
    }

    private Progress progress() {
        return tracker.progress();
    }
}
