package io.docroute.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
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
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily spending limit ({@code docroute.budget.daily-usd}, 0 = none), one per UTC day, kept in the cache
 * database so that every instance on it spends from the same limit. A call holds its worst case before it is sent
 * — input estimate with a margin plus the full output allowance — and settles to what it cost after. Taking a hold
 * locks the day's row, so holds taken together, whichever instance takes them, can never pass the limit. When a
 * paid endpoint's hold does not fit, only free endpoints remain for the day.
 *
 * <p>Each hold is a row of its own ({@code model_budget_hold}) with a lease that its instance renews a third of the
 * way through while the call runs: the holds of an instance that was killed lapse with their leases, instead of
 * keeping the rest of the cluster from the models until the day ends. Instances' clocks are assumed to agree to
 * well within a lease, as they already must on the day.
 */
public class DailyBudget implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DailyBudget.class);
    private static final long HELD_VIEW_NANOS = 100_000_000;

    private final double limitUsd;
    private final Clock clock;
    private final Duration lease;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService renewer;
    private volatile LocalDate rowMade;
    // what today's row held when last read, for wouldFit, which the balancer asks on every choice
    private volatile double heldSeenUsd;
    private volatile long heldSeenAtNanos;
    private volatile boolean heldStale = true;

    public DailyBudget(double limitUsd, Clock clock, Duration lease, DataSource dataSource) {
        this.limitUsd = limitUsd;
        this.clock = clock;
        this.lease = lease;
        this.jdbc = JdbcClient.create(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.renewer = limited() ? Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "docroute-budget-leases");
            thread.setDaemon(true);
            return thread;
        }) : null;
        if (renewer != null) {
            long every = Math.max(1, lease.toMillis() / 3);
            renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** Stops renewing: the holds still open lapse with their leases. */
    @Override
    public void close() {
        if (renewer != null) {
            renewer.shutdownNow();
        }
    }

    public boolean limited() {
        return limitUsd > 0;
    }

    /**
     * A hold of {@code worstCaseUsd} against today's limit, or nothing when it does not fit (always a hold without
     * a limit).
     */
    public Optional<Hold> tryReserve(double worstCaseUsd) {
        if (!limited() || worstCaseUsd <= 0) {
            return Optional.of(Hold.NONE);
        }
        LocalDate today = today();
        heldStale = true;
        long now = clock.millis();
        Hold hold = new Hold(UUID.randomUUID().toString());
        boolean taken = Boolean.TRUE.equals(transaction.execute(status -> {
            double spent = jdbc.sql("SELECT spent_usd FROM model_budget WHERE budget_day = ? FOR UPDATE")
                    .params(today).query(Double.class).single();
            jdbc.sql("DELETE FROM model_budget_hold WHERE expires_at_ms <= ?").params(now).update();
            if (spent + heldOn(today, now) + worstCaseUsd > limitUsd) {
                return false;
            }
            jdbc.sql("INSERT INTO model_budget_hold (hold_id, budget_day, usd, expires_at_ms) VALUES (?, ?, ?, ?)")
                    .params(hold.id(), today, worstCaseUsd, now + lease.toMillis()).update();
            return true;
        }));
        if (taken) {
            held.add(hold.id());
        }
        return taken ? Optional.of(hold) : Optional.empty();
    }

    /**
     * Whether a call of this worst case would fit now: a hint for choosing an endpoint (the hold decides).
     * The row is read again after this instance's own holds and settlements, and otherwise at most every
     * {@link #HELD_VIEW_NANOS}, so other instances' spending shows within that.
     */
    public boolean wouldFit(double worstCaseUsd) {
        if (!limited() || worstCaseUsd <= 0) {
            return true;
        }
        long now = System.nanoTime();
        if (heldStale || now - heldSeenAtNanos > HELD_VIEW_NANOS) {
            heldStale = false;
            heldSeenAtNanos = now;
            LocalDate today = today();
            heldSeenUsd = jdbc.sql("SELECT spent_usd FROM model_budget WHERE budget_day = ?").params(today)
                    .query(Double.class).single() + heldOn(today, clock.millis());
        }
        return heldSeenUsd + worstCaseUsd <= limitUsd;
    }

    /** Replaces a hold by the call's actual cost. */
    public void settle(Hold hold, double actualUsd) {
        if (!limited() || hold == Hold.NONE) {
            return;
        }
        held.remove(hold.id());
        heldStale = true;
        LocalDate today = today();
        transaction.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM model_budget_hold WHERE hold_id = ?").params(hold.id()).update();
            jdbc.sql("UPDATE model_budget SET spent_usd = spent_usd + ? WHERE budget_day = ?")
                    .params(actualUsd, today).update();
        });
    }

    /** Spent today by every instance on the database (0 without a limit: nothing is counted then). */
    public double spentUsd() {
        if (!limited()) {
            return 0;
        }
        return jdbc.sql("SELECT spent_usd FROM model_budget WHERE budget_day = ?").params(today())
                .query(Double.class).single();
    }

    public double limitUsd() {
        return limitUsd;
    }

    /** Extends the leases of the holds this process's calls have open. */
    void renew() {
        if (held.isEmpty()) {
            return;
        }
        try {
            jdbc.sql("UPDATE model_budget_hold SET expires_at_ms = :until WHERE hold_id IN (:ids)")
                    .param("until", clock.millis() + lease.toMillis()).param("ids", Set.copyOf(held)).update();
        } catch (DataAccessException e) {
            LOG.warn("Cannot renew the leases of {} budget hold(s) ({}): they lapse unless renewed in time",
                    held.size(), e.getMessage());
        }
    }

    private double heldOn(LocalDate day, long nowMillis) {
        return jdbc.sql("SELECT COALESCE(SUM(usd), 0) FROM model_budget_hold"
                        + " WHERE budget_day = ? AND expires_at_ms > ?")
                .params(day, nowMillis).query(Double.class).single();
    }

    // today's row, made by whichever instance needs it first
    private LocalDate today() {
        LocalDate today = LocalDate.now(clock);
        if (today.equals(rowMade)) {
            return today;
        }
        if (jdbc.sql("SELECT COUNT(*) FROM model_budget WHERE budget_day = ?").params(today).query(Long.class)
                .single() == 0) {
            try {
                jdbc.sql("INSERT INTO model_budget (budget_day) VALUES (?)").params(today).update();
            } catch (DuplicateKeyException madeMeanwhile) {
                // another instance made it between the look and the insert
            }
        }
        rowMade = today;
        return today;
    }

    /** What one call holds against the limit until it settles ({@link #NONE} without a limit). */
    public record Hold(String id) {
        static final Hold NONE = new Hold("");
    }
}
