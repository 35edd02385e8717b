package io.docroute.intake;

import io.docroute.DocRouteProperties;
import io.docroute.document.DocumentException;
import io.docroute.output.DocumentFailedException;
import io.docroute.output.OutputNames;
import io.docroute.output.ReportWriter;
import io.docroute.pipeline.DocumentMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Writes {@code <name>.error.json}: what went wrong with a document, in words its author can act on. */
@Component
public class FailureReports {

    private static final Logger LOG = LoggerFactory.getLogger(FailureReports.class);

    private final Path inboxFailedFolder;
    private final Path outbox;
    private final OutputNames names;
    private final ReportWriter writer;
    private final DocumentMetrics metrics;

    public FailureReports(DocRouteProperties properties, OutputNames names, ReportWriter writer,
                          DocumentMetrics metrics) {
        this.inboxFailedFolder = properties.failedFolder();
        this.outbox = properties.outbox();
        this.names = names;
        this.writer = writer;
        this.metrics = metrics;
    }

    /** The report of an inbox document, written beside it in the inbox's {@code .failed/} folder. */
    public Path write(String documentName, Throwable failure) throws IOException {
        return write(inboxFailedFolder, documentName, failure);
    }

    /** The report of a document that came by another channel than the inbox, written beside the outputs. */
    public Path writeBesideOutputs(String documentName, Throwable failure) throws IOException {
        return write(outbox, documentName, failure);
    }

    private Path write(Path folder, String documentName, Throwable failure) throws IOException {
        FailureReport report = FailureReport.of(documentName, failure);
        Files.createDirectories(folder);
        Path target = folder.resolve(names.error(documentName));
        Path temporary = folder.resolve(".writing-" + target.getFileName());
        Files.write(temporary, writer.toJson(report));
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LOG.warn("Document '{}' failed: {} (report: {})", documentName, report.error(), target);
        if (!(failure instanceof DocumentFailedException)) {
            // a document none of whose blocks could be extracted was counted as failed with its outputs
            metrics.refused();
        }
        return target;
    }

    /** The message for a person: expected failures speak for themselves, anything else is named as unexpected. */
    public static String describe(Throwable failure) {
        if (isExpected(failure)) {
            return failure.getMessage();
        }
        String message = failure.getMessage();
        return "unexpected error (" + failure.getClass().getSimpleName() + ")"
                + (message == null || message.isBlank() ? "" : ": " + message);
    }

    static String kind(Throwable failure) {
        if (failure instanceof SetAsideException) {
            return "set-aside";
        }
        return isExpected(failure) ? "rejected" : "error";
    }

    private static boolean isExpected(Throwable failure) {
        return failure instanceof DocumentException || failure instanceof DocumentTooLargeException
                || failure instanceof DocumentFailedException || failure instanceof RefusedMessageException
                || failure instanceof SetAsideException;
    }

    public record FailureReport(String document, String error, String kind, Instant failedAt) {

        /** The report of {@code document} failing now with {@code failure}, in words for a person. */
        public static FailureReport of(String document, Throwable failure) {
            return new FailureReport(document, describe(failure), FailureReports.kind(failure), Instant.now());
        }
    }
}
