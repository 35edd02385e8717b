package io.docroute.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.MigratedDatabases;
import io.docroute.gateway.provider.ProviderProtocol;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Two instances' endpoints for one provider, on one PostgreSQL database: they draw from one RPM bucket, so the
 * requests they let through together stay within the limit however hard both push. On H2 (one instance) the
 * buckets stay in the process.
 */
class SharedRateBucketsTest {

    private static final int RPM = 600;

    private static ModelEndpoint endpoint(RateBuckets buckets) {
        ModelEndpointProperties properties = new ModelEndpointProperties("provider", "openai", "http://localhost", "k",
                "model", 1, 1, 1, 64, RPM, 0, null, null);
        return new ModelEndpoint(properties, ProviderProtocol.forKind("openai"), "http://localhost",
                CircuitBreaker.ofDefaults("provider"), Duration.ofSeconds(10), buckets, ConcurrencySlots.LOCAL);
    }

    @Test
    void twoInstancesTogetherStayUnderTheEndpointsLimit() throws Exception {
        DataSource database = MigratedDatabases.postgres();
        List<ModelEndpoint> instances = List.of(endpoint(RateBuckets.of(database)), endpoint(RateBuckets.of(database)));
        assertThat(RateBuckets.of(database).shared()).isTrue();
        AtomicInteger granted = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        long start = System.nanoTime();
        long end = start + Duration.ofMillis(1500).toNanos();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ModelEndpoint instance = instances.get(i % 2);
                running.add(callers.submit(() -> {
                    while (System.nanoTime() < end) {
                        instance.tryAcquire(100).ifPresent(permit -> {
                            granted.incrementAndGet();
                            permit.onSuccess();
                        });
                    }
                }));
            }
            for (Future<?> caller : running) {
                caller.get();
            }
        } finally {
            callers.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // one request at once (the bucket's capacity), then 98 % of the rate: never more, whoever asks
        int limit = 1 + (int) Math.ceil(seconds * RPM * 0.98 / 60);
        assertThat(granted.get()).isBetween(2, limit);
    }

    @Test
    void onH2TheBucketsStayInTheProcess() {
        assertThat(RateBuckets.of(MigratedDatabases.h2()).shared()).isFalse();
    }
}
