package io.docroute.bench;

import io.docroute.extraction.Extraction;
import io.docroute.output.DocumentResult;
import java.time.Duration;
import java.util.List;

/**
 * One measured row of the benchmark.
 *
 * @param row             short name
 * @param what            what was sent, through what
 * @param wallMs          from the first document sent to the last result
 * @param idealMs         the bound from {@link IdealBound}, or null where a bound means nothing (no model call)
 * @param ratio           wall time over the ideal
 * @param calls           model calls the simulated endpoints answered
 * @param blocks          interface blocks processed
 * @param cacheHitRate    share of blocks answered from the cache
 * @param successRate     share of blocks answered by a model or the cache (not degraded, not failed)
 * @param blocksPerSecond blocks over wall time
 * @param costUsd         model cost
 * @param notes           what else this row shows
 */
record BenchRow(String row, String what, double wallMs, Double idealMs, Double ratio, int calls, int blocks,
                double cacheHitRate, double successRate, double blocksPerSecond, double costUsd, String notes) {

    static BenchRow ofDocuments(String row, String what, long wallNanos, Duration ideal, int calls,
                                List<DocumentResult> results, String notes) {
        int blocks = results.stream().mapToInt(r -> r.stats().blocks()).sum();
        int hits = results.stream().mapToInt(r -> r.stats().cacheHits()).sum();
        int answered = results.stream().mapToInt(r -> r.stats().extracted() - r.stats().degraded()).sum();
        double cost = results.stream().mapToDouble(r -> r.stats().costUsd()).sum();
        return of(row, what, wallNanos, ideal, calls, blocks, hits, answered, cost, notes);
    }

    static BenchRow ofBlocks(String row, String what, long wallNanos, int calls, List<Extraction> extractions,
                             String notes) {
        int hits = (int) extractions.stream().filter(Extraction::fromCache).count();
        int answered = (int) extractions.stream().filter(e -> !e.degraded()).count();
        double cost = extractions.stream().mapToDouble(e -> e.usage().costUsd()).sum();
        return of(row, what, wallNanos, null, calls, extractions.size(), hits, answered, cost, notes);
    }

    static BenchRow of(String row, String what, long wallNanos, Duration ideal, int calls, int blocks, int hits,
                       int answered, double cost, String notes) {
        double wallMs = wallNanos / 1e6;
        Double idealMs = ideal == null || ideal.isZero() ? null : ideal.toNanos() / 1e6;
        return new BenchRow(row, what, wallMs, idealMs, idealMs == null ? null : wallMs / idealMs, calls, blocks,
                blocks == 0 ? 0 : (double) hits / blocks, blocks == 0 ? 0 : (double) answered / blocks,
                wallMs == 0 ? 0 : blocks / (wallMs / 1000), cost, notes);
    }
}
