package org.flowbook.cli;

import java.nio.file.Path;
import org.flowbook.repository.db.Database;
import picocli.CommandLine.Option;

/**
 * Where a command finds the library, as {@code flowbook serve} takes it: the embedded database's
 * folder ({@code --data}, default ./flowbook-data) or a PostgreSQL URL ({@code --db}, also spelt
 * {@code --database}; default $FLOWBOOK_DB_URL).
 */
final class LibraryStore {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Folder of the embedded database, as given to serve (default: ./flowbook-data).")
  Path data;

  @Option(
      names = {"--db", "--database"},
      paramLabel = "JDBC-URL",
      description = "A PostgreSQL database, as given to serve (default: $FLOWBOOK_DB_URL).")
  String db;

  /** True when the library is the embedded database in a folder. */
  boolean embedded() {
    String env = System.getenv("FLOWBOOK_DB_URL");
    return data != null || (db == null && (env == null || env.isBlank()));
  }

  Path folder() {
    return data != null ? data : Path.of("flowbook-data");
  }

  /** The JDBC URL of the library. */
  String url() {
    if (embedded()) {
      return Database.h2Url(folder());
    }
    return db != null ? db : System.getenv("FLOWBOOK_DB_URL");
  }

  /** The URL without a password, for messages. */
  String shown() {
    return embedded()
        ? folder().toAbsolutePath().toString()
        : url().replaceAll("(?i)(password=)[^&;]*", "$1***");
  }
}
