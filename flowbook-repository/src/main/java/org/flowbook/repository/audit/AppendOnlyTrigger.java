package org.flowbook.repository.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger on {@code audit_log} that refuses every UPDATE and DELETE, so not even the application
 * (which owns the database) can rewrite history. PostgreSQL gets the same rule in plpgsql.
 */
public final class AppendOnlyTrigger implements Trigger {
  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(
        "the audit log is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " is refused",
        "42000");
  }
}
