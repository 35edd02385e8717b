package io.docroute.intake;

import javax.sql.DataSource;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.springframework.dao.DuplicateKeyException;

/**
 * Content hashes of the documents already processed (Camel's JDBC message id repository, table
 * {@code CAMEL_MESSAGEPROCESSED}). Camel's {@code add} counts the key's rows, then inserts it: two instances that
 * receive one document at once both count none, and the second insert breaks the primary key. Here that second
 * instance is told what it is, a duplicate, instead of failing the document.
 */
final class ProcessedDocuments extends JdbcMessageIdRepository {

    ProcessedDocuments(DataSource dataSource, String processorName) {
        super(dataSource, processorName);
        setCreateTableIfNotExists(false);
    }

    @Override
    public boolean add(String key) {
        try {
            return super.add(key);
        } catch (DuplicateKeyException e) {
            // another instance recorded the same document between this one's look and its insert
            return false;
        }
    }
}
