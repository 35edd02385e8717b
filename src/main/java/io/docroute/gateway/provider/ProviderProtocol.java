package io.docroute.gateway.provider;

import java.util.Locale;
import java.util.Map;

/**
 * The wire format of one kind of model API: where to send a {@link ModelRequest}, with which headers and body,
 * and how to read the answer. Implementations are stateless and thread-safe; the HTTP call itself is made elsewhere.
 */
public interface ProviderProtocol {

    /** Appended to the endpoint's base URL, which carries any version prefix such as {@code /v1}. */
    String requestPath();

    /** {@code Content-Type: application/json}, plus the auth header only when {@code apiKey} is non-blank. */
    Map<String, String> headers(String apiKey);

    /** The JSON request body. */
    String requestBody(ModelRequest request);

    /**
     * Reads a successful (2xx) response body.
     *
     * @throws ModelCallException {@link FailureKind#MALFORMED_ANSWER} when the envelope is unreadable or has no text
     */
    default ModelAnswer parseAnswer(String responseBody) {
        return parseAnswer(null, responseBody);
    }

    /** As {@link #parseAnswer(String)}, with the endpoint's id named in a failure. */
    ModelAnswer parseAnswer(String endpointId, String responseBody);

    /**
     * The protocol of an endpoint kind: {@code openai} and {@code simulator} speak OpenAI's, {@code anthropic}
     * Anthropic's; other kinds ({@code local}) make no HTTP calls and have none.
     */
    static ProviderProtocol forKind(String kind) {
        String k = kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT);
        return switch (k) {
            case "openai", "simulator" -> OpenAiProtocol.INSTANCE;
            case "anthropic" -> AnthropicProtocol.INSTANCE;
            default -> throw new IllegalArgumentException(
                    "no model API protocol for endpoint kind '" + kind + "' (expected openai, anthropic or simulator)");
        };
    }
}
