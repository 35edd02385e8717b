package io.docroute.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.processor.loadbalancer.LoadBalancerSupport;

/**
 * The scoring strategies — fastest, cheapest, most-reliable, balanced — as a {@code customLoadBalancer}: Camel's
 * built-in balancers choose by position or weight, these choose by live statistics. Only endpoints that can take
 * the block are scored, so an open breaker costs no call; a small share of choices explores at random so that
 * stale statistics recover.
 * <p>
 * Balanced score = 0.4 × speed + 0.3 × thrift + 0.3 × reliability, where speed and thrift are the best
 * endpoint's latency per output token and estimated cost divided by this endpoint's (1 for the best, less for
 * the others) and reliability is the smoothed success-and-valid rate.
 * <p>
 * Scores within {@link #NEAR} of the best count as equal, and among those the endpoint with the most free capacity
 * (calls in flight against its adaptive limit) wins, taking turns when that is equal too (blocks of one document
 * choose at the same moment, before any of them is in flight): a cold document, whose endpoints have no figures
 * yet, fans out over all of them instead of sending every block to the first one, and a warm pool of similar
 * endpoints shares the load.
 */
public class ScoringLoadBalancer extends LoadBalancerSupport {

    static final double EXPECTED_OUTPUT_TOKENS = 400;
    static final double NEAR = 0.1;

    private final String strategy;
    private final List<ModelEndpoint> endpoints;
    private final ModelGateway gateway;
    private final double exploration;
    private final AtomicInteger turn = new AtomicInteger();

    public ScoringLoadBalancer(String strategy, List<ModelEndpoint> endpoints, ModelGateway gateway, double exploration) {
        this.strategy = strategy;
        this.endpoints = List.copyOf(endpoints);
        this.gateway = gateway;
        this.exploration = exploration;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        BlockCall call = exchange.getVariable("call", BlockCall.class);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < endpoints.size(); i++) {
            if (gateway.usableFor(endpoints.get(i), call)) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            exchange.setException(new EndpointUnavailableException("no model endpoint can take this block now"));
            callback.done(true);
            return true;
        }
        int chosen = best(candidates, call.textTokens());
        if (candidates.size() > 1 && ThreadLocalRandom.current().nextDouble() < exploration) {
            // explore one of the others, so an endpoint that was slow or failing is measured again
            List<Integer> others = new ArrayList<>(candidates);
            others.remove(Integer.valueOf(chosen));
            chosen = others.get(ThreadLocalRandom.current().nextInt(others.size()));
        }
        AsyncProcessor processor = getProcessors().get(chosen);
        return processor.process(exchange, callback);
    }

    int best(List<Integer> candidates, int inputTokens) {
        double fastest = candidates.stream().map(i -> speed(endpoints.get(i))).min(Double::compare).orElse(1.0);
        double cheapest = candidates.stream().map(i -> cost(endpoints.get(i), inputTokens)).min(Double::compare)
                .orElse(0.0);
        double[] scores = new double[candidates.size()];
        for (int c = 0; c < candidates.size(); c++) {
            ModelEndpoint endpoint = endpoints.get(candidates.get(c));
            double speed = ratio(fastest, speed(endpoint));
            double thrift = ratio(cheapest, cost(endpoint, inputTokens));
            double reliability = endpoint.stats().reliability();
            scores[c] = switch (strategy) {
                case "fastest" -> speed;
                case "cheapest" -> thrift;
                case "most-reliable" -> reliability;
                default -> 0.4 * speed + 0.3 * thrift + 0.3 * reliability;
            };
        }
        double top = java.util.Arrays.stream(scores).max().orElse(0);
        double mostFree = Double.NEGATIVE_INFINITY;
        List<Integer> freest = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            if (scores[c] < top - NEAR) {
                continue;
            }
            double free = freeShare(endpoints.get(candidates.get(c)));
            if (free > mostFree) {
                mostFree = free;
                freest.clear();
            }
            if (free == mostFree) {
                freest.add(candidates.get(c));
            }
        }
        return freest.get(Math.floorMod(turn.getAndIncrement(), freest.size()));
    }

    /** The share of its adaptive concurrency limit an endpoint has free. */
    private static double freeShare(ModelEndpoint endpoint) {
        int limit = Math.max(1, endpoint.concurrencyLimit());
        return (limit - endpoint.inFlight()) / (double) limit;
    }

    /** Milliseconds per output token; an endpoint with no figure yet counts as the fastest so it gets tried. */
    private static double speed(ModelEndpoint endpoint) {
        double measured = endpoint.stats().millisPerOutputToken();
        return Double.isNaN(measured) ? 0 : measured;
    }

    private static double cost(ModelEndpoint endpoint, int inputTokens) {
        return endpoint.cost(inputTokens, (int) EXPECTED_OUTPUT_TOKENS);
    }

    /** best / value for "lower is better" figures: 1 for the best endpoint, towards 0 for worse ones. */
    private static double ratio(double best, double value) {
        return value <= 0 ? 1 : best <= 0 ? (value <= 0 ? 1 : 0.5) : best / value;
    }
}
