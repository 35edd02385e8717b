-- Jobs of every instance on the database, so that any instance answers GET /api/jobs/{id}, its events and its
-- result: one row per job, one row per event it told (in order), the written result and OpenAPI draft once done.
CREATE TABLE docroute_job (
    id           VARCHAR(64)   NOT NULL PRIMARY KEY,
    document     VARCHAR(1000) NOT NULL,
    channel      VARCHAR(16)   NOT NULL,
    state        VARCHAR(16)   NOT NULL,
    submitted_at TIMESTAMP     NOT NULL,
    finished_at  TIMESTAMP,
    error        VARCHAR(4000),
    result_json  VARCHAR(1000000),
    openapi_yaml VARCHAR(1000000)
);
CREATE INDEX docroute_job_submitted ON docroute_job (submitted_at);

CREATE TABLE docroute_job_event (
    job_id VARCHAR(64)     NOT NULL,
    seq    INTEGER         NOT NULL,
    event  VARCHAR(200000) NOT NULL,
    PRIMARY KEY (job_id, seq)
);
