package io.docroute.intake;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads a running child service's embedded cache database, through H2's AUTO_SERVER port, never creating it. */
final class CacheDatabase {

    private CacheDatabase() {
    }

    static long count(Path cacheDir, String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + cacheDir.resolve("answers")
                + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE", "sa", "");
             ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Model answers bought so far; 0 while the database does not exist yet. */
    static long answers(Path cacheDir) {
        try {
            return count(cacheDir, "SELECT COUNT(*) FROM answer_cache");
        } catch (SQLException notYetCreated) {
            return 0;
        }
    }
}
