package io.docroute.jobs;

import io.docroute.output.OpenApiWriter;
import io.docroute.output.ReportWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;

@Configuration(proxyBeanMethods = false)
public class JobsConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(JobsConfiguration.class);

    /** Jobs in the cache database for every instance to answer, in service mode ({@code docroute.jobs.shared}). */
    @Bean(destroyMethod = "close")
    public SharedJobs sharedJobs(DataSource dataSource, ReportWriter reports, OpenApiWriter openApi,
                                 @Value("${docroute.jobs.shared:${docroute.service-mode:true}}") boolean shared) {
        return new SharedJobs(shared ? dataSource : null, reports, openApi);
    }

    /**
     * Every hour, forgets the shared jobs that finished longer ago than {@code docroute.jobs.shared-retention}
     * (7 days); any instance may do it, and doing it twice does no harm.
     */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService sharedJobsRetention(SharedJobs jobs,
                                                 @Value("${docroute.jobs.shared-retention:P7D}") Duration retention) {
        ScheduledExecutorService purging = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "docroute-jobs-retention");
            thread.setDaemon(true);
            return thread;
        });
        if (jobs.enabled()) {
            purging.scheduleWithFixedDelay(() -> {
                try {
                    int purged = jobs.purge(Instant.now().minus(retention));
                    if (purged > 0) {
                        LOG.info("Forgot {} shared job(s) finished more than {} ago", purged, retention);
                    }
                } catch (DataAccessException e) {
                    LOG.warn("Could not forget old shared jobs: {}", e.getMessage());
                }
            }, 1, 60, TimeUnit.MINUTES);
        }
        return purging;
    }
}
