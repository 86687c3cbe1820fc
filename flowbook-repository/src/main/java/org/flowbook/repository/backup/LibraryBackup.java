package org.flowbook.repository.backup;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.DatabaseException;
import org.flowbook.repository.db.Vendor;

/**
 * Writes the whole library — every table, and the stored files of a folder — to one zip archive
 * that {@link LibraryRestore} reads back into H2 or PostgreSQL alike (decision 0626). The tables
 * are read in one transaction with a snapshot of the database, so a backup taken while people save
 * is the library as it stood at one moment: every version with its audit row, or neither.
 */
public final class LibraryBackup {
  static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).findAndRegisterModules();
  private static final int PROGRESS_EVERY = 20_000;

  private LibraryBackup() {}

  /**
   * Writes the backup of the library in {@code db} (and of the files under {@code files}, if any)
   * to {@code out}; {@code progress} is told what is being written, a line per table and every
   * 20,000 rows. Returns the manifest written.
   */
  public static Manifest write(
      Database db, Optional<Path> files, OutputStream out, Clock clock, Consumer<String> progress)
      throws IOException {
    String version = db.schemaVersion();
    List<Manifest.Table> tables = new ArrayList<>();
    List<Manifest.StoredFile> stored = new ArrayList<>();
    ZipOutputStream zip = new ZipOutputStream(out);
    try (Connection c = db.dataSource().getConnection()) {
      snapshot(c, db.vendor());
      try {
        for (Tables.Table t : Tables.read(c).inOrder()) {
          tables.add(writeTable(c, t, zip, progress));
        }
      } finally {
        c.rollback();
        endSnapshot(c, db.vendor());
      }
    } catch (SQLException e) {
      throw new DatabaseException(e);
    }
    if (files.isPresent()) {
      stored.addAll(writeFiles(files.get(), zip, progress));
    }
    Manifest manifest =
        new Manifest(
            Manifest.FORMAT,
            version,
            clock.instant().toString(),
            db.vendor().folder(),
            tables,
            stored);
    zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
    zip.write(JSON.writeValueAsBytes(manifest));
    zip.closeEntry();
    zip.finish();
    progress.accept(
        "backup: done, "
            + manifest.rows()
            + " rows in "
            + tables.size()
            + " tables, "
            + stored.size()
            + " files");
    return manifest;
  }

  /** One consistent view of every table for the whole read (PostgreSQL and H2 both have it). */
  private static void snapshot(Connection c, Vendor vendor) throws SQLException {
    c.setAutoCommit(false);
    if (vendor == Vendor.H2) {
      try (Statement st = c.createStatement()) {
        st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
      }
    } else {
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      c.setReadOnly(true);
    }
  }

  private static void endSnapshot(Connection c, Vendor vendor) throws SQLException {
    if (vendor == Vendor.H2) {
      try (Statement st = c.createStatement()) {
        st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED");
      }
    } else {
      c.setReadOnly(false);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    }
    c.setAutoCommit(true);
  }

  private static Manifest.Table writeTable(
      Connection c, Tables.Table t, ZipOutputStream zip, Consumer<String> progress)
      throws SQLException, IOException {
    String entry = "tables/" + t.name() + ".jsonl";
    zip.putNextEntry(new ZipEntry(entry));
    Counting counting = new Counting(zip);
    DigestOutputStream digest = new DigestOutputStream(counting, sha256());
    long rows = 0;
    String sql = "SELECT * FROM " + t.name() + " ORDER BY " + String.join(", ", t.key());
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery();
          JsonGenerator gen = JSON.getFactory().createGenerator(digest, JsonEncoding.UTF8)) {
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        gen.setRootValueSeparator(null);
        List<Tables.Column> columns = t.columns();
        while (rs.next()) {
          gen.writeStartObject();
          for (int i = 0; i < columns.size(); i++) {
            Tables.Column col = columns.get(i);
            gen.writeFieldName(col.name());
            Values.write(gen, rs, rs.findColumn(col.name()), col);
          }
          gen.writeEndObject();
          gen.writeRaw('\n');
          rows++;
          if (rows % PROGRESS_EVERY == 0) {
            gen.flush();
            progress.accept("backup: " + t.name() + " " + rows + " rows");
          }
        }
        gen.flush();
      }
    }
    digest.flush();
    zip.closeEntry();
    progress.accept("backup: " + t.name() + " " + rows + " rows");
    return new Manifest.Table(
        t.name(),
        rows,
        counting.count,
        HexFormat.of().formatHex(digest.getMessageDigest().digest()));
  }

  private static List<Manifest.StoredFile> writeFiles(
      Path root, ZipOutputStream zip, Consumer<String> progress) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new BackupException("the files folder " + root + " does not exist");
    }
    List<Path> all;
    try (Stream<Path> walk = Files.walk(root)) {
      all = walk.filter(Files::isRegularFile).sorted().toList();
    }
    List<Manifest.StoredFile> out = new ArrayList<>();
    for (Path p : all) {
      String rel = root.relativize(p).toString().replace('\\', '/');
      zip.putNextEntry(new ZipEntry("files/" + rel));
      Counting counting = new Counting(zip);
      DigestOutputStream digest = new DigestOutputStream(counting, sha256());
      try (InputStream in = Files.newInputStream(p)) {
        in.transferTo(digest);
      }
      zip.closeEntry();
      out.add(
          new Manifest.StoredFile(
              rel, counting.count, HexFormat.of().formatHex(digest.getMessageDigest().digest())));
    }
    progress.accept("backup: " + out.size() + " stored files");
    return out;
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Counts bytes and never closes the zip under it. */
  private static final class Counting extends FilterOutputStream {
    long count;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
