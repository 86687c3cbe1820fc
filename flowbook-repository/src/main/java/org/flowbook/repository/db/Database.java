package org.flowbook.repository.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The library's database: a connection pool on H2 (a file in the data folder) or PostgreSQL,
 * migrated by Flyway on open. The schema is the same for both; only the audit log's append-only
 * trigger is written per vendor.
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource pool;
  private final Vendor vendor;

  private Database(HikariDataSource pool, Vendor vendor) {
    this.pool = pool;
    this.vendor = vendor;
  }

  /** The JDBC URL of the embedded default: an H2 file database inside {@code dataDir}. */
  public static String h2Url(Path dataDir) {
    return "jdbc:h2:file:"
        + dataDir.toAbsolutePath().resolve("flowbook").toString().replace('\\', '/')
        + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
  }

  /** Opens the pool and brings the schema up to date. */
  public static Database open(String jdbcUrl) {
    Vendor vendor = Vendor.of(jdbcUrl);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setPoolName("flowbook");
    config.setMaximumPoolSize(vendor == Vendor.H2 ? 8 : 16);
    config.setAutoCommit(true);
    HikariDataSource pool = new HikariDataSource(config);
    try {
      Flyway.configure()
          .dataSource(pool)
          .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor.folder())
          .load()
          .migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new Database(pool, vendor);
  }

  public Vendor vendor() {
    return vendor;
  }

  public DataSource dataSource() {
    return pool;
  }

  /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
  public <T> T inTransaction(SqlWork<T> work) {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new DatabaseException(e);
    }
  }

  /** Runs read-only work on a pooled connection. */
  public <T> T read(SqlWork<T> work) {
    try (Connection c = pool.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new DatabaseException(e);
    }
  }

  @Override
  public void close() {
    pool.close();
  }

  /** A unit of JDBC work. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }
}
