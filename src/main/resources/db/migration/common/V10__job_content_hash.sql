-- The content hash of a job's document, when its channel gave it: a post with an Idempotency-Key names its job, and
-- the same key sent with another document is refused by comparing this.
ALTER TABLE docroute_job ADD COLUMN content_hash VARCHAR(64);
