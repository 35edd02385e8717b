package io.docroute.jobs;

import io.docroute.output.OpenApiWriter;
import io.docroute.output.ReportWriter;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class JobsConfiguration {

    /** Jobs in the cache database for every instance to answer, in service mode ({@code docroute.jobs.shared}). */
    @Bean
    public SharedJobs sharedJobs(DataSource dataSource, ReportWriter reports, OpenApiWriter openApi,
                                 @Value("${docroute.jobs.shared:${docroute.service-mode:true}}") boolean shared) {
        return new SharedJobs(shared ? dataSource : null, reports, openApi);
    }
}
