-- Several server instances on one database (issue 20, docs/decisions/0625). What an instance used
-- to keep in memory and must share with the others lives here; the search index stays per instance
-- and follows the audit log (see ChangeFeed).

-- Sign-in failures per bucket (name and address, name, address, name and device). The bucket is a
-- SHA-256 of its key, so no user name or address is stored; a bucket idle for an hour is forgotten.
CREATE TABLE login_failures (
  bucket VARCHAR(64) PRIMARY KEY,
  failures INTEGER NOT NULL,
  last_failure TIMESTAMP WITH TIME ZONE NOT NULL,
  blocked_until TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX login_failures_last ON login_failures (last_failure);

-- Keys every instance must agree on (the device cookie's HMAC key), made once by whichever
-- instance needs one first.
CREATE TABLE shared_secrets (
  name VARCHAR(50) PRIMARY KEY,
  secret VARCHAR(200) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Background jobs that must run once across instances (the e-mail digest, housekeeping): the
-- instance that takes the lease runs the job; a lease not renewed by its deadline (the instance
-- died) is taken over. next_due says when the job is due again.
CREATE TABLE job_leases (
  job VARCHAR(100) PRIMARY KEY,
  holder VARCHAR(200),
  lease_until TIMESTAMP WITH TIME ZONE NOT NULL,
  next_due TIMESTAMP WITH TIME ZONE NOT NULL,
  runs BIGINT NOT NULL,
  last_run_by VARCHAR(200),
  last_run_at TIMESTAMP WITH TIME ZONE
);
