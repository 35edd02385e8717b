package io.docroute.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's results: a Markdown table for the console and README, the corpus table below it when that row ran
 * ({@code corpus} is null when it was not asked for), and a JSON file.
 */
record BenchReport(Instant started, double scale, long callLatencyMs, int cores, String java, List<BenchRow> rows,
                   CorpusRow corpus) {

    void printMarkdown(PrintStream out) {
        out.printf(Locale.ROOT, "%nDocRoute benchmark: scale %s (a model call ~%d ms), %d cores, Java %s%n",
                scale, callLatencyMs, cores, java);
        if (!rows.isEmpty()) {
            out.println();
            out.println("| Row | Wall | Ideal | Ratio | Calls | Blocks | Cache hits | Success | Blocks/s | Cost (USD) | Notes |");
            out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        }
        for (BenchRow row : rows) {
            out.printf(Locale.ROOT, "| %s | %s | %s | %s | %d | %d | %.0f %% | %.0f %% | %s | %.6f | %s |%n",
                    row.row(), time(row.wallMs()), row.idealMs() == null ? "—" : time(row.idealMs()),
                    row.ratio() == null ? "—" : String.format(Locale.ROOT, "%.3f", row.ratio()), row.calls(),
                    row.blocks(), row.cacheHitRate() * 100, row.successRate() * 100, rate(row.blocksPerSecond()),
                    row.costUsd(), row.notes());
        }
        if (corpus != null) {
            corpus.printMarkdown(out);
        }
    }

    void writeJson(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValue(file.toFile(), this);
    }

    static String time(double millis) {
        return millis < 1000 ? String.format(Locale.ROOT, "%.1f ms", millis)
                : String.format(Locale.ROOT, "%.2f s", millis / 1000);
    }

    private static String rate(double perSecond) {
        return perSecond >= 100 ? String.format(Locale.ROOT, "%,.0f", perSecond)
                : String.format(Locale.ROOT, "%.1f", perSecond);
    }
}
