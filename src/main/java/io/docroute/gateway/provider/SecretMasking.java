package io.docroute.gateway.provider;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Keeps API keys out of log lines, reports and exception messages. */
public final class SecretMasking {

    public static final String MASK = "****";

    private static final int MIN_SECRET_LENGTH = 4;
    private static final Set<String> KEY_HEADERS = Set.of("x-api-key", "api-key", "x-goog-api-key");
    private static final Set<String> AUTHORIZATION_HEADERS = Set.of("authorization", "proxy-authorization");

    // key shapes of the common providers (OpenAI, Anthropic, DeepSeek, Google) and bearer tokens in free text
    private static final Pattern KEY_LIKE = Pattern.compile("\\b(?:sk-[A-Za-z0-9_\\-]{8,}|AIza[0-9A-Za-z_\\-]{20,})");
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer\\s+)[^\\s\"',;]+");
    private static final Pattern KEY_HEADER_LINE =
            Pattern.compile("(?i)\\b((?:x-api-key|api-key|x-goog-api-key)\\s*[:=]\\s*)[^\\s\"',;]+");
    private static final Pattern AUTHORIZATION_LINE =
            Pattern.compile("(?i)\\b((?:proxy-)?authorization\\s*[:=]\\s*(?:(?:bearer|basic|token)\\s+)?)[^\\s\"',;]+");
    private static final Pattern URL_USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.\\-]*://)[^/\\s@]+@");
    private static final Pattern URL_KEY_PARAMETER =
            Pattern.compile("(?i)([?&](?:key|api_key|apikey|api-key|token|access_token)=)[^&\\s#\"']+");

    private SecretMasking() {
    }

    /**
     * A copy of the headers, in their order, with credential values masked: {@code Authorization} keeps its scheme
     * ({@code Bearer ****}); {@code x-api-key} and {@code api-key} become {@code ****}. Names match case-insensitively.
     */
    public static Map<String, String> maskHeaders(Map<String, String> headers) {
        Map<String, String> masked = new LinkedHashMap<>();
        if (headers == null) {
            return masked;
        }
        headers.forEach((name, value) -> masked.put(name, maskHeaderValue(name, value)));
        return masked;
    }

    /** The text with every occurrence of each secret (non-blank, at least 4 characters) replaced by {@code ****}. */
    public static String maskText(String text, Collection<String> secrets) {
        if (text == null || text.isEmpty() || secrets == null) {
            return text;
        }
        String masked = text;
        // longest first, so a secret that contains another is not left half visible
        for (String secret : secrets.stream()
                .filter(s -> s != null && s.strip().length() >= MIN_SECRET_LENGTH)
                .map(String::strip)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList()) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }

    /**
     * The text with anything shaped like a credential masked: provider key formats ({@code sk-…}), bearer tokens,
     * key headers written out, user info and key parameters in URLs. For text whose secrets are not known.
     */
    public static String maskCredentialPatterns(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = KEY_LIKE.matcher(text).replaceAll(MASK);
        masked = AUTHORIZATION_LINE.matcher(masked).replaceAll("$1" + MASK);
        masked = BEARER.matcher(masked).replaceAll("$1" + MASK);
        masked = KEY_HEADER_LINE.matcher(masked).replaceAll("$1" + MASK);
        masked = URL_USER_INFO.matcher(masked).replaceAll("$1" + MASK + "@");
        return URL_KEY_PARAMETER.matcher(masked).replaceAll("$1" + MASK);
    }

    private static String maskHeaderValue(String name, String value) {
        if (name == null || value == null) {
            return value;
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (KEY_HEADERS.contains(lower)) {
            return MASK;
        }
        if (AUTHORIZATION_HEADERS.contains(lower)) {
            String v = value.strip();
            int space = v.indexOf(' ');
            return space > 0 ? v.substring(0, space) + " " + MASK : MASK;
        }
        return value;
    }
}
