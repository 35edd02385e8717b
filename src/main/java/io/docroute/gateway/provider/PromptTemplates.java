package io.docroute.gateway.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docroute.Sha256;
import io.docroute.config.ConfigResources;
import io.docroute.document.Field;
import io.docroute.document.InterfaceBlock;
import io.docroute.document.StatedEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;

/**
 * The extraction prompt templates ({@code extract-interface.system.md}, {@code extract-interface.user.md}) and
 * how a block is rendered into them. Each file starts with {@code <!-- prompt-version: N -->}; that line is not
 * sent to the model.
 */
public final class PromptTemplates {

    public static final String SYSTEM_TEMPLATE = "extract-interface.system.md";
    public static final String USER_TEMPLATE = "extract-interface.user.md";
    public static final String BATCH_TEMPLATE = "extract-interfaces-batch.user.md";
    public static final String PATCH_TEMPLATE = "patch-interface.user.md";
    public static final String LISTING_SYSTEM_TEMPLATE = "list-interfaces.system.md";
    public static final String LISTING_USER_TEMPLATE = "list-interfaces.user.md";

    static final String NONE = "(none)";

    private static final Pattern VERSION_LINE =
            Pattern.compile("\\A\\s*<!--\\s*prompt-version:\\s*(\\d+)\\s*-->[ \\t]*(?:\\r?\\n|\\z)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");
    private static final Pattern BLOCK_TAG = Pattern.compile("(?i)<(/?)block>");
    private static final ObjectMapper BLOCK_JSON = blockJsonMapper();

    private final String system;
    private final String user;
    private final String batchUser;
    private final String patchUser;
    private final String listingSystem;
    private final String listingUser;
    private final int version;
    private final String fingerprint;

    /** @param promptsLocation the folder of the templates, e.g. {@code config/prompts} (see {@link ConfigResources}) */
    public PromptTemplates(String promptsLocation) {
        String folder = promptsLocation.endsWith("/") ? promptsLocation.substring(0, promptsLocation.length() - 1)
                : promptsLocation;
        byte[] systemBytes = read(folder + "/" + SYSTEM_TEMPLATE);
        byte[] userBytes = read(folder + "/" + USER_TEMPLATE);
        byte[] batchBytes = read(folder + "/" + BATCH_TEMPLATE);
        String systemRaw = decode(systemBytes);
        String userRaw = decode(userBytes);
        String batchRaw = decode(batchBytes);
        this.version = Math.max(declaredVersion(systemRaw), Math.max(declaredVersion(userRaw), declaredVersion(batchRaw)));
        this.system = VERSION_LINE.matcher(systemRaw).replaceFirst("").strip();
        this.user = VERSION_LINE.matcher(userRaw).replaceFirst("").strip();
        this.batchUser = VERSION_LINE.matcher(batchRaw).replaceFirst("").strip();
        this.fingerprint = sha256(systemBytes, userBytes, batchBytes);
        // a patch is applied and the result validated like any answer, and the listing prompts ask for no answer
        // that is cached: neither is part of the fingerprint
        this.patchUser = VERSION_LINE.matcher(decode(readOrBundled(folder, PATCH_TEMPLATE))).replaceFirst("").strip();
        this.listingSystem = VERSION_LINE.matcher(decode(readOrBundled(folder, LISTING_SYSTEM_TEMPLATE)))
                .replaceFirst("").strip();
        this.listingUser = VERSION_LINE.matcher(decode(readOrBundled(folder, LISTING_USER_TEMPLATE)))
                .replaceFirst("").strip();
    }

    /**
     * The prompt set's declared version: the higher of the two files' {@code prompt-version}, so bumping either
     * bumps it; 0 when neither declares one.
     */
    public int version() {
        return version;
    }

    /** Hex SHA-256 over both raw files (system, then user), so any edit changes cache keys built from it. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The system prompt as sent, version line removed. */
    public String system() {
        return system;
    }

    /**
     * The request for one block.
     *
     * @param reference a validated answer for a near-identical block, or {@code null}
     */
    public ModelRequest render(InterfaceBlock block, String model, int maxOutputTokens, boolean jsonMode) {
        Map<String, String> values = Map.of(
                "title", neutralizeBlockTags(block.title()),
                "text", neutralizeBlockTags(block.text().strip()),
                "fields", neutralizeBlockTags(fieldTable(block.fields())),
                "returns", neutralizeBlockTags(block.returns().isEmpty() ? NONE : String.join(", ", block.returns())),
                "stated", neutralizeBlockTags(stated(block)),
                "block", blockJson(block));
        return new ModelRequest(system, fill(user, values), model, maxOutputTokens, jsonMode);
    }

    /**
     * A patch request for a revised block: the spec answered for its earlier version ({@code baseSpec}, JSON), that
     * version normalised, and the revised block; the answer is {@code {"patch": [...]}} or a whole spec.
     */
    public ModelRequest renderPatch(InterfaceBlock block, String baseSpec, String previous, String model,
                                    int maxOutputTokens, boolean jsonMode) {
        Map<String, String> values = Map.of(
                "stated", neutralizeBlockTags(stated(block)),
                "base", neutralizeBlockTags(baseSpec),
                "previous", neutralizeBlockTags(previous == null ? NONE : previous),
                "block", blockJson(block));
        return new ModelRequest(system, fill(patchUser, values), model, maxOutputTokens, jsonMode);
    }

