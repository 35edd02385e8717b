package io.docroute.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.docroute.document.InterfaceListing;
import io.docroute.extraction.Extraction;
import io.docroute.extraction.InterfaceSpec;
import io.docroute.extraction.InvalidSpecException;
import io.docroute.extraction.LocalExtraction;
import io.docroute.extraction.PatchBase;
import io.docroute.extraction.SpecValidator;
import io.docroute.gateway.provider.AnswerJson;
import io.docroute.gateway.provider.JsonPatches;
import io.docroute.gateway.provider.FailureClassifier;
import io.docroute.gateway.provider.FailureKind;
import io.docroute.gateway.provider.ModelAnswer;
import io.docroute.gateway.provider.ModelCallException;
import io.docroute.gateway.provider.ModelRequest;
import io.docroute.gateway.provider.PromptTemplates;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The HTTP glue of one model call on camel-http: builds the provider request for the block's current endpoint,
 * and turns the response into a validated answer, one repair request, or a classified failure. Credentials
 * are set right before the call and removed right after it, so they never travel further in the exchange.
 */
public class ProviderCalls {

    static final int MAX_OUTPUT_TOKENS = 1500;
    static final int MAX_LISTING_TOKENS = 4000;

    private final PromptTemplates prompts;
    private final SpecValidator validator;
    private final ModelGateway gateway;
    private final LocalExtraction localExtraction;
    private final Duration requestTimeout;

    /** The client's own id of each request: {@code <block uuid>.<call number>}. */
    public static final String REQUEST_ID = "X-Client-Request-Id";

    public ProviderCalls(PromptTemplates prompts, SpecValidator validator, ModelGateway gateway,
                         LocalExtraction localExtraction, GatewayProperties properties) {
        this.prompts = prompts;
        this.localExtraction = localExtraction;
        this.gateway = gateway;
        this.validator = validator;
        this.requestTimeout = properties.requestTimeout();
    }

    public void prepare(Exchange exchange) {
        Attempt attempt = attempt(exchange);
        BlockCall call = attempt.call();
        ModelEndpoint endpoint = attempt.endpoint();
        if (endpoint.retryAfterNanosLeft() > 0) {
            // a 429 for another block arrived since this one was admitted: nothing is sent inside its Retry-After
            throw new EndpointUnavailableException("endpoint '" + endpoint.id() + "' is cooling down after a rate limit");
        }
        boolean jsonMode = !"anthropic".equals(endpoint.properties().kind());
        PatchBase base = call.isListing() || call.isBatch() || attempt.repairDue() ? null : call.patchBase();
        attempt.sent(base);
        String model = endpoint.properties().model();
        ModelRequest request = call.isListing()
                ? prompts.renderListing(call.getBlock(), model, MAX_LISTING_TOKENS, jsonMode)
                : call.isBatch() ? prompts.renderBatch(call.blocks(), model, call.maxOutputTokens(), jsonMode)
                : base != null ? prompts.renderPatch(call.getBlock(), AnswerJson.write(base.spec()), base.block(), model,
                        MAX_OUTPUT_TOKENS, jsonMode)
                : prompts.render(call.getBlock(), model, MAX_OUTPUT_TOKENS, jsonMode);
        if (attempt.repairDue()) {
            request = prompts.repair(request, attempt.rejectedAnswer(), attempt.rejectedProblems());
        }
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        endpoint.protocol().headers(endpoint.properties().apiKey()).forEach(message::setHeader);
        message.setHeader(Exchange.HTTP_METHOD, "POST");
        message.setBody(endpoint.protocol().requestBody(request));
        exchange.setVariable("callStartedNanos", System.nanoTime());
        endpoint.stats().called();
        call.calling(endpoint);
        message.setHeader(REQUEST_ID, call.requestId());
    }

    /** The call did not get an HTTP answer: a timeout or a broken connection. */
    public void transportFailed(Exchange exchange) {
        Attempt attempt = attempt(exchange);
        exchange.getMessage().removeHeaders("*");
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String endpointId = attempt.endpoint().id();
        ModelCallException failure = cause instanceof SocketTimeoutException
                || (cause != null && cause.getClass().getSimpleName().contains("Timeout"))
                ? FailureClassifier.timeout(endpointId, requestTimeout)
                : FailureClassifier.connection(endpointId, cause);
        attempt.endpoint().stats().failed(failure.kind());
        throw failure;
    }

