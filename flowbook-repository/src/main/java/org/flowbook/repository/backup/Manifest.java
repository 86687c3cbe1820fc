package org.flowbook.repository.backup;

import java.util.List;

/**
 * What a backup archive holds ({@code manifest.json}): the schema version its rows were written in,
 * and for every table and stored file its size and SHA-256, so a restore can tell a damaged or
 * altered archive before it writes anything.
 *
 * @param format the archive format, {@link #FORMAT}
 * @param schemaVersion the library's schema (Flyway) version the rows were read in
 * @param createdAt when the backup was made (ISO-8601)
 * @param source the database product it was read from ({@code h2}, {@code postgresql})
 */
public record Manifest(
    int format,
    String schemaVersion,
    String createdAt,
    String source,
    List<Table> tables,
    List<StoredFile> files) {
  public static final int FORMAT = 1;
  public static final String ENTRY = "manifest.json";

  /** One table: its entry {@code tables/NAME.jsonl}, one JSON object per row. */
  public record Table(String name, long rows, long bytes, String sha256) {
    public String entry() {
      return "tables/" + name + ".jsonl";
    }
  }

  /** One stored file: its entry {@code files/PATH}. */
  public record StoredFile(String path, long bytes, String sha256) {
    public String entry() {
      return "files/" + path;
    }
  }

  public Manifest {
    tables = tables == null ? List.of() : List.copyOf(tables);
    files = files == null ? List.of() : List.copyOf(files);
  }

  public long rows() {
    return tables.stream().mapToLong(Table::rows).sum();
  }
}
