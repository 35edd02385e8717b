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
    private static final Map<String, String> CLIENT_DEFAULTS = new java.util.LinkedHashMap<>(Map.of(
            "consumerWindowSize", "0", "connectionTTL", "15000", "clientFailureCheckPeriod", "5000"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(DENY_LIST) == null) {
            System.setProperty(DENY_LIST, "*");
        }
        String brokerUrl = environment.getProperty("docroute.jms.broker-url", "").strip();
        if (!brokerUrl.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource("docrouteJmsBroker", Map.of(
                    "spring.artemis.mode", "native",
                    "spring.artemis.broker-url", withClientDefaults(brokerUrl),
                    "spring.artemis.embedded.enabled", "false")));
        }
    }

    /**
     * The broker URL with the client settings a cluster of slow consumers needs, unless the URL sets them itself:
     * no documents buffered ahead in a consumer (consumerWindowSize=0: one buffered by an instance that dies counts
     * a delivery it never had, and enough of those send it to the dead-letter queue), and a dead instance's
     * connection noticed within seconds (connectionTTL), so what it held is delivered again.
     */
    static String withClientDefaults(String brokerUrl) {
        StringBuilder url = new StringBuilder(brokerUrl);
        CLIENT_DEFAULTS.forEach((name, value) -> {
            if (!brokerUrl.contains(name + "=")) {
                url.append(url.indexOf("?") < 0 ? '?' : '&').append(name).append('=').append(value);
            }
        });
        return url.toString();
    }
}
