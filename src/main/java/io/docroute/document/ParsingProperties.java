package io.docroute.document;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits and choices for reading documents; zero or missing values fall back to the defaults.
 *
 * @param headingLevel        the heading level that separates interface blocks, 1..6; 0 picks it per document
 * @param tikaTimeout         how long one DOCX or PDF may take to read
 * @param maxCharacters       the most text characters a document may hold
 * @param maxCompressionRatio the most a DOCX part may inflate relative to its compressed size
 * @param maxBlocks           the most interface blocks a document may hold
 */
@ConfigurationProperties("docroute.parsing")
public record ParsingProperties(
        int headingLevel,
        Duration tikaTimeout,
        int maxCharacters,
        double maxCompressionRatio,
        int maxBlocks) {

    public static final Duration DEFAULT_TIKA_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_CHARACTERS = 2_000_000;
    public static final double DEFAULT_MAX_COMPRESSION_RATIO = 100;
    public static final int DEFAULT_MAX_BLOCKS = 500;

    public ParsingProperties {
        if (headingLevel < 0 || headingLevel > 6) {
            throw new IllegalArgumentException(
                    "docroute.parsing.heading-level must be 0 (automatic) or 1..6, not " + headingLevel);
        }
        tikaTimeout = tikaTimeout == null || tikaTimeout.isZero() || tikaTimeout.isNegative()
                ? DEFAULT_TIKA_TIMEOUT : tikaTimeout;
        maxCharacters = maxCharacters <= 0 ? DEFAULT_MAX_CHARACTERS : maxCharacters;
        if (maxCompressionRatio > 0 && maxCompressionRatio < 1) {
            throw new IllegalArgumentException(
                    "docroute.parsing.max-compression-ratio must be at least 1, not " + maxCompressionRatio);
        }
        maxCompressionRatio = maxCompressionRatio <= 0 ? DEFAULT_MAX_COMPRESSION_RATIO : maxCompressionRatio;
        maxBlocks = maxBlocks <= 0 ? DEFAULT_MAX_BLOCKS : maxBlocks;
    }

    /** All defaults, for callers outside Spring. */
    public static ParsingProperties defaults() {
        return new ParsingProperties(0, null, 0, 0, 0);
    }
}
