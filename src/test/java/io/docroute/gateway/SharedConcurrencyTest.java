package io.docroute.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.netflix.concurrency.limits.Limiter;
import io.docroute.MigratedDatabases;
import io.docroute.extraction.LocalExtractor;
import io.docroute.gateway.provider.ProviderProtocol;
import io.docroute.gateway.simulator.Simulators;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Two instances' endpoints for one provider on one PostgreSQL database: together they never have more calls in
 * flight than the endpoint's {@code max-concurrency}; a call's end hands its slot to whichever instance asks next,
 * and a slot a killed instance held comes back when its lease ends. A built-in simulator, a server in each instance,
 * is each instance's own.
 */
class SharedConcurrencyTest {

    private static final int MAX_CONCURRENCY = 3;

    private static ModelEndpoint endpoint(ConcurrencySlots slots) {
        ModelEndpointProperties properties = new ModelEndpointProperties("provider", "openai", "http://localhost", "k",
                "model", 1, 1, 1, MAX_CONCURRENCY, 0, 0, null, null);
        return new ModelEndpoint(properties, ProviderProtocol.forKind("openai"), "http://localhost",
                CircuitBreaker.ofDefaults("provider"), Duration.ofSeconds(10), RateBuckets.LOCAL, slots);
    }

    /** Takes permits from each instance in turn until both are refused. */
    private static List<Limiter.Listener> takeAll(ModelEndpoint... instances) {
        List<Limiter.Listener> held = new ArrayList<>();
        boolean any = true;
        while (any) {
            any = false;
            for (ModelEndpoint instance : instances) {
                Optional<Limiter.Listener> permit = instance.tryAcquire(100);
                permit.ifPresent(held::add);
                any |= permit.isPresent();
            }
        }
        return held;
    }

    @Test
    void twoInstancesTogetherHoldNoMoreCallsThanTheEndpointsLimit() {
        DataSource database = MigratedDatabases.postgres();
        ModelEndpoint first = endpoint(ConcurrencySlots.of(database, Duration.ofMinutes(3)));
        ModelEndpoint second = endpoint(ConcurrencySlots.of(database, Duration.ofMinutes(3)));

        List<Limiter.Listener> held = takeAll(first, second);

        assertThat(held).hasSize(MAX_CONCURRENCY);
        assertThat(first.inFlight() + second.inFlight()).isEqualTo(MAX_CONCURRENCY);

        held.get(0).onSuccess();
        held.get(1).onDropped();

        assertThat(takeAll(second)).hasSize(2);
        assertThat(first.tryAcquire(100)).isEmpty();
    }

    @Test
    void aSlotHeldByAnInstanceThatDiedComesBackWhenItsLeaseEnds() {
        DataSource database = MigratedDatabases.postgres();
        ModelEndpoint killed = endpoint(ConcurrencySlots.of(database, Duration.ZERO));
        ModelEndpoint survivor = endpoint(ConcurrencySlots.of(database, Duration.ofMinutes(3)));
        assertThat(takeAll(killed)).hasSize(MAX_CONCURRENCY);

        // the killed instance never hands its slots back; their leases have ended
        assertThat(takeAll(survivor)).hasSize(MAX_CONCURRENCY);
    }

    @Test
    void aBuiltInSimulatorIsEachInstancesOwnServerAndTakesNoSharedSlot() {
        DataSource database = MigratedDatabases.postgres();
        GatewayProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
                "docroute.routing.simulators", "always", "docroute.models[0].id", "slow",
                "docroute.models[0].kind", "simulator", "docroute.models[0].model", "slow-sim",
                "docroute.models[0].max-concurrency", "2"))).bind("docroute", GatewayProperties.class).get();
        try (Simulators first = new Simulators(); Simulators second = new Simulators()) {
            ModelEndpoint one = new ModelEndpoints(properties, first, new LocalExtractor(), RateBuckets.of(database),
                    ConcurrencySlots.of(database, Duration.ofMinutes(3))).get("slow").orElseThrow();
            ModelEndpoint other = new ModelEndpoints(properties, second, new LocalExtractor(), RateBuckets.of(database),
                    ConcurrencySlots.of(database, Duration.ofMinutes(3))).get("slow").orElseThrow();

            assertThat(takeAll(one, other)).hasSize(4);
        }
    }

    @Test
    void onH2EachInstancesOwnLimiterIsTheWholeLimit() {
        assertThat(ConcurrencySlots.of(MigratedDatabases.h2(), Duration.ofMinutes(3)).shared()).isFalse();
        assertThat(takeAll(endpoint(ConcurrencySlots.LOCAL))).hasSize(MAX_CONCURRENCY);
    }
}
