package io.docroute.gateway.provider;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docroute.extraction.InterfaceSpec;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the JSON object in a model's answer text. Models asked for "the JSON object only" still wrap it in a
 * Markdown fence or a sentence now and then; those answers are accepted rather than spent on a repair.
 */
public final class AnswerJson {

    private static final ObjectMapper WRITER = new ObjectMapper();

    private static final Pattern FENCE = Pattern.compile("```[ \\t]*(?:[A-Za-z0-9_-]+)?[ \\t]*\\r?\\n?(.*?)```",
            Pattern.DOTALL);
    // bounds the work on a pathological answer full of unbalanced braces
    private static final int MAX_CANDIDATES = 64;

    private AnswerJson() {
    }

    /** A spec as the JSON a prompt shows it. */
    public static String write(InterfaceSpec spec) {
        try {
            return WRITER.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a spec cannot be written as JSON", e);
        }
    }

    /**
     * The answer's JSON object: the whole text when it is one, else the first fenced block (```json or ```) that
     * holds one, else the first balanced {@code {...}} in the prose that parses as an object.
     *
     * @throws ModelCallException {@link FailureKind#MALFORMED_ANSWER} when there is no JSON object in the text
     */
    public static JsonNode extract(String endpointId, String text) {
        if (text != null) {
            String trimmed = text.strip();
            if (trimmed.startsWith("{")) {
                JsonNode whole = objectAt(trimmed, 0);
                if (whole != null) {
                    return whole;
                }
            }
            Matcher fence = FENCE.matcher(text);
            while (fence.find()) {
                JsonNode fenced = firstObject(fence.group(1));
                if (fenced != null) {
                    return fenced;
                }
            }
            JsonNode inProse = firstObject(text);
            if (inProse != null) {
                return inProse;
            }
        }
        throw new ModelCallException(FailureKind.MALFORMED_ANSWER, endpointId, 0, null,
                "endpoint '" + endpointId + "' answered with no JSON object: " + Envelopes.excerpt(text, 120));
    }

    private static JsonNode firstObject(String text) {
        int start = text.indexOf('{');
        for (int tried = 0; start >= 0 && tried < MAX_CANDIDATES; tried++) {
            JsonNode object = objectAt(text, start);
            if (object != null) {
                return object;
            }
            start = text.indexOf('{', start + 1);
        }
        return null;
    }

    /** The JSON object that starts at {@code start} (Jackson reads one value and stops), or null. */
    private static JsonNode objectAt(String text, int start) {
        try (JsonParser parser = Envelopes.MAPPER.createParser(text.substring(start))) {
            JsonNode node = Envelopes.MAPPER.readTree(parser);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }
}
