package io.docroute.progress;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How far a document, or everything running, has come: the one figure every channel shows (the batch progress
 * bar, the HTTP API and its events, the JMS progress topic, the dashboard).
 *
 * @param total        blocks known so far
 * @param completed    blocks with an answer (from a model, the cache or the fallback extractor)
 * @param failed       blocks without an answer
 * @param cached       completed blocks answered from the cache
 * @param degraded     completed blocks the local extractor answered because no model could
 * @param errors       model calls that failed on the way (retried, failed over or given up)
 * @param cacheHitRate cached / finished blocks, 0 before any block finished
 * @param etaSeconds   smoothed estimate of the time to the last block; absent until a block finished, 0 when done
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Progress(int total, int completed, int failed, int cached, int degraded, int errors,
                       double cacheHitRate, Double etaSeconds) {

    public static final Progress NONE = new Progress(0, 0, 0, 0, 0, 0, 0, null);

    public int finished() {
        return completed + failed;
    }

    public int remaining() {
        return Math.max(0, total - finished());
    }
}
