package io.docroute.progress;

/**
 * Counts finished blocks and estimates the time left from an exponentially smoothed interval between
 * finishes, so one slow or one instant block does not swing the estimate. Thread-safe.
 */
public final class ProgressCounter {

    /** Weight of the newest interval: about the last five finishes dominate. */
    private static final double SMOOTHING = 0.3;

    private int total;
    private int completed;
    private int failed;
    private int cached;
    private int degraded;
    private int errors;
    private long lastFinishNanos = System.nanoTime();
    private double secondsPerBlock = Double.NaN;

    public synchronized void expect(int blocks) {
        if (total == finished()) {
            // nothing was running: the wait before these blocks is no interval between finishes
            lastFinishNanos = System.nanoTime();
        }
        total += blocks;
    }

    /**
     * @param answered     the block has an answer
     * @param fromCache    the answer came from the cache
     * @param fallback     the answer came from the local extractor standing in for the models
     * @param failedCalls  model calls for the block that failed
     */
    public synchronized void finished(boolean answered, boolean fromCache, boolean fallback, int failedCalls) {
        long now = System.nanoTime();
        double interval = (now - lastFinishNanos) / 1e9;
        lastFinishNanos = now;
        secondsPerBlock = Double.isNaN(secondsPerBlock) ? interval
                : SMOOTHING * interval + (1 - SMOOTHING) * secondsPerBlock;
        if (answered) {
            completed++;
        } else {
            failed++;
        }
        if (fromCache) {
            cached++;
        }
        if (fallback) {
            degraded++;
        }
        errors += failedCalls;
    }

    public synchronized Progress snapshot() {
        int finished = finished();
        int remaining = Math.max(0, total - finished);
        Double eta = remaining == 0 ? (total == 0 ? null : 0.0)
                : Double.isNaN(secondsPerBlock) ? null : Math.round(remaining * secondsPerBlock * 10) / 10.0;
        double hitRate = finished == 0 ? 0 : Math.round(cached * 1000.0 / finished) / 1000.0;
        return new Progress(total, completed, failed, cached, degraded, errors, hitRate, eta);
    }

    private int finished() {
        return completed + failed;
    }
}
