package io.docroute.intake;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code docroute.jms.broker-url} set: Spring Boot's Artemis client connects to that broker and no embedded
 * broker starts. Also keeps the Artemis client from deserialising any ObjectMessage body (deny-list {@code *}),
 * behind DocRoute's own refusal of ObjectMessage.
 */
public class JmsBrokerSettings implements EnvironmentPostProcessor {

    static final String DENY_LIST = "org.apache.activemq.artemis.jms.deserialization.denylist";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(DENY_LIST) == null) {
            System.setProperty(DENY_LIST, "*");
        }
        String brokerUrl = environment.getProperty("docroute.jms.broker-url", "").strip();
        if (!brokerUrl.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource("docrouteJmsBroker", Map.of(
                    "spring.artemis.mode", "native",
                    "spring.artemis.broker-url", brokerUrl,
                    "spring.artemis.embedded.enabled", "false")));
        }
    }
}
