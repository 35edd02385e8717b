package io.docroute.gateway;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Halves the number of model calls in flight while the process stays loaded by its own work: its threads busy
 * on the CPU, or its heap full of live data, above 90 % for three samples in a row (two seconds apart) lowers the
 * cap; three samples below 75 % restore it. The gap between the two thresholds keeps it from flapping. Off with
 * {@code SYSTEM_MONITORING=false}.
 * <p>
 * "Busy" is the CPU time of the application's own threads over the cores available, so the JVM's start-up, its JIT
 * compiler and its garbage collector (none of them application threads) do not count; "heap" is what the last
 * collection left in use over the maximum, so garbage not yet collected does not count either.
 */
public class LoadGuard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LoadGuard.class);
    static final double HIGH = 0.90;
    static final double NORMAL = 0.75;
    static final int SAMPLES = 3;

    private final int fullCapacity;
    private final Sampler sampler;
    private final ScheduledExecutorService scheduler;
    private int highInARow;
    private int normalInARow;
    private volatile boolean overloaded;

    public LoadGuard(int fullCapacity, Sampler sampler, boolean enabled) {
        this.fullCapacity = fullCapacity;
        this.sampler = sampler;
        if (enabled) {
            scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "docroute-load-guard");
                thread.setDaemon(true);
                return thread;
            });
            scheduler.scheduleWithFixedDelay(this::sample, 2, 2, TimeUnit.SECONDS);
        } else {
            scheduler = null;
        }
    }

    /** One reading; public so the rule can be exercised without waiting for the schedule. */
    public synchronized void sample() {
        Load load = sampler.sample();
        double worst = Math.max(load.busy(), load.heap());
        highInARow = worst > HIGH ? highInARow + 1 : 0;
        normalInARow = worst < NORMAL ? normalInARow + 1 : 0;
        if (!overloaded && highInARow >= SAMPLES) {
            overloaded = true;
            LOG.warn("The process stays loaded (own threads {}% of the CPU, heap after collection {}%): model calls in"
                    + " flight capped at {}", Math.round(load.busy() * 100), Math.round(load.heap() * 100), capacity());
        } else if (overloaded && normalInARow >= SAMPLES) {
            overloaded = false;
            LOG.info("System load is back to normal: model calls in flight capped at {}", capacity());
        }
    }

    public int capacity() {
        return overloaded ? Math.max(1, fullCapacity / 2) : fullCapacity;
    }

    public boolean overloaded() {
        return overloaded;
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /**
     * @param busy the application threads' CPU time over the cores available since the last sample, 0 to 1
     * @param heap heap in use after the last garbage collection over the heap's maximum, 0 to 1
     */
    public record Load(double busy, double heap) {
    }

    @FunctionalInterface
    public interface Sampler {

        Load sample();

        /** Reads the platform MXBeans: application threads' CPU time, and heap pools' usage after collection. */
        static Sampler platform() {
            return new PlatformSampler();
        }
    }

    /** Keeps the previous reading, since busy is a share of the time between two samples. */
    private static final class PlatformSampler implements Sampler {

        private final com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported())
                .toList();
        private final long heapMax = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
        private final int cores = Runtime.getRuntime().availableProcessors();
        private long lastCpuNanos = -1;
        private long lastWallNanos;

        @Override
        public synchronized Load sample() {
            long now = System.nanoTime();
            long cpu = threads.isThreadCpuTimeSupported()
                    ? Arrays.stream(threads.getThreadCpuTime(threads.getAllThreadIds())).filter(n -> n > 0).sum() : 0;
            double busy = lastCpuNanos < 0 || now == lastWallNanos ? 0
                    : (double) Math.max(0, cpu - lastCpuNanos) / ((now - lastWallNanos) * (double) cores);
            lastCpuNanos = cpu;
            lastWallNanos = now;
            long live = heapPools.stream().map(MemoryPoolMXBean::getCollectionUsage)
                    .filter(java.util.Objects::nonNull).mapToLong(MemoryUsage::getUsed).sum();
            double heap = heapMax > 0 ? (double) live / heapMax : 0;
            return new Load(Math.min(1, busy), Math.min(1, heap));
        }
    }
}
