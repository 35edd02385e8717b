package io.docroute.gateway;

import io.docroute.DocRouteProperties;
import io.docroute.extraction.LocalExtraction;
import io.docroute.extraction.LocalExtractor;
import io.docroute.extraction.SpecValidator;
import io.docroute.gateway.provider.PromptTemplates;
import io.docroute.gateway.simulator.Simulators;
import java.time.Clock;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class GatewayConfiguration {

    static final java.time.Duration LEASE = java.time.Duration.ofSeconds(15);

    @Bean(destroyMethod = "close")
    public Simulators simulators() {
        return new Simulators();
    }

    @Bean
    public ModelEndpoints modelEndpoints(GatewayProperties properties, Simulators simulators, LocalExtractor extractor,
                                         DataSource dataSource, ConcurrencySlots concurrencySlots) {
        return new ModelEndpoints(properties, simulators, extractor, RateBuckets.of(dataSource),
                concurrencySlots);
    }

    /** A killed instance's slots come back within {@link #LEASE}; a live one renews its own. */
    @Bean(destroyMethod = "close")
    public ConcurrencySlots concurrencySlots(DataSource dataSource) {
        return ConcurrencySlots.of(dataSource, LEASE);
    }

    /** A killed instance's budget holds lapse within {@link #LEASE}, like its slots. */
    @Bean(destroyMethod = "close")
    public DailyBudget dailyBudget(GatewayProperties properties, Clock clock, DataSource dataSource) {
        return new DailyBudget(properties.budget().dailyUsd(), clock, LEASE, dataSource);
    }

    @Bean(destroyMethod = "close")
    public LoadGuard loadGuard(DocRouteProperties properties,
                               @Value("${docroute.load-guard.enabled:true}") boolean enabled) {
        // the block pool already caps first attempts at max-concurrency; the tenth on top is room for hedges
        // and for the losers of hedge races still finishing, which would otherwise block every hedge in a burst
        int hedgeRoom = Math.max(1, properties.maxConcurrency() / 10);
        return new LoadGuard(properties.maxConcurrency() + hedgeRoom, LoadGuard.Sampler.platform(), enabled);
    }

    @Bean
    public ModelGateway modelGateway(ModelEndpoints endpoints, GatewayProperties properties, LocalExtraction local,
                                     DailyBudget budget, LoadGuard loadGuard) {
        return new ModelGateway(endpoints, properties, local, budget, loadGuard);
    }

    @Bean(destroyMethod = "close")
    public Hedging hedging(GatewayProperties properties, ModelEndpoints endpoints, ModelGateway gateway,
                           org.apache.camel.CamelContext camelContext) {
        return new Hedging(properties.routing().hedgeAfter(), endpoints, gateway, camelContext);
    }

    @Bean
    public BlockBatcher blockBatcher(GatewayProperties properties, ModelEndpoints endpoints,
                                     org.apache.camel.ProducerTemplate producer) {
        return new BlockBatcher(properties, endpoints, producer);
    }

    @Bean
    public PromptTemplates promptTemplates(@Value("${docroute.extraction.prompts:config/prompts}") String location) {
        return new PromptTemplates(location);
    }

    @Bean
    public ProviderCalls providerCalls(PromptTemplates prompts, SpecValidator validator, ModelGateway gateway,
                                       LocalExtraction local, GatewayProperties properties) {
        return new ProviderCalls(prompts, validator, gateway, local, properties);
    }

    @Bean
    public ModelGatewayRoutes modelGatewayRoutes(ModelEndpoints endpoints, ModelGateway gateway,
                                                 GatewayProperties properties) {
        return new ModelGatewayRoutes(endpoints, gateway, properties);
    }

    @Bean
    public GatewayMetrics gatewayMetrics(ModelEndpoints endpoints) {
        return new GatewayMetrics(endpoints);
    }

    @Bean
    public ProviderConnections providerConnections(CamelContext camel, ModelEndpoints endpoints) {
        return new ProviderConnections(camel, endpoints);
    }

    /**
     * One pooled HTTP client for all providers, sized to the concurrency, with the request timeout applied.
     * (HttpClient's own retries are switched off in application.yaml: set here, the component's bound properties
     * would reset the flag.)
     */
    @Bean
    public ComponentCustomizer httpClientSettings(GatewayProperties gateway, DocRouteProperties properties) {
        return ComponentCustomizer.builder(HttpComponent.class).build(http -> {
            long timeout = gateway.requestTimeout().toMillis();
            http.setResponseTimeout(timeout);
            http.setSoTimeout(timeout);
            http.setConnectTimeout(10_000);
            http.setConnectionRequestTimeout(timeout);
            http.setMaxTotalConnections(Math.max(20, properties.maxConcurrency() * 2));
            http.setConnectionsPerRoute(Math.max(20, properties.maxConcurrency()));
        });
    }
}
