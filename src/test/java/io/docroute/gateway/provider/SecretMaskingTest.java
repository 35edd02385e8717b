package io.docroute.gateway.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretMaskingTest {

    private static final String CANARY = "sk-canary-1234567890";

    @Test
    void anAuthorizationHeaderKeepsOnlyItsScheme() {
        assertThat(SecretMasking.maskHeaders(Map.of("Authorization", "Bearer " + CANARY)))
                .containsExactly(entry("Authorization", "Bearer ****"));
    }

    @Test
    void keyHeadersAreMaskedWhateverTheirCase() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-API-Key", CANARY);
        headers.put("api-key", CANARY);
        headers.put("authorization", "Bearer " + CANARY);
        headers.put("Content-Type", "application/json");

        assertThat(SecretMasking.maskHeaders(headers)).containsExactly(
                entry("X-API-Key", "****"),
                entry("api-key", "****"),
                entry("authorization", "Bearer ****"),
                entry("Content-Type", "application/json"));
    }

    @Test
    void maskingHeadersLeavesTheOriginalUntouched() {
        Map<String, String> headers = new LinkedHashMap<>(Map.of("x-api-key", CANARY));

        SecretMasking.maskHeaders(headers);

        assertThat(headers).containsEntry("x-api-key", CANARY);
    }

    @Test
    void everyOccurrenceOfEverySecretIsMaskedInText() {
        String text = "sent " + CANARY + " then abcdef and " + CANARY + " again";

        assertThat(SecretMasking.maskText(text, List.of(CANARY, "abcdef")))
                .isEqualTo("sent **** then **** and **** again");
    }

    @Test
    void blankAndVeryShortSecretsAreNotMasked() {
        assertThat(SecretMasking.maskText("a key abc in text", Arrays.asList("", "  ", "abc", null)))
                .isEqualTo("a key abc in text");
    }

    @Test
    void aSecretContainingAnotherIsMaskedWhole() {
        assertThat(SecretMasking.maskText("key=abcd1234", List.of("abcd", "abcd1234"))).isEqualTo("key=****");
    }

    @Test
    void credentialShapedTextIsMaskedWithoutKnowingTheSecret() {
        String text = "Authorization: Bearer tok123 sent to https://bob:pw@host/v1?key=zzz with " + CANARY;

        assertThat(SecretMasking.maskCredentialPatterns(text))
                .doesNotContain("tok123").doesNotContain("pw@").doesNotContain("zzz").doesNotContain(CANARY)
                .contains("https://****@host/v1?key=****");
    }
}
