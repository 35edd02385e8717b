package io.docroute;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The service with its web server on a random port, the HTTP API, the dashboard and management, but without the
 * inbox and the broker, which tests of their own cover. A test class adds what it is about with
 * {@code @TestPropertySource}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camel.main.run-controller=false", "docroute.intake.file-enabled=false", "docroute.jms.enabled=false"})
public @interface ServiceApplicationTest {
}
