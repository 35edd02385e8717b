package io.docroute.gateway;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the endpoints' RPM and TPM buckets live. On a PostgreSQL cache database they live in it (Bucket4j's
 * PostgreSQL proxy, {@code SELECT … FOR UPDATE} on table {@code rate_bucket}): every instance on the database draws
 * from one bucket per endpoint, so the cluster together stays under the provider's limit. Otherwise (H2, one
 * instance) they live in this process.
 */
public final class RateBuckets {

    /** Buckets of this process only. */
    public static final RateBuckets LOCAL = new RateBuckets(null);

    private static final Logger LOG = LoggerFactory.getLogger(RateBuckets.class);

    private final ProxyManager<String> database;

    private RateBuckets(ProxyManager<String> database) {
        this.database = database;
    }

    /** Shared buckets when the database is PostgreSQL, this process's own otherwise. */
    public static RateBuckets of(DataSource dataSource) {
        if (!onPostgreSql(dataSource)) {
            return LOCAL;
        }
        return new RateBuckets(Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING).table("rate_bucket").idColumn("id").stateColumn("state")
                .build());
    }

    /** Whether the cache database is PostgreSQL, the one the cluster's shared limits live in. */
    static boolean onPostgreSql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            LOG.warn("Cannot tell the cache database's kind ({}): the endpoints' limits stay in this process",
                    e.getMessage());
            return false;
        }
    }

    /** Whether the buckets are in the database: every look at one is a round trip there. */
    public boolean shared() {
        return database != null;
    }

    /**
     * The bucket named {@code name}. A shared bucket takes a changed limit at once (the limit is its configuration's
     * version), keeping the tokens it holds.
     */
    Bucket bucket(String name, Bandwidth limit) {
        if (database == null) {
            return Bucket.builder().addLimit(limit).build();
        }
        BucketConfiguration configuration = BucketConfiguration.builder().addLimit(limit).build();
        long version = ((long) limit.getCapacity() << 32) ^ limit.getRefillTokens() ^ limit.getRefillPeriodNanos();
        return database.builder().withImplicitConfigurationReplacement(version, TokensInheritanceStrategy.AS_IS)
                .build(name, configuration);
    }
}
