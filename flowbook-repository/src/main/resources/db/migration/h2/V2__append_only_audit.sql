-- The audit log is append-only: the database itself refuses UPDATE and DELETE on it.
CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log FOR EACH ROW
  CALL 'org.flowbook.repository.audit.AppendOnlyTrigger';
