package org.flowbook.repository.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The library's tables as the database describes them, so a backup covers every table a migration
 * adds without a list to keep up to date: names (lower case, as the migrations write them), columns
 * with their JDBC types, the primary key (the order rows are written in), identity columns (their
 * counters are moved past the restored ids) and an order in which every table comes after the
 * tables its foreign keys point to.
 */
record Tables(List<Table> inOrder) {
  /** Flyway's own bookkeeping is not part of the library: the target writes its own. */
  private static final String FLYWAY = "flyway_schema_history";

  record Column(String name, int type, String typeName) {}

  record Table(String name, List<Column> columns, List<String> key, Set<String> identity) {
    Column column(String name) {
      for (Column c : columns) {
        if (c.name().equals(name)) {
          return c;
        }
      }
      return null;
    }
  }

  static Tables read(Connection c) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    String schema = c.getSchema();
    Map<String, String> actualNames = new LinkedHashMap<>();
    try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String actual = rs.getString("TABLE_NAME");
        String name = actual.toLowerCase(Locale.ROOT);
        if (!name.equals(FLYWAY)) {
          actualNames.put(name, actual);
        }
      }
    }
    Map<String, Table> tables = new LinkedHashMap<>();
    Map<String, Set<String>> dependsOn = new LinkedHashMap<>();
    Set<String> identities = identityColumns(c, schema);
    for (Map.Entry<String, String> e : actualNames.entrySet()) {
      String name = e.getKey();
      List<Column> columns = new ArrayList<>();
      try (ResultSet rs = meta.getColumns(null, schema, e.getValue(), "%")) {
        while (rs.next()) {
          columns.add(
              new Column(
                  rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                  rs.getInt("DATA_TYPE"),
                  rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT)));
        }
      }
      List<String> key = new ArrayList<>();
      Map<Integer, String> keyBySeq = new java.util.TreeMap<>();
      try (ResultSet rs = meta.getPrimaryKeys(null, schema, e.getValue())) {
        while (rs.next()) {
          keyBySeq.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
      key.addAll(keyBySeq.values());
      if (key.isEmpty()) {
        columns.forEach(col -> key.add(col.name()));
      }
      Set<String> parents = new LinkedHashSet<>();
      try (ResultSet rs = meta.getImportedKeys(null, schema, e.getValue())) {
        while (rs.next()) {
          String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
          if (!parent.equals(name)) {
            parents.add(parent);
          }
        }
      }
      Set<String> identity = new LinkedHashSet<>();
      for (Column col : columns) {
        if (identities.contains(name + "." + col.name())) {
          identity.add(col.name());
        }
      }
      tables.put(name, new Table(name, List.copyOf(columns), List.copyOf(key), identity));
      dependsOn.put(name, parents);
    }
    List<Table> ordered = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    while (placed.size() < tables.size()) {
      boolean progress = false;
      for (Table t : tables.values()) {
        if (!placed.contains(t.name()) && placed.containsAll(dependsOn.get(t.name()))) {
          placed.add(t.name());
          ordered.add(t);
          progress = true;
        }
      }
      if (!progress) {
        throw new BackupException("the tables' foreign keys form a cycle: " + dependsOn);
      }
    }
    return new Tables(List.copyOf(ordered));
  }

  Table get(String name) {
    for (Table t : inOrder) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    return null;
  }

  /** {@code table.column} of every identity column (H2 and PostgreSQL both say so here). */
  private static Set<String> identityColumns(Connection c, String schema) throws SQLException {
    Set<String> out = new LinkedHashSet<>();
    try (var ps =
        c.prepareStatement(
            "SELECT table_name, column_name FROM information_schema.columns"
                + " WHERE table_schema = ? AND is_identity = 'YES'")) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              rs.getString(1).toLowerCase(Locale.ROOT)
                  + "."
                  + rs.getString(2).toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }
}
