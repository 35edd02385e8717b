package io.docroute.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docroute.extraction.LocalExtractor;
import io.docroute.gateway.ModelEndpointProperties.SimulatorProfile;
import io.docroute.gateway.simulator.SimulatedEndpoint;
import io.docroute.gateway.simulator.Stats;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.springframework.util.FileSystemUtils;

/**
 * The document as a user runs it: {@code bin/docroute run} in a new process each time, against simulated endpoints
 * this process serves (so their served latencies give the ideal, as in the other rows). Each round runs the
 * document twice on an empty cache folder: the first run is the first, uncached document of a new process (its
 * own time against its ideal), the second a new process whose every block is cached (the whole process's wall
 * and CPU time, start-up included). The median round of {@link #ROUNDS} is reported.
 */
final class NewProcessRuns {

    static final String ROW = "new-process";
    private static final int ROUNDS = 3;
    private static final int CONCURRENCY = 32;
    // bash's `times` prints the shell's own user and system time, then its children's, as 0m1.234s
    private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s\\s*$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path launcher;
    private final Duration call;
    private final Path work;
    private final PrintStream progress;

    NewProcessRuns(Path launcher, Duration call, Path work, PrintStream progress) {
        this.launcher = launcher;
        this.call = call;
        this.work = work;
        this.progress = progress;
    }

    /**
     * One run of the launcher: the whole process's wall and CPU time, the document's report, the model calls the
     * simulated endpoints answered and the ideal their latencies give.
     */
    private record Run(long wallNanos, double cpuSeconds, JsonNode report, int calls, Duration ideal) {

        long documentNanos() {
            return report.path("stats").path("durationMs").asLong() * 1_000_000;
        }

        double ratio() {
            return ideal.isZero() ? Double.NaN : documentNanos() / (double) ideal.toNanos();
        }
    }

    /** A round: the document's first run on an empty cache folder, then the same run again on it. */
    private record Round(Run first, Run cached) {
    }

    List<BenchRow> measure(Path document) {
        if (!Files.isExecutable(launcher)) {
            progress.println("bench: " + ROW + " skipped: no launcher at " + launcher.toAbsolutePath());
            return List.of();
        }
        try {
            // an earlier bench's cache folders would answer the first runs
            FileSystemUtils.deleteRecursively(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<SimulatedEndpoint> endpoints = IntStream.range(0, 3).mapToObj(i -> new SimulatedEndpoint("sim-" + i,
                "bench-sim", new SimulatorProfile("lognormal", call, 0.15, 0, 0, null, 0, 0, 0),
                new LocalExtractor(), 7L * (i + 1)).start()).toList();
        try {
            List<Round> rounds = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                Path folder = work.resolve("round-" + round);
                Run first = run(document, folder, endpoints);
                rounds.add(new Round(first, run(document, folder, endpoints)));
            }
            return List.of(coldRow(document.getFileName().toString(), rounds), cachedRow(rounds));
        } finally {
            endpoints.forEach(SimulatedEndpoint::stop);
        }
    }

    private BenchRow coldRow(String document, List<Round> rounds) {
        List<Run> colds = rounds.stream().map(Round::first).sorted(Comparator.comparingDouble(Run::ratio)).toList();
        Run median = colds.get(colds.size() / 2);
        return row("new-process-first", document + " in a new process, empty cache: the document's own time",
                median, median.documentNanos(), median.ideal(), String.format(Locale.ROOT,
                        "ratios %s; whole process %s wall, %.1f s CPU", colds.stream()
                                .map(r -> String.format(Locale.ROOT, "%.3f", r.ratio())).toList(),
                        BenchReport.time(median.wallNanos() / 1e6), median.cpuSeconds()));
    }

    private BenchRow cachedRow(List<Round> rounds) {
        List<Run> cached = rounds.stream().map(Round::cached).sorted(Comparator.comparingLong(Run::wallNanos)).toList();
        Run median = cached.get(cached.size() / 2);
        return row("new-process-cached", "the same document again in a new process, every block cached: the whole "
                + "process", median, median.wallNanos(), null, String.format(Locale.ROOT,
                        "start to exit; %.1f s CPU; runs %s", median.cpuSeconds(), cached.stream()
                                .map(r -> BenchReport.time(r.wallNanos() / 1e6)).toList()));
    }

    private static BenchRow row(String name, String what, Run run, long wallNanos, Duration ideal, String notes) {
        JsonNode stats = run.report().path("stats");
        int blocks = stats.path("blocks").asInt();
        int answered = stats.path("extracted").asInt() - stats.path("degraded").asInt();
        return BenchRow.of(name, what, wallNanos, ideal, run.calls(), blocks, stats.path("cacheHits").asInt(),
                answered, stats.path("costUsd").asDouble(), notes);
    }

    private Run run(Path document, Path folder, List<SimulatedEndpoint> endpoints) {
        endpoints.forEach(endpoint -> endpoint.stats().reset());
        Path out = folder.resolve("out");
        Path console = folder.resolve("console.txt");
        List<String> command = new ArrayList<>(List.of("bash", "-c", "\"$0\" \"$@\"; status=$?; times; exit $status",
                launcher.toAbsolutePath().toString(), "run", document.toAbsolutePath().toString(),
                "--out", out.toAbsolutePath().toString(),
                "--docroute.cache.dir=" + folder.resolve("cache").toAbsolutePath(),
                "--docroute.routing.model-listing=never", "--docroute.max-concurrency=" + CONCURRENCY));
        for (int i = 0; i < endpoints.size(); i++) {
            String prefix = "--docroute.models[" + i + "].";
            command.addAll(List.of(prefix + "id=" + endpoints.get(i).id(), prefix + "kind=openai",
                    prefix + "base-url=" + endpoints.get(i).baseUrl(), prefix + "api-key=bench",
                    prefix + "model=bench-sim", prefix + "price-input-per-mtok=0.27",
                    prefix + "price-output-per-mtok=1.10", prefix + "max-concurrency=32"));
        }
        try {
            Files.createDirectories(folder);
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(console.toFile()).start();
            int status = process.waitFor();
            long wall = System.nanoTime() - started;
            String printed = Files.readString(console, StandardCharsets.UTF_8);
            Matcher times = TIMES.matcher(printed);
            if (status != 0 || !times.find()) {
                throw new IllegalStateException("bin/docroute run exited " + status + "; see " + console);
            }
            double cpu = Long.parseLong(times.group(1)) * 60 + Double.parseDouble(times.group(2))
                    + Long.parseLong(times.group(3)) * 60 + Double.parseDouble(times.group(4));
            JsonNode report = JSON.readTree(out.resolve(document.getFileName() + ".json").toFile());
            List<Stats.Call> calls = endpoints.stream().flatMap(e -> e.stats().calls().stream()).toList();
            return new Run(wall, cpu, report, calls.size(), IdealBound.critical(IdealBound.chains(calls), CONCURRENCY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
