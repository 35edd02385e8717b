-- What the model answer cost when it was bought: a hit saves this much.
ALTER TABLE answer_cache ADD COLUMN cost_usd DOUBLE PRECISION DEFAULT 0 NOT NULL;
