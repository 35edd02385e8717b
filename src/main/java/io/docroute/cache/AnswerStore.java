package io.docroute.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docroute.extraction.InterfaceSpec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The persistent tier: answers in a JDBC table managed by Flyway (an embedded H2 file under
 * {@code LLM_CACHE_DIR} by default, PostgreSQL by configuration). It survives restarts; expiry is by write time.
 */
public class AnswerStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;

    public AnswerStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static final String ANSWER_COLUMNS = "cache_key, spec_json, endpoint, model, expires_at, cost_usd";

    /** An unexpired answer, counting the hit (hit counts choose what warms the memory tier at start-up). */
    @Transactional
    public Optional<StoredAnswer> find(String key) {
        Timestamp now = Timestamp.from(clock.instant());
        Optional<StoredAnswer> found = jdbc.sql("SELECT " + ANSWER_COLUMNS
                        + " FROM answer_cache WHERE cache_key = ? AND expires_at > ?")
                .params(key, now)
                .query(this::answer)
                .optional();
        found.ifPresent(answer -> jdbc.sql("UPDATE answer_cache SET hits = hits + 1, last_hit_at = ? WHERE cache_key = ?")
                .params(now, key).update());
        return found;
    }

    /** Stores a validated answer with what it cost, expiring {@code ttl} after now. */
    @Transactional
    public void save(String key, InterfaceSpec spec, String endpoint, String model, double costUsd, Duration ttl) {
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                        UPDATE answer_cache SET spec_json = ?, endpoint = ?, model = ?, cost_usd = ?, created_at = ?,
                        expires_at = ? WHERE cache_key = ?""")
                .params(write(spec), endpoint, model, costUsd, Timestamp.from(now), Timestamp.from(now.plus(ttl)), key)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO answer_cache (cache_key, spec_json, endpoint, model, cost_usd, created_at,
                            expires_at, hits) VALUES (?, ?, ?, ?, ?, ?, ?, 0)""")
                    .params(key, write(spec), endpoint, model, costUsd, Timestamp.from(now),
                            Timestamp.from(now.plus(ttl)))
                    .update();
        }
    }

    /**
     * The keys and SimHashes of the most recent unexpired answers that carry their block: what nominates the base of
     * a patch request, read without the answers themselves, which only the nominated one needs.
     */
    public List<Fingerprint> recent(int limit) {
        return jdbc.sql("SELECT cache_key, simhash FROM answer_cache"
                        + " WHERE simhash IS NOT NULL AND block_text IS NOT NULL AND expires_at > ?"
                        + " ORDER BY created_at DESC FETCH FIRST " + limit + " ROWS ONLY")
                .params(Timestamp.from(clock.instant()))
                .query((rs, row) -> new Fingerprint(rs.getString(1), rs.getLong(2)))
                .list();
    }

    public record Fingerprint(String key, long simhash) {
    }

    /** A nominated answer with the block it was bought for, if it is still there and unexpired. */
    public Optional<Candidate> candidate(String key) {
        return jdbc.sql("SELECT " + ANSWER_COLUMNS + ", block_text FROM answer_cache"
                        + " WHERE cache_key = ? AND block_text IS NOT NULL AND expires_at > ?")
                .params(key, Timestamp.from(clock.instant()))
                .query((rs, row) -> new Candidate(answer(rs, row), rs.getString(7)))
                .optional();
    }

    /** @param block the block the answer was bought for, normalised ({@link BlockKeys#normalized}) */
    public record Candidate(StoredAnswer answer, String block) {
    }

    /** Records the block (normalised) and its SimHash beside its answer. */
    public void describe(String key, String block, long simhash) {
        jdbc.sql("UPDATE answer_cache SET block_text = ?, simhash = ? WHERE cache_key = ?")
                .params(block, simhash, key).update();
    }

    /** The most used unexpired answers, most used first. */
    public List<StoredAnswer> mostUsed(int limit) {
        return jdbc.sql("SELECT " + ANSWER_COLUMNS
                        + " FROM answer_cache WHERE expires_at > ? ORDER BY hits DESC, created_at DESC")
                .params(Timestamp.from(clock.instant()))
                .query(this::answer)
                .list().stream().limit(limit).toList();
    }

    /** Entries, unexpired entries and hits, for {@code cache stats}. */
    public Summary summary() {
        return jdbc.sql("SELECT COUNT(*), COALESCE(SUM(CASE WHEN expires_at > ? THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(hits), 0) FROM answer_cache")
                .params(Timestamp.from(clock.instant()))
                .query((rs, row) -> new Summary(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    public record Summary(long entries, long unexpired, long hits) {
    }

    /** Rows in the table, expired ones included (they are replaced on their next write). */
    public long size() {
        return jdbc.sql("SELECT COUNT(*) FROM answer_cache").query(Long.class).single();
    }

    public int clear() {
        return jdbc.sql("DELETE FROM answer_cache").update();
    }

    private StoredAnswer answer(ResultSet rs, int row) throws SQLException {
        return new StoredAnswer(rs.getString(1), read(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), rs.getDouble(6));
    }

    private InterfaceSpec read(String text) {
        try {
            return json.readValue(text, InterfaceSpec.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a cached answer is not readable JSON", e);
        }
    }

    private String write(InterfaceSpec spec) {
        try {
            return json.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer cannot be written as JSON", e);
        }
    }

    /** @param costUsd what the model answer cost when it was bought */
    public record StoredAnswer(String key, InterfaceSpec spec, String endpoint, String model, Instant expiresAt,
                               double costUsd) {
    }
}
