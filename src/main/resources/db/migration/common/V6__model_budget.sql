-- The daily model spend limit, shared by every instance on the database: per UTC day, what calls cost and what
-- calls in flight hold against the limit (their worst case) until they settle.
CREATE TABLE model_budget (
    budget_day   DATE             NOT NULL PRIMARY KEY,
    spent_usd    DOUBLE PRECISION DEFAULT 0 NOT NULL,
    reserved_usd DOUBLE PRECISION DEFAULT 0 NOT NULL
);
