package io.docroute.gateway;

import java.util.Map;
import java.util.function.BiConsumer;
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
        register(registry::add, index, id, kind, apiKey, baseUrl, extra);
    }

    /** The same endpoint among a {@link GatewayFixture}'s settings. */
    public static void endpoint(Map<String, Object> settings, int index, String id, String kind, String apiKey,
                                String baseUrl, String... extra) {
        register((name, value) -> settings.put(name, value.get()), index, id, kind, apiKey, () -> baseUrl, extra);
    }

    private static void register(BiConsumer<String, Supplier<Object>> setting, int index, String id, String kind,
                                 String apiKey, Supplier<Object> baseUrl, String... extra) {
        String prefix = "docroute.models[" + index + "].";
        setting.accept(prefix + "id", () -> id);
        setting.accept(prefix + "kind", () -> kind);
        setting.accept(prefix + "model", () -> id + "-model");
        setting.accept(prefix + "api-key", () -> apiKey);
        setting.accept(prefix + "base-url", baseUrl);
        for (String extraSetting : extra) {
            int equals = extraSetting.indexOf('=');
            setting.accept(prefix + extraSetting.substring(0, equals), () -> extraSetting.substring(equals + 1));
        }
    }
}
