package org.flowbook.repository.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.flowbook.model.Process;

/**
 * Full-text search over the library, in memory. The index is a cache: it is built from the database
 * when the library opens and updated after every change, never read back into it.
 */
public final class SearchIndex implements AutoCloseable {
  private static final int MAX_QUERY = 200;
  private static final Map<String, Float> BOOSTS =
      Map.of(
          SearchDocuments.TITLE_SV, 3f,
          SearchDocuments.TITLE_EN, 3f,
          SearchDocuments.BODY_SV, 1f,
          SearchDocuments.BODY_EN, 1f);

  private final Analyzer analyzer =
      new PerFieldAnalyzerWrapper(
          new StandardAnalyzer(),
          Map.of(
              SearchDocuments.TITLE_SV, new SwedishAnalyzer(),
              SearchDocuments.BODY_SV, new SwedishAnalyzer(),
              SearchDocuments.TITLE_EN, new EnglishAnalyzer(),
              SearchDocuments.BODY_EN, new EnglishAnalyzer()));
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final IndexWriter writer;
  // ops4: the processes the index has seen (indexed, or nothing to index), for readiness.
  private final java.util.Set<String> covered = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final SearcherManager searchers;

  public SearchIndex() {
    try {
      writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces everything indexed for one process with the given version of it. */
  public synchronized void put(Process process, boolean published) {
    try {
      writer.deleteDocuments(new Term(SearchDocuments.PROCESS, process.id()));
      writer.addDocuments(SearchDocuments.of(process, published));
      searchers.maybeRefreshBlocking();
      covered.add(process.id());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replaces what is indexed for each process, refreshing the searchers once at the end: a rebuild
   * of 10,000 processes that refreshed after each took minutes (flowbook bench search).
   */
  public synchronized void putAll(Map<Process, Boolean> processes) {
    try {
      for (Map.Entry<Process, Boolean> e : processes.entrySet()) {
        writer.deleteDocuments(new Term(SearchDocuments.PROCESS, e.getKey().id()));
        writer.addDocuments(SearchDocuments.of(e.getKey(), e.getValue()));
      }
      searchers.maybeRefreshBlocking();
      processes.keySet().forEach(p -> covered.add(p.id()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public synchronized void remove(String processId) {
    covered.remove(processId);
    try {
      writer.deleteDocuments(new Term(SearchDocuments.PROCESS, processId));
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Notes that a process was looked at and has nothing to index (its current text has no process);
   * what was indexed for it before stays.
   */
  public void skipped(String processId) {
    covered.add(processId);
  }

  /**
   * True when every one of these processes has been indexed or looked at (ops4's readiness check: a
   * process stored by another instance, not yet seen here, makes it false).
   */
  public boolean covers(java.util.Collection<String> processIds) {
    return covered.containsAll(processIds);
  }

  /**
   * Finds processes and steps matching every word of the query (in either language).
   *
   * @param includeUnpublished false for readers, who see only published processes
   */
  public List<SearchHit> search(String text, int limit, boolean includeUnpublished) {
    String q = text == null ? "" : text.strip();
    if (q.isEmpty()) {
      return List.of();
    }
    if (q.length() > MAX_QUERY) {
      q = q.substring(0, MAX_QUERY);
    }
    Query query = parse(q);
    if (!includeUnpublished) {
      query =
          new BooleanQuery.Builder()
              .add(query, BooleanClause.Occur.MUST)
              .add(
                  new TermQuery(new Term(SearchDocuments.PUBLISHED, "true")),
                  BooleanClause.Occur.FILTER)
              .build();
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(query, limit).scoreDocs) {
          Document d = searcher.storedFields().document(sd.doc);
          hits.add(
              new SearchHit(
                  d.get(SearchDocuments.PROCESS),
                  d.get(SearchDocuments.PROCESS_TITLE),
                  d.get(SearchDocuments.STEP),
                  d.get(SearchDocuments.STEP_TITLE),
                  Snippets.best(d.get(SearchDocuments.BODY), q),
                  sd.score,
                  Boolean.parseBoolean(d.get(SearchDocuments.PUBLISHED))));
        }
        return List.copyOf(hits);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Query parse(String q) {
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(BOOSTS.keySet().toArray(String[]::new), analyzer, BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(QueryParser.escape(q.toLowerCase(Locale.ROOT)));
    } catch (ParseException e) {
      // Escaped input always parses; an empty result is the honest answer if it ever does not.
      return new BooleanQuery.Builder().build();
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
