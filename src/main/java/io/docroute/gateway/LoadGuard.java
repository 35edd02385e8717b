package io.docroute.gateway;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Halves the number of model calls in flight while the machine stays loaded: CPU or heap above 90 % for three
 * samples in a row (two seconds apart) lowers the cap; three samples below 75 % restore it. The gap between the
 * two thresholds keeps it from flapping. Off with {@code SYSTEM_MONITORING=false}.
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
        double worst = Math.max(load.cpu(), load.heap());
        highInARow = worst > HIGH ? highInARow + 1 : 0;
        normalInARow = worst < NORMAL ? normalInARow + 1 : 0;
        if (!overloaded && highInARow >= SAMPLES) {
            overloaded = true;
            LOG.warn("System load stays high (cpu {}%, heap {}%): model calls in flight capped at {}",
                    Math.round(load.cpu() * 100), Math.round(load.heap() * 100), capacity());
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

    public record Load(double cpu, double heap) {
    }

    @FunctionalInterface
    public interface Sampler {

        Load sample();

        /** Process CPU load and heap in use over the heap's maximum, from the platform MXBeans. */
        static Sampler platform() {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            var memory = ManagementFactory.getMemoryMXBean();
            return () -> {
                MemoryUsage heap = memory.getHeapMemoryUsage();
                double heapShare = heap.getMax() > 0 ? (double) heap.getUsed() / heap.getMax() : 0;
                return new Load(Math.max(0, os.getProcessCpuLoad()), heapShare);
            };
        }
    }
}
