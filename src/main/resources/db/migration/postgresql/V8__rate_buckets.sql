-- The endpoints' RPM and TPM buckets, shared by every instance on a PostgreSQL database (Bucket4j's state, one row
-- per bucket: "rpm:<endpoint>", "tpm:<endpoint>"). H2 serves one instance, which keeps its buckets in memory.
CREATE TABLE rate_bucket (
    id    VARCHAR(200) NOT NULL PRIMARY KEY,
    state BYTEA
);
