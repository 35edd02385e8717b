package io.docroute.gateway;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The daily spending limit ({@code docroute.budget.daily-usd}, 0 = none). A call reserves its worst case before
 * it is sent — input estimate with a margin plus the full output allowance — and settles to what it cost after,
 * so concurrent calls can never together pass the limit. When a paid endpoint's reservation does not fit, only
 * free endpoints remain for the day.
 */
public class DailyBudget {

    private final double limitUsd;
    private final Clock clock;
    private LocalDate day;
    private double spentUsd;
    private double reservedUsd;

    public DailyBudget(double limitUsd, Clock clock) {
        this.limitUsd = limitUsd;
        this.clock = clock;
        this.day = LocalDate.now(clock);
    }

    public boolean limited() {
        return limitUsd > 0;
    }

    /** True when {@code worstCaseUsd} is now held against today's limit (always true without a limit). */
    public synchronized boolean tryReserve(double worstCaseUsd) {
        rollOver();
        if (!limited() || worstCaseUsd <= 0) {
            return true;
        }
        if (spentUsd + reservedUsd + worstCaseUsd > limitUsd) {
            return false;
        }
        reservedUsd += worstCaseUsd;
        return true;
    }

    public synchronized boolean wouldFit(double worstCaseUsd) {
        rollOver();
        return !limited() || worstCaseUsd <= 0 || spentUsd + reservedUsd + worstCaseUsd <= limitUsd;
    }

    /** Replaces a reservation by the call's actual cost. */
    public synchronized void settle(double reservedWorstCaseUsd, double actualUsd) {
        rollOver();
        if (limited() && reservedWorstCaseUsd > 0) {
            reservedUsd = Math.max(0, reservedUsd - reservedWorstCaseUsd);
        }
        spentUsd += actualUsd;
    }

    public synchronized double spentUsd() {
        rollOver();
        return spentUsd;
    }

    public double limitUsd() {
        return limitUsd;
    }

    private void rollOver() {
        LocalDate today = LocalDate.now(clock);
        if (!today.equals(day)) {
            day = today;
            spentUsd = 0;
            reservedUsd = 0;
        }
    }
}
