package io.docroute.batch;

import io.docroute.DocRouteProperties;
import io.docroute.document.DocumentFormat;
import io.docroute.gateway.ModelEndpoints;
import io.docroute.intake.DocumentTooLargeException;
import io.docroute.intake.FailureReports;
import io.docroute.output.DocumentResult;
import io.docroute.pipeline.IncomingDocument;
import io.docroute.pipeline.RunTracker;
import io.docroute.progress.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends every given document through {@code direct:process-document} at once, shows a progress bar over all
 * their blocks and prints a summary table, and on request each document's block choice. Failures are reported next
 * to the outputs as {@code <name>.error.json}.
 */
@Component
public class BatchRunner {

    private final ProducerTemplate producer;
    private final RunTracker tracker;
    private final FailureReports failureReports;
    private final Path outbox;
    private final PrintStream console;
    private final ModelEndpoints endpoints;
    private final long maxDocumentBytes;

    public BatchRunner(ProducerTemplate producer, RunTracker tracker, FailureReports failureReports,
                       DocRouteProperties properties, ModelEndpoints endpoints) {
        this.producer = producer;
        this.endpoints = endpoints;
        this.tracker = tracker;
        this.failureReports = failureReports;
        this.outbox = properties.outbox();
        this.maxDocumentBytes = properties.maxDocumentBytes();
        this.console = System.out;
    }

    public BatchSummary run(List<Path> inputs) {
        return run(inputs, false);
    }

    /** Processes the documents; with {@code explain}, each document's block choice follows the summary. */
    public BatchSummary run(List<Path> inputs, boolean explain) {
        List<Path> documents = expand(inputs);
        if (documents.isEmpty()) {
            console.println("No documents found in " + inputs + " (DocRoute reads " + DocumentFormat.extensions() + ").");
            return new BatchSummary(List.of());
        }
        long started = System.nanoTime();
        Map<Path, CompletableFuture<Object>> pending = new LinkedHashMap<>();
        for (Path document : documents) {
            pending.put(document, submit(document));
        }
        showProgress(pending.values());
        List<BatchSummary.Row> rows = new ArrayList<>();
        pending.forEach((document, future) -> rows.add(outcome(document, future)));
        BatchSummary summary = new BatchSummary(rows);
        summary.print(console, outbox, (System.nanoTime() - started) / 1_000_000);
        EndpointTable.print(console, endpoints.all(), rows.stream().mapToInt(BatchSummary.Row::failovers).sum());
        if (explain) {
            pending.forEach((document, future) -> SelectionTable.print(console, document.getFileName().toString(),
                    future.isCompletedExceptionally() ? null : (DocumentResult) future.join()));
        }
        return summary;
    }

    private CompletableFuture<Object> submit(Path document) {
        try {
            DocumentTooLargeException.requireWithin(Files.size(document), maxDocumentBytes);
            return producer.asyncRequestBody("direct:process-document",
                    IncomingDocument.of(document.getFileName().toString(), Files.readAllBytes(document), "run", null));
        } catch (IOException | DocumentTooLargeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void showProgress(Collection<CompletableFuture<Object>> futures) {
        CompletableFuture<Void> all = CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new));
        try (ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("Blocks")
                .setInitialMax(0)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200)
                .continuousUpdate()
                .setEtaFunction(state -> Optional.ofNullable(tracker.progress().etaSeconds())
                        .map(seconds -> Duration.ofMillis((long) (seconds * 1000))))
                .build()) {
            while (!all.isDone()) {
                show(bar, tracker.progress());
                awaitBriefly(all);
            }
            show(bar, tracker.progress());
        }
    }

    private static void show(ProgressBar bar, Progress progress) {
        bar.maxHint(progress.total());
        bar.stepTo(progress.finished());
        bar.setExtraMessage(String.format(Locale.ROOT, " cached %d, failed %d", progress.cached(), progress.failed()));
    }

    private static void awaitBriefly(CompletableFuture<Void> all) {
        try {
            all.get(100, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // still running, or done with a failure the summary reports
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for documents", e);
        }
    }

    private BatchSummary.Row outcome(Path document, CompletableFuture<Object> future) {
        String name = document.getFileName().toString();
        try {
            DocumentResult result = (DocumentResult) future.get();
            return BatchSummary.Row.of(result);
        } catch (ExecutionException e) {
            Throwable cause = unwrap(e);
            try {
                failureReports.writeBesideOutputs(name, cause);
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            return BatchSummary.Row.failed(name, FailureReports.describe(cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return BatchSummary.Row.failed(name, "interrupted");
        }
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof CamelExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Files as given; folders contribute their readable documents (not recursively, hidden files skipped). */
    static List<Path> expand(List<Path> inputs) {
        List<Path> documents = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> children = Files.list(input)) {
                    children.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(p -> DocumentFormat.ofFileName(p.getFileName().toString()).isPresent())
                            .sorted()
                            .forEach(documents::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                documents.add(input);
            }
        }
        return documents;
    }
}
