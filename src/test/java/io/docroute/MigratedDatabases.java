package io.docroute;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * New cache databases with DocRoute's schema (its Flyway migrations, as the application runs them), for tests of
 * what several instances share without starting them: an in-memory H2 one, or one on the test PostgreSQL server.
 */
public final class MigratedDatabases {

    private MigratedDatabases() {
    }

    public static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrated-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return migrated(h2, "h2");
    }

    public static DataSource postgres() {
        return migrated(TestPostgres.dataSource(TestPostgres.newDatabase()), "postgresql");
    }

    private static DataSource migrated(DataSource dataSource, String vendor) {
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).load().migrate();
        return dataSource;
    }
}
