package org.flowbook.repository.db;

import java.sql.SQLException;

/** A database failure the library cannot recover from (connection lost, constraint broken). */
public final class DatabaseException extends RuntimeException {
  public DatabaseException(SQLException cause) {
    super(cause.getMessage(), cause);
  }
}
