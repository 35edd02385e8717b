package io.docroute.gateway.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** OpenAI Chat Completions, as spoken by OpenAI and the compatible APIs (DeepSeek, Qwen, vLLM, the simulator). */
public final class OpenAiProtocol implements ProviderProtocol {

    public static final OpenAiProtocol INSTANCE = new OpenAiProtocol();

    private OpenAiProtocol() {
    }

    @Override
    public String requestPath() {
        return "/chat/completions";
    }

    @Override
    public Map<String, String> headers(String apiKey) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        if (apiKey != null && !apiKey.isBlank()) {
            headers.put("Authorization", "Bearer " + apiKey.strip());
        }
        return Collections.unmodifiableMap(headers);
    }

    @Override
    public String requestBody(ModelRequest request) {
        ObjectNode body = Envelopes.MAPPER.createObjectNode();
        body.put("model", request.model());
        ArrayNode messages = body.putArray("messages");
        if (request.system() != null && !request.system().isBlank()) {
            messages.addObject().put("role", "system").put("content", request.system());
        }
        messages.addObject().put("role", "user").put("content", request.user());
        body.put("max_tokens", request.maxOutputTokens());
        body.put("temperature", 0);
        if (request.jsonMode()) {
            body.putObject("response_format").put("type", "json_object");
        }
        return Envelopes.write(body);
    }

    @Override
    public ModelAnswer parseAnswer(String endpointId, String responseBody) {
        JsonNode root = Envelopes.readOrNull(responseBody);
        if (root == null || !root.isObject()) {
            throw Envelopes.malformed(endpointId, "answered with an unreadable response", responseBody);
        }
        JsonNode choice = root.path("choices").path(0);
        String text = text(choice.path("message").path("content"));
        if (text.isBlank()) {
            String finish = choice.path("finish_reason").asText("");
            String why = root.has("error") ? "answered with an error instead of a completion"
                    : "length".equals(finish) ? "answered with no text before reaching max_tokens"
                    : "answered with no text";
            throw Envelopes.malformed(endpointId, why, responseBody);
        }
        JsonNode usage = root.path("usage");
        return new ModelAnswer(text, usage.path("prompt_tokens").asInt(0), usage.path("completion_tokens").asInt(0));
    }

    // some compatible servers send content as a list of parts rather than a string
    private static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        if (content.isArray()) {
            for (JsonNode part : content) {
                if ("text".equals(part.path("type").asText()) && part.path("text").isTextual()) {
                    text.append(part.path("text").asText());
                }
            }
        }
        return text.toString();
    }
}
