package org.flowbook.repository.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The library's database: a connection pool on H2 (a file in the data folder) or PostgreSQL,
 * migrated by Flyway on open. The schema is the same for both; only the audit log's append-only
 * trigger is written per vendor.
 *
 * <p>A committed transaction is on disk before {@link #inTransaction} returns, so an answer that
 * says "saved" survives a crash of the process or the machine. PostgreSQL does this by default
 * ({@code synchronous_commit=on}). H2 by default writes commits in the background every 500 ms
 * ({@code WRITE_DELAY}) and never forces them to the device: the library sets {@code WRITE_DELAY 0}
 * (each commit is written to the file before it returns) and issues {@code CHECKPOINT SYNC} (an
 * fsync of the file) after each write transaction. The cost is measured in the server README.
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource pool;
  private final Vendor vendor;
  // Group commit on H2: one fsync covers every commit written before it started.
  private final Object syncLock = new Object();
  private final AtomicLong commitsWritten = new AtomicLong();
  private long commitsSynced;

  private Database(HikariDataSource pool, Vendor vendor) {
    this.pool = pool;
    this.vendor = vendor;
  }

  /** The JDBC URL of the embedded default: an H2 file database inside {@code dataDir}. */
  public static String h2Url(Path dataDir) {
    return "jdbc:h2:file:"
        + dataDir.toAbsolutePath().resolve("flowbook").toString().replace('\\', '/')
        + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0";
  }

  /** Opens the pool and brings the schema up to date. */
  public static Database open(String jdbcUrl) {
    return open(jdbcUrl, null, false);
  }

  /**
   * Opens the pool for a restore (multi4, #20): the schema is first emptied when {@code clean}
   * (every object in the schema is dropped), then migrated up to {@code version} only, the version
   * the backup's rows were written in; opening it normally afterwards migrates the rest.
   */
  public static Database openForRestore(String jdbcUrl, String version, boolean clean) {
    return open(jdbcUrl, version, clean);
  }

  private static Database open(String jdbcUrl, String version, boolean clean) {
    Vendor vendor = Vendor.of(jdbcUrl);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setPoolName("flowbook");
    config.setMaximumPoolSize(vendor == Vendor.H2 ? 8 : 16);
    config.setAutoCommit(true);
    HikariDataSource pool = new HikariDataSource(config);
    try {
      if (vendor == Vendor.H2) {
        durableCommits(pool);
      }
      var flyway =
          Flyway.configure()
              .dataSource(pool)
              .locations(
                  "classpath:db/migration/common", "classpath:db/migration/" + vendor.folder())
              .cleanDisabled(!clean);
      if (version != null) {
        flyway.target(version);
      }
      Flyway configured = flyway.load();
      if (clean) {
        configured.clean();
      }
      configured.migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new Database(pool, vendor);
  }

  /** The version of the newest migration applied to this database, e.g. {@code 12}. */
  public String schemaVersion() {
    var current =
        Flyway.configure()
            .dataSource(pool)
            .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor.folder())
            .load()
            .info()
            .current();
    return current == null ? "0" : current.getVersion().getVersion();
  }

  private static Flyway flyway(DataSource pool, Vendor vendor) {
    return Flyway.configure()
        .dataSource(pool)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor.folder())
        .load();
  }

  /**
   * How many of this program's schema migrations the database has not applied, or that failed
   * (ops4, the readiness check): 0 once {@link #open} migrated it, unless someone changed the
   * schema history underneath.
   */
  public int pendingMigrations() {
    var info = flyway(pool, vendor).info();
    int failed = 0;
    for (var m : info.all()) {
      failed += m.getState().isFailed() ? 1 : 0;
    }
    return info.pending().length + failed;
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
        if (vendor == Vendor.H2) {
          forceToDisk(c, commitsWritten.incrementAndGet());
        }
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new DatabaseException(e);
    }
  }

  /**
   * Makes H2 write each commit to its file before the commit returns, whatever URL opened it (the
   * setting is kept in the database, too). Without it a {@code kill -9} lost the commits of the
   * last half second, acknowledged saves among them.
   */
  private static void durableCommits(DataSource pool) {
    try (Connection c = pool.getConnection();
        Statement st = c.createStatement()) {
      st.execute("SET WRITE_DELAY 0");
    } catch (SQLException e) {
      throw new DatabaseException(e);
    }
  }

  /**
   * Forces H2's file to the device (fsync). H2 writes a commit with an ordinary write, which a
   * process crash cannot undo but a power cut or a crash of the machine can. Writers that commit
   * while another's fsync runs wait for it and then share the next one, so concurrent saves cost
   * one fsync per group rather than one each; a writer whose commit was written before a completed
   * fsync started does not sync again.
   *
   * @param ticket the number of this commit, taken after it was written to the file
   */
  private void forceToDisk(Connection c, long ticket) throws SQLException {
    synchronized (syncLock) {
      if (commitsSynced >= ticket) {
        return;
      }
      long covered = commitsWritten.get();
      try (Statement st = c.createStatement()) {
        st.execute("CHECKPOINT SYNC");
      }
      commitsSynced = covered;
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
