package io.docroute.api;

import io.docroute.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code Idempotency-Key} request header (IETF draft-ietf-httpapi-idempotency-key-header): a client's name for
 * one request, so that the request sent again names the same job. The value is a Structured Field string
 * ({@code "8e03978e-..."}); a bare value is taken as it is, as most clients send it.
 *
 * @param value the key as the client chose it: printable ASCII, 1 to {@value #MAX_LENGTH} characters
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 255;
    // fixed: the same key must name the same job on every instance and after every restart
    private static final String NAMESPACE = "docroute:posted-document:";

    public IdempotencyKey {
        if (value.isBlank() || value.length() > MAX_LENGTH || !value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw new IllegalArgumentException("the " + HEADER + " header must be 1 to " + MAX_LENGTH
                    + " printable ASCII characters, e.g. \"8e03978e-40d5-43e8-bc93-6894a57f9324\"");
        }
    }

    /** The key the request's header fields carry; none without the header; refused with more than one. */
    public static Optional<IdempotencyKey> of(List<String> fields) {
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        if (fields.size() > 1) {
            throw new IllegalArgumentException("send one " + HEADER + " header, not " + fields.size());
        }
        return Optional.of(parse(fields.get(0)));
    }

    static IdempotencyKey parse(String field) {
        String value = field.strip();
        return new IdempotencyKey(value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? unquoted(value) : value);
    }

    /** An sf-string's content (RFC 8941 §3.3.3): only {@code \"} and {@code \\} are escapes. */
    private static String unquoted(String quoted) {
        StringBuilder value = new StringBuilder(quoted.length());
        for (int i = 1; i < quoted.length() - 1; i++) {
            char c = quoted.charAt(i);
            if (c == '\\' && i + 1 < quoted.length() - 1
                    && (quoted.charAt(i + 1) == '"' || quoted.charAt(i + 1) == '\\')) {
                value.append(quoted.charAt(++i));
            } else if (c == '\\' || c == '"') {
                throw new IllegalArgumentException("the " + HEADER + " header is not a valid quoted string: only \\\""
                        + " and \\\\ may be escaped, and a quote inside must be escaped");
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }

    /**
     * The job this key names for the client holding {@code apiKey}: a name-based UUID of the client (the API key's
     * hash, never the key) and the key, so two clients' keys never meet and every retry names the same job.
     */
    public String jobId(String apiKey) {
        String client = Sha256.hex(apiKey == null ? "" : apiKey);
        return UUID.nameUUIDFromBytes((NAMESPACE + client + ":" + value).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
