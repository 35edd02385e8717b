package io.docroute.api;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The HTTP API ({@code docroute.api.*}).
 *
 * @param keys       accepted API keys (from the environment: DOCROUTE_API_KEYS, comma-separated); none: every
 *                   request is refused
 * @param keyHeader  the request header that carries the key
 * @param consumers  posted documents processed at once
 * @param queueSize  posted documents waiting at most; beyond it a post is answered 503
 */
@ConfigurationProperties("docroute.api")
public record ApiProperties(List<String> keys, String keyHeader, int consumers, int queueSize) {

    public ApiProperties {
        keys = keys == null ? List.of() : keys.stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
        keyHeader = keyHeader == null || keyHeader.isBlank() ? "X-API-Key" : keyHeader;
        consumers = consumers <= 0 ? 4 : consumers;
        queueSize = queueSize <= 0 ? 100 : queueSize;
    }
}
