-- Throttling (sign-in, anonymous requests that send mail): Bucket4j's buckets, shared by every
-- instance. The id names the limit, its rate and a hash of what is counted (no sign-in name or
-- address in clear); expires_at (epoch milliseconds) is when the bucket has refilled and its row
-- can go.
CREATE TABLE throttle_bucket (
    id         text PRIMARY KEY,
    state      bytea,
    expires_at bigint
);

CREATE INDEX throttle_bucket_expires_at ON throttle_bucket (expires_at);
