package io.docroute;

import java.nio.file.Path;
import java.time.Duration;
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
        intake = intake == null ? new Intake(false, 0, 0, 0, null, null) : intake;
    }

    /**
     * @param requireReadyMarker when true a file is taken only once {@code <name>.ready} exists beside it;
     *                           when false writers must write under a temporary name and rename
     * @param readLockCheckInterval how often (ms) a file's size and time are compared while waiting for it to settle
     * @param readLockMinAge     how long (ms) a file must be unchanged before it is taken
     * @param readLockTimeout    how long (ms) a file may keep changing before it is skipped until a later scan
     * @param lockMaxAge         how long an instance's read lock on an inbox file lasts without being renewed: the
     *                           file of an instance that was killed is taken again after this long
     * @param maxDocumentsInFlight how many inbox documents an instance works on at once (0: no limit; 2 when unset)
     */
    public record Intake(boolean requireReadyMarker, long readLockCheckInterval, long readLockMinAge,
                         long readLockTimeout, Duration lockMaxAge, Integer maxDocumentsInFlight) {

        public Intake {
            readLockCheckInterval = readLockCheckInterval <= 0 ? 1000 : readLockCheckInterval;
            readLockMinAge = Math.max(0, readLockMinAge);
            readLockTimeout = readLockTimeout <= 0 ? 20_000 : readLockTimeout;
            lockMaxAge = lockMaxAge == null || lockMaxAge.isNegative() || lockMaxAge.isZero() ? Duration.ofSeconds(10)
                    : lockMaxAge;
            maxDocumentsInFlight = maxDocumentsInFlight == null ? 2 : Math.max(0, maxDocumentsInFlight);
        }
    }

    public Path failedFolder() {
        return inbox.resolve(".failed");
    }
}
