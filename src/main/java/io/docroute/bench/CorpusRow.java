package io.docroute.bench;

import io.docroute.document.DocumentParser;
import io.docroute.document.ParsingProperties;
import io.docroute.extraction.LocalExtractor;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The {@code corpus} row: real documents other teams wrote, scored by {@link CorpusScore} against the interfaces a
 * person listed in their ground-truth files; or, when there are none to score, why the row was skipped.
 *
 * @param documents the documents folder
 * @param truth     the ground-truth folder ({@code <document name>.json} each)
 * @param wallMs    time to parse and answer every document with the local extractor
 * @param scores    one per document that has a ground-truth file
 * @param skipped   why nothing was scored, or null
 */
record CorpusRow(String documents, String truth, double wallMs, List<CorpusScore.Row> scores, String skipped) {

    static CorpusRow score(Path documents, Path truth) {
        String where = documents.toAbsolutePath().normalize().toString();
        String truthWhere = truth.toAbsolutePath().normalize().toString();
        if (!Files.isDirectory(documents)) {
            return skipped(where, truthWhere, "corpus: skipped, no documents folder at " + where
                    + " (point --corpus DIR at one, and --truth DIR at its ground truth)");
        }
        if (!Files.isDirectory(truth)) {
            return skipped(where, truthWhere, "corpus: skipped, no ground-truth folder at " + truthWhere
                    + " (point --truth DIR at one)");
        }
        long started = System.nanoTime();
        List<CorpusScore.Row> scores;
        try {
            scores = new CorpusScore(new DocumentParser(ParsingProperties.defaults()), new LocalExtractor())
                    .score(documents, truth);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double wallMs = (System.nanoTime() - started) / 1e6;
        if (scores.isEmpty()) {
            return skipped(where, truthWhere, "corpus: skipped, no document in " + where + " has a ground-truth file "
                    + "<name>.json in " + truthWhere + " (--truth DIR)");
        }
        return new CorpusRow(where, truthWhere, wallMs, scores, null);
    }

    private static CorpusRow skipped(String documents, String truth, String why) {
        return new CorpusRow(documents, truth, 0, List.of(), why);
    }

    /** The README's corpus table: one line per document, then the totals. */
    void printMarkdown(PrintStream out) {
        out.println();
        if (skipped != null) {
            out.println(skipped);
            return;
        }
        out.printf(Locale.ROOT, "Corpus: %d documents in %s against %s, scored in %s (local extractor)%n%n",
                scores.size(), documents, truth, BenchReport.time(wallMs));
        out.println("| document | interfaces | found | extra blocks | stated method+path kept "
                + "| OpenAPI valid (swagger-parser) |");
        out.println("|---|---:|---:|---:|---:|---|");
        for (CorpusScore.Row row : scores) {
            out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d/%d | %s |%n", row.document(), row.expected(),
                    row.found(), row.extra(), row.kept(), row.stated(), row.openApiValid() ? "yes" : "no");
        }
        CorpusScore.Total t = CorpusScore.Total.of(scores);
        out.printf(Locale.ROOT, "| **total** | **%d** | **%d (%s)** | **%d (%s of blocks)** | **%d/%d (%s)** "
                + "| **%d/%d** |%n", t.expected(), t.found(), percent(t.found(), t.expected()), t.extra(),
                percent(t.extra(), t.blocks()), t.kept(), t.stated(), percent(t.kept(), t.stated()), t.valid(),
                t.documents());
        if (t.pathsStated() > 0) {
            out.printf(Locale.ROOT, "%nPaths stated without a method, kept exactly in the output: %d/%d (%s)%n",
                    t.pathsKept(), t.pathsStated(), percent(t.pathsKept(), t.pathsStated()));
        }
        List<CorpusScore.Row> refused = scores.stream().filter(row -> row.error() != null).toList();
        if (!refused.isEmpty()) {
            out.println();
            refused.forEach(row -> out.println(row.document() + " was refused: " + row.error()));
        }
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "—" : String.format(Locale.ROOT, "%.0f %%", part * 100.0 / whole);
    }
}
