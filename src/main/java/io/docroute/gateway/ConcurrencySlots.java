package io.docroute.gateway;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An endpoint's {@code max-concurrency} across the cluster: on a PostgreSQL cache database a call holds one of the
 * endpoint's numbered slots (table {@code endpoint_slot}) for as long as it runs, so all instances together never
 * have more calls in flight at an endpoint than its limit. A slot is leased for a few seconds and its holder renews
 * the lease while the call runs: one held by an instance that was killed comes back when its lease ends. Otherwise
 * (H2, one instance) the endpoint's own limiter is the whole limit and nothing is held here.
 *
 * <p>Hand-written rather than a library's: Bucket4j's shared buckets refill with time, and a permit handed back by
 * a call is not a refill; a lock held on a database connection for a whole call would tie up a connection per call.
 */
public final class ConcurrencySlots implements AutoCloseable {

    /** No shared slots: each instance's limiter alone. */
    public static final ConcurrencySlots LOCAL = new ConcurrencySlots(null, Duration.ZERO);

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrencySlots.class);

    private final DataSource database;
    private final Duration lease;
    private final Set<String> laidOut = ConcurrentHashMap.newKeySet();
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService renewer;

    private ConcurrencySlots(DataSource database, Duration lease) {
        this.database = database;
        this.lease = lease;
        this.renewer = database == null ? null : Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "docroute-slot-leases");
            thread.setDaemon(true);
            return thread;
        });
        if (renewer != null) {
            long every = Math.max(1, lease.toMillis() / 3);
            renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Shared slots when the database is PostgreSQL, none otherwise; a slot's lease is {@code lease}, renewed a
     * third of the way through while its call runs.
     */
    public static ConcurrencySlots of(DataSource dataSource, Duration lease) {
        return RateBuckets.onPostgreSql(dataSource) ? new ConcurrencySlots(dataSource, lease) : LOCAL;
    }

    /** Stops renewing: the slots still held lapse with their leases. */
    @Override
    public void close() {
        if (renewer != null) {
            renewer.shutdownNow();
        }
    }

    public boolean shared() {
        return database != null;
    }

    /** One of the endpoint's {@code max} slots, or nothing when calls of other instances (or this one) hold all. */
    Optional<Slot> take(String endpoint, int max) {
        if (database == null) {
            return Optional.of(new Slot(endpoint, -1, ""));
        }
        String holder = UUID.randomUUID().toString();
        try (Connection connection = database.getConnection()) {
            layOut(connection, endpoint, max);
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE endpoint_slot SET holder = ?, expires_at = now() + ? * INTERVAL '1 millisecond'
                    WHERE endpoint = ? AND slot = (
                        SELECT slot FROM endpoint_slot
                        WHERE endpoint = ? AND slot < ? AND (holder IS NULL OR expires_at < now())
                        ORDER BY slot LIMIT 1 FOR UPDATE SKIP LOCKED)
                    RETURNING slot""")) {
                update.setString(1, holder);
                update.setLong(2, lease.toMillis());
                update.setString(3, endpoint);
                update.setString(4, endpoint);
                update.setInt(5, max);
                try (ResultSet taken = update.executeQuery()) {
                    if (!taken.next()) {
                        return Optional.empty();
                    }
                    held.add(holder);
                    return Optional.of(new Slot(endpoint, taken.getInt(1), holder));
                }
            }
        } catch (SQLException e) {
            LOG.warn("Cannot take a concurrency slot of endpoint '{}' in the database ({}): the call waits",
                    endpoint, e.getMessage());
            return Optional.empty();
        }
    }

    /** Hands a slot back; if the database cannot be reached, its lease ends it. */
    void give(Slot slot) {
        if (database == null) {
            return;
        }
        held.remove(slot.holder());
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE endpoint_slot SET holder = NULL, expires_at = NULL"
                             + " WHERE endpoint = ? AND slot = ? AND holder = ?")) {
            update.setString(1, slot.endpoint());
            update.setInt(2, slot.number());
            update.setString(3, slot.holder());
            update.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("Cannot hand back concurrency slot {} of endpoint '{}' ({}): it comes back when its lease ends",
                    slot.number(), slot.endpoint(), e.getMessage());
        }
    }

    /** Extends the leases of the slots this process's calls hold. */
    private void renew() {
        if (held.isEmpty()) {
            return;
        }
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE endpoint_slot SET expires_at = now() + ? * INTERVAL '1 millisecond' WHERE holder = ANY (?)")) {
            update.setLong(1, lease.toMillis());
            update.setArray(2, connection.createArrayOf("varchar", held.toArray()));
            update.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("Cannot renew the leases of {} concurrency slot(s) ({}): they lapse unless renewed in time",
                    held.size(), e.getMessage());
        }
    }

    /** The endpoint's rows 0 … max − 1, made once per process (and by whichever instance comes first). */
    private void layOut(Connection connection, String endpoint, int max) throws SQLException {
        if (laidOut.contains(endpoint + "/" + max)) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO endpoint_slot (endpoint, slot) SELECT ?, n FROM generate_series(0, ? - 1) AS n"
                        + " ON CONFLICT DO NOTHING")) {
            insert.setString(1, endpoint);
            insert.setInt(2, max);
            insert.executeUpdate();
        }
        laidOut.add(endpoint + "/" + max);
    }

    /** A slot held by one call: {@code number} −1 when nothing is shared. */
    record Slot(String endpoint, int number, String holder) {
    }
}
