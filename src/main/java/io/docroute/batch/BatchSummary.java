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

    /**
     * 0 when every document completed; {@link BatchCommand#EXIT_INCOMPLETE} when one failed or has failed blocks
     * (or there was nothing to do); {@link BatchCommand#EXIT_DEGRADED} when every block was answered but some by
     * the local extractor standing in for the models.
     */
    public int exitCode() {
        if (allCompleted()) {
            return 0;
        }
        return rows.stream().allMatch(row -> "COMPLETED".equals(row.status()) || "DEGRADED".equals(row.status()))
                && !rows.isEmpty() ? BatchCommand.EXIT_DEGRADED : BatchCommand.EXIT_INCOMPLETE;
    }

    private long count(String status) {
        return rows.stream().filter(row -> status.equals(row.status())).count();
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
        int blocks = rows.stream().mapToInt(Row::blocks).sum();
        StringBuilder others = new StringBuilder();
        for (String status : List.of("DEGRADED", "PARTIAL", "FAILED")) {
            if (count(status) > 0) {
                others.append(others.isEmpty() ? " (" : ", ").append(count(status)).append(' ')
                        .append(status.toLowerCase(Locale.ROOT));
            }
        }
        out.printf("%n%d of %d documents completed%s, %d blocks, %s wall time. Outputs in %s%n",
                count("COMPLETED"), rows.size(), others.isEmpty() ? "" : others + ")", blocks, seconds(wallMillis),
                outbox.toAbsolutePath().normalize());
        out.printf(Locale.ROOT, "%d block(s) answered from the cache, %.6f USD of model cost saved%n",
                rows.stream().mapToInt(Row::cacheHits).sum(), rows.stream().mapToDouble(Row::savedUsd).sum());
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }
}
