package io.docroute.gateway.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenEstimatorTest {

    @Test
    void nothingIsZeroTokens() {
        assertThat(TokenEstimator.estimate(null)).isZero();
        assertThat(TokenEstimator.estimate("")).isZero();
    }

    @Test
    void latinTextIsAboutOneTokenPerFourCharactersRoundedUp() {
        assertThat(TokenEstimator.estimate("abcd")).isEqualTo(1);
        assertThat(TokenEstimator.estimate("abcde")).isEqualTo(2);
        assertThat(TokenEstimator.estimate("List products")).isEqualTo(4);
    }

    @Test
    void eachChineseCharacterIsAboutOneToken() {
        assertThat(TokenEstimator.estimate("用户列表")).isEqualTo(4);
    }

    @Test
    void mixedTextAddsBothCounts() {
        // 4 ideographs + "GET /users" (10 characters → 3)
        assertThat(TokenEstimator.estimate("用户列表GET /users")).isEqualTo(7);
    }
}
