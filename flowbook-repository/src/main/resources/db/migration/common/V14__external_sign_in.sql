-- sso4 (#20): accounts created by single sign-on (OpenID Connect) are found again by the identity
-- provider's issuer and the subject it gives the person, never by a name that could be chosen by
-- someone else. Local accounts leave both empty; several NULL pairs are allowed by the unique index
-- on H2 and PostgreSQL alike.
ALTER TABLE users ADD COLUMN external_issuer VARCHAR(500);
ALTER TABLE users ADD COLUMN external_subject VARCHAR(255);
CREATE UNIQUE INDEX users_external_identity ON users (external_issuer, external_subject);
