package io.docroute.gateway;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * One configured model endpoint ({@code docroute.models[*]}).
 *
 * @param id                 stable name used in routes, breakers, metrics and reports
 * @param kind               {@code openai} (any OpenAI-compatible API), {@code anthropic}, {@code local} or {@code simulator}
 * @param baseUrl            API root, e.g. {@code https://api.deepseek.com}; ignored for {@code simulator} and {@code local}
 * @param apiKey             from an environment placeholder only; empty disables the endpoint (not for simulator/local)
 * @param model              model name sent to the API
 * @param priceInputPerMtok  USD per million input tokens
 * @param priceOutputPerMtok USD per million output tokens
 * @param weight             share for the weighted strategy
 * @param maxConcurrency     upper bound of the endpoint's adaptive concurrency limit
 * @param rpm                requests per minute allowed (0 = no limit)
 * @param tpm                tokens per minute allowed (0 = no limit)
 * @param simulator          behaviour of a {@code simulator} endpoint
 * @param breaker            this endpoint's own circuit breaker thresholds (default: {@code docroute.breaker})
 */
public record ModelEndpointProperties(
        String id,
        String kind,
        String baseUrl,
        String apiKey,
        String model,
        double priceInputPerMtok,
        double priceOutputPerMtok,
        int weight,
        int maxConcurrency,
        int rpm,
        int tpm,
        SimulatorProfile simulator,
        GatewayProperties.Breaker breaker) {

    public ModelEndpointProperties {
        kind = kind == null ? "openai" : kind;
        apiKey = apiKey == null ? "" : apiKey.strip();
        weight = weight <= 0 ? 1 : weight;
        maxConcurrency = maxConcurrency <= 0 ? 16 : maxConcurrency;
        simulator = simulator == null ? SimulatorProfile.DEFAULT : simulator;
    }

    /** The key is never part of a record's text form: it must not reach a log line by accident. */
    @Override
    public String toString() {
        return "ModelEndpoint[id=" + id + ", kind=" + kind + ", model=" + model + ", baseUrl=" + baseUrl + "]";
    }

    /**
     * What a simulated endpoint does with each request.
     *
     * @param latency          {@code fixed}, {@code normal} or {@code lognormal}
     * @param latencyMedian    median (fixed: exact) time to answer
     * @param latencySigma     spread: standard deviation as a fraction of the median (normal) or of log-latency (lognormal)
     * @param errorRate        share of requests answered 500
     * @param rateLimitRate    share of requests answered 429 with {@code Retry-After}
     * @param retryAfter       the {@code Retry-After} those 429s carry
     * @param hangRate         share of requests that never answer (until the client gives up)
     * @param malformedRate    share of answers that are not valid JSON specs
     * @param rpm              requests per minute the simulated provider admits before answering 429 (0 = no limit)
     * @param rpmWindow        the sliding window the {@code rpm} limit is counted over (default one minute); providers
     *                         often enforce a per-minute limit over shorter periods: 600/min over 1 s is 10 per second
     * @param slowRate         share of answers that take {@code slowFactor} times their latency (a latency tail)
     * @param slowFactor       how much slower those answers are
     * @param outage           from the first request on, every request is answered 503 for this long (an outage)
     * @param latencyPerOutputToken added to the latency for every token of the answer: a model writes its answer a
     *                         token at a time, so a short answer (a patch) comes sooner
     */
    public record SimulatorProfile(
            String latency,
            Duration latencyMedian,
            double latencySigma,
            double errorRate,
            double rateLimitRate,
            Duration retryAfter,
            double hangRate,
            double malformedRate,
            int rpm,
            Duration rpmWindow,
            double slowRate,
            double slowFactor,
            Duration outage,
            Duration latencyPerOutputToken) {

        public static final SimulatorProfile DEFAULT =
                new SimulatorProfile("fixed", Duration.ZERO, 0, 0, 0, Duration.ofSeconds(1), 0, 0, 0);

        @ConstructorBinding
        public SimulatorProfile {
            slowFactor = slowFactor <= 0 ? 1 : slowFactor;
            rpmWindow = rpmWindow == null || rpmWindow.isZero() || rpmWindow.isNegative() ? Duration.ofMinutes(1)
                    : rpmWindow;
            latency = latency == null ? "fixed" : latency;
            latencyMedian = latencyMedian == null ? Duration.ZERO : latencyMedian;
            retryAfter = retryAfter == null ? Duration.ofSeconds(1) : retryAfter;
            outage = outage == null || outage.isNegative() ? Duration.ZERO : outage;
            latencyPerOutputToken = latencyPerOutputToken == null || latencyPerOutputToken.isNegative() ? Duration.ZERO
                    : latencyPerOutputToken;
        }

        /** A profile without an outage. */
        public SimulatorProfile(String latency, Duration latencyMedian, double latencySigma, double errorRate,
                                double rateLimitRate, Duration retryAfter, double hangRate, double malformedRate,
                                int rpm, Duration rpmWindow, double slowRate, double slowFactor) {
            this(latency, latencyMedian, latencySigma, errorRate, rateLimitRate, retryAfter, hangRate, malformedRate,
                    rpm, rpmWindow, slowRate, slowFactor, null, null);
        }

        /** A profile without a latency tail. */
        public SimulatorProfile(String latency, Duration latencyMedian, double latencySigma, double errorRate,
                                double rateLimitRate, Duration retryAfter, double hangRate, double malformedRate,
                                int rpm) {
            this(latency, latencyMedian, latencySigma, errorRate, rateLimitRate, retryAfter, hangRate, malformedRate,
                    rpm, null, 0, 1);
        }
    }
}
