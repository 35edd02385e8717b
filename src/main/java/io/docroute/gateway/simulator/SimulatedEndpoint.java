package io.docroute.gateway.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.docroute.Sha256;
import io.docroute.gateway.ProviderCalls;
import io.docroute.extraction.InterfaceSpec;
import io.docroute.extraction.LocalExtractor;
import io.docroute.gateway.ModelEndpointProperties.SimulatorProfile;
import io.docroute.gateway.simulator.Behaviour.Decision;
import io.docroute.gateway.simulator.ChatCompletions.ChatRequest;
import io.docroute.gateway.simulator.ChatCompletions.InvalidRequestException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OpenAI-compatible chat-completions server on the loopback interface that answers like a model provider
 * would, with the {@link LocalExtractor}'s spec as the model's answer, and with the latency, errors, rate limits,
 * hangs and malformed answers its {@link SimulatorProfile} asks for.
 *
 * <p>It serves {@code POST /v1/chat/completions}. The last user message must carry the block as JSON between
 * {@code <block>} and {@code </block>}; without one the answer is 400. {@code Authorization} is not checked,
 * and {@code max_tokens} and {@code response_format} are accepted but do not change the answer.
 *
 * <p>Delayed answers do not hold a thread: the HTTP handler reads, extracts and decides, then returns with the
 * exchange still open; a two-thread timer fires when the latency (counted from arrival) has passed and a worker
 * writes the answer. Hundreds of slow requests in flight therefore cost a few threads, not one each. The answer
 * names the endpoint's configured model, whatever model the request asked for.
 *
 * <p>Loading this class sets {@code sun.net.httpserver.nodelay=true} unless it is already set, because the JDK
 * server reads that once for the whole JVM and has no per-server switch.
 */
public class SimulatedEndpoint implements AutoCloseable {

    /** How long a hanging request is held before its connection is closed. */
    public static final Duration HANG_LIMIT = Duration.ofMinutes(10);

    static final String PATH = "/v1/chat/completions";

    private static final Logger log = LoggerFactory.getLogger(SimulatedEndpoint.class);
    private static final int BACKLOG = 1024;
    private static final String JSON = "application/json; charset=utf-8";
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        // headers and body go out as two writes, and Nagle against delayed ACK would add ~40 ms to every answer
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private final String id;
    private final String model;
    private final SimulatorProfile profile;
    private final LocalExtractor extractor;
    private final Behaviour behaviour;
    private final int port;
    private final Stats stats = new Stats();
    private final AtomicInteger malformedTurn = new AtomicInteger();
    private final AtomicLong completions = new AtomicLong();
    private final Set<Pending> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();

    private volatile HttpServer server;
    private volatile ExecutorService workers;
    private volatile ScheduledThreadPoolExecutor timer;

    /** An endpoint on an ephemeral port of 127.0.0.1. */
    public SimulatedEndpoint(String id, String model, SimulatorProfile profile, LocalExtractor extractor, long seed) {
        this(id, model, profile, extractor, seed, 0);
    }

    /** An endpoint on the given port of 127.0.0.1; 0 picks a free one. */
    public SimulatedEndpoint(String id, String model, SimulatorProfile profile, LocalExtractor extractor, long seed,
            int port) {
        this.id = Objects.requireNonNull(id, "id");
        this.model = model == null || model.isBlank() ? "simulated" : model;
        this.profile = profile == null ? SimulatorProfile.DEFAULT : profile;
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.behaviour = new Behaviour(this.profile, seed);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        this.port = port;
    }

