package io.docroute.gateway.simulator;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.docroute.gateway.provider.JsonPatches;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docroute.document.FieldType;
import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.InterfaceSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The OpenAI chat-completions wire format, as far as a simulated endpoint reads and writes it. */
final class ChatCompletions {

    static final String BLOCK_START = "<block>";
    static final String BLOCK_END = "</block>";
    static final String BASE_START = "<base-spec>";
    static final String BASE_END = "</base-spec>";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .registerModule(new SimpleModule().addDeserializer(FieldType.class, new FieldTypeDeserializer()));

    private ChatCompletions() {
    }

    /**
     * A readable request.
     *
     * @param model       the model it asked for, or null
     * @param promptChars characters of all its messages' content
     * @param block       the block from its last user message
     */
    /**
     * @param blocks one block, or several when the request packs small blocks together (adaptive batching)
     * @param base   for a patch request, the spec of the block's earlier version (between {@code <base-spec>} tags)
     */
    record ChatRequest(String model, int promptChars, List<InterfaceBlock> blocks, JsonNode base) {

        InterfaceBlock block() {
            return blocks.get(0);
        }
    }

    /** The request cannot be answered; the message is shown to the client. */
    static final class InvalidRequestException extends Exception {
        InvalidRequestException(String message) {
            super(message);
        }
    }

    static ChatRequest parse(byte[] body) throws InvalidRequestException {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (IOException e) {
            throw new InvalidRequestException("The request body is not valid JSON.");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidRequestException("The request body must be a JSON object.");
        }
        JsonNode messages = root.path("messages");
        if (!messages.isArray() || messages.isEmpty()) {
            throw new InvalidRequestException("'messages' must be a non-empty array.");
        }
        int promptChars = 0;
        String lastUser = null;
        for (JsonNode message : messages) {
            String content = content(message.path("content"));
            promptChars += content.length();
            if ("user".equals(message.path("role").asText())) {
                lastUser = content;
            }
        }
        if (lastUser == null) {
            throw new InvalidRequestException("'messages' has no message with role 'user'.");
        }
        JsonNode model = root.path("model");
        return new ChatRequest(model.isTextual() ? model.asText() : null, promptChars, blocks(lastUser), base(lastUser));
    }

    /** The spec between {@code <base-spec>} tags of a patch request, or null. */
    private static JsonNode base(String userMessage) throws InvalidRequestException {
        int start = userMessage.indexOf(BASE_START);
        int end = start < 0 ? -1 : userMessage.indexOf(BASE_END, start);
        if (end < 0) {
            return null;
        }
        try {
            return MAPPER.readTree(userMessage.substring(start + BASE_START.length(), end));
        } catch (IOException e) {
            throw new InvalidRequestException("The base spec of the patch request is not valid JSON.");
        }
    }

    /** A patch answer: the operations that turn the base spec into {@code specJson}'s. */
    static String patchJson(JsonNode base, String specJson) {
        try {
            ObjectNode answer = MAPPER.createObjectNode();
            answer.set("patch", JsonPatches.diff(base, MAPPER.readTree(specJson)));
            return MAPPER.writeValueAsString(answer);
        } catch (IOException e) {
            throw new IllegalStateException("a spec cannot be diffed", e);
        }
    }

    /** Every {@code <block>…</block>} section; a repair request's appended text after the last one is ignored. */
    private static List<InterfaceBlock> blocks(String userMessage) throws InvalidRequestException {
        List<InterfaceBlock> blocks = new ArrayList<>();
        int start = userMessage.indexOf(BLOCK_START);
        while (start >= 0) {
            int end = userMessage.indexOf(BLOCK_END, start);
            if (end < 0) {
                break;
            }
            blocks.add(block(userMessage.substring(start + BLOCK_START.length(), end)));
            start = userMessage.indexOf(BLOCK_START, end);
        }
        if (blocks.isEmpty()) {
            throw new InvalidRequestException(
                    "The last user message carries no interface block between <block> and </block>.");
        }
        return blocks;
    }

    private static InterfaceBlock block(String section) throws InvalidRequestException {
        String json = section.strip();
        try {
            InterfaceBlock block = MAPPER.readValue(json, InterfaceBlock.class);
            if (block == null) {
                throw new InvalidRequestException("The interface block is empty.");
            }
            return block;
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("The interface block is not valid JSON: " + e.getOriginalMessage());
        }
    }

    // OpenAI accepts content as a string or as an array of parts; only text parts carry the prompt
    private static String content(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        if (content.isArray()) {
            StringBuilder text = new StringBuilder();
            for (JsonNode part : content) {
                if (part.path("text").isTextual()) {
                    text.append(part.path("text").asText());
                }
            }
            return text.toString();
        }
        return "";
    }

    /** Several specs as the batch answer {@code {"interfaces": [...]}}. */
    static String batchJson(List<InterfaceSpec> specs) {
        ObjectNode answer = MAPPER.createObjectNode();
        specs.forEach(spec -> answer.withArray("interfaces").add(MAPPER.valueToTree(spec)));
        return answer.toString();
    }

    static String specJson(InterfaceSpec spec) {
        try {
            return MAPPER.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an interface spec as JSON", e);
        }
    }

    /** An answer that is not a valid spec; {@code turn} picks prose, truncated JSON or a schema violation. */
    static String malformed(int turn, InterfaceSpec spec, String specJson) {
        return switch (Math.floorMod(turn, 3)) {
            case 0 -> "I think the interface is a " + spec.method() + " on "
                    + spec.path().replaceFirst("^/", "").split("/")[0] + ".";
            case 1 -> {
                int cut = specJson.length() / 2;
                // never split a surrogate pair, so the broken answer is still well-formed text
                yield specJson.substring(0, Character.isLowSurrogate(specJson.charAt(cut)) ? cut - 1 : cut);
            }
            default -> {
                ObjectNode broken = MAPPER.valueToTree(spec);
                broken.put("method", "FETCH");
                yield broken.toString();
            }
        };
    }

    static byte[] completion(String id, String model, long createdEpochSecond, String content, int promptChars) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", id);
        root.put("object", "chat.completion");
        root.put("created", createdEpochSecond);
        root.put("model", model);
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        choice.put("finish_reason", "stop");
        int promptTokens = tokens(promptChars);
        int completionTokens = tokens(content.length());
        ObjectNode usage = root.putObject("usage");
        usage.put("prompt_tokens", promptTokens);
        usage.put("completion_tokens", completionTokens);
        usage.put("total_tokens", promptTokens + completionTokens);
        return bytes(root);
    }

    static byte[] error(String message, String type, String code) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", message);
        error.put("type", type);
        error.putNull("param");
        if (code == null) {
            error.putNull("code");
        } else {
            error.put("code", code);
        }
        return bytes(root);
    }

    // a rough tokenizer: about three characters per token across Chinese and English prompts
    static int tokens(int chars) {
        return (chars + 2) / 3;
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON answer", e);
        }
    }

    /** Reads wire names ({@code date-time}), enum names ({@code DATE_TIME}) and writers' spellings alike. */
    private static final class FieldTypeDeserializer extends JsonDeserializer<FieldType> {
        @Override
        public FieldType deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text == null) {
                return null;
            }
            try {
                return FieldType.valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException notAnEnumName) {
                return FieldType.parse(text);
            }
        }
    }
}
