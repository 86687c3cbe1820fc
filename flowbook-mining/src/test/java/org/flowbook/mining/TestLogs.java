package org.flowbook.mining;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.mining.log.TraceVariants;
import org.flowbook.testkit.SharedData;

/**
 * Test-only: builds trace variants from the shared CSV copies of the logs (columns {@code case_id,
 * activity, timestamp, ...}, no quoted commas), events ordered by timestamp with file order
 * breaking ties as PM4Py does. The product's importers live in the log package; this keeps the
 * conformance tests independent of them.
 */
public final class TestLogs {
  private static final Map<String, TraceVariants> CACHE = new HashMap<>();

  private TestLogs() {}

  /**
   * The variants of a shared log from its CSV copy; a log without one (bpic2012_x2 is kept only as
   * XES) is read from its {@code .xes.gz} with the product's importer, with PM4Py's wall-clock
   * timestamps.
   */
  public static synchronized TraceVariants sharedCsv(String name) {
    return CACHE.computeIfAbsent(name, TestLogs::readShared);
  }

  private static TraceVariants readShared(String csvName) {
    Path csv = SharedData.dir().resolve("logs").resolve(csvName);
    String xesName = csvName.replaceFirst("\\.csv$", ".xes.gz");
    if (!Files.exists(csv) && Files.exists(SharedData.dir().resolve("logs").resolve(xesName))) {
      try {
        return org.flowbook.mining.log.files.EventLogs.read(
                SharedData.require("logs/" + xesName),
                org.flowbook.mining.log.ImportOptions.DEFAULT.withWallClock(true))
            .log()
            .traceVariants();
      } catch (org.flowbook.mining.log.LogImportException e) {
        throw new IllegalStateException(e);
      }
    }
    return read(SharedData.require("logs/" + csvName));
  }

  public static TraceVariants read(Path csv) {
    Map<String, List<String[]>> cases = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      List<String> cols = Arrays.asList(header.split(","));
      int ci = cols.indexOf("case_id");
      int ai = cols.indexOf("activity");
      int ti = cols.indexOf("timestamp");
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = split(line);
        cases.computeIfAbsent(f[ci], k -> new ArrayList<>()).add(new String[] {f[ai], f[ti]});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String[][]> traces = new ArrayList<>();
    for (List<String[]> events : cases.values()) {
      events.sort(Comparator.comparing(e -> e[1]));
      traces.add(events.toArray(String[][]::new));
    }
    return variants(traces);
  }

  /** Variants of traces given as activity-name arrays per case. */
  public static TraceVariants ofNames(List<List<String>> cases) {
    List<String[][]> traces = new ArrayList<>();
    for (List<String> c : cases) {
      traces.add(c.stream().map(a -> new String[] {a, ""}).toArray(String[][]::new));
    }
    return variants(traces);
  }

  private static TraceVariants variants(List<String[][]> traces) {
    List<String> acts = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    Map<List<Integer>, long[]> counts = new LinkedHashMap<>();
    for (String[][] t : traces) {
      List<Integer> key = new ArrayList<>();
      for (String[] e : t) {
        key.add(
            index.computeIfAbsent(
                e[0],
                a -> {
                  acts.add(a);
                  return acts.size() - 1;
                }));
      }
      counts.computeIfAbsent(key, k -> new long[1])[0]++;
    }
    List<Map.Entry<List<Integer>, long[]>> es = new ArrayList<>(counts.entrySet());
    es.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
    List<int[]> ts = new ArrayList<>();
    long[] cs = new long[es.size()];
    for (int i = 0; i < es.size(); i++) {
      ts.add(es.get(i).getKey().stream().mapToInt(Integer::intValue).toArray());
      cs[i] = es.get(i).getValue()[0];
    }
    return new TraceVariants(acts, ts, cs);
  }

  private static String[] split(String line) {
    if (line.indexOf('"') < 0) {
      return line.split(",", -1);
    }
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out.toArray(String[]::new);
  }
}
