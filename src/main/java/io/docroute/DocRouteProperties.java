package io.docroute;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code docroute.*} settings every part of the pipeline shares. Defaults live in
 * {@code config/application.yaml}; the compact constructor only guards against missing values.
 *
 * @param inbox            the watched folder; {@code .done/} and {@code .failed/} live inside it
 * @param outbox           where reports and OpenAPI drafts are written
 * @param maxDocumentBytes documents larger than this are refused before they are read
 * @param maxConcurrency   blocks extracted at once across all documents (env {@code MAX_CONCURRENT_REQUESTS})
 * @param intake           how files are taken from the inbox
 */
@ConfigurationProperties("docroute")
public record DocRouteProperties(Path inbox, Path outbox, long maxDocumentBytes, int maxConcurrency, Intake intake) {

    public DocRouteProperties {
        inbox = inbox == null ? Path.of("data/inbox") : inbox;
        outbox = outbox == null ? Path.of("data/outbox") : outbox;
        maxDocumentBytes = maxDocumentBytes <= 0 ? 20L * 1024 * 1024 : maxDocumentBytes;
        maxConcurrency = maxConcurrency <= 0 ? 32 : maxConcurrency;
        intake = intake == null ? new Intake(false) : intake;
    }

    /**
     * @param requireReadyMarker when true a file is taken only once {@code <name>.ready} exists beside it;
     *                           when false writers must write under a temporary name and rename
     */
    public record Intake(boolean requireReadyMarker) {
    }

    public Path failedFolder() {
        return inbox.resolve(".failed");
    }
}
