package io.docroute.gateway.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FailureClassifierTest {

    private static final String CANARY = "sk-canary-1234567890";
    private static final String ANTHROPIC_SPEND_LIMIT = """
            {"type":"error","error":{"type":"rate_limit_error","message":"This request would exceed your \
            organization's rate limit: enforced_spend_limit_reached. Contact sales to raise it."}}""";

    @Test
    void a429WithRetryAfterSecondsIsRateLimitedForThatLong() {
        ModelCallException e = FailureClassifier.classify("deepseek", 429, Map.of("Retry-After", "2"), "");

        assertThat(e.kind()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(e.kind().retryable()).isTrue();
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void retryAfterMillisecondsArePreferredOverRetryAfterSeconds() {
        ModelCallException e = FailureClassifier.classify("openai", 429,
                Map.of("retry-after", "2", "Retry-After-Ms", "1500"), "");

        assertThat(e.retryAfter()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void retryAfterAsAnHttpDateIsTheTimeUntilThatDate() {
        Clock clock = Clock.fixed(Instant.parse("2025-10-21T07:28:00Z"), ZoneOffset.UTC);

        Duration wait = FailureClassifier.parseRetryAfter(Map.of("Retry-After", "Tue, 21 Oct 2025 07:28:30 GMT"), clock);

        assertThat(wait).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void retryAfterAsAnHttpDateInThePastIsNoWait() {
        Clock clock = Clock.fixed(Instant.parse("2025-10-21T07:28:00Z"), ZoneOffset.UTC);

        Duration wait = FailureClassifier.parseRetryAfter(Map.of("retry-after", "Tue, 21 Oct 2025 07:00:00 GMT"), clock);

        assertThat(wait).isEqualTo(Duration.ZERO);
    }

    @Test
    void a429WithoutRetryAfterHasNoWait() {
        assertThat(FailureClassifier.classify("x", 429, Map.of(), null).retryAfter()).isNull();
        assertThat(FailureClassifier.classify("x", 429, null, null).retryAfter()).isNull();
    }

    @Test
    void anUnreadableRetryAfterIsIgnored() {
        assertThat(FailureClassifier.parseRetryAfter(Map.of("retry-after", "soon"))).isNull();
    }

    @Test
    void aSpendLimitReachedIsNotRetryable() {
        ModelCallException e = FailureClassifier.classify("claude", 429, Map.of("retry-after", "5"), ANTHROPIC_SPEND_LIMIT);

        assertThat(e.kind()).isEqualTo(FailureKind.SPEND_LIMIT);
        assertThat(e.kind().retryable()).isFalse();
        assertThat(e.getMessage()).contains("endpoint 'claude'").contains("HTTP 429");
    }

    @Test
    void anOpenAiInsufficientQuotaIsASpendLimit() {
        String body = """
                {"error":{"message":"You exceeded your current quota.","type":"insufficient_quota","code":"insufficient_quota"}}""";

        assertThat(FailureClassifier.classify("openai", 429, Map.of(), body).kind()).isEqualTo(FailureKind.SPEND_LIMIT);
    }

    @Test
    void a402InsufficientBalanceIsASpendLimit() {
        String body = "{\"error\":{\"message\":\"Insufficient Balance\",\"type\":\"unknown_error\"}}";

        assertThat(FailureClassifier.classify("deepseek", 402, Map.of(), body).kind()).isEqualTo(FailureKind.SPEND_LIMIT);
    }

    @Test
    void a529IsOverloadedAndRetryable() {
        ModelCallException e = FailureClassifier.classify("claude", 529, Map.of(),
                "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}");

        assertThat(e.kind()).isEqualTo(FailureKind.OVERLOADED);
        assertThat(e.kind().retryable()).isTrue();
        assertThat(e.kind().disablesEndpoint()).isFalse();
    }

    @Test
    void a503IsOverloadedWithTheWaitItAsksFor() {
        ModelCallException e = FailureClassifier.classify("qwen", 503, Map.of("Retry-After", "7"), "");

        assertThat(e.kind()).isEqualTo(FailureKind.OVERLOADED);
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 504})
    void otherServerErrorsAreRetryableServerErrors(int status) {
        ModelCallException e = FailureClassifier.classify("openai", status, Map.of(), "upstream error");

        assertThat(e.kind()).isEqualTo(FailureKind.SERVER_ERROR);
        assertThat(e.kind().retryable()).isTrue();
        assertThat(e.status()).isEqualTo(status);
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void refusedCredentialsAreAnAuthFailureThatDisablesTheEndpoint(int status) {
        ModelCallException e = FailureClassifier.classify("deepseek", status, Map.of(), "{}");

        assertThat(e.kind()).isEqualTo(FailureKind.AUTH);
        assertThat(e.kind().retryable()).isFalse();
        assertThat(e.kind().disablesEndpoint()).isTrue();
        assertThat(e.getMessage()).isEqualTo("endpoint 'deepseek' refused the credentials (HTTP " + status
                + "): check its API key setting");
    }

    @Test
    void anAuthFailureMessageNeverContainsTheKey() {
        Map<String, String> headers = Map.of("Authorization", "Bearer " + CANARY, "x-api-key", CANARY);
        String body = "{\"error\":{\"message\":\"Incorrect API key provided: " + CANARY + "\","
                + "\"code\":\"invalid_api_key\"}}";

        ModelCallException e = FailureClassifier.classify("deepseek", 401, headers, body);

        assertThat(e.getMessage()).contains("deepseek").contains("401").doesNotContain(CANARY);
        assertThat(e.toString()).doesNotContain(CANARY);
    }

    @Test
    void aProviderMessageThatEchoesAKeyIsMaskedInABadRequest() {
        String body = "{\"error\":{\"message\":\"key " + CANARY + " may not use this model\"}}";

        ModelCallException e = FailureClassifier.classify("openai", 400, Map.of(), body);

        assertThat(e.getMessage()).doesNotContain(CANARY).contains("may not use this model");
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 422, 409})
    void clientErrorsAreBadRequestsThatAreNotRetried(int status) {
        ModelCallException e = FailureClassifier.classify("openai", status, Map.of(), "not json");

        assertThat(e.kind()).isEqualTo(FailureKind.BAD_REQUEST);
        assertThat(e.kind().retryable()).isFalse();
        assertThat(e.getMessage()).contains("endpoint 'openai'").contains("HTTP " + status);
    }

    @Test
    void aBadRequestCarriesTheProvidersErrorMessage() {
        String body = """
                {"error":{"message":"max_tokens: 100000 > 8192, which is the maximum allowed","type":"invalid_request_error"}}""";

        ModelCallException e = FailureClassifier.classify("claude", 400, Map.of(), body);

        assertThat(e.getMessage()).isEqualTo("endpoint 'claude' rejected the request (HTTP 400): "
                + "max_tokens: 100000 > 8192, which is the maximum allowed");
    }

    @Test
    void aLongProviderMessageIsCutTo300Characters() {
        String longMessage = "x".repeat(1000);

        ModelCallException e = FailureClassifier.classify("openai", 422, Map.of(),
                "{\"error\":{\"message\":\"" + longMessage + "\"}}");

        assertThat(e.getMessage()).contains("x".repeat(300)).doesNotContain("x".repeat(301));
    }

    @Test
    void aTimeoutIsRetryableAndSaysHowLongItWaited() {
        ModelCallException e = FailureClassifier.timeout("qwen", Duration.ofSeconds(30));

        assertThat(e.kind()).isEqualTo(FailureKind.TIMEOUT);
        assertThat(e.kind().retryable()).isTrue();
        assertThat(e.status()).isZero();
        assertThat(e.getMessage()).isEqualTo("endpoint 'qwen' did not answer within 30s");
    }

    @Test
    void aConnectionFailureNamesTheCauseWithoutCredentialsFromItsUrl() {
        Exception cause = new IllegalStateException("failed to call https://user:" + CANARY + "@api.example.com/v1?key="
                + CANARY, new ConnectException("Connection refused"));

        ModelCallException e = FailureClassifier.connection("local-vllm", cause);

        assertThat(e.kind()).isEqualTo(FailureKind.CONNECTION);
        assertThat(e.kind().retryable()).isTrue();
        assertThat(e.getMessage()).contains("endpoint 'local-vllm'").contains("IllegalStateException")
                .contains("ConnectException: Connection refused").doesNotContain(CANARY);
        assertThat(e.getCause()).isNull();
    }
}
