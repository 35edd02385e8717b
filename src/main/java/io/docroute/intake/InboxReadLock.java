package io.docroute.intake;

import java.io.File;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileOperations;
import org.apache.camel.component.file.strategy.FileIdempotentChangedRepositoryReadLockStrategy;

/**
 * The inbox's read lock: a file is taken only when it has settled ({@code read-lock-min-age}), no instance holds it
 * (the shared lock rows), and this instance has room for it: fewer than {@code maxInFlight} inbox documents under
 * way. A file refused for want of room stays in the inbox for an instance that has room, or for a later scan.
 * Instances that share an inbox so take documents as they can work on them rather than as often as they scan.
 * (Camel's {@code ThrottlingInflightRoutePolicy} looks only when an exchange ends: a scan could still take a batch.)
 */
final class InboxReadLock extends FileIdempotentChangedRepositoryReadLockStrategy {

    private final String routeId;
    private final int maxInFlight;

    /**
     * @param routeId     the route that consumes the inbox, whose exchanges under way are counted
     * @param maxInFlight the inbox documents an instance works on at once; 0 for no limit
     */
    InboxReadLock(String routeId, int maxInFlight) {
        this.routeId = routeId;
        this.maxInFlight = maxInFlight;
    }

    @Override
    public boolean acquireExclusiveReadLock(GenericFileOperations<File> operations, GenericFile<File> file,
                                            Exchange exchange) throws Exception {
        return hasRoom() && super.acquireExclusiveReadLock(operations, file, exchange);
    }

    boolean hasRoom() {
        return maxInFlight <= 0 || getCamelContext().getInflightRepository().size(routeId) < maxInFlight;
    }
}
