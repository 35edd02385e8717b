package io.docroute.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadGuardTest {

    private final Deque<LoadGuard.Load> readings = new ArrayDeque<>();
    private final LoadGuard guard = new LoadGuard(32, readings::removeFirst, false);

    private void read(double busy, double heap, int times) {
        for (int i = 0; i < times; i++) {
            readings.add(new LoadGuard.Load(busy, heap));
            guard.sample();
        }
    }

    @Test
    void loadThatStaysHighHalvesTheCapAndLoadBackToNormalRestoresIt() {
        read(0.95, 0.2, 3);
        assertThat(guard.capacity()).isEqualTo(16);

        read(0.5, 0.5, 3);
        assertThat(guard.capacity()).isEqualTo(32);
    }

    @Test
    void aShortSpikeOrLoadBetweenTheThresholdsChangesNothing() {
        read(0.99, 0.1, 2);
        read(0.5, 0.1, 1);
        read(0.99, 0.1, 2);
        assertThat(guard.capacity()).isEqualTo(32);

        read(0.2, 0.97, 3);
        read(0.8, 0.8, 5);
        assertThat(guard.overloaded()).isTrue();
    }

    @Test
    void thePlatformSamplerReadsSharesBetweenZeroAndOne() {
        LoadGuard.Sampler sampler = LoadGuard.Sampler.platform();
        LoadGuard.Load first = sampler.sample();
        assertThat(first.busy()).as("no interval yet").isZero();
        LoadGuard.Load load = sampler.sample();
        assertThat(List.of(load.busy(), load.heap())).allSatisfy(share -> assertThat(share).isBetween(0.0, 1.0));
    }

    @Test
    void aBusyApplicationThreadCountsAsLoad() {
        LoadGuard.Sampler sampler = LoadGuard.Sampler.platform();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        sampler.sample();
        // this thread spends a tenth of a second of its own CPU time, however long that takes on a busy machine
        long until = threads.getCurrentThreadCpuTime() + 100_000_000L;
        long sink = 0;
        while (threads.getCurrentThreadCpuTime() < until) {
            sink += System.nanoTime() % 7;
        }
        LoadGuard.Load load = sampler.sample();
        assertThat(sink).isNotNegative();
        assertThat(load.busy()).isPositive();
    }
}
