package io.docroute.gateway.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Anthropic Messages API. */
public final class AnthropicProtocol implements ProviderProtocol {

    public static final AnthropicProtocol INSTANCE = new AnthropicProtocol();

    public static final String API_VERSION = "2023-06-01";

    private AnthropicProtocol() {
    }

    @Override
    public String requestPath() {
        return "/messages";
    }

    @Override
    public Map<String, String> headers(String apiKey) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        if (apiKey != null && !apiKey.isBlank()) {
            headers.put("x-api-key", apiKey.strip());
        }
        headers.put("anthropic-version", API_VERSION);
        return Collections.unmodifiableMap(headers);
    }

    @Override
    public String requestBody(ModelRequest request) {
        ObjectNode body = Envelopes.MAPPER.createObjectNode();
        body.put("model", request.model());
        body.put("max_tokens", request.maxOutputTokens());
        if (request.system() != null && !request.system().isBlank()) {
            body.put("system", request.system());
        }
        body.putArray("messages").addObject().put("role", "user").put("content", request.user());
        body.put("temperature", 0);
        return Envelopes.write(body);
    }

    @Override
    public ModelAnswer parseAnswer(String endpointId, String responseBody) {
        JsonNode root = Envelopes.readOrNull(responseBody);
        if (root == null || !root.isObject()) {
            throw Envelopes.malformed(endpointId, "answered with an unreadable response", responseBody);
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode item : root.path("content")) {
            if ("text".equals(item.path("type").asText()) && item.path("text").isTextual()) {
                text.append(item.path("text").asText());
            }
        }
        if (text.toString().isBlank()) {
            String why = "error".equals(root.path("type").asText()) ? "answered with an error instead of a message"
                    : "max_tokens".equals(root.path("stop_reason").asText())
                            ? "answered with no text before reaching max_tokens"
                            : "answered with no text";
            throw Envelopes.malformed(endpointId, why, responseBody);
        }
        JsonNode usage = root.path("usage");
        return new ModelAnswer(text.toString(), usage.path("input_tokens").asInt(0),
                usage.path("output_tokens").asInt(0));
    }
}
