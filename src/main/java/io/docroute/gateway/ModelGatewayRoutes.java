package io.docroute.gateway;

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
    private final GatewayProperties.Routing routing;

    public ModelGatewayRoutes(ModelEndpoints endpoints, ModelGateway gateway, GatewayProperties properties) {
        this.endpoints = endpoints;
        this.gateway = gateway;
        this.routing = properties.routing();
    }

    @Override
    public void configure() {
        if (endpoints.isEmpty()) {
            return;
        }
        for (ModelEndpoint endpoint : endpoints.all()) {
            String id = endpoint.id();
            getContext().getRegistry().bind("breaker-" + id, endpoint.breaker());
            from("direct:model-" + id)
                    .routeId("model-" + id)
                    .routeConfigurationId("pipeline-step")
                    .routeDescription("Sends one block to model endpoint " + id + " behind its own circuit breaker")
                    .setVariable("attempt", method(gateway, "admit('" + id + "', ${variable.call})")).id("admit-" + id)
                    .circuitBreaker().id("breaker-" + id)
                        // open, or half-open without a permit: throw; never pass the block text through as an answer
                        .resilience4jConfiguration()
                            .circuitBreaker("#breaker-" + id)
                            .throwExceptionWhenHalfOpenOrOpenState(true)
                        .end()
                        .to(endpoint.local() ? "direct:answer-locally" : "direct:call-provider").id("call-" + id)
                    .end();
        }
        LoadBalanceDefinition balancer = from("direct:choose-endpoint")
                .routeId("choose-endpoint")
                .routeConfigurationId("pipeline-step")
                .routeDescription("Chooses the model endpoint for one attempt: strategy " + routing.strategy())
                .loadBalance();
        switch (routing.strategy()) {
            case "round-robin" -> balancer.roundRobin();
            case "weighted" -> balancer.weighted(true, endpoints.all().stream()
                    .map(endpoint -> String.valueOf(endpoint.properties().weight()))
                    .collect(Collectors.joining(",")));
            // Camel moves on only past endpoints that took no call; failed calls go back to the one retry loop
            case "failover" -> balancer.failover(-1, false, false, EndpointUnavailableException.class);
            case "fastest", "cheapest", "most-reliable", "balanced" -> {
                getContext().getRegistry().bind("scoringLoadBalancer",
                        new ScoringLoadBalancer(routing.strategy(), endpoints.all(), gateway, routing.exploration()));
                balancer.custom("scoringLoadBalancer");
            }
            default -> throw new IllegalArgumentException("unknown routing strategy '" + routing.strategy()
                    + "': use round-robin, weighted, failover, fastest, cheapest, most-reliable or balanced");
        }
        for (ModelEndpoint endpoint : endpoints.all()) {
            balancer.to("direct:model-" + endpoint.id());
        }
        balancer.end();
    }
}
