package io.docroute.intake;

import javax.sql.DataSource;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class IntakeConfiguration {

    /**
     * Content hashes of the documents already processed, in the cache database (table by Flyway), so a re-dropped
     * identical document is not processed twice, across restarts and across instances sharing the database.
     */
    @Bean
    public JdbcMessageIdRepository processedDocuments(DataSource dataSource) {
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(dataSource, "documents");
        repository.setCreateTableIfNotExists(false);
        return repository;
    }
}
