package io.docroute;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as a one-shot command starts it: no web server, no inbox, quiet logs. The caller closes the
 * context when done; {@code --docroute.x=y} arguments override every default.
 */
public final class OneShot {

    /** No broker client and no login: a one-shot command takes no document from a queue nor a request. */
    public static final String EXCLUDED_AUTO_CONFIGURATION =
            "org.springframework.boot.autoconfigure.artemis.ArtemisAutoConfiguration,"
            + "org.springframework.boot.autoconfigure.jms.JmsAutoConfiguration,"
            + "org.springframework.boot.actuate.autoconfigure.jms.JmsHealthContributorAutoConfiguration,"
            + "org.apache.camel.component.jms.springboot.JmsComponentAutoConfiguration,"
            + "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration";

    private OneShot() {
    }

    public static ConfigurableApplicationContext start(String[] args, Map<String, Object> defaults) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "docroute.service-mode", "false",
                // nobody inspects a one-shot command in JMX
                "camel.main.jmx-enabled", "false",
                "logging.level.root", "WARN",
                // a one-shot command closes Camel quickly on purpose
                "logging.level.org.apache.camel.spring.boot.SpringBootCamelContext", "ERROR",
                "spring.autoconfigure.exclude", EXCLUDED_AUTO_CONFIGURATION));
        properties.putAll(defaults);
        SpringApplication application = new SpringApplication(DocRouteApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(properties);
        return application.run(args);
    }
}