    public void read(Exchange exchange) {
        Attempt attempt = attempt(exchange);
        BlockCall call = attempt.call();
        ModelEndpoint endpoint = attempt.endpoint();
        Message message = exchange.getMessage();
        int status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        Map<String, String> headers = responseHeaders(message);
        String body = message.getBody(String.class);
        message.removeHeaders("*");
        message.setBody(null);
        long latencyMillis = (System.nanoTime() - exchange.getVariable("callStartedNanos", Long.class)) / 1_000_000;
        if (status < 200 || status >= 300) {
            ModelCallException failure = FailureClassifier.classify(endpoint.id(), status, headers, body);
            endpoint.stats().failed(failure.kind());
            gateway.coolDown(endpoint, failure);
            throw failure;
        }
        ModelAnswer answer;
        JsonNode json;
        double cost;
        try {
            answer = endpoint.protocol().parseAnswer(endpoint.id(), body);
        } catch (ModelCallException failure) {
            endpoint.stats().failed(failure.kind());
            throw failure;
        }
        cost = endpoint.cost(answer.inputTokens(), answer.outputTokens());
        attempt.charged(answer.inputTokens(), answer.outputTokens(), cost);
        try {
            json = AnswerJson.extract(endpoint.id(), answer.text());
        } catch (ModelCallException failure) {
            // no JSON in the answer: asked once more, like an answer that fails the schema
            if (!call.isBatch() && !attempt.repairAsked()) {
                endpoint.stats().charged(answer.inputTokens(), answer.outputTokens(), cost);
                attempt.rejected(answer.text(), List.of(failure.getMessage()));
                return;
            }
            endpoint.stats().failed(failure.kind());
            throw failure;
        }
        if (call.isBatch()) {
            readBatch(attempt, json, answer, cost, latencyMillis);
            return;
        }
        List<String> problems;
        if (call.isListing()) {
            problems = new ArrayList<>();
            InterfaceListing.Read listing = InterfaceListing.read(json, call.getBlock().text(), problems);
            if (!listing.listed().isEmpty()) {
                endpoint.stats().succeeded(latencyMillis, answer.inputTokens(), answer.outputTokens(), cost);
                gateway.answeredListing(attempt, listing.listed());
                return;
            }
            problems.add(0, "no listed interface quotes the document");
        } else if (attempt.patchSent() != null) {
            PatchBase base = attempt.patchSent();
            JsonNode patched = json.path("patch").isArray() ? JsonPatches.apply(base.spec(), json.path("patch")) : json;
            if (patched != null && validated(attempt, patched, answer, cost, latencyMillis, base).isEmpty()) {
                return;
            }
            // a patch that does not apply or validate: the same attempt asks for the whole spec
            endpoint.stats().charged(answer.inputTokens(), answer.outputTokens(), cost);
            call.dropPatch();
            return;
        } else {
            problems = validated(attempt, json, answer, cost, latencyMillis, null);
            if (problems.isEmpty()) {
                return;
            }
        }
        endpoint.stats().charged(answer.inputTokens(), answer.outputTokens(), cost);
        if (!attempt.repairAsked()) {
            attempt.rejected(answer.text(), problems);
            return;
        }
        endpoint.stats().failed(FailureKind.INVALID_SPEC);
        throw new ModelCallException(FailureKind.INVALID_SPEC, endpoint.id(), status, null, "endpoint '"
                + endpoint.id() + "' answered an invalid spec twice: " + String.join("; ", problems));
    }

