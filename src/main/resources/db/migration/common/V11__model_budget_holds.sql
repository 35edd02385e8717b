-- What calls in flight hold against the daily limit, one row per call instead of one sum per day: a hold is leased
-- and renewed by its instance while the call runs, so the holds of an instance that was killed lapse with their
-- leases instead of shutting the rest of the cluster out of the models until the day ends.
CREATE TABLE model_budget_hold (
    hold_id       VARCHAR(64)      NOT NULL PRIMARY KEY,
    budget_day    DATE             NOT NULL,
    usd           DOUBLE PRECISION NOT NULL,
    expires_at_ms BIGINT           NOT NULL
);
CREATE INDEX model_budget_hold_day ON model_budget_hold (budget_day, expires_at_ms);
ALTER TABLE model_budget DROP COLUMN reserved_usd;
