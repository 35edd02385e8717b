package io.docroute.intake;

import io.docroute.DocRouteProperties;
import io.docroute.jobs.JobRegistry;
import io.docroute.output.ReportWriter;
import java.util.List;
import javax.sql.DataSource;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.file.strategy.FileIdempotentChangedRepositoryReadLockStrategy;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.springframework.beans.factory.annotation.Value;
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
        return new ProcessedDocuments(dataSource, "documents");
    }

    /**
     * The inbox's read lock, shared by every instance watching the same folder through the cache database: a file is
     * taken by the one instance that records its path first (Camel's idempotent read lock on
     * {@link InboxLocks}), once it has stopped changing (the {@code changed} lock). The
     * holder renews its entry while it works (a third of {@code docroute.intake.lock-max-age}), so the entry of an
     * instance that was killed ages out and the file is taken again. An entry is removed once its file is done or
     * failed, a moment later ({@code poll-delay}) so that another instance's scan that listed the file meanwhile
     * finds it still locked. A file is taken only while the instance has fewer than
     * {@code docroute.intake.max-documents-in-flight} inbox documents under way ({@link InboxReadLock}).
     *
     * <p>Given to the endpoint as its read lock strategy rather than through {@code idempotentRepository=}: the file
     * consumer also treats that option as its own idempotent repository and, after a scan, removes the entries of
     * the files it listed but could not lock, which are the entries other instances hold.
     */
    @Bean
    public FileIdempotentChangedRepositoryReadLockStrategy inboxReadLock(InboxLocks locks, CamelContext camel,
            DocRouteProperties properties, @Value("${docroute.intake.poll-delay}") int pollDelay) {
        DocRouteProperties.Intake intake = properties.intake();
        FileIdempotentChangedRepositoryReadLockStrategy lock = new InboxReadLock("intake-file",
                intake.maxDocumentsInFlight());
        lock.setCamelContext(camel);
        lock.setIdempotentRepository(locks);
        lock.setRemoveOnCommit(true);
        lock.setRemoveOnRollback(true);
        lock.setReadLockIdempotentReleaseDelay(pollDelay);
        lock.setCheckInterval(intake.readLockCheckInterval());
        lock.setMinAge(intake.readLockMinAge());
        lock.setTimeout(intake.readLockTimeout());
        lock.setMinLength(0);
        return lock;
    }

    /** The rows behind {@link #inboxReadLock}, renewed from start to stop. */
    @Bean(destroyMethod = "stop")
    InboxLocks inboxLocks(DataSource dataSource, DocRouteProperties properties) {
        InboxLocks locks = new InboxLocks(dataSource, "inbox-locks", properties.intake().lockMaxAge());
        locks.start();
        return locks;
    }

    /** Posted documents go to the broker when there is one: they outlive the instance that accepted them. */
    @Bean
    public PostedDocuments postedDocuments(ProducerTemplate producer, JmsProperties jms,
                                           @Value("${docroute.api.queue-size:100}") int queueSize) {
        return new PostedDocuments(producer, jms.enabled(), queueSize);
    }

    @Bean
    public DeadLetters deadLetters(JmsProperties jms, JobRegistry jobs, ReportWriter writer) {
        return new DeadLetters(jms, jobs, writer);
    }

    @Bean
    public JmsDocuments jmsDocuments(JmsProperties jms, DocRouteProperties docroute, ReportWriter writer) {
        return new JmsDocuments(jms, docroute, writer);
    }

    /**
     * The embedded broker's addresses: a document is delivered again after {@code redelivery-delay} when its
     * transaction rolls back; DocRoute moves it to the dead-letter queue with its error on the last attempt, and
     * the broker's own dead-letter address catches anything past that (deliveries that never ended: their
     * instances stopped), where the route {@code intake-dead-letters} reports it. The dead-letter queue itself
     * never drops or moves a message, however often its reporting rolls back. None of DocRoute's queues is deleted
     * when it is empty and has no consumer (the broker's default for a queue it created on first use), so neither
     * its counters nor its address's duplicate ids go with it. (An external broker needs the same address settings;
     * {@code bin/cluster} creates the queues, which the broker never deletes by itself.)
     */
    @Bean
    public ArtemisConfigurationCustomizer docrouteAddresses(JmsProperties jms) {
        return configuration -> {
            // a posted document's failure is its job's (handled, committed); it is delivered again only when an
            // instance died while processing it, and after a few such deaths it is set aside with the queued ones
            for (String documents : List.of(JmsProperties.DOCUMENTS, PostedDocuments.QUEUE)) {
                configuration.addAddressSetting(documents, kept(jms)
                        .setDeadLetterAddress(SimpleString.of(JmsProperties.DEAD_LETTERS))
                        .setMaxDeliveryAttempts(jms.brokerMaxDeliveries()));
            }
            configuration.addAddressSetting(JmsProperties.DEAD_LETTERS, kept(jms).setMaxDeliveryAttempts(-1));
            if (!jms.listen().isEmpty()) {
                try {
                    configuration.addAcceptorConfiguration("docroute", jms.listen());
                } catch (Exception e) {
                    throw new IllegalArgumentException("docroute.jms.listen is not an acceptor URL: " + jms.listen(), e);
                }
            }
        };
    }

    /** Settings of a DocRoute address: redelivered after the configured delay, never deleted by the broker. */
    private static AddressSettings kept(JmsProperties jms) {
        return new AddressSettings().setRedeliveryDelay(jms.redeliveryDelay().toMillis())
                .setAutoDeleteQueues(false).setAutoDeleteAddresses(false);
    }
}