    /**
     * Problems of a single block's answer; none when it was valid and has been handed to the gateway.
     *
     * @param base the cached answer it was patched from, or null
     */
    private List<String> validated(Attempt attempt, JsonNode json, ModelAnswer answer, double cost, long latencyMillis,
                                   PatchBase base) {
        BlockCall call = attempt.call();
        ModelEndpoint endpoint = attempt.endpoint();
        try {
            InterfaceSpec spec = validator.requireValid(json, call.getBlock());
            endpoint.stats().succeeded(latencyMillis, answer.inputTokens(), answer.outputTokens(), cost);
            gateway.answered(attempt, new Extraction(spec, endpoint.id(), endpoint.properties().model(), call.calls(),
                    false, base == null ? Extraction.MISS : Extraction.PATCHED, call.elapsedMillis(), call.usage(), null,
                    base == null ? null : base.cacheKey()));
            return List.of();
        } catch (InvalidSpecException invalid) {
            return invalid.problems();
        }
    }

    /**
     * A packed request's answer: {@code {"interfaces": [...]}} with one valid spec per block, in order. Anything
     * less fails the whole batch (no repair), and its blocks then go one by one: a batch never guesses.
     */
    private void readBatch(Attempt attempt, JsonNode json, ModelAnswer answer, double cost, long latencyMillis) {
        BlockCall call = attempt.call();
        ModelEndpoint endpoint = attempt.endpoint();
        JsonNode answers = json.path("interfaces");
        int blocks = call.blocks().size();
        List<String> problems = new ArrayList<>();
        List<InterfaceSpec> specs = new ArrayList<>();
        if (!answers.isArray() || answers.size() != blocks) {
            problems.add("expected " + blocks + " specs under \"interfaces\", got "
                    + (answers.isArray() ? answers.size() : "none"));
        } else {
            for (int i = 0; i < blocks; i++) {
                try {
                    specs.add(validator.requireValid(answers.get(i), call.blocks().get(i)));
                } catch (InvalidSpecException invalid) {
                    int block = i + 1;
                    invalid.problems().forEach(problem -> problems.add("block " + block + ": " + problem));
                }
            }
        }
        if (!problems.isEmpty()) {
            endpoint.stats().failed(FailureKind.INVALID_SPEC);
            throw new ModelCallException(FailureKind.INVALID_SPEC, endpoint.id(), 200, null, "endpoint '"
                    + endpoint.id() + "' answered a batch that does not fit its blocks: " + String.join("; ", problems));
        }
        endpoint.stats().succeeded(latencyMillis, answer.inputTokens(), answer.outputTokens(), cost);
        Extraction.Usage total = call.usage();
        List<Extraction> extractions = new ArrayList<>();
        for (int i = 0; i < blocks; i++) {
            // the request is shared: tokens and cost are split evenly, the calls are counted on the first block
            Extraction.Usage share = new Extraction.Usage(total.inputTokens() / blocks, total.outputTokens() / blocks,
                    total.costUsd() / blocks, i == 0 ? total.calls() : Map.of(), i == 0 ? total.failovers() : 0);
            extractions.add(new Extraction(specs.get(i), endpoint.id(),
                    endpoint.properties().model(), i == 0 ? call.calls() : 0, false, Extraction.MISS, call.elapsedMillis(), share));
        }
        gateway.answeredBatch(attempt, extractions);
    }

    /** A {@code local} endpoint: the built-in extractor answers in process, validated like any answer. */
    public void answerLocally(Exchange exchange) {
        Attempt attempt = attempt(exchange);
        BlockCall call = attempt.call();
        ModelEndpoint endpoint = attempt.endpoint();
        long started = System.nanoTime();
        endpoint.stats().called();
        call.calling(endpoint);
        Extraction local = localExtraction.extract(call.getBlock());
        endpoint.stats().succeeded((System.nanoTime() - started) / 1_000_000, 0, 0, 0);
        gateway.answered(attempt, new Extraction(local.spec(), endpoint.id(), endpoint.properties().model(),
                call.calls(), false, Extraction.MISS, call.elapsedMillis(), call.usage()));
    }

    private static Map<String, String> responseHeaders(Message message) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        message.getHeaders().forEach((name, value) -> {
            if (value != null) {
                headers.put(name, value.toString());
            }
        });
        return headers;
    }

    private static Attempt attempt(Exchange exchange) {
        return exchange.getVariable("attempt", Attempt.class);
    }
}