    /** Binds the port and starts answering; an endpoint starts once and cannot be restarted after stop. */
    public SimulatedEndpoint start() {
        if (stopped.get() || !started.compareAndSet(false, true)) {
            throw new IllegalStateException("simulated endpoint " + id + " was already started");
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), BACKLOG);
        } catch (IOException e) {
            started.set(false);
            throw new UncheckedIOException("simulated endpoint " + id + " cannot listen on port " + port, e);
        }
        // handlers only read, decide and schedule, so a few threads serve any number of slow requests; enough of
        // them that a burst is not queued before its arrival is stamped (a 429's window is judged by those stamps)
        workers = Executors.newFixedThreadPool(Math.max(16, 4 * Runtime.getRuntime().availableProcessors()),
                threads("http"));
        timer = new ScheduledThreadPoolExecutor(2, threads("timer"));
        timer.setRemoveOnCancelPolicy(true);
        timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        server.setExecutor(workers);
        server.createContext(PATH, this::handle);
        server.start();
        log.info("Simulated model endpoint {} ({}) listening on {}", id, model, baseUrl());
        return this;
    }

    /** Closes held and pending requests, stops listening and ends its threads; safe to call more than once. */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        if (timer != null) {
            timer.shutdownNow();
        }
        abortAll();
        if (server != null) {
            server.stop(0);
        }
        if (workers != null) {
            workers.shutdownNow();
            try {
                workers.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // a handler that was still deciding may have queued one more
        abortAll();
        log.info("Simulated model endpoint {} stopped after {} requests", id, stats.total());
    }

    @Override
    public void close() {
        stop();
    }

    public String id() {
        return id;
    }

    public String model() {
        return model;
    }

    public SimulatorProfile profile() {
        return profile;
    }

    /** The API root a client is configured with, e.g. {@code http://127.0.0.1:40123/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    /** The port it listens on. */
    public int port() {
        HttpServer current = server;
        if (current == null) {
            throw new IllegalStateException("simulated endpoint " + id + " is not started");
        }
        return current.getAddress().getPort();
    }

    public boolean isRunning() {
        return started.get() && !stopped.get();
    }

    public Stats stats() {
        return stats;
    }

    private void handle(HttpExchange exchange) {
        long arrivedNanos = System.nanoTime();
        Pending pending = new Pending(exchange, arrivedNanos);
        try {
            if (!PATH.equals(exchange.getRequestURI().getPath())) {
                deliver(pending, new Reply(404, Map.of(), ChatCompletions.error(
                        "Unknown request URL: " + exchange.getRequestURI().getPath(), "invalid_request_error",
                        "unknown_url"), null));
                return;
            }
            if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
                deliver(pending, new Reply(405, Map.of("Allow", "POST"), ChatCompletions.error(
                        "Use POST for " + PATH + ".", "invalid_request_error", null), null));
                return;
            }
            stats.arrived(new Stats.Arrival(arrivedNanos, Instant.now()));
            byte[] body = exchange.getRequestBody().readAllBytes();
            ChatRequest request;
            List<InterfaceSpec> specs;
            try {
                request = ChatCompletions.parse(body);
                specs = request.blocks().stream().map(extractor::extract).toList();
            } catch (InvalidRequestException e) {
                deliver(pending, invalid(e.getMessage()));
                return;
            } catch (RuntimeException e) {
                deliver(pending, invalid("The interface block cannot be read: " + e.getMessage()));
                return;
            }
            Decision decision = behaviour.decide(arrivedNanos);
            String subject = subject(exchange, request);
            switch (decision.outcome()) {
                case RATE_LIMITED -> deliver(pending, rateLimited(decision.retryAfter()).about(subject));
                case HANG -> hold(pending);
                case UNAVAILABLE -> deliver(pending, new Reply(503, Map.of(), ChatCompletions.error(
                        "The engine is currently overloaded, please try again later.", "server_error", null),
                        Outcome.UNAVAILABLE).about(subject));
                case SERVER_ERROR -> later(pending, decision.delay(), new Reply(500, Map.of(),
                        ChatCompletions.error("The server had an error while processing your request.",
                                "server_error", null), Outcome.SERVER_ERROR, subject));
                case OK, MALFORMED -> {
                    String content = content(request, specs, decision.outcome());
                    // a model's latency grows with the length of its answer
                    Duration writing = profile.latencyPerOutputToken()
                            .multipliedBy(ChatCompletions.tokens(content.length()));
                    later(pending, decision.delay().plus(writing), answer(request, content, decision.outcome())
                            .about(subject));
                }
                default -> throw new IllegalStateException("no answer for " + decision.outcome());
            }
        } catch (IOException e) {
            log.debug("Simulated endpoint {} could not read a request: {}", id, e.toString());
            abort(pending);
        } catch (RuntimeException e) {
            log.warn("Simulated endpoint {} failed on a request", id, e);
            abort(pending);
        }
    }

    /** The block a call is for: the client's request id without its call number, else the blocks' digest. */
    private static String subject(HttpExchange exchange, ChatRequest request) {
        String requestId = exchange.getRequestHeaders().getFirst(ProviderCalls.REQUEST_ID);
        if (requestId != null && requestId.lastIndexOf('.') > 0) {
            return requestId.substring(0, requestId.lastIndexOf('.'));
        }
        return Sha256.hex(request.blocks().toString());
    }

    private String content(ChatRequest request, List<InterfaceSpec> specs, Outcome outcome) {
        InterfaceSpec spec = specs.get(0);
        String specJson = ChatCompletions.specJson(spec);
        return outcome == Outcome.MALFORMED
                ? ChatCompletions.malformed(malformedTurn.getAndIncrement(), spec, specJson)
                : request.base() != null ? ChatCompletions.patchJson(request.base(), specJson)
                : specs.size() == 1 ? specJson : ChatCompletions.batchJson(specs);
    }

    private Reply answer(ChatRequest request, String content, Outcome outcome) {
        String completionId = "chatcmpl-sim-" + id + "-" + completions.incrementAndGet();
        byte[] body = ChatCompletions.completion(completionId, model, Instant.now().getEpochSecond(), content,
                request.promptChars());
        return new Reply(200, Map.of(), body, outcome);
    }

    private static Reply invalid(String message) {
        return new Reply(400, Map.of(), ChatCompletions.error(message, "invalid_request_error", null),
                Outcome.INVALID_REQUEST);
    }

    private static Reply rateLimited(Duration retryAfter) {
        long millis = Math.max(0, ceilMillis(retryAfter));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Retry-After", Long.toString(Math.max(1, (millis + 999) / 1000)));
        headers.put("retry-after-ms", Long.toString(millis));
        return new Reply(429, headers, ChatCompletions.error("Rate limit reached for requests", "requests",
                "rate_limit_exceeded"), Outcome.RATE_LIMITED);
    }

    private static long ceilMillis(Duration duration) {
        long millis = duration.toMillis();
        return duration.minusMillis(millis).isZero() ? millis : millis + 1;
    }

    // the latency counts from arrival, so reading and extracting are part of it as on a real server
    private void later(Pending pending, Duration delay, Reply reply) {
        long remaining = delay.toNanos() - (System.nanoTime() - pending.arrivedNanos());
        if (remaining <= 0) {
            deliver(pending, reply);
            return;
        }
        inFlight.add(pending);
        try {
            timer.schedule(() -> respondOnWorker(pending, reply), remaining, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopping) {
            abort(pending);
        }
    }

    // answers due at the same moment are written in parallel, not one after another on the timer thread
    private void respondOnWorker(Pending pending, Reply reply) {
        try {
            workers.execute(() -> deliver(pending, reply));
        } catch (RejectedExecutionException stopping) {
            abort(pending);
        }
    }

    private void hold(Pending pending) {
        stats.ended(Outcome.HANG);
        inFlight.add(pending);
        try {
            timer.schedule(() -> abort(pending), HANG_LIMIT.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopping) {
            abort(pending);
        }
    }

    private void deliver(Pending pending, Reply reply) {
        if (!pending.claim()) {
            return;
        }
        inFlight.remove(pending);
        HttpExchange exchange = pending.exchange();
        if (reply.outcome() != null) {
            // counted before the write, so a client that has its answer also sees it counted
            Duration latency = Duration.ofNanos(System.nanoTime() - pending.arrivedNanos());
            if (reply.outcome() == Outcome.OK) {
                stats.served(latency);
            }
            stats.ended(reply.outcome());
            if (reply.subject() != null) {
                stats.called(new Stats.Call(reply.subject(), reply.outcome(), pending.arrivedNanos(), latency));
            }
        }
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", JSON);
            reply.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(reply.status(), reply.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        } catch (IOException e) {
            log.debug("Simulated endpoint {} could not answer: the client has gone ({})", id, e.toString());
        }
    }

    // closing an exchange that sent no headers drops the connection, which the client sees as a reset
    private void abort(Pending pending) {
        if (pending.claim()) {
            inFlight.remove(pending);
            pending.exchange().close();
        }
    }

    private void abortAll() {
        for (Pending pending : inFlight) {
            abort(pending);
        }
    }

    private ThreadFactory threads(String role) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "simulator-" + id + "-" + role + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public String toString() {
        return "SimulatedEndpoint[id=" + id + ", model=" + model + ", running=" + isRunning() + "]";
    }

    /** A request not answered yet; whoever claims it first answers or closes it. */
    private static final class Pending {
        private final HttpExchange exchange;
        private final long arrivedNanos;
        private final AtomicBoolean claimed = new AtomicBoolean();

        Pending(HttpExchange exchange, long arrivedNanos) {
            this.exchange = exchange;
            this.arrivedNanos = arrivedNanos;
        }

        HttpExchange exchange() {
            return exchange;
        }

        long arrivedNanos() {
            return arrivedNanos;
        }

        boolean claim() {
            return claimed.compareAndSet(false, true);
        }
    }

    /** An answer ready to write; {@code outcome} is null for requests outside the API (404, 405). */
    /** @param subject the blocks the request was about, for {@link Stats#calls()}; null when unread */
    private record Reply(int status, Map<String, String> headers, byte[] body, Outcome outcome, String subject) {

        Reply(int status, Map<String, String> headers, byte[] body, Outcome outcome) {
            this(status, headers, body, outcome, null);
        }

        Reply about(String subject) {
            return new Reply(status, headers, body, outcome, subject);
        }
    }
}
