package org.flowbook.repository;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flowbook.testkit.TestEnvironment;

/**
 * The same contract on a real PostgreSQL server ({@code FLOWBOOK_TEST_PG_URL}, which {@code
 * .ci/prepare-services.sh} sets up). Each test starts from an empty {@code public} schema.
 */
class PostgresLibraryTest
    implements LibraryContract,
        AcknowledgementContract,
        PeopleTransferContract,
        TrainingContract,
        EvidenceContract,
        ExternalAccountContract {
  @Override
  public Library freshLibrary() {
    String url = TestEnvironment.requireEnv("FLOWBOOK_TEST_PG_URL", "a PostgreSQL database");
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS public CASCADE");
      st.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reset the test database at " + url, e);
    }
    return Library.open(url, H2LibraryTest.CLOCK);
  }
}
