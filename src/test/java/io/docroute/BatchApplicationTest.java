package io.docroute;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application as the {@code run} command starts it ({@link OneShot}): no intake, no broker client, no web
 * server, no login, no JMX; Camel does not keep the test JVM alive. A test class adds what it is about with
 * {@code @TestPropertySource}; classes with the same additions share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "camel.main.run-controller=false", "docroute.service-mode=false",
        "spring.autoconfigure.exclude=" + OneShot.EXCLUDED_AUTO_CONFIGURATION})
public @interface BatchApplicationTest {
}
