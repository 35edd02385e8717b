package io.docroute.intake;

import io.docroute.DocRouteProperties;
import io.docroute.output.ReportWriter;
import javax.sql.DataSource;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
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

    @Bean
    public JmsDocuments jmsDocuments(JmsProperties jms, DocRouteProperties docroute, ReportWriter writer) {
        return new JmsDocuments(jms, docroute, writer);
    }

    /**
     * The embedded broker's addresses: a document is delivered again after {@code redelivery-delay} when its
     * transaction rolls back; DocRoute moves it to the dead-letter queue with its error on the last attempt, and
     * the broker's own dead-letter address catches anything past that. (An external broker needs the same
     * address settings.)
     */
    @Bean
    public ArtemisConfigurationCustomizer docrouteAddresses(JmsProperties jms) {
        return configuration -> {
            configuration.addAddressSetting(JmsProperties.DOCUMENTS, new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of(JmsProperties.DEAD_LETTERS))
                    .setMaxDeliveryAttempts(jms.maxDeliveries() + 1)
                    .setRedeliveryDelay(jms.redeliveryDelay().toMillis()));
            if (!jms.listen().isEmpty()) {
                try {
                    configuration.addAcceptorConfiguration("docroute", jms.listen());
                } catch (Exception e) {
                    throw new IllegalArgumentException("docroute.jms.listen is not an acceptor URL: " + jms.listen(), e);
                }
            }
        };
    }
}
