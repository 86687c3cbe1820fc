package org.flowbook.repository;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.flowbook.testkit.TestEnvironment;

/**
 * Empty PostgreSQL schemas of their own for tests, in the database of {@code FLOWBOOK_TEST_PG_URL}:
 * a test that needs a library of its own (or two libraries on one database) gets a URL whose
 * connections work in that schema only, so it neither resets nor sees the {@code public} schema
 * other tests use.
 */
public final class PostgresSchemas {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");

  private PostgresSchemas() {}

  /** Drops and creates schema {@code name}; returns a JDBC URL that works in it. */
  public static String fresh(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a plain schema name: " + name);
    }
    String url = TestEnvironment.requireEnv("FLOWBOOK_TEST_PG_URL", "a PostgreSQL database");
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
      st.execute("CREATE SCHEMA " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot make the test schema " + name + " at " + url, e);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name;
  }
}
