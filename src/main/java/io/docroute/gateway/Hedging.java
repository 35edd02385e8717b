package io.docroute.gateway;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * Hedged requests ({@code docroute.routing.hedge-after}): one iteration of the retry loop sends the block
 * through {@code direct:choose-endpoint}; if its endpoint has not answered after the pool's p90 latency (the
 * last successful calls of every endpoint; an endpoint's own p90 would include its own tail) or a fixed delay,
 * the same block goes through the balancer once more, to another endpoint, and the first valid answer wins.
 * {@code 2x p90} waits twice that: with many blocks at once, a tenth of them pass the p90 by ordinary spread
 * and would use up the hedge allowance before a truly slow call does. The slower attempt finishes in the background; its answer is dropped, its permit and budget settle.
 * Hedges are capped at one extra call per ten attempts. Camel's EIPs cannot start a second branch after a
 * delay and keep the first result, hence this bean.
 */
public class Hedging implements AutoCloseable {

    static final double MAX_EXTRA_SHARE = 0.10;
    private static final long ADMISSION_WAIT_NANOS = 50_000_000;

    private static final Pattern MULTIPLE_OF_P90 =
            Pattern.compile("(?:(\\d+(?:\\.\\d+)?)\\s*[x*]\\s*)?p90");

    private final Duration fixedDelay;
    private final double p90Multiple;
    private final boolean enabled;
    private final ModelEndpoints endpoints;
    private final ModelGateway gateway;
    private final ProducerTemplate producer;
    private final ExecutorService attempts;
    private final AtomicLong primaries = new AtomicLong();
    private final AtomicLong hedges = new AtomicLong();

    public Hedging(String hedgeAfter, ModelEndpoints endpoints, ModelGateway gateway, CamelContext camelContext) {
        String setting = hedgeAfter == null ? "off" : hedgeAfter.strip().toLowerCase(Locale.ROOT);
        this.enabled = !"off".equals(setting) && !"false".equals(setting);
        Matcher multiple = MULTIPLE_OF_P90.matcher(setting);
        boolean relative = multiple.matches();
        this.p90Multiple = relative && multiple.group(1) != null ? Double.parseDouble(multiple.group(1)) : 1;
        this.fixedDelay = enabled && !relative ? parse(setting) : null;
        this.endpoints = endpoints;
        this.gateway = gateway;
        this.attempts = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "docroute-hedged-attempt");
            thread.setDaemon(true);
            return thread;
        });
        this.producer = camelContext.createProducerTemplate();
        this.producer.setExecutorService(attempts);
    }

    private static Duration parse(String setting) {
        try {
            return org.springframework.boot.convert.DurationStyle.detectAndParse(setting);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("docroute.routing.hedge-after must be off, p90, a multiple such as 2x p90"
                    + " or a duration such as 800ms, not '" + setting + "'", e);
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** One hedged iteration; afterwards the block is answered, or the gateway has decided what comes next. */
    public void attempt(Exchange exchange) throws InterruptedException {
        BlockCall call = exchange.getVariable("call", BlockCall.class);
        primaries.incrementAndGet();
        Exchange first = child(exchange);
        CompletableFuture<Exchange> firstDone = send(first);
        CompletableFuture<Exchange> hedgeDone = null;
        Exchange hedge = null;
        Duration delay = delayFor(call, firstDone);
        if (delay != null && !await(firstDone, delay) && !call.isAnswered() && hedgeAllowed()) {
            hedges.incrementAndGet();
            // a strategy such as round-robin may offer the endpoint the block is already waiting on: ask again
            for (int choice = 0; choice < endpoints.all().size() && !call.isAnswered(); choice++) {
                hedge = child(exchange);
                hedgeDone = send(hedge);
                if (!refused(hedge, hedgeDone)) {
                    break;
                }
            }
        }
        if (hedgeDone == null) {
            join(firstDone);
        } else {
            // first valid answer wins; otherwise wait for both to end
            while (!call.isAnswered() && !(firstDone.isDone() && hedgeDone.isDone())) {
                await(CompletableFuture.anyOf(firstDone, hedgeDone), Duration.ofMillis(50));
            }
        }
        if (!call.isAnswered()) {
            settle(first);
            boolean firstAdmitted = first.getVariable("attempt") != null;
            if (hedge != null && hedgeDone.isDone()) {
                settle(hedge);
            }
            gateway.afterHedgedRound(call, !firstAdmitted);
        }
    }

    /** Waits (briefly) for the balancer to admit the first attempt, then takes the hedge delay. */
    private Duration delayFor(BlockCall call, CompletableFuture<Exchange> firstDone) throws InterruptedException {
        firstDone.whenComplete((finished, failure) -> call.wake());
        if (call.awaitAdmission(ADMISSION_WAIT_NANOS) == null) {
            return null;
        }
        if (fixedDelay != null) {
            return fixedDelay;
        }
        OptionalLong p90 = EndpointStats.p90Millis(endpoints.all().stream()
                .flatMapToLong(endpoint -> Arrays.stream(endpoint.stats().recentLatencies())).toArray());
        return p90.isPresent() ? Duration.ofMillis(Math.round(p90.getAsLong() * p90Multiple)) : null;
    }

    /** The balancer's choice took no call: the attempt ended at once without being admitted anywhere. */
    private static boolean refused(Exchange attempt, CompletableFuture<Exchange> done) throws InterruptedException {
        return await(done, Duration.ofNanos(ADMISSION_WAIT_NANOS)) && attempt.getVariable("attempt") == null;
    }

    private boolean hedgeAllowed() {
        return hedges.get() + 1 <= Math.floor(primaries.get() * MAX_EXTRA_SHARE);
    }

    /** A failed attempt that nobody recorded yet (the loser of a race, or a lone failure) is recorded here. */
    private void settle(Exchange attemptExchange) {
        Exception failure = attemptExchange.getException();
        Attempt attempt = attemptExchange.getVariable("attempt", Attempt.class);
        if (failure != null && attempt != null) {
            gateway.attemptFailed(attempt, failure);
        }
    }

    private Exchange child(Exchange parent) {
        Exchange child = parent.copy();
        child.removeVariable("attempt");
        child.setException(null);
        return child;
    }

    private CompletableFuture<Exchange> send(Exchange attemptExchange) {
        CompletableFuture<Exchange> done = producer.asyncSend("direct:choose-endpoint", attemptExchange);
        return done.whenComplete((finished, error) -> {
            if (finished != null && finished.getVariable("call", BlockCall.class).isAnswered()) {
                settle(finished);
            }
        });
    }

    private static boolean await(CompletableFuture<?> future, Duration timeout) throws InterruptedException {
        try {
            future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    private static void join(CompletableFuture<Exchange> future) throws InterruptedException {
        while (!await(future, Duration.ofSeconds(1))) {
            // the request timeout bounds this wait
        }
    }

    public long hedgesSent() {
        return hedges.get();
    }

    @Override
    public void close() throws Exception {
        producer.stop();
        attempts.shutdownNow();
    }
}
