package io.docroute.gateway;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily spending limit ({@code docroute.budget.daily-usd}, 0 = none), one per UTC day, kept in the cache
 * database so that every instance on it spends from the same limit. A call reserves its worst case before it is
 * sent — input estimate with a margin plus the full output allowance — and settles to what it cost after. The
 * reservation is one conditional {@code UPDATE} (the row's lock orders concurrent ones, whichever instance sends
 * them), so calls together can never pass the limit. When a paid endpoint's reservation does not fit, only free
 * endpoints remain for the day. A reservation of an instance that dies before it settles stays held until the
 * day ends: the limit errs on the side of spending less.
 */
public class DailyBudget {

    private static final long HELD_VIEW_NANOS = 100_000_000;

    private final double limitUsd;
    private final Clock clock;
    private final JdbcClient jdbc;
    private volatile LocalDate rowMade;
    // what today's row held when last read, for wouldFit, which the balancer asks on every choice
    private volatile double heldSeenUsd;
    private volatile long heldSeenAtNanos;
    private volatile boolean heldStale = true;

    public DailyBudget(double limitUsd, Clock clock, JdbcClient jdbc) {
        this.limitUsd = limitUsd;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public boolean limited() {
        return limitUsd > 0;
    }

    /** True when {@code worstCaseUsd} is now held against today's limit (always true without a limit). */
    public boolean tryReserve(double worstCaseUsd) {
        if (!limited() || worstCaseUsd <= 0) {
            return true;
        }
        LocalDate today = today();
        heldStale = true;
        return jdbc.sql("UPDATE model_budget SET reserved_usd = reserved_usd + ? WHERE budget_day = ?"
                        + " AND spent_usd + reserved_usd + ? <= ?")
                .params(worstCaseUsd, today, worstCaseUsd, limitUsd).update() == 1;
    }

    /**
     * Whether a call of this worst case would fit now: a hint for choosing an endpoint (the reservation decides).
     * The row is read again after this instance's own reservations and settlements, and otherwise at most every
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
            heldSeenUsd = jdbc.sql("SELECT spent_usd + reserved_usd FROM model_budget WHERE budget_day = ?")
                    .params(today()).query(Double.class).single();
        }
        return heldSeenUsd + worstCaseUsd <= limitUsd;
    }

    /** Replaces a reservation by the call's actual cost. */
    public void settle(double reservedWorstCaseUsd, double actualUsd) {
        if (!limited()) {
            return;
        }
        double released = reservedWorstCaseUsd > 0 ? reservedWorstCaseUsd : 0;
        heldStale = true;
        jdbc.sql("UPDATE model_budget SET reserved_usd = GREATEST(0, reserved_usd - ?), spent_usd = spent_usd + ?"
                        + " WHERE budget_day = ?")
                .params(released, actualUsd, today()).update();
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
}
