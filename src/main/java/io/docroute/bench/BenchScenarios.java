package io.docroute.bench;

import io.docroute.bench.BenchContext.Doc;
import io.docroute.document.DocumentFormat;
import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.Extraction;
import io.docroute.gateway.simulator.Outcome;
import io.docroute.gateway.simulator.Stats;
import io.docroute.output.DocumentResult;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The benchmark's rows. Every row starts its own application with its own simulated endpoints (three by
 * default, each answering in a lognormal time around the seed's 5.5 s per call times {@code scale}) and sends
 * its documents through the same routes as the service.
 */
final class BenchScenarios {

    static final Duration SEED_CALL = Duration.ofMillis(5500);
    static final String PRD = "admin-console-prd.md";
    static final String WARM_UP_DOCUMENT = "storefront-api.md";
    static final String CORPUS = "corpus";
    static final List<String> ROWS = List.of("sequential", "thread-pool", "cold", NewProcessRuns.ROW, "batch",
            "revisions", "faulty", "all-down", "outage", "rate-limited", "tail", "overhead", CORPUS);
    private static final int RPM = 600;
    private static final Duration OUTAGE = Duration.ofSeconds(4);
    /**
     * A model writing its answer, at the seed's call length: a fifth of the call before the first token, the rest
     * spent writing a full spec (about 370 tokens) at about 80 tokens a second, as hosted models write.
     */
    private static final long PER_OUTPUT_TOKEN_MICROS = 12_000;
    private static final Duration RETRY_AFTER_GRACE = Duration.ofMillis(100);
    private static final int RESUBMISSIONS = 5;
    private static final int TAIL_DOCUMENTS = 20;

    private final Duration call;
    private final int warmUpRounds;
    private final Path examples;
    private final Path outbox;
    private final Path launcher;
    private final Set<String> only;
    private final PrintStream progress;

    BenchScenarios(double scale, int warmUpRounds, Path examples, Path outbox, Path launcher, Set<String> only,
                   PrintStream progress) {
        this.call = Duration.ofNanos(Math.round(SEED_CALL.toNanos() * scale));
        this.warmUpRounds = warmUpRounds;
        this.examples = examples;
        this.outbox = outbox;
        this.launcher = launcher;
        this.only = only;
        this.progress = progress;
    }

    Duration call() {
        return call;
    }

    /** The rows measured through the routes; none (and no warm-up) when only the corpus was asked for. */
    List<BenchRow> run() {
        if (!only.isEmpty() && only.stream().allMatch(CORPUS::equals)) {
            return List.of();
        }
        Doc prd = doc(examples.resolve(PRD));
        warmUp(prd);
        List<BenchRow> rows = new ArrayList<>();
        when("sequential", () -> rows.add(baseline("sequential", 1, prd)));
        when("thread-pool", () -> rows.add(baseline("thread-pool-4", 4, prd)));
        when("cold", () -> rows.addAll(coldThenCached(prd)));
        when(NewProcessRuns.ROW, () -> rows.addAll(new NewProcessRuns(launcher, call,
                outbox.resolveSibling(NewProcessRuns.ROW), progress).measure(examples.resolve(PRD))));
        when("revisions", () -> rows.addAll(revisions(prd)));
        when("batch", () -> rows.addAll(batch()));
        when("faulty", () -> rows.add(faulty(prd)));
        when("all-down", () -> rows.add(allDown(prd)));
        when("outage", () -> rows.add(outage(prd)));
        when("rate-limited", () -> rows.add(rateLimited(prd)));
        when("tail", () -> {
            rows.add(tail(prd, false));
            rows.add(tail(prd, true));
        });
        when("overhead", () -> {
            rows.add(overheadThroughHttp(prd));
            rows.add(overheadLocal(prd));
        });
        return rows;
    }

    /**
     * The corpus row, when asked for or when every row runs; it needs no application and no simulated endpoint.
     * An absent folder skips it with one line, so the default run works without the corpus.
     */
    CorpusRow corpus(Path documents, Path truth) {
        if (!only.isEmpty() && !only.contains(CORPUS)) {
            return null;
        }
        if (Files.isDirectory(documents)) {
            progress.println("bench: " + CORPUS + " ...");
        }
        return CorpusRow.score(documents, truth);
    }

