package io.docroute.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ParsingPropertiesTest {

    @Test
    void zeroAndMissingValuesTakeTheDefaults() {
        ParsingProperties properties = new ParsingProperties(0, null, 0, 0, 0);

        assertThat(properties.headingLevel()).isZero();
        assertThat(properties.tikaTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.maxCharacters()).isEqualTo(2_000_000);
        assertThat(properties.maxCompressionRatio()).isEqualTo(100.0);
        assertThat(properties.maxBlocks()).isEqualTo(500);
    }

    @Test
    void configuredValuesAreKept() {
        ParsingProperties properties = new ParsingProperties(3, Duration.ofSeconds(5), 1000, 50, 20);

        assertThat(properties).isEqualTo(new ParsingProperties(3, Duration.ofSeconds(5), 1000, 50.0, 20));
    }

    @Test
    void headingLevelOutsideOneToSixIsRejected() {
        assertThatThrownBy(() -> new ParsingProperties(7, null, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("docroute.parsing.heading-level");
    }
}
