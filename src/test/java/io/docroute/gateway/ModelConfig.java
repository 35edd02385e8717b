package io.docroute.gateway;

import java.util.function.Supplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Registers test model endpoints. All of a list's entries must come from one property source — Spring replaces
 * a list whole — so tests whose peers have dynamic ports declare every endpoint here, not in {@code properties}.
 */
public final class ModelConfig {

    private ModelConfig() {
    }

    public static void endpoint(DynamicPropertyRegistry registry, int index, String id, String kind, String apiKey,
                         Supplier<Object> baseUrl, String... extra) {
        String prefix = "docroute.models[" + index + "].";
        registry.add(prefix + "id", () -> id);
        registry.add(prefix + "kind", () -> kind);
        registry.add(prefix + "model", () -> id + "-model");
        registry.add(prefix + "api-key", () -> apiKey);
        registry.add(prefix + "base-url", baseUrl);
        for (String setting : extra) {
            int equals = setting.indexOf('=');
            registry.add(prefix + setting.substring(0, equals), () -> setting.substring(equals + 1));
        }
    }
}
