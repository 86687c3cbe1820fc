package org.flowbook.repository.backup;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.DatabaseException;
import org.flowbook.repository.db.Rows;
import org.flywaydb.core.api.FlywayException;

/**
 * Reads a backup archive ({@link LibraryBackup}) back into a database, H2 or PostgreSQL, whichever
 * it was made from (decision 0626). Nothing is written before every entry of the archive has been
 * read and matched its checksum; the rows go in in one transaction, in the order the foreign keys
 * need, into a schema migrated to the backup's version, and the library is then migrated to this
 * Flowbook's version and checked ({@link LibraryCheck}). A library that is not empty is refused
 * unless {@code replace} says to drop everything in it first.
 */
public final class LibraryRestore {
  private static final int BATCH = 500;
  private static final int PROGRESS_EVERY = 20_000;

  private LibraryRestore() {}

  /** What a restore did. */
  public record Report(Manifest manifest, LibraryCheck.Result check) {}

  /**
   * Reads every entry of {@code archive} and checks it against the manifest (sizes, checksums, row
   * counts) without writing anything.
   */
  public static Manifest verify(Path archive, Consumer<String> progress) {
    try (BackupArchive a = new BackupArchive(archive)) {
      verify(a, progress);
      return a.manifest();
    }
  }

  private static void verify(BackupArchive a, Consumer<String> progress) {
    Manifest m = a.manifest();
    try {
      for (Manifest.Table t : m.tables()) {
        long rows = 0;
        try (InputStream in = a.open(t.entry(), t.bytes(), t.sha256());
            JsonParser p = BackupArchive.JSON.getFactory().createParser(in)) {
          JsonToken tok;
          while ((tok = p.nextToken()) != null) {
            if (tok != JsonToken.START_OBJECT) {
              throw new BackupException(t.entry() + ": a row is not a JSON object");
            }
            p.skipChildren();
            rows++;
          }
          in.transferTo(OutputStream.nullOutputStream());
        }
        if (rows != t.rows()) {
          throw new BackupException(
              t.entry() + " has " + rows + " rows; the manifest says " + t.rows());
        }
        progress.accept("verify: " + t.name() + " " + rows + " rows");
      }
      for (Manifest.StoredFile f : m.files()) {
        try (InputStream in = a.open(f.entry(), f.bytes(), f.sha256())) {
          in.transferTo(OutputStream.nullOutputStream());
        }
      }
    } catch (IOException e) {
      throw new BackupException("cannot read the archive: " + e.getMessage(), e);
    }
  }

  /**
   * Restores {@code archive} into the database at {@code jdbcUrl} and its stored files into {@code
   * files} (when the archive has any and a folder is given).
   */
  public static Report restore(
      Path archive,
      String jdbcUrl,
      Optional<Path> files,
      boolean replace,
      Consumer<String> progress) {
    try (BackupArchive a = new BackupArchive(archive)) {
      verify(a, progress);
      Manifest m = a.manifest();
      if (!m.files().isEmpty() && files.isPresent()) {
        requireEmptyFolder(files.get(), replace);
      }
      try (Database db = openTarget(jdbcUrl, m.schemaVersion(), replace)) {
        load(a, m, db, progress);
      }
      if (files.isPresent()) {
        writeFiles(a, m, files.get());
      }
      progress.accept("restore: migrating to this Flowbook's schema and checking the library");
      try (Database db = Database.open(jdbcUrl)) {
        LibraryCheck.Result check = LibraryCheck.run(db, Optional.of(m), files);
        return new Report(m, check);
      }
    } catch (IOException e) {
      throw new BackupException("cannot read the archive: " + e.getMessage(), e);
    }
  }

