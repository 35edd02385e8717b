package io.docroute.intake;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The service on its embedded, non-persistent broker without the inbox: documents arrive on the JMS queues (and the
 * HTTP API's, through MockMvc), two deliveries each, results and dead letters read back from the broker. The test
 * classes that use it share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@CamelSpringBootTest
@SpringBootTest(properties = {
        "camel.main.run-controller=false",
        "docroute.intake.file-enabled=false",
        "docroute.jms.enabled=true",
        "docroute.jms.max-deliveries=2",
        "docroute.jms.redelivery-delay=100ms",
        "spring.artemis.embedded.persistent=false",
        "docroute.routing.simulators=never",
        "docroute.max-document-bytes=50000",
        "docroute.outbox=target/jms-intake-test-out"})
public @interface BrokerApplicationTest {
}
