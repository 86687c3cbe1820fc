-- Read-and-acknowledge (issue 16): each publication, whether it asks the people it affects to
-- confirm they read it, and one task per affected person. A person is a name in the
-- organization's people (not an account); see PersonLink for how an account finds its person.

CREATE TABLE publications (
  process_id VARCHAR(100) NOT NULL REFERENCES processes (id),
  version INTEGER NOT NULL,
  previous_version INTEGER,
  published_by VARCHAR(100) NOT NULL,
  published_at TIMESTAMP WITH TIME ZONE NOT NULL,
  ack_required BOOLEAN NOT NULL,
  due_date DATE,
  PRIMARY KEY (process_id, version)
);

CREATE TABLE acknowledgements (
  process_id VARCHAR(100) NOT NULL,
  version INTEGER NOT NULL,
  person_key VARCHAR(200) NOT NULL,
  person_name VARCHAR(200) NOT NULL,
  email VARCHAR(300) NOT NULL,
  roles VARCHAR(2000) NOT NULL,
  steps VARCHAR(2000) NOT NULL,
  acknowledged_at TIMESTAMP WITH TIME ZONE,
  acknowledged_by VARCHAR(100),
  PRIMARY KEY (process_id, version, person_key),
  FOREIGN KEY (process_id, version) REFERENCES publications (process_id, version)
);

CREATE INDEX acknowledgements_person ON acknowledgements (person_key);

-- The language an account last chose in the web app: the language of its e-mail digest.
CREATE TABLE user_settings (
  username VARCHAR(100) PRIMARY KEY,
  language VARCHAR(5) NOT NULL
);

-- One e-mail digest per recipient and day: sent once, retried while it fails.
CREATE TABLE mail_digests (
  recipient VARCHAR(300) NOT NULL,
  digest_day DATE NOT NULL,
  attempts INTEGER NOT NULL,
  sent_at TIMESTAMP WITH TIME ZONE,
  last_error VARCHAR(2000),
  PRIMARY KEY (recipient, digest_day)
);
