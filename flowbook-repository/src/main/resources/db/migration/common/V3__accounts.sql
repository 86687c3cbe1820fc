-- Accounts: a password someone else set (the first start's admin password, a reset from the
-- command line) must be replaced by its owner at the next sign-in.
ALTER TABLE users ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
