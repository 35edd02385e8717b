package io.docroute.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.MigratedDatabases;
import io.docroute.MutableClock;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The daily budget as several instances share it through one database, on H2 and on a real PostgreSQL server:
 * calls reserving at once from two instances never hold or spend more than the limit together, and what a killed
 * instance held comes back when its lease ends.
 */
class SharedDailyBudgetTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
    private static final Duration LEASE = Duration.ofSeconds(15);

    @Test
    void twoInstancesOnH2NeverPassTheLimitTogether() throws Exception {
        assertLimitHolds(MigratedDatabases.h2());
    }

    @Test
    void twoInstancesOnPostgresqlNeverPassTheLimitTogether() throws Exception {
        assertLimitHolds(MigratedDatabases.postgres());
    }

    @Test
    void aSettledCallFreesWhatItReservedBeyondItsCost() {
        DailyBudget budget = new DailyBudget(1.0, NOON, LEASE, MigratedDatabases.h2());

        DailyBudget.Hold hold = budget.tryReserve(0.8).orElseThrow();
        assertThat(budget.tryReserve(0.3)).isEmpty();
        budget.settle(hold, 0.1);

        assertThat(budget.spentUsd()).isEqualTo(0.1);
        assertThat(budget.tryReserve(0.8)).isPresent();
        assertThat(budget.wouldFit(0.2)).isFalse();
        budget.close();
    }

    @Test
    void whatAKilledInstanceHeldComesBackWhenItsLeaseEndsWhileALiveInstanceKeepsItsHold() {
        DataSource database = MigratedDatabases.postgres();
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T12:00:00Z"));
        DailyBudget killed = new DailyBudget(1.0, clock, LEASE, database);
        DailyBudget live = new DailyBudget(1.0, clock, LEASE, database);
        DailyBudget other = new DailyBudget(1.0, clock, LEASE, database);
        try {
            killed.tryReserve(0.5).orElseThrow();
            killed.close();
            DailyBudget.Hold running = live.tryReserve(0.4).orElseThrow();
            assertThat(other.tryReserve(0.2)).isEmpty();

            // two thirds of a lease, twice: the live instance renews in between, the killed one cannot
            clock.advance(LEASE.multipliedBy(2).dividedBy(3));
            live.renew();
            clock.advance(LEASE.multipliedBy(2).dividedBy(3));

            assertThat(other.tryReserve(0.7)).isEmpty();
            DailyBudget.Hold next = other.tryReserve(0.5).orElseThrow();
            live.settle(running, 0.3);
            other.settle(next, 0.2);
            assertThat(other.spentUsd()).isCloseTo(0.5, Offset.offset(1e-9));
        } finally {
            live.close();
            other.close();
        }
    }

    private static void assertLimitHolds(DataSource database) throws Exception {
        // two instances of the application: each its own budget object, one database
        List<DailyBudget> instances = List.of(new DailyBudget(1.0, NOON, LEASE, database),
                new DailyBudget(1.0, NOON, LEASE, database));
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                DailyBudget budget = instances.get(i % 2);
                calls.add(() -> {
                    int granted = 0;
                    // each call reserves 0.05 at worst and costs 0.03: 200 tries from eight callers
                    for (int call = 0; call < 25; call++) {
                        var hold = budget.tryReserve(0.05);
                        if (hold.isPresent()) {
                            granted++;
                            budget.settle(hold.get(), 0.03);
                        }
                    }
                    return granted;
                });
            }
            int granted = 0;
            for (Future<Integer> caller : callers.invokeAll(calls)) {
                granted += caller.get();
            }

            // then one caller takes what is left, so the day ends exactly at the limit
            for (var hold = instances.get(0).tryReserve(0.05); hold.isPresent();
                 hold = instances.get(0).tryReserve(0.05)) {
                instances.get(0).settle(hold.get(), 0.03);
                granted++;
            }

            double spent = instances.get(0).spentUsd();
            assertThat(spent).isEqualTo(instances.get(1).spentUsd()).isLessThanOrEqualTo(1.0);
            assertThat(spent).isCloseTo(granted * 0.03, Offset.offset(1e-9));
            // 31 calls leave 0.07, room for one more worst case; 32 leave 0.04: no call was lost or let through
            assertThat(granted).isEqualTo(32);
        } finally {
            callers.shutdownNow();
            instances.forEach(DailyBudget::close);
        }
    }
}