    /**
     * One request for several small blocks (adaptive batching): each block as JSON between its own
     * {@code <block>} tags, in order; the answer is {@code {"interfaces": [...]}} in the same order.
     */
    public ModelRequest renderBatch(List<InterfaceBlock> blocks, String model, int maxOutputTokens, boolean jsonMode) {
        StringBuilder rendered = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            rendered.append("## Block ").append(i + 1).append(": ").append(neutralizeBlockTags(blocks.get(i).title()))
                    .append("\n\n<block>\n").append(blockJson(blocks.get(i))).append("\n</block>\n\n");
        }
        Map<String, String> values = Map.of("count", String.valueOf(blocks.size()), "blocks", rendered.toString().strip());
        return new ModelRequest(system, fill(batchUser, values), model, maxOutputTokens, jsonMode);
    }

    /** The request to list the interfaces a document describes, its text as {@code document}'s one block. */
    public ModelRequest renderListing(InterfaceBlock document, String model, int maxOutputTokens, boolean jsonMode) {
        Map<String, String> values = Map.of("title", neutralizeBlockTags(document.title()),
                "text", neutralizeBlockTags(document.text()));
        return new ModelRequest(listingSystem, fill(listingUser, values), model, maxOutputTokens, jsonMode);
    }

    /** The same request with the failed answer and its validation problems appended, asking for a corrected one. */
    public ModelRequest repair(ModelRequest original, String previousAnswer, List<String> problems) {
        String answer = previousAnswer == null || previousAnswer.isBlank() ? "(empty)"
                : neutralizeBlockTags(previousAnswer.strip());
        String failures = neutralizeBlockTags(String.join("; ", problems == null ? List.of() : problems));
        String user = original.user()
                + "\n\n## Your previous answer\n\n" + answer
                + "\n\nIt failed validation: " + failures + ". Answer again with the corrected JSON object only.";
        return new ModelRequest(original.system(), user, original.model(), original.maxOutputTokens(),
                original.jsonMode());
    }

    /** The facts the block states, for the model to keep: method, path and its parameters. */
    static String stated(InterfaceBlock block) {
        StatedEndpoint stated = block.stated();
        if (!stated.isStated()) {
            return NONE;
        }
        StringBuilder facts = new StringBuilder();
        if (stated.method() != null) {
            facts.append("- method: ").append(stated.method()).append('\n');
        }
        if (stated.path() != null) {
            facts.append("- path: ").append(stated.path()).append('\n');
            stated.pathParameters().forEach(p -> facts.append("- path parameter: ").append(p).append('\n'));
            stated.queryParameters().forEach(p -> facts.append("- query parameter: ").append(p).append('\n'));
        }
        return facts.toString().strip();
    }

    /** The block as compact JSON, the shape the simulator reads back from between {@code <block>} tags. */
    static String blockJson(InterfaceBlock block) {
        ObjectNode json = BLOCK_JSON.createObjectNode();
        json.put("index", block.index());
        json.put("title", block.title());
        json.put("text", block.text());
        ArrayNode fields = json.putArray("fields");
        for (Field field : block.fields()) {
            fields.addObject()
                    .put("name", field.name())
                    .put("type", field.type().wireName())
                    .put("required", field.required())
                    .put("description", field.description());
        }
        ArrayNode returns = json.putArray("returns");
        block.returns().forEach(returns::add);
        StatedEndpoint stated = block.stated();
        if (stated.method() != null || stated.path() != null) {
            // the facts the prompt states, read where the block was cut (its heading line may not be in its text)
            ObjectNode facts = json.putObject("stated");
            facts.put("method", stated.method());
            facts.put("path", stated.path());
            stated.queryParameters().forEach(facts.withArray("queryParameters")::add);
        }
        try {
            return BLOCK_JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a block could not be written as JSON", e);
        }
    }

    private static String fieldTable(List<Field> fields) {
        if (fields.isEmpty()) {
            return NONE;
        }
        StringBuilder table = new StringBuilder("| name | type | required | description |\n|---|---|---|---|");
        for (Field field : fields) {
            table.append("\n| ").append(cell(field.name()))
                    .append(" | ").append(field.type().wireName())
                    .append(" | ").append(field.required() ? "yes" : "no")
                    .append(" | ").append(cell(field.description()))
                    .append(" |");
        }
        return table.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }

    // one pass, so a block whose text contains "{{fields}}" is not filled in a second time
    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    // the simulator finds the block between the <block> tags, so no other text may carry those tags
    private static String neutralizeBlockTags(String text) {
        return BLOCK_TAG.matcher(text).replaceAll("[$1block]");
    }

    private static int declaredVersion(String raw) {
        Matcher matcher = VERSION_LINE.matcher(raw);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /** A template of the folder, or the one this version ships when an operator's folder predates it. */
    private static byte[] readOrBundled(String folder, String name) {
        Resource own = ConfigResources.resolve(folder + "/" + name);
        return own.exists() ? read(folder + "/" + name) : read("classpath:config/prompts/" + name);
    }

    private static byte[] read(String location) {
        Resource resource = ConfigResources.resolve(location);
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the prompt template " + location, e);
        }
    }

    private static String decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String sha256(byte[]... files) {
        MessageDigest digest = Sha256.digest();
        for (int i = 0; i < files.length; i++) {
            if (i > 0) {
                // a separator, so moving text from one file to another changes the fingerprint
                digest.update((byte) 0);
            }
            digest.update(files[i]);
        }
        return Sha256.hex(digest);
    }

    // '<' is written as \u003c so no block text can close the <block> section early
    private static ObjectMapper blockJsonMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setCharacterEscapes(new CharacterEscapes() {
            private final int[] escapes = withLessThan(standardAsciiEscapesForJSON());

            @Override
            public int[] getEscapeCodesForAscii() {
                return escapes;
            }

            @Override
            public SerializableString getEscapeSequence(int ch) {
                return null;
            }
        });
        return mapper;
    }

    private static int[] withLessThan(int[] escapes) {
        escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
        return escapes;
    }
}