    /**
     * A service runs warm: before any row, the JVM compiles the hot paths on throwaway documents against a
     * zero-latency endpoint, with and without the cache: documents never seen (every block a miss), the same
     * ones again (hits) and revisions. Nothing of it is measured; {@code --warm-up 0} leaves it out.
     */
    private void warmUp(Doc prd) {
        if (warmUpRounds == 0) {
            return;
        }
        progress.println("bench: warming up ...");
        for (boolean cache : new boolean[] {false, true}) {
            Config zero = new Config(cache).endpoint(0, "simulator.latency-median", "0ms")
                    .endpoint(1, "simulator.latency-median", "0ms");
            try (BenchContext app = BenchContext.start(zero.args())) {
                for (int round = 0; round < warmUpRounds; round++) {
                    String text = new String(prd.content(), StandardCharsets.UTF_8).replace("用户", "用户" + round);
                    Doc unseen = new Doc("warm-up-" + round + ".md", text.getBytes(StandardCharsets.UTF_8));
                    app.process(List.of(unseen));
                    app.process(copies(unseen, 2));
                    app.process(List.of(new Doc("warm-up-" + round + "-v2.md", revise(unseen.content()))));
                }
            }
        }
    }

    private void when(String row, Runnable measure) {
        if (only.isEmpty() || only.contains(row)) {
            progress.println("bench: " + row + " ...");
            measure.run();
        }
    }

    /** The seed's first two rows: the same document and endpoints, one block or four blocks at a time. */
    private BenchRow baseline(String row, int concurrency, Doc prd) {
        try (BenchContext app = start(threeEndpoints(false).set("docroute.max-concurrency", concurrency))) {
            Timed<List<DocumentResult>> run = timed(() -> app.process(List.of(prd)));
            return documents(row, "10-block document, " + concurrency + " block(s) at a time, no cache", app, run,
                    "");
        }
    }

    /** Cold, then the unchanged document again, then a revision with one changed block and two cosmetic edits. */
    private List<BenchRow> coldThenCached(Doc prd) {
        try (BenchContext app = start(threeEndpoints(true))) {
            List<BenchRow> rows = new ArrayList<>();
            Timed<List<DocumentResult>> cold = timed(() -> app.process(List.of(prd)));
            rows.add(documents("cold", "10-block document, every block at once, empty cache", app, cold,
                    "calls per endpoint: " + callsPerEndpoint(app)));

            List<Long> resubmissions = new ArrayList<>();
            List<DocumentResult> last = List.of();
            app.forgetCalls();
            for (int i = 0; i < RESUBMISSIONS; i++) {
                Timed<List<DocumentResult>> again = timed(() -> app.process(List.of(prd)));
                resubmissions.add(again.nanos());
                last = again.value();
            }
            List<Long> sorted = resubmissions.stream().sorted().toList();
            rows.add(BenchRow.ofDocuments("resubmission", "the same document again (median of " + RESUBMISSIONS
                    + ")", sorted.get(RESUBMISSIONS / 2), null, app.calls().size(), last, String.format(Locale.ROOT,
                    "whole document: parse, cache, write both outputs; runs %s", resubmissions.stream()
                            .map(n -> BenchReport.time(n / 1e6)).toList())));

            app.forgetCalls();
            Doc revision = new Doc("admin-console-prd-v2.md", revise(prd.content()));
            Timed<List<DocumentResult>> revised = timed(() -> app.process(List.of(revision)));
            rows.add(documents("revision", "one block changed, two cosmetic edits", app, revised, ""));
            return rows;
        }
    }

