package org.flowbook.repository.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.notation.ProcessParser;
import org.flowbook.notation.SourceText;

/**
 * Search with a Lucene index per instance against PostgreSQL full-text search (Swedish and English
 * configurations) on the same documents (decision 0625): the demo library's processes, copied to
 * {@code processes} synthetic ones. Measures building the index (what an instance pays on start), a
 * query, and replacing one process (what the change feed pays per edit).
 */
public final class SearchBench {
  private static final String[] WORDS = {
    "faktura",
    "godkänn",
    "leverantör",
    "beställning",
    "invoice",
    "approve",
    "attest",
    "kvantfluktuation"
  };
  private static final int QUERIES = 400;
  private static final int UPDATES = 50;

  private SearchBench() {}

  /** One engine's figures, in milliseconds. */
  public record Figures(
      String engine,
      int processes,
      long documents,
      double buildMs,
      double queryMedianMs,
      double queryP99Ms,
      double updateMedianMs) {}

  /** Loads the workspace's processes and copies them to {@code count} processes. */
  public static List<Process> corpus(Path workspace, int count) throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> s = Files.list(workspace)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".flow")).sorted().toList()) {
        String text = Files.readString(p);
        if (text.contains("\nid:") || text.startsWith("process:")) {
          texts.add(text);
        }
      }
    }
    List<Process> out = new ArrayList<>();
    for (int i = 0; out.size() < count && !texts.isEmpty(); i++) {
      String t = texts.get(i % texts.size());
      String copy = i < texts.size() ? t : t.replaceFirst("(?m)^id: *(\\S+)", "id: $1-" + i);
      ProcessDocument d =
          ProcessParser.parse(
              SourceText.decode("p" + i + ".flow", copy.getBytes(StandardCharsets.UTF_8)),
              Language.SV);
      if (d.hasProcess()) {
        out.add(d.process());
      } else if (i > texts.size() * 2 && out.isEmpty()) {
        break;
      }
    }
    return out;
  }

  public static Figures lucene(List<Process> corpus) {
    try (SearchIndex index = new SearchIndex()) {
      long docs = 0;
      java.util.Map<Process, Boolean> all = new java.util.LinkedHashMap<>();
      for (Process p : corpus) {
        all.put(p, true);
        docs += SearchDocuments.of(p, true).size();
      }
      // As Library.rebuildIndex does on start: every process, one refresh.
      long t0 = System.nanoTime();
      index.putAll(all);
      double build = ms(System.nanoTime() - t0);
      double[] q = new double[QUERIES];
      for (int i = 0; i < QUERIES; i++) {
        long s = System.nanoTime();
        index.search(WORDS[i % WORDS.length], 20, true);
        q[i] = ms(System.nanoTime() - s);
      }
      double[] u = new double[UPDATES];
      for (int i = 0; i < UPDATES; i++) {
        long s = System.nanoTime();
        index.put(corpus.get(i % corpus.size()), true);
        u[i] = ms(System.nanoTime() - s);
      }
      return new Figures(
          "Lucene per instance", corpus.size(), docs, build, pct(q, 50), pct(q, 99), pct(u, 50));
    }
  }

  /** The same documents in a table of its own in a new schema (dropped afterwards). */
  public static Figures postgres(List<Process> corpus, String jdbcUrl) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbcUrl);
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS flowbook_search_bench CASCADE");
      st.execute("CREATE SCHEMA flowbook_search_bench");
      st.execute(
          "CREATE TABLE flowbook_search_bench.docs (process_id TEXT, step_id TEXT, title TEXT,"
              + " body TEXT, sv tsvector, en tsvector)");
      try {
        long t0 = System.nanoTime();
        long docs = 0;
        for (Process p : corpus) {
          docs += insert(c, p);
        }
        st.execute("CREATE INDEX ON flowbook_search_bench.docs USING gin (sv)");
        st.execute("CREATE INDEX ON flowbook_search_bench.docs USING gin (en)");
        st.execute("CREATE INDEX ON flowbook_search_bench.docs (process_id)");
        st.execute("ANALYZE flowbook_search_bench.docs");
        double build = ms(System.nanoTime() - t0);
        double[] q = new double[QUERIES];
        try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT process_id, step_id, ts_rank(sv, qs) + ts_rank(en, qe) AS r"
                    + " FROM flowbook_search_bench.docs, plainto_tsquery('swedish', ?) qs,"
                    + " plainto_tsquery('english', ?) qe WHERE sv @@ qs OR en @@ qe"
                    + " ORDER BY r DESC LIMIT 20")) {
          for (int i = 0; i < QUERIES; i++) {
            long s = System.nanoTime();
            ps.setString(1, WORDS[i % WORDS.length]);
            ps.setString(2, WORDS[i % WORDS.length]);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                rs.getString(1);
              }
            }
            q[i] = ms(System.nanoTime() - s);
          }
        }
        double[] u = new double[UPDATES];
        for (int i = 0; i < UPDATES; i++) {
          long s = System.nanoTime();
          Process p = corpus.get(i % corpus.size());
          try (PreparedStatement del =
              c.prepareStatement("DELETE FROM flowbook_search_bench.docs WHERE process_id = ?")) {
            del.setString(1, p.id());
            del.executeUpdate();
          }
          insert(c, p);
          u[i] = ms(System.nanoTime() - s);
        }
        return new Figures(
            "PostgreSQL full-text", corpus.size(), docs, build, pct(q, 50), pct(q, 99), pct(u, 50));
      } finally {
        st.execute("DROP SCHEMA flowbook_search_bench CASCADE");
      }
    }
  }

  private static int insert(Connection c, Process p) throws SQLException {
    List<Document> docs = SearchDocuments.of(p, true);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO flowbook_search_bench.docs VALUES (?, ?, ?, ?,"
                + " to_tsvector('swedish', ? || ' ' || ?), to_tsvector('english', ? || ' ' || ?))")) {
      for (Document d : docs) {
        String title =
            Optional.ofNullable(d.get(SearchDocuments.STEP_TITLE))
                .orElse(d.get(SearchDocuments.PROCESS_TITLE));
        String body = Optional.ofNullable(d.get(SearchDocuments.BODY)).orElse("");
        ps.setString(1, p.id());
        ps.setString(2, d.get(SearchDocuments.STEP));
        ps.setString(3, title);
        ps.setString(4, body);
        ps.setString(5, title);
        ps.setString(6, body);
        ps.setString(7, title);
        ps.setString(8, body);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return docs.size();
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static double pct(double[] values, int p) {
    double[] s = values.clone();
    Arrays.sort(s);
    return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
  }
}
