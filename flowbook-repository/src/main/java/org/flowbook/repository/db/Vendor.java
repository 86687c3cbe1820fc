package org.flowbook.repository.db;

import java.util.Locale;

/** The database products the library runs on. */
public enum Vendor {
  H2("h2"),
  POSTGRESQL("postgresql");

  private final String folder;

  Vendor(String folder) {
    this.folder = folder;
  }

  /** The folder of vendor-specific migrations under {@code db/migration}. */
  public String folder() {
    return folder;
  }

  public static Vendor of(String jdbcUrl) {
    String u = jdbcUrl.toLowerCase(Locale.ROOT);
    if (u.startsWith("jdbc:h2:")) {
      return H2;
    }
    if (u.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "unsupported database URL '"
            + jdbcUrl
            + "': use jdbc:postgresql://HOST/DB or leave --db out for the embedded H2 database");
  }
}
