package io.docroute.cache;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The answer cache ({@code docroute.cache.*}).
 *
 * @param enabled    off: every block goes to the models
 * @param namespace  part of every key: change it when the endpoint pool changes in a way that should not reuse answers
 * @param ttl        answers expire this long after they were written (env {@code LLM_CACHE_TTL}, seconds); hits never extend it
 * @param maxEntries the in-memory tier's size bound
 * @param patch      a changed block with a near cached answer is asked as a patch against it (off: a full request)
 */
@ConfigurationProperties("docroute.cache")
public record CacheProperties(boolean enabled, String namespace, Duration ttl, long maxEntries, Boolean patch) {

    public CacheProperties {
        namespace = namespace == null || namespace.isBlank() ? "default" : namespace.strip();
        ttl = ttl == null || ttl.isZero() || ttl.isNegative() ? Duration.ofDays(7) : ttl;
        maxEntries = maxEntries <= 0 ? 10_000 : maxEntries;
        patch = patch == null ? Boolean.TRUE : patch;
    }
}
