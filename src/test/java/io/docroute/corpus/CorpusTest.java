package io.docroute.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.docroute.bench.CorpusScore;
import io.docroute.document.DocumentParser;
import io.docroute.document.ParsingProperties;
import io.docroute.extraction.LocalExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real requirement documents written by other teams: the share of their interfaces found and of their stated
 * method+path pairs kept must not fall. The ground truth and each document's source (repository, path, commit,
 * license) are in {@code src/test/resources/corpus/truth}; the documents themselves are not redistributed here and
 * are read from {@code -Ddocroute.corpus=DIR} (default {@code ../corpus}), fetched by their manifest entries.
 */
class CorpusTest {

    private static final Path CORPUS = Path.of(System.getProperty("docroute.corpus", "../corpus"));
    private static final Path TRUTH = Path.of("src/test/resources/corpus/truth");

    @Test
    void realDocumentsKeepTheirFloor() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS.resolve("documents")), "no corpus at " + CORPUS.toAbsolutePath());
        CorpusScore score = new CorpusScore(new DocumentParser(ParsingProperties.defaults()), new LocalExtractor());
        List<CorpusScore.Row> rows = score.score(CORPUS.resolve("documents"), TRUTH);
        for (CorpusScore.Row row : rows) {
            System.out.printf("%-40s %3d %3d %3d %3d %3d %s %s%n", row.document(), row.expected(), row.found(),
                    row.extra(), row.stated(), row.kept(), row.openApiValid() ? "valid" : "INVALID",
                    row.error() == null ? "" : row.error());
            if (row.document().equals(System.getProperty("docroute.corpus.show"))) {
                var document = new DocumentParser(ParsingProperties.defaults())
                        .parse(row.document(), Files.readAllBytes(CORPUS.resolve("documents").resolve(row.document())));
                document.choices().forEach(c -> System.out.println("   choice " + c));
                document.blocks().forEach(b -> System.out.println("   block " + b.index() + " " + b.title() + " | "
                        + b.stated() + " | " + new LocalExtractor().extract(b).path() + " fields=" + b.fields().size()));
            }
            if (System.getProperty("docroute.corpus.missed") != null) {
                row.missed().forEach(m -> System.out.println("      missed: " + m));
            }
        }
        CorpusScore.Total total = CorpusScore.Total.of(rows);
        System.out.println(total);
        // measured on all 1207 documents: 18890 of 22879 found (82.6 %), 2107 extra blocks (10.0 %), 11161 of 11697
        // kept (95.4 %), every one with an OpenAPI file; on the 1199 that bin/corpus-fetch brings from their
        // repositories (eight are read from stored copies of their files): 18705 of 22683, 2105, 10986 of 11520. The
        // floors hold for both, and for the 1108 of them measured at a later head: 17403 of 20918, 1916, 10274 of
        // 10712.
        // They are the measure, not the targets (90 % found, 10 % extra, 95 % kept): each batch of unseen documents
        // joins with what it scored once its own shapes were read, and found is under the target since the ninth
        // joined. The README's corpus section tells how each floor moved, batch by batch.
        assertThat(total.found()).as("interfaces found")
                .isGreaterThanOrEqualTo((int) Math.ceil(total.expected() * 0.824));
        assertThat(total.extra()).as("extra blocks").isLessThanOrEqualTo((int) Math.floor(total.blocks() * 0.102));
        assertThat(total.kept()).as("stated method+path kept")
                .isGreaterThanOrEqualTo((int) Math.ceil(total.stated() * 0.953));
        assertThat(total.valid()).as("valid OpenAPI files").isEqualTo(total.documents());
    }
}
