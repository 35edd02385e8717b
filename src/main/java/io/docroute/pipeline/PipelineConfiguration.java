package io.docroute.pipeline;

import io.docroute.DocRouteProperties;
import java.util.concurrent.ExecutorService;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class PipelineConfiguration {

    @Bean
    public DocumentMetrics documentMetrics(MeterRegistry registry) {
        return new DocumentMetrics(registry);
    }

    /**
     * The splitter's own pool: Camel's default profile runs 10 threads and grows only once 1,000 tasks queue,
     * so a document's blocks would go ten at a time. Fixed size, unbounded queue, managed by Camel.
     */
    @Bean(destroyMethod = "")
    public ExecutorService blockExecutor(CamelContext camelContext, DocRouteProperties properties) {
        ThreadPoolProfile profile = new ThreadPoolProfileBuilder("docroute-blocks")
                .poolSize(properties.maxConcurrency())
                .maxPoolSize(properties.maxConcurrency())
                .maxQueueSize(-1)
                .build();
        return camelContext.getExecutorServiceManager().newThreadPool(this, "docroute-block", profile);
    }
}
