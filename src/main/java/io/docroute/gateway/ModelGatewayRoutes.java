package io.docroute.gateway;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.LoadBalanceDefinition;

/**
 * The routes whose shape depends on configuration, so they cannot be fixed XML: one route per enabled endpoint
 * ({@code model-<id>}, each behind its own named circuit breaker), and
 * {@code choose-endpoint}, a {@code loadBalance} EIP with one branch per endpoint and the configured strategy.
 */
public class ModelGatewayRoutes extends RouteBuilder {

    private final ModelEndpoints endpoints;
    private final ModelGateway gateway;
    public static final List<String> STRATEGIES =
            List.of("round-robin", "weighted", "failover", "fastest", "cheapest", "most-reliable", "balanced");
    static final String CHOOSER = "choose-endpoint";

    private final GatewayProperties.Routing routing;
    private volatile String strategy;

    public ModelGatewayRoutes(ModelEndpoints endpoints, ModelGateway gateway, GatewayProperties properties) {
        this.endpoints = endpoints;
        this.gateway = gateway;
        this.routing = properties.routing();
        this.strategy = routing.strategy();
    }

    @Override
    public void configure() {
        if (endpoints.isEmpty()) {
            return;
        }
        for (ModelEndpoint endpoint : endpoints.all()) {
            // its steps' ids hold a colon, which no route id of the XML routes has: an endpoint named "provider"
            // does not clash with the route call-provider
            String id = endpoint.id();
            getContext().getRegistry().bind("breaker-" + id, endpoint.breaker());
            from("direct:model-" + id)
                    .routeId("model-" + id)
                    .routeConfigurationId("pipeline-step")
                    .routeDescription("Sends one block to model endpoint " + id + " behind its own circuit breaker")
                    .setVariable("attempt", method(gateway, "admit('" + id + "', ${variable.call})")).id("admit:" + id)
                    .circuitBreaker().id("breaker:" + id)
                        // open, or half-open without a permit: throw; never pass the block text through as an answer
                        .resilience4jConfiguration()
                            .circuitBreaker("#breaker-" + id)
                            .throwExceptionWhenHalfOpenOrOpenState(true)
                        .end()
                        .to(endpoint.local() ? "direct:answer-locally" : "direct:call-provider").id("call:" + id)
                    .end();
        }
        chooseEndpoint(this, strategy);
    }

    /** The strategy {@code choose-endpoint} balances by now. */
    public String strategy() {
        return strategy;
    }

    /**
     * Rebuilds {@code choose-endpoint} with another strategy while the service runs. Blocks on their way to it
     * wait for the new route (a direct endpoint without a consumer holds its callers); statistics carry over.
     */
    public synchronized void changeStrategy(String next) throws Exception {
        if (!STRATEGIES.contains(next)) {
            throw new IllegalArgumentException(unknown(next));
        }
        if (endpoints.isEmpty() || next.equals(strategy)) {
            strategy = next;
            return;
        }
        getContext().getRouteController().stopRoute(CHOOSER);
        getContext().removeRoute(CHOOSER);
        getContext().addRoutes(chooser(next));
        strategy = next;
        log.info("Routing strategy changed to {}", next);
    }

    private RouteBuilder chooser(String chosen) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                chooseEndpoint(this, chosen);
            }
        };
    }

    private void chooseEndpoint(RouteBuilder builder, String chosen) {
        LoadBalanceDefinition balancer = builder.from("direct:" + CHOOSER)
                .routeId(CHOOSER)
                .routeConfigurationId("pipeline-step")
                .routeDescription("Chooses the model endpoint for one attempt: strategy " + chosen)
                .loadBalance();
        switch (chosen) {
            case "round-robin" -> balancer.roundRobin();
            case "weighted" -> balancer.weighted(true, endpoints.all().stream()
                    .map(endpoint -> String.valueOf(endpoint.properties().weight()))
                    .collect(Collectors.joining(",")));
            // Camel moves on only past endpoints that took no call; failed calls go back to the one retry loop
            case "failover" -> balancer.failover(-1, false, false, EndpointUnavailableException.class);
            case "fastest", "cheapest", "most-reliable", "balanced" -> {
                builder.getContext().getRegistry().bind("scoringLoadBalancer",
                        new ScoringLoadBalancer(chosen, endpoints.all(), gateway, routing.exploration()));
                balancer.custom("scoringLoadBalancer");
            }
            default -> throw new IllegalArgumentException(unknown(chosen));
        }
        for (ModelEndpoint endpoint : endpoints.all()) {
            balancer.to("direct:model-" + endpoint.id());
        }
        balancer.end();
    }

    private static String unknown(String strategy) {
        return "unknown routing strategy '" + strategy + "': use " + String.join(", ", STRATEGIES);
    }
}