    /**
     * One block of the document edited four ways (prose, a limit, an enum value, a field added), each revision asked
     * as a patch against the earlier answer and, in a second application, in full. The simulators write their
     * answers a token at a time ({@code latency-per-output-token}), as models do, so a short patch comes sooner.
     */
    private List<BenchRow> revisions(Doc prd) {
        List<BenchRow> rows = new ArrayList<>();
        for (boolean patch : new boolean[] {true, false}) {
            Config config = threeEndpoints(true).set("docroute.cache.patch", patch);
            for (int i = 0; i < 3; i++) {
                config.endpoint(i, "simulator.latency-median", call.dividedBy(5).toMillis() + "ms")
                        .endpoint(i, "simulator.latency-per-output-token", PER_OUTPUT_TOKEN_MICROS * call.toMillis()
                                / SEED_CALL.toMillis() + "us");
            }
            try (BenchContext app = start(config)) {
                app.process(List.of(prd));
                long outputTokens = 0;
                double cost = 0;
                long nanos = 0;
                int calls = 0;
                List<String> kinds = new ArrayList<>();
                List<DocumentResult> results = new ArrayList<>();
                for (Map.Entry<String, UnaryOperator<String>> edit : EDITS.entrySet()) {
                    app.forgetCalls();
                    Doc revised = new Doc(edit.getKey() + "-" + prd.name(), edit.getValue()
                            .apply(new String(prd.content(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
                    Timed<List<DocumentResult>> run = timed(() -> app.process(List.of(revised)));
                    DocumentResult result = run.value().get(0);
                    outputTokens += result.stats().tokens().output();
                    cost += result.stats().costUsd();
                    nanos += run.nanos();
                    calls += app.calls().size();
                    results.add(result);
                    kinds.add(String.format(Locale.ROOT, "%s %d tokens %s", edit.getKey(), result.stats().tokens().output(),
                            BenchReport.time(run.nanos() / 1e6)));
                }
                rows.add(BenchRow.ofDocuments(patch ? "revision-patch" : "revision-full", "one block edited four ways, "
                        + (patch ? "asked as a patch" : "asked in full") + " (per revised document)",
                        nanos / EDITS.size(), null, calls, results, String.format(Locale.ROOT,
                        "output tokens %d, cost %.6f USD over %d revisions: %s", outputTokens, cost, EDITS.size(),
                        String.join("; ", kinds))));
            }
        }
        return rows;
    }

    /** Four revisions of one block of the PRD: what a team changes in a requirement. */
    private static final Map<String, UnaryOperator<String>> EDITS = editsOfTheUserList();

    private static Map<String, UnaryOperator<String>> editsOfTheUserList() {
        Map<String, UnaryOperator<String>> edits = new LinkedHashMap<>();
        edits.put("prose", text -> changed(text, "结果默认按注册时间倒序排列", "结果默认按最近登录时间倒序排列"));
        edits.put("limit", text -> changed(text, "单页最多展示一百条记录", "单页最多展示两百条记录"));
        edits.put("enum", text -> changed(text, "可选 ACTIVE、DISABLED，", "可选 ACTIVE、DISABLED、LOCKED，"));
        edits.put("field", text -> changed(text, "| startDate | 日期 | 否 | 注册开始日期，与 endDate 配合使用 |",
                "| startDate | 日期 | 否 | 注册开始日期，与 endDate 配合使用 |\n| roleCode | 字符串 | 否 | 角色编码，精确匹配 |"));
        return edits;
    }

    private static String changed(String text, String from, String to) {
        if (!text.contains(from)) {
            throw new IllegalStateException(PRD + " no longer has the text a revision edits: " + from);
        }
        return text.replace(from, to);
    }

    /** Every example document at once, cold, then all of them again. */
    private List<BenchRow> batch() {
        List<Doc> documents = exampleDocuments();
        try (BenchContext app = start(threeEndpoints(true))) {
            Timed<List<DocumentResult>> cold = timed(() -> app.process(documents));
            BenchRow first = documents("batch-cold", documents.size() + " example documents at once, empty cache",
                    app, cold, "same PRD in 4 formats: identical blocks are asked once");
            app.forgetCalls();
            Timed<List<DocumentResult>> again = timed(() -> app.process(documents));
            return List.of(first, documents("batch-again", "the same " + documents.size() + " documents again", app,
                    again, ""));
        }
    }

    /**
     * Two of three endpoints up but imperfect: sim-a answers 15 % of calls 429 ({@code Retry-After: 1}), sim-b fails
     * 30 % with 500, sim-c refuses connections. Counted: blocks answered by a model, calls sent inside a Retry-After
     * window, calls per block to the refusing endpoint.
     */
    private BenchRow faulty(Doc prd) {
        Config faulty = threeEndpoints(false).set("docroute.routing.simulators", "always")
                .endpoint(0, "simulator.rate-limit-rate", "0.15").endpoint(0, "simulator.retry-after", "1s")
                .endpoint(1, "simulator.error-rate", "0.3")
                .endpoint(2, "kind", "openai").endpoint(2, "api-key", "bench-key")
                .endpoint(2, "base-url", "http://127.0.0.1:" + closedPort());
        try (BenchContext app = start(faulty)) {
            List<Doc> five = copies(prd, 5);
            Timed<List<DocumentResult>> run = timed(() -> app.process(five));
            long inside = app.endpoints().stream().mapToLong(endpoint -> endpoint.stats()
                    .callsInsideRetryAfter(Duration.ofSeconds(1), RETRY_AFTER_GRACE)).sum();
            int refused = run.value().stream().mapToInt(r -> r.stats().calls().getOrDefault("sim-c", 0)).sum();
            return documents("faulty", "5 documents at once: sim-a 15 % 429, sim-b 30 % 500, sim-c refusing "
                    + "connections", app, run, String.format(Locale.ROOT,
                    "%s; %d calls inside a Retry-After window; %d calls to the refusing endpoint for %d blocks",
                    byModel(run.value()), inside, refused, blocks(run.value())));
        }
    }

    /** Every endpoint answers 500 for good, with {@code degrade-after: 0}: degraded results at once, then no calls. */
    private BenchRow allDown(Doc prd) {
        Config down = threeEndpoints(false).set("docroute.routing.degrade-after", "0");
        for (int i = 0; i < 3; i++) {
            down.endpoint(i, "simulator.error-rate", "1.0").endpoint(i, "simulator.latency-median", "0ms");
        }
        try (BenchContext app = BenchContext.start(down.args())) {
            Timed<List<DocumentResult>> first = timed(() -> app.process(List.of(prd)));
            int firstCalls = app.calls().size();
            app.forgetCalls();
            Timed<List<DocumentResult>> later = timed(() -> app.process(copies(prd, 1)));
            return BenchRow.ofDocuments("all-down", "every endpoint answering 500, degrade-after 0", first.nanos(),
                    null, firstCalls, first.value(), String.format(Locale.ROOT,
                            "%s; with the breakers open: %d calls, %s", byModel(first.value()), app.calls().size(),
                            BenchReport.time(later.nanos() / 1e6)));
        }
    }

    /**
     * Every endpoint answers 503 for its first {@link #OUTAGE}, shorter than {@code degrade-after}: the blocks wait
     * for the endpoints to come back instead of degrading. The bound is the recovery, plus one breaker open window
     * (the half-open probe), one second and one call.
     */
    private BenchRow outage(Doc prd) {
        Config out = threeEndpoints(false);
        for (int i = 0; i < 3; i++) {
            out.endpoint(i, "simulator.outage", OUTAGE.toMillis() + "ms");
        }
        try (BenchContext app = BenchContext.start(out.args())) {
            Timed<List<DocumentResult>> run = timed(() -> app.process(List.of(prd)));
            double afterRecovery = Math.max(0, run.nanos() - OUTAGE.toNanos()) / 1e6;
            return BenchRow.ofDocuments("outage", "every endpoint answering 503 for its first " + OUTAGE.toSeconds()
                    + " s, degrade-after 30 s", run.nanos(), null, app.calls().size(), run.value(),
                    String.format(Locale.ROOT, "%s; done %s after the endpoints recovered (bound: breaker open "
                            + "window 10 s + 1 s + one call)", byModel(run.value()), BenchReport.time(afterRecovery)));
        }
    }

    /** How a document's calls spread over the endpoints, e.g. {@code sim-a 4, sim-b 3, sim-c 3}. */
    private static String callsPerEndpoint(BenchContext app) {
        return app.endpoints().stream().map(endpoint -> endpoint.id() + " " + endpoint.stats().calls().size())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static String byModel(List<DocumentResult> results) {
        int answered = results.stream().mapToInt(r -> r.stats().extracted() - r.stats().degraded()).sum();
        return answered + " of " + blocks(results) + " blocks answered by a model";
    }

    private static int blocks(List<DocumentResult> results) {
        return results.stream().mapToInt(r -> r.stats().blocks()).sum();
    }

    private static int closedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One endpoint with a per-minute limit known to the client, which the provider enforces over every second
     * (600/min: 10 in any second), and twelve seconds' worth of blocks.
     */
    private BenchRow rateLimited(Doc prd) {
        Config limited = new Config(false).endpoint(0, "id", "sim-limited")
                .endpoint(0, "simulator.rpm", RPM).endpoint(0, "simulator.rpm-window", "1s").endpoint(0, "rpm", RPM);
        try (BenchContext app = start(limited)) {
            Timed<List<DocumentResult>> run = timed(() -> app.process(copies(prd, 12)));
            List<Stats.Call> calls = app.calls().stream().sorted(Comparator.comparingLong(Stats.Call::arrived))
                    .toList();
            long limitedAnswers = calls.stream().filter(c -> c.outcome() == Outcome.RATE_LIMITED).count();
            double perMinute = (calls.size() - 1) * 60e9 / (calls.get(calls.size() - 1).arrived() - calls.get(0).arrived());
            Duration ideal = IdealBound.rateLimited(calls.size(), RPM, calls.get(calls.size() - 1).latency());
            return BenchRow.ofDocuments("rate-limited", "12 documents at once, one endpoint limited to " + RPM
                    + " requests/min", run.nanos(), ideal, calls.size(), run.value(), String.format(Locale.ROOT,
                    "achieved %.0f/min = %.1f %% of the limit; 429s: %d of %d calls (%.1f %%)", perMinute,
                    perMinute * 100 / RPM, limitedAnswers, calls.size(), limitedAnswers * 100.0 / calls.size()));
        }
    }

    /**
     * One of three endpoints answers 10 % of its calls ten times slower; hedging off, then on. Round-robin keeps a
     * third of the calls on the slow endpoint (a scoring strategy would learn to avoid it). What hedging changes
     * is the blocks' tail latency, shown in the notes.
     */
    private BenchRow tail(Doc prd, boolean hedging) {
        Config config = threeEndpoints(false).endpoint(2, "simulator.slow-rate", "0.1")
                .endpoint(2, "simulator.slow-factor", "10")
                .set("docroute.routing.hedge-after", hedging ? "2x p90" : "off")
                .set("docroute.routing.strategy", "round-robin");
        try (BenchContext app = start(config)) {
            app.process(copies(prd, 2));
            app.forgetCalls();
            long hedgesBefore = app.hedgesSent();
            Timed<List<DocumentResult>> run = timed(() -> app.process(copies(prd, TAIL_DOCUMENTS)));
            long hedges = app.hedgesSent() - hedgesBefore;
            long slow = app.calls().stream().filter(c -> c.latency().compareTo(call.multipliedBy(4)) > 0).count();
            List<Long> latencies = run.value().stream().flatMap(r -> r.interfaces().stream())
                    .map(i -> i.source().latencyMs()).sorted().toList();
            int blocks = latencies.size();
            return documents(hedging ? "tail-hedged" : "tail", TAIL_DOCUMENTS + " documents at once, sim-c 10× "
                    + "slower on 10 % of calls, round-robin, hedging " + (hedging ? "after 2x p90" : "off"), app, run,
                    String.format(Locale.ROOT, "block latency p50 %s, p99 %s, max %s; %d slow answers served; "
                                    + "%d hedges", BenchReport.time(latencies.get(blocks / 2)),
                            BenchReport.time(latencies.get((int) Math.ceil(blocks * 0.99) - 1)),
                            BenchReport.time(latencies.get(blocks - 1)), slow, hedges));
        }
    }

    /** The whole block path, cache off, against an endpoint that answers at once: what DocRoute itself costs. */
    private BenchRow overheadThroughHttp(Doc prd) {
        Config zero = new Config(false).endpoint(0, "id", "sim-zero").endpoint(0, "max-concurrency", 64)
                .endpoint(0, "simulator.latency", "fixed").endpoint(0, "simulator.latency-median", "0ms")
                .set("docroute.load-guard.enabled", false);
        return overhead("overhead-http", "blocks through routes, balancer, breaker, limits and HTTP to a "
                + "zero-latency endpoint, 32 callers, no cache", zero, prd, 1_000, 4_000);
    }

    private BenchRow overheadLocal(Doc prd) {
        Config local = new Config(false).set("docroute.models[0].id", "local").set("docroute.models[0].kind", "local")
                .set("docroute.models[0].model", "extractor").set("docroute.load-guard.enabled", false);
        return overhead("overhead-local", "the same path with the in-process extractor as the endpoint", local, prd,
                10_000, 40_000);
    }

    private BenchRow overhead(String row, String what, Config config, Doc prd, int warmUp, int measured) {
        try (BenchContext app = start(config)) {
            List<InterfaceBlock> distinct = app.blocks(prd);
            app.extract(cycle(distinct, warmUp), 32);
            app.forgetCalls();
            Timed<List<Extraction>> run = timed(() -> app.extract(cycle(distinct, measured), 32));
            return BenchRow.ofBlocks(row, what, run.nanos(), app.calls().size(), run.value(), String.format(
                    Locale.ROOT, "%.0f µs per block (after %,d warm-up blocks)", run.nanos() / 1e3 / measured, warmUp));
        }
    }

    private BenchRow documents(String row, String what, BenchContext app, Timed<List<DocumentResult>> run,
                               String notes) {
        List<Stats.Call> calls = app.calls();
        return BenchRow.ofDocuments(row, what, run.nanos(),
                IdealBound.critical(IdealBound.chains(calls), app.maxConcurrency()), calls.size(), run.value(), notes);
    }

    private Config threeEndpoints(boolean cache) {
        return new Config(cache).endpoint(0, "id", "sim-a").endpoint(1, "id", "sim-b").endpoint(2, "id", "sim-c");
    }

    /**
     * A new application, then one throwaway document unlike the measured ones (its first exchanges pay for the
     * routes' lazy set-up, the pools and the connections, as a running service already has).
     */
    private BenchContext start(Config config) {
        BenchContext app = BenchContext.start(config.args());
        app.process(List.of(doc(examples.resolve(WARM_UP_DOCUMENT))));
        app.clearCache();
        app.forgetCalls();
        return app;
    }

    /** The revision the cache tests use: a required flag changed in one block, table padding and a colon elsewhere. */
    static byte[] revise(byte[] original) {
        String text = new String(original, StandardCharsets.UTF_8);
        String revised = text
                .replace("| page | 整数 | 是 | 页码，从 1 开始，超出总页数时返回空列表 |",
                        "|   page   |  整数 |  是  |  页码，从 1 开始，超出总页数时返回空列表   |")
                .replace("返回：userId、username、createdAt", "返回:userId、username、createdAt")
                .replace("| email | 字符串 | 否 | 新邮箱地址 |", "| email | 字符串 | 是 | 新邮箱地址 |");
        if (revised.equals(text)) {
            throw new IllegalStateException(PRD + " no longer has the lines the revision edits");
        }
        return revised.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Doc> copies(Doc doc, int count) {
        return IntStream.range(0, count).mapToObj(i -> new Doc("copy-" + i + "-" + doc.name(), doc.content())).toList();
    }

    private static List<InterfaceBlock> cycle(List<InterfaceBlock> blocks, int count) {
        return IntStream.range(0, count).mapToObj(i -> blocks.get(i % blocks.size())).toList();
    }

    private List<Doc> exampleDocuments() {
        try (Stream<Path> files = Files.list(examples)) {
            return files.filter(p -> DocumentFormat.ofFileName(p.getFileName().toString()).isPresent())
                    .sorted().map(BenchScenarios::doc).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Doc doc(Path file) {
        try {
            return new Doc(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("the benchmark reads its documents from " + file.getParent()
                    + " (--examples): " + e.getMessage(), e);
        }
    }

    private record Timed<T>(T value, long nanos) {
    }

    private static <T> Timed<T> timed(Supplier<T> work) {
        long started = System.nanoTime();
        T value = work.get();
        return new Timed<>(value, System.nanoTime() - started);
    }

    /** One row's application settings, as command-line properties; each endpoint a simulator by default. */
    private final class Config {

        private final Map<String, String> properties = new LinkedHashMap<>();

        Config(boolean cache) {
            properties.put("docroute.outbox", outbox.toString());
            properties.put("docroute.cache.enabled", Boolean.toString(cache));
            properties.put("docroute.cache.url", "jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        }

        Config set(String key, Object value) {
            properties.put(key, String.valueOf(value));
            return this;
        }

        /** Sets one setting of endpoint {@code index}, giving it the bench's simulator defaults first. */
        Config endpoint(int index, String setting, Object value) {
            String prefix = "docroute.models[" + index + "].";
            if (!properties.containsKey(prefix + "kind")) {
                properties.put(prefix + "id", "sim-" + index);
                properties.put(prefix + "kind", "simulator");
                properties.put(prefix + "model", "bench-sim");
                properties.put(prefix + "price-input-per-mtok", "0.27");
                properties.put(prefix + "price-output-per-mtok", "1.10");
                properties.put(prefix + "max-concurrency", "32");
                properties.put(prefix + "simulator.latency", "lognormal");
                properties.put(prefix + "simulator.latency-median", call.toMillis() + "ms");
                properties.put(prefix + "simulator.latency-sigma", "0.15");
            }
            return set(prefix + setting, value);
        }

        List<String> args() {
            return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
        }
    }
}
