package io.docroute.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench [--scale S] [--rows a,b] [--corpus DIR] [--truth DIR] [--out DIR]}: measures DocRoute against its
 * own simulated endpoints and the critical-path bound of every row, and scores the corpus of real documents when
 * there is one; prints Markdown tables and writes {@code bench.json} and {@code bench.md}.
 */
@Command(name = BenchCommand.NAME, mixinStandardHelpOptions = true,
        description = "Benchmark DocRoute against simulated model endpoints and the ideal of every run.")
public class BenchCommand implements Callable<Integer> {

    public static final String NAME = "bench";

    @Option(names = "--scale", paramLabel = "S", description = "Model latency as a share of the seed's 5.5 s per "
            + "call (default: ${DEFAULT-VALUE}; 1 reproduces the seed's own times).", defaultValue = "0.1")
    double scale;

    @Option(names = "--rows", split = ",", paramLabel = "ROW", description = "Only these rows: ${COMPLETION-CANDIDATES}.",
            completionCandidates = RowNames.class)
    List<String> rows = new ArrayList<>();

    @Option(names = "--examples", paramLabel = "DIR", description = "Where " + BenchScenarios.PRD
            + " and the batch come from (default: ${DEFAULT-VALUE}).", defaultValue = "examples")
    File examples;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Real documents the " + BenchScenarios.CORPUS
            + " row scores (default: ${DEFAULT-VALUE}; the row is skipped when it is absent).",
            defaultValue = "../corpus/documents")
    File corpus;

    @Option(names = "--truth", paramLabel = "DIR", description = "Their ground truth, <document name>.json each "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "src/test/resources/corpus/truth")
    File truth;

    @Option(names = "--warm-up", paramLabel = "N", description = "Rounds of throwaway documents that warm the JVM "
            + "before any row (default: ${DEFAULT-VALUE}).", defaultValue = "150")
    int warmUpRounds;

    @Option(names = "--launcher", paramLabel = "FILE", description = "What the " + NewProcessRuns.ROW + " row starts "
            + "a new process with (default: ${DEFAULT-VALUE}; the row is skipped when it is absent).",
            defaultValue = "bin/docroute")
    File launcher;

    @Option(names = "--out", paramLabel = "DIR", description = "Report folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "target/bench")
    File out;

    public static int execute(String[] args) {
        return new CommandLine(new BenchCommand()).execute(java.util.Arrays.copyOfRange(args, 1, args.length));
    }

    @Override
    public Integer call() throws IOException {
        List<String> unknown = rows.stream().filter(row -> !BenchScenarios.ROWS.contains(row)).toList();
        if (scale <= 0 || warmUpRounds < 0 || !unknown.isEmpty()) {
            System.err.println(scale <= 0 ? "--scale must be above 0" : warmUpRounds < 0 ? "--warm-up must be 0 or more"
                    : "Unknown rows " + unknown
                    + "; rows are " + BenchScenarios.ROWS);
            return 2;
        }
        Path folder = out.toPath();
        Instant started = Instant.now();
        BenchScenarios scenarios = new BenchScenarios(scale, warmUpRounds, examples.toPath(),
                folder.resolve("outbox"), launcher.toPath(), new LinkedHashSet<>(rows), System.err);
        List<BenchRow> measured = scenarios.run();
        BenchReport report = new BenchReport(started, scale, scenarios.call().toMillis(),
                Runtime.getRuntime().availableProcessors(), Runtime.version().toString(), measured,
                scenarios.corpus(corpus.toPath(), truth.toPath()));
        report.printMarkdown(System.out);
        report.writeJson(folder.resolve("bench.json"));
        try (PrintStream markdown = new PrintStream(Files.newOutputStream(folder.resolve("bench.md")), true,
                StandardCharsets.UTF_8)) {
            report.printMarkdown(markdown);
        }
        System.out.println("\nWritten: " + folder.resolve("bench.json") + " and " + folder.resolve("bench.md"));
        return 0;
    }

    static final class RowNames extends ArrayList<String> {
        RowNames() {
            super(BenchScenarios.ROWS);
        }
    }
}
