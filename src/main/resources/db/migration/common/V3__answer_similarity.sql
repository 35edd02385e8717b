-- The similarity tier: a block's structure signature and SimHash beside its answer.
ALTER TABLE answer_cache ADD COLUMN structure VARCHAR(64);
ALTER TABLE answer_cache ADD COLUMN simhash BIGINT;
CREATE INDEX answer_cache_structure ON answer_cache (structure);
