package io.docroute.intake;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox's shared read locks: a row per file an instance works on (table {@code CAMEL_MESSAGEPROCESSED}, processor
 * name {@code inbox-locks}), renewed while it is held and taken over once it is older than the maximum age, because
 * the instance that held it died.
 *
 * <p>Camel's {@code JdbcOrphanLockAwareIdempotentRepository} keeps the same rows, but it checks for a live lock and
 * then inserts or refreshes in separate statements, so two instances that check at once can both come away holding
 * one file (it happened on PostgreSQL with two instances under load). Here each way to take a lock is one statement
 * that only one instance can win: the INSERT (the primary key refuses the second) or, for a lock that aged out, an
 * UPDATE conditional on its age.
 */
final class InboxLocks extends ServiceSupport implements IdempotentRepository {

    private static final Logger LOG = LoggerFactory.getLogger(InboxLocks.class);
    private static final String INSERT =
            "INSERT INTO CAMEL_MESSAGEPROCESSED (processorName, messageId, createdAt) VALUES (?, ?, ?)";
    private static final String TAKE_OVER = "UPDATE CAMEL_MESSAGEPROCESSED SET createdAt = ?"
            + " WHERE processorName = ? AND messageId = ? AND createdAt < ?";
    private static final String RENEW =
            "UPDATE CAMEL_MESSAGEPROCESSED SET createdAt = ? WHERE processorName = ? AND messageId = ?";
    private static final String LIVE = "SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED"
            + " WHERE processorName = ? AND messageId = ? AND createdAt >= ?";
    private static final String DELETE = "DELETE FROM CAMEL_MESSAGEPROCESSED WHERE processorName = ? AND messageId = ?";
    private static final String DELETE_ALL = "DELETE FROM CAMEL_MESSAGEPROCESSED WHERE processorName = ?";

    private final JdbcTemplate jdbc;
    private final String name;
    private final Duration maxAge;
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService renewal;

    InboxLocks(DataSource dataSource, String name, Duration maxAge) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.name = name;
        this.maxAge = maxAge;
    }

    @Override
    public boolean add(String key) {
        Instant now = Instant.now();
        try {
            jdbc.update(INSERT, name, key, Timestamp.from(now));
        } catch (DuplicateKeyException held) {
            if (jdbc.update(TAKE_OVER, Timestamp.from(now), name, key, Timestamp.from(now.minus(maxAge))) == 0) {
                return false;
            }
            LOG.info("Took over the inbox lock on {}: its holder stopped renewing it {} ago or more", key, maxAge);
        }
        held.add(key);
        return true;
    }

    @Override
    public boolean contains(String key) {
        Integer live = jdbc.queryForObject(LIVE, Integer.class, name, key, Timestamp.from(Instant.now().minus(maxAge)));
        return live != null && live > 0;
    }

    @Override
    public boolean remove(String key) {
        held.remove(key);
        return jdbc.update(DELETE, name, key) > 0;
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    @Override
    public void clear() {
        held.clear();
        jdbc.update(DELETE_ALL, name);
    }

    /** Renews every lock this instance holds, so none ages out while its file is worked on. */
    void renew() {
        List<Object[]> rows = held.stream()
                .map(key -> new Object[] {Timestamp.from(Instant.now()), name, key}).toList();
        if (rows.isEmpty()) {
            return;
        }
        try {
            jdbc.batchUpdate(RENEW, rows);
        } catch (DataAccessException e) {
            LOG.warn("Could not renew {} inbox lock(s): {}", rows.size(), e.getMessage());
        }
    }

    @Override
    protected void doStart() {
        long every = Math.max(1, maxAge.toMillis() / 3);
        renewal = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "inbox-lock-renewal");
            thread.setDaemon(true);
            return thread;
        });
        renewal.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() {
        if (renewal != null) {
            renewal.shutdownNow();
        }
    }
}
