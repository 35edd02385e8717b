package io.docroute.gateway.provider;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a failed model call (an HTTP error response, a timeout, a broken connection) into a
 * {@link ModelCallException} whose {@link FailureKind} tells the gateway whether to wait, retry elsewhere or
 * disable the endpoint. Messages name the endpoint and the HTTP status, never a key.
 */
public final class FailureClassifier {

    static final int MAX_PROVIDER_MESSAGE = 300;

    // OpenAI, Anthropic and DeepSeek spellings of "the account may not spend more"
    private static final List<String> SPEND_LIMIT_MARKERS = List.of(
            "enforced_spend_limit", "spend limit", "insufficient_quota", "billing_hard_limit",
            "credit balance is too low", "insufficient balance");

    private FailureClassifier() {
    }

    /**
     * Classifies an HTTP error response.
     *
     * @param headers the response headers; names are looked up case-insensitively, the map may be {@code null}
     * @param body    the response body, may be {@code null}
     */
    public static ModelCallException classify(String endpointId, int status, Map<String, String> headers, String body) {
        return classify(endpointId, status, headers, body, Clock.systemUTC());
    }

    static ModelCallException classify(String endpointId, int status, Map<String, String> headers, String body,
            Clock clock) {
        String endpoint = "endpoint '" + endpointId + "'";
        String http = "(HTTP " + status + ")";
        String detail = providerMessage(body);
        String detailSuffix = detail == null ? "" : ": " + detail;
        if (status == 401 || status == 403) {
            // the provider's own words are left out: some echo part of the key they refused
            return new ModelCallException(FailureKind.AUTH, endpointId, status, null,
                    endpoint + " refused the credentials " + http + ": check its API key setting");
        }
        if (status == 402 || ((status == 429 || status == 400) && mentionsSpendLimit(body))) {
            return new ModelCallException(FailureKind.SPEND_LIMIT, endpointId, status, null,
                    endpoint + " has reached its spend limit or quota " + http + detailSuffix);
        }
        if (status == 429) {
            Duration retryAfter = parseRetryAfter(headers, clock);
            return new ModelCallException(FailureKind.RATE_LIMITED, endpointId, status, retryAfter,
                    endpoint + " is rate limited " + http + retryAfterText(retryAfter) + detailSuffix);
        }
        if (status == 503 || status == 529) {
            Duration retryAfter = parseRetryAfter(headers, clock);
            return new ModelCallException(FailureKind.OVERLOADED, endpointId, status, retryAfter,
                    endpoint + " is overloaded " + http + retryAfterText(retryAfter) + detailSuffix);
        }
        if (status >= 500 && status <= 599) {
            return new ModelCallException(FailureKind.SERVER_ERROR, endpointId, status, null,
                    endpoint + " failed with a server error " + http + detailSuffix);
        }
        if (status == 408) {
            return new ModelCallException(FailureKind.TIMEOUT, endpointId, status, null,
                    endpoint + " timed out waiting for the request " + http + detailSuffix);
        }
        return new ModelCallException(FailureKind.BAD_REQUEST, endpointId, status, null,
                endpoint + " rejected the request " + http + detailSuffix);
    }

    /** The call got no answer within {@code after}. */
    public static ModelCallException timeout(String endpointId, Duration after) {
        String within = after == null ? "" : " within " + describe(after);
        return new ModelCallException(FailureKind.TIMEOUT, endpointId, 0, null,
                "endpoint '" + endpointId + "' did not answer" + within);
    }

    /**
     * The connection could not be made or broke. The cause is described by class and message but not attached,
     * because its message or its own causes may carry a URL with credentials into a logged stack trace.
     */
    public static ModelCallException connection(String endpointId, Throwable cause) {
        return new ModelCallException(FailureKind.CONNECTION, endpointId, 0, null,
                "endpoint '" + endpointId + "' could not be reached: " + describe(cause));
    }

    /**
     * The wait a response asks for: {@code retry-after-ms} (milliseconds) when present and readable, else
     * {@code retry-after} as delta seconds or an HTTP-date (time from now, never negative), else {@code null}.
     */
    public static Duration parseRetryAfter(Map<String, String> headers) {
        return parseRetryAfter(headers, Clock.systemUTC());
    }

    static Duration parseRetryAfter(Map<String, String> headers, Clock clock) {
        Duration millis = parseAmount(header(headers, "retry-after-ms"), 1);
        if (millis != null) {
            return millis;
        }
        String retryAfter = header(headers, "retry-after");
        Duration seconds = parseAmount(retryAfter, 1000);
        if (seconds != null) {
            return seconds;
        }
        return parseHttpDate(retryAfter, clock);
    }

    static String describe(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + "ms";
        }
        return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + "s";
    }

    private static Duration parseAmount(String value, long millisPerUnit) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.strip());
            if (amount.signum() < 0) {
                return Duration.ZERO;
            }
            return Duration.ofMillis(amount.multiply(BigDecimal.valueOf(millisPerUnit)).longValue());
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static Duration parseHttpDate(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration delta = Duration.between(clock.instant(), at.toInstant());
            return delta.isNegative() ? Duration.ZERO : delta;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String header(Map<String, String> headers, String name) {
        if (headers == null) {
            return null;
        }
        String exact = headers.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, String> entry : headers.entrySet()) {
            if (entry.getKey() != null && entry.getKey().strip().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static boolean mentionsSpendLimit(String body) {
        if (body == null) {
            return false;
        }
        String lower = body.toLowerCase(Locale.ROOT);
        return SPEND_LIMIT_MARKERS.stream().anyMatch(lower::contains);
    }

    /** {@code error.message} (OpenAI, Anthropic), a string {@code error}, or a top-level {@code message}. */
    private static String providerMessage(String body) {
        JsonNode root = Envelopes.readOrNull(body);
        if (root == null || !root.isObject()) {
            return null;
        }
        JsonNode error = root.path("error");
        JsonNode message = error.isObject() ? error.path("message") : error.isTextual() ? error : root.path("message");
        if (!message.isTextual() || message.asText().isBlank()) {
            return null;
        }
        return Envelopes.truncate(message.asText().strip().replaceAll("\\s+", " "), MAX_PROVIDER_MESSAGE);
    }

    private static String retryAfterText(Duration retryAfter) {
        return retryAfter == null ? "" : ", retry after " + describe(retryAfter);
    }

    private static String describe(Throwable cause) {
        if (cause == null) {
            return "unknown cause";
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = describeOne(cause);
        return root == cause ? text : text + " (caused by " + describeOne(root) + ")";
    }

    private static String describeOne(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
    }
}
