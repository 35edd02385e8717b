package io.docroute.gateway;

import io.docroute.DocRouteProperties;
import io.docroute.MigratedDatabases;
import io.docroute.config.ConfigResources;
import io.docroute.document.InterfaceBlock;
import io.docroute.extraction.Extraction;
import io.docroute.extraction.LocalExtraction;
import io.docroute.extraction.LocalExtractor;
import io.docroute.extraction.SpecValidator;
import io.docroute.gateway.provider.PromptTemplates;
import io.docroute.gateway.simulator.Simulators;
import io.docroute.vocabulary.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * The model gateway without the application around it, for the tests of one routing setting each: the gateway's
 * routes (its route file and {@link ModelGatewayRoutes}) in a Camel context of their own, its beans made by
 * {@link GatewayConfiguration}'s own methods, its settings bound by Spring Boot's binder from the application's
 * configuration files under a test's own settings and the JVM's, as the application binds them. A test asks
 * {@code direct:ask-models}, where the answer cache hands a block it does not hold. The pipeline around the
 * gateway (its cache, documents, the application's assembly) is the subject of the application tests.
 *
 * <p>An extension: a test class registers it after the peers its endpoints call, which start first, and it starts one
 * gateway for the class, or one per test ({@link #eachTest()}).
 */
final class GatewayFixture implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    /** After the extensions registered without an order, the peers. */
    static final int AFTER_THE_PEERS = Order.DEFAULT + 1;
    /** The application's configuration files, the operator's first; read once, as every gateway reads them alike. */
    private static final List<PropertySource<?>> CONFIGURATION_FILES =
            List.of(yaml("config/application.yaml"), yaml("application.yaml"));

    private final Map<String, Object> settings = new LinkedHashMap<>();
    private final List<Consumer<Map<String, Object>>> endpoints = new ArrayList<>();
    private boolean eachTest;
    private Started started;

    private GatewayFixture() {
    }

    /** The gateway with the application's settings under these ({@code name=value}). */
    static GatewayFixture with(String... settings) {
        GatewayFixture fixture = new GatewayFixture();
        // read as @TestPropertySource reads its properties
        fixture.settings.putAll(TestPropertySourceUtils.convertInlinedPropertiesToMap(settings));
        return fixture;
    }

    /** One more model endpoint ({@link ModelConfig}), its base URL read when the gateway starts. */
    GatewayFixture endpoint(int index, String id, String kind, String apiKey, Supplier<String> baseUrl,
                            String... extra) {
        endpoints.add(all -> ModelConfig.endpoint(all, index, id, kind, apiKey, baseUrl.get(), extra));
        return this;
    }

    /** A new gateway for every test, for tests whose calls leave an endpoint out until a restart. */
    GatewayFixture eachTest() {
        eachTest = true;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (!eachTest) {
            start();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (eachTest) {
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (eachTest) {
            started.close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (!eachTest) {
            started.close();
        }
    }

    private void start() throws Exception {
        Map<String, Object> all = new LinkedHashMap<>(settings);
        endpoints.forEach(endpoint -> endpoint.accept(all));
        started = new Started(all);
    }

    /** Asks the endpoints about one block, as the pipeline does for a block the cache does not hold. */
    Extraction ask(InterfaceBlock block) {
        return started.producer.requestBody("direct:ask-models", block, Extraction.class);
    }

    CompletableFuture<Extraction> askAsync(InterfaceBlock block) {
        return started.producer.asyncRequestBody("direct:ask-models", block, Extraction.class);
    }

    /** Asks about blocks 0..count-1 ({@link Blocks#numbered}) all at once and waits for every answer, in order. */
    List<Extraction> askAtOnce(int count) {
        List<CompletableFuture<Extraction>> pending = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pending.add(askAsync(Blocks.numbered(i)));
        }
        return pending.stream().map(CompletableFuture::join).toList();
    }

    ModelEndpoints endpoints() {
        return started.endpoints;
    }

    Simulators simulators() {
        return started.simulators;
    }

    Hedging hedging() {
        return started.hedging;
    }

    DailyBudget budget() {
        return started.budget;
    }

    /** One started gateway and what it opened. */
    private static final class Started implements AutoCloseable {

        private final List<AutoCloseable> opened = new ArrayList<>();
        private final CamelContext camel;
        private final ProducerTemplate producer;
        private final Simulators simulators;
        private final ModelEndpoints endpoints;
        private final Hedging hedging;
        private final DailyBudget budget;

        Started(Map<String, Object> settings) throws Exception {
            Binder binder = binder(settings);
            GatewayProperties properties = binder.bindOrCreate("docroute", GatewayProperties.class);
            DocRouteProperties docroute = binder.bindOrCreate("docroute", DocRouteProperties.class);
            GatewayConfiguration configuration = new GatewayConfiguration();
            DataSource database = MigratedDatabases.h2();
            Clock clock = Clock.systemUTC();

            LocalExtractor extractor = new LocalExtractor(Vocabulary.load(ConfigResources.resolve(
                    binder.bind("docroute.vocabulary", String.class).orElse(Vocabulary.DEFAULT_LOCATION))));
            SpecValidator validator = new SpecValidator(ConfigResources.resolve(
                    binder.bind("docroute.extraction.schema", String.class).get()));
            LocalExtraction local = new LocalExtraction(extractor, validator);

            simulators = opened(configuration.simulators());
            ConcurrencySlots slots = opened(configuration.concurrencySlots(database));
            endpoints = configuration.modelEndpoints(properties, simulators, extractor, database, slots);
            budget = opened(configuration.dailyBudget(properties, clock, database));
            LoadGuard loadGuard = opened(configuration.loadGuard(docroute,
                    binder.bind("docroute.load-guard.enabled", Boolean.class).orElse(true)));
            ModelGateway gateway = configuration.modelGateway(endpoints, properties, local, budget, loadGuard);

            camel = new DefaultCamelContext();
            HttpComponent http = new HttpComponent();
            Map<String, Object> httpSettings = new LinkedHashMap<>();
            binder.bind("camel.component.http", Bindable.mapOf(String.class, Object.class)).orElse(Map.of())
                    .forEach((name, value) -> httpSettings.put(StringHelper.dashToCamelCase(name), value));
            PropertyBindingSupport.build().withMandatory(true).bind(camel, http, httpSettings);
            configuration.httpClientSettings(properties, docroute).configure("http", http);
            camel.addComponent("http", http);

            producer = camel.createProducerTemplate();
            hedging = opened(configuration.hedging(properties, endpoints, gateway, camel));
            PromptTemplates prompts = configuration.promptTemplates(
                    binder.bind("docroute.extraction.prompts", String.class).get());
            camel.getRegistry().bind("modelGateway", gateway);
            camel.getRegistry().bind("hedging", hedging);
            camel.getRegistry().bind("blockBatcher", configuration.blockBatcher(properties, endpoints, producer));
            camel.getRegistry().bind("providerCalls", configuration.providerCalls(prompts, validator, gateway, local,
                    properties));
            PluginHelper.getRoutesLoader(camel).loadRoutes(routeFile("error-handling"), routeFile("model-gateway"));
            camel.addRoutes(configuration.modelGatewayRoutes(endpoints, gateway, properties));
            camel.start();
        }

        @Override
        public void close() throws Exception {
            camel.close();
            for (int i = opened.size() - 1; i >= 0; i--) {
                opened.get(i).close();
            }
        }

        private <T extends AutoCloseable> T opened(T closeable) {
            opened.add(closeable);
            return closeable;
        }

        private Resource routeFile(String name) {
            return PluginHelper.getResourceLoader(camel).resolveResource("classpath:routes/" + name + ".camel.xml");
        }
    }

    /** The settings the application would see: the test's, the JVM's, then its configuration files. */
    private static Binder binder(Map<String, Object> settings) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addLast(new MapPropertySource("test", settings));
        StandardEnvironment jvm = new StandardEnvironment();
        jvm.getPropertySources().forEach(sources::addLast);
        CONFIGURATION_FILES.forEach(sources::addLast);
        return new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources));
    }

    private static PropertySource<?> yaml(String location) {
        try {
            return new YamlPropertySourceLoader().load(location, new ClassPathResource(location)).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
