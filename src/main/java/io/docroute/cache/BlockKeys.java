package io.docroute.cache;

import io.docroute.Sha256;
import io.docroute.document.Field;
import io.docroute.document.InterfaceBlock;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The exact-cache key of a block: a SHA-256 over the block's normalised content and everything else that shapes
 * the answer — prompt templates (their fingerprint), the interface schema (its hash) and the cache namespace.
 * <p>
 * Normalisation removes what cannot change an answer: line endings, runs of white space, full-width forms of
 * ASCII punctuation, letters and digits (NFKC), Markdown table padding and trailing spaces. It keeps everything
 * else — words, field names, types, required flags, enum values, order — so any change of meaning misses.
 * The method, path and query names the block states are in the key too: they reach the prompt as facts, so a
 * newer reading of the same text (a path now recognised) is asked afresh. The block's position in its document is
 * not in the key: it does not shape the answer.
 */
public final class BlockKeys {

    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0\\u3000]+");
    private static final Pattern TABLE_CELL_PADDING = Pattern.compile(" *\\| *");
    private static final Pattern SEPARATOR_ROW = Pattern.compile("^\\|?[-: |]+\\|?$");

    private final String context;

    /**
     * @param promptFingerprint the prompt templates' fingerprint
     * @param schemaHash        the interface schema's hash
     * @param namespace         {@code docroute.cache.namespace}
     */
    public BlockKeys(String promptFingerprint, String schemaHash, String namespace) {
        this.context = "prompt=" + promptFingerprint + "\nschema=" + schemaHash + "\nnamespace=" + namespace + "\n";
    }

    public String key(InterfaceBlock block) {
        return Sha256.hex(context + normalized(block));
    }

    /** The block as the key sees it; exposed so tests and operators can tell why two blocks share a key. */
    public static String normalized(InterfaceBlock block) {
        StringBuilder canonical = new StringBuilder();
        canonical.append("title=").append(text(block.title())).append('\n');
        canonical.append("text=").append(text(block.text())).append('\n');
        // what the block states goes into the prompt as facts, and how a text is read may change between versions
        canonical.append("stated=").append(block.stated()).append(' ')
                .append(String.join(",", block.stated().queryParameters())).append('\n');
        for (Field field : block.fields()) {
            canonical.append("field=").append(text(field.name())).append('|').append(field.type().wireName())
                    .append('|').append(field.required()).append('|').append(text(field.description())).append('\n');
        }
        canonical.append("returns=").append(String.join(",", block.returns().stream().map(BlockKeys::text).toList()));
        return canonical.toString();
    }

    static String text(String raw) {
        String nfkc = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFKC)
                .replace("\r\n", "\n").replace('\r', '\n')
                .replace('、', ',').replace('。', '.').replace('「', '"').replace('」', '"');
        StringBuilder out = new StringBuilder();
        for (String line : nfkc.split("\n")) {
            String collapsed = SPACES.matcher(line).replaceAll(" ").strip();
            if (collapsed.isEmpty()) {
                continue;
            }
            if (collapsed.startsWith("|")) {
                if (SEPARATOR_ROW.matcher(collapsed).matches()) {
                    collapsed = "|---|";
                } else {
                    collapsed = TABLE_CELL_PADDING.matcher(collapsed).replaceAll("|");
                }
            }
            out.append(collapsed).append('\n');
        }
        return out.toString().strip();
    }
}
