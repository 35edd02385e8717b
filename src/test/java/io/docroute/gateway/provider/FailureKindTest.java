package io.docroute.gateway.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FailureKindTest {

    @Test
    void onlySpendLimitAuthAndBadRequestAreNotRetried() {
        assertThat(Arrays.stream(FailureKind.values()).filter(kind -> !kind.retryable()))
                .containsExactlyInAnyOrder(FailureKind.SPEND_LIMIT, FailureKind.AUTH, FailureKind.BAD_REQUEST);
    }

    @Test
    void onlyAnAuthFailureDisablesTheEndpoint() {
        assertThat(Arrays.stream(FailureKind.values()).filter(FailureKind::disablesEndpoint))
                .containsExactly(FailureKind.AUTH);
    }
}
