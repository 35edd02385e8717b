package io.docroute;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * The {@code run} application ({@link BatchApplicationTest}) with one simulated model endpoint, {@value #ENDPOINT},
 * that answers every call after a short latency and charges for its tokens; the answer cache on, answers kept an
 * hour by a clock the test moves ({@link MutableClock}); no fallback to the local extractor, so every answer is the
 * endpoint's. The classes about the cache and the meters share this one application context: each measures what
 * it does as a difference, and clears the cache where it needs it empty.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BatchApplicationTest
@Import(OneSimulatedModelTest.MovableClock.class)
@TestPropertySource(properties = {
        "docroute.routing.simulators=always",
        "docroute.routing.fallback-enabled=false",
        "docroute.cache.ttl=1h",
        "docroute.models[0].id=" + OneSimulatedModelTest.ENDPOINT, "docroute.models[0].kind=simulator",
        "docroute.models[0].model=s",
        "docroute.models[0].simulator.latency-median=20ms",
        "docroute.models[0].price-input-per-mtok=1.0", "docroute.models[0].price-output-per-mtok=2.0"})
public @interface OneSimulatedModelTest {

    String ENDPOINT = "simulated";

    @TestConfiguration
    class MovableClock {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}
