package io.docroute.batch;

import io.docroute.output.DocumentResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The batch run's closing table: one row per document. */
public record BatchSummary(List<Row> rows) {

    public boolean allCompleted() {
        return !rows.isEmpty() && rows.stream().allMatch(row -> "COMPLETED".equals(row.status()));
    }

    public record Row(String document, int blocks, int extracted, String status, long millis, int failovers,
                      int cacheHits, double savedUsd, String note) {

        static Row of(DocumentResult result) {
            String note = result.errors().isEmpty() ? ""
                    : result.errors().size() + " block(s) failed, first: " + result.errors().get(0).error();
            if (result.stats().degraded() > 0) {
                note = (note.isEmpty() ? "" : note + "; ") + result.stats().degraded() + " block(s) degraded to the local extractor";
            }
            return new Row(result.document().name(), result.stats().blocks(), result.stats().extracted(),
                    result.status().name(), result.stats().durationMs(), result.stats().failovers(),
                    result.stats().cacheHits(), result.stats().costSavedUsd(), note);
        }

        static Row failed(String document, String error) {
            return new Row(document, 0, 0, "FAILED", 0, 0, 0, 0, error);
        }
    }

    void print(PrintStream out, Path outbox, long wallMillis) {
        int width = Math.max("Document".length(), rows.stream().mapToInt(r -> r.document().length()).max().orElse(0));
        String format = "%-" + width + "s  %6s  %-9s  %8s  %s%n";
        out.println();
        out.printf(format, "Document", "Blocks", "Status", "Time", "Notes");
        out.printf(format, "-".repeat(width), "------", "---------", "--------", "-----");
        for (Row row : rows) {
            out.printf(format, row.document(), row.extracted() + "/" + row.blocks(), row.status(),
                    seconds(row.millis()), row.note());
        }
        long completed = rows.stream().filter(r -> "COMPLETED".equals(r.status())).count();
        int blocks = rows.stream().mapToInt(Row::blocks).sum();
        out.printf("%n%d of %d documents completed, %d blocks, %s wall time. Outputs in %s%n",
                completed, rows.size(), blocks, seconds(wallMillis), outbox.toAbsolutePath().normalize());
        out.printf(Locale.ROOT, "%d block(s) answered from the cache, %.6f USD of model cost saved%n",
                rows.stream().mapToInt(Row::cacheHits).sum(), rows.stream().mapToDouble(Row::savedUsd).sum());
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }
}
