-- Validated, non-degraded model answers by exact block key (see io.docroute.cache.BlockKeys).
CREATE TABLE answer_cache (
    cache_key   VARCHAR(64)  NOT NULL PRIMARY KEY,
    spec_json   CLOB         NOT NULL,
    endpoint    VARCHAR(100) NOT NULL,
    model       VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    expires_at  TIMESTAMP    NOT NULL,
    hits        BIGINT       NOT NULL DEFAULT 0,
    last_hit_at TIMESTAMP
);

CREATE INDEX answer_cache_hits ON answer_cache (hits DESC, expires_at);
