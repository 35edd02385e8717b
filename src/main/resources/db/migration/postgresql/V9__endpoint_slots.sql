-- An endpoint's concurrency slots, shared by every instance on a PostgreSQL database: rows 0 … max-concurrency − 1
-- per endpoint; a call holds one (holder, until expires_at) while it runs. H2 serves one instance, whose own
-- limiter is the whole limit.
CREATE TABLE endpoint_slot (
    endpoint   VARCHAR(200) NOT NULL,
    slot       INTEGER      NOT NULL,
    holder     VARCHAR(64),
    expires_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (endpoint, slot)
);
