package io.docroute.gateway.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON helpers the protocols and the classifier share. */
final class Envelopes {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Envelopes() {
    }

    static JsonNode readOrNull(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /** At most {@code max} characters, never splitting a surrogate pair, with an ellipsis when cut. */
    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }

    /** A one-line excerpt of an answer or body for an error message. */
    static String excerpt(String text, int max) {
        if (text == null) {
            return "";
        }
        return truncate(text.strip().replaceAll("\\s+", " "), max);
    }

    static ModelCallException malformed(String endpointId, String problem, String body) {
        String who = endpointId == null ? "the endpoint" : "endpoint '" + endpointId + "'";
        String excerpt = excerpt(body, 120);
        return new ModelCallException(FailureKind.MALFORMED_ANSWER, endpointId, 0, null,
                who + " " + problem + (excerpt.isEmpty() ? "" : ": " + excerpt));
    }
}