  private static Database openTarget(String jdbcUrl, String version, boolean replace) {
    Database db;
    try {
      db = Database.openForRestore(jdbcUrl, version, replace);
    } catch (FlywayException e) {
      throw new BackupException(
          "the backup is of schema version "
              + version
              + ", which this Flowbook does not know (a newer Flowbook made it?), or the database"
              + " cannot be prepared: "
              + e.getMessage(),
          e);
    }
    try {
      long rows =
          db.read(
              c -> {
                long n = 0;
                for (Tables.Table t : Tables.read(c).inOrder()) {
                  n +=
                      Rows.one(c, "SELECT COUNT(*) FROM " + t.name(), rs -> rs.getLong(1))
                          .orElse(0L);
                }
                return n;
              });
      if (rows > 0) {
        throw new BackupException(
            "the library at the target is not empty ("
                + rows
                + " rows): restore into an empty database, or give --replace to drop everything in"
                + " it first");
      }
      return db;
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  private static void load(BackupArchive a, Manifest m, Database db, Consumer<String> progress)
      throws IOException {
    try (Connection c = db.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try {
        Tables target = Tables.read(c);
        Map<String, Manifest.Table> byName = new java.util.HashMap<>();
        for (Manifest.Table t : m.tables()) {
          if (target.get(t.name()) == null) {
            throw new BackupException(
                "the backup has a table " + t.name() + " that this library's schema lacks");
          }
          byName.put(t.name(), t);
        }
        for (Tables.Table t : target.inOrder()) {
          Manifest.Table entry = byName.get(t.name());
          if (entry != null) {
            loadTable(a, entry, t, c, progress);
          }
        }
        c.commit();
      } catch (SQLException | IOException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new DatabaseException(e);
    }
  }

  private static void loadTable(
      BackupArchive a,
      Manifest.Table entry,
      Tables.Table t,
      Connection c,
      Consumer<String> progress)
      throws IOException, SQLException {
    PreparedStatement insert = null;
    List<Tables.Column> columns = null;
    long rows = 0;
    try (InputStream in = a.open(entry.entry(), entry.bytes(), entry.sha256());
        JsonParser p = BackupArchive.JSON.getFactory().createParser(in)) {
      while (p.nextToken() == JsonToken.START_OBJECT) {
        JsonNode row = BackupArchive.JSON.readTree(p);
        rows++;
        if (columns == null) {
          columns = columnsOf(row, t, entry.entry());
          insert = c.prepareStatement(insertSql(t.name(), columns));
        }
        for (int i = 0; i < columns.size(); i++) {
          Tables.Column col = columns.get(i);
          Values.bind(
              insert,
              i + 1,
              col,
              row.get(col.name()),
              entry.entry() + " row " + rows + " " + col.name());
        }
        insert.addBatch();
        if (rows % BATCH == 0) {
          insert.executeBatch();
        }
        if (rows % PROGRESS_EVERY == 0) {
          progress.accept("restore: " + t.name() + " " + rows + " of " + entry.rows() + " rows");
        }
      }
      if (insert != null) {
        insert.executeBatch();
      }
    } finally {
      if (insert != null) {
        insert.close();
      }
    }
    for (String id : t.identity()) {
      long max =
          Rows.one(c, "SELECT COALESCE(MAX(" + id + "), 0) FROM " + t.name(), rs -> rs.getLong(1))
              .orElse(0L);
      try (var st = c.createStatement()) {
        st.execute(
            "ALTER TABLE " + t.name() + " ALTER COLUMN " + id + " RESTART WITH " + (max + 1));
      }
    }
    progress.accept("restore: " + t.name() + " " + rows + " rows");
  }

  /** The row's columns, each one the target has; a column the target lacks is refused. */
  private static List<Tables.Column> columnsOf(JsonNode row, Tables.Table t, String where) {
    List<Tables.Column> out = new ArrayList<>();
    Iterator<String> names = row.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      Tables.Column col = t.column(name);
      if (col == null) {
        throw new BackupException(where + ": the column " + name + " is not in table " + t.name());
      }
      out.add(col);
    }
    return out;
  }

  private static String insertSql(String table, List<Tables.Column> columns) {
    return "INSERT INTO "
        + table
        + " ("
        + String.join(", ", columns.stream().map(Tables.Column::name).toList())
        + ") VALUES ("
        + String.join(", ", java.util.Collections.nCopies(columns.size(), "?"))
        + ")";
  }

  private static void requireEmptyFolder(Path dir, boolean replace) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> s = Files.list(dir)) {
      if (s.findAny().isPresent() && !replace) {
        throw new BackupException(
            "the files folder " + dir + " is not empty: give an empty one, or --replace");
      }
    }
  }

  private static void writeFiles(BackupArchive a, Manifest m, Path dir) throws IOException {
    Path root = dir.toAbsolutePath().normalize();
    for (Manifest.StoredFile f : m.files()) {
      Path out = root.resolve(f.path()).normalize();
      if (!out.startsWith(root) || out.equals(root)) {
        throw new BackupException("the stored file '" + f.path() + "' points outside " + dir);
      }
      Files.createDirectories(out.getParent());
      try (InputStream in = a.open(f.entry(), f.bytes(), f.sha256())) {
        Files.copy(in, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
