package org.flowbook.mining.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowbook.diagram.graph.GraphEdge;
import org.flowbook.diagram.graph.GraphMap;
import org.flowbook.diagram.graph.GraphNode;
import org.flowbook.mining.analysis.ActivityCount;
import org.flowbook.mining.analysis.DfgEdge;
import org.flowbook.mining.analysis.DirectlyFollowsGraph;
import org.flowbook.mining.report.Human;
import org.flowbook.mining.report.Texts;
import org.flowbook.model.Language;

/**
 * Turns a directly-follows graph into a process map to draw: a start and an end circle, one box per
 * activity (filled by frequency, labelled with it), arrows labelled with frequency or mean waiting
 * time. Large graphs are simplified the way process-mining tools do: the most frequent arrows are
 * kept up to a limit, and every activity kept also keeps its most frequent way in and out, so no
 * box hangs loose.
 */
public final class DfgMap {
  private static final String START = "start";
  private static final String END = "end";

  private DfgMap() {}

  /**
   * The heading of a map of the log {@code source}: its name and what the arrows show, "log.xes —
   * frequency" / "log.xes – frekvens".
   */
  public static String title(String source, MapMetric metric, Language language) {
    return Texts.of(language)
        .format(metric == MapMetric.TIME ? "map.time" : "map.frequency", source);
  }

  /**
   * The map of {@code dfg}.
   *
   * @param title the heading, e.g. {@link #title}
   * @param maxEdges how many activity-to-activity arrows to keep at least (most frequent first)
   * @param language the language of the start and end circles and of the numbers on the map
   */
  public static GraphMap of(
      String title, DirectlyFollowsGraph dfg, MapMetric metric, int maxEdges, Language language) {
    Human human = Human.of(language);
    List<DfgEdge> byFrequency = dfg.edges();
    Set<DfgEdge> kept =
        new LinkedHashSet<>(byFrequency.subList(0, Math.min(maxEdges, byFrequency.size())));
    Set<String> activities = new LinkedHashSet<>();
    kept.forEach(
        e -> {
          activities.add(e.from());
          activities.add(e.to());
        });
    if (byFrequency.isEmpty()) {
      dfg.activities().forEach(a -> activities.add(a.activity()));
    }
    // Every kept activity keeps its most frequent way in and out (edges are sorted by frequency).
    Map<String, DfgEdge> bestIn = new HashMap<>();
    Map<String, DfgEdge> bestOut = new HashMap<>();
    for (DfgEdge e : byFrequency) {
      if (!e.from().equals(e.to())) {
        bestOut.putIfAbsent(e.from(), e);
        bestIn.putIfAbsent(e.to(), e);
      }
    }
    java.util.ArrayDeque<String> work = new java.util.ArrayDeque<>(activities);
    while (!work.isEmpty()) {
      String a = work.removeFirst();
      for (DfgEdge e : new DfgEdge[] {bestIn.get(a), bestOut.get(a)}) {
        if (e != null && kept.add(e)) {
          for (String other : List.of(e.from(), e.to())) {
            if (activities.add(other)) {
              work.addLast(other);
            }
          }
        }
      }
    }
    Map<String, String> ids = new HashMap<>();
    Map<String, Long> frequency = new HashMap<>();
    for (ActivityCount c : dfg.activities()) {
      frequency.put(c.activity(), c.count());
    }
    List<GraphNode> nodes = new ArrayList<>();
    nodes.add(new GraphNode(START, human.texts().get("map.start"), 0, GraphNode.Kind.START));
    List<String> ordered = new ArrayList<>(activities);
    ordered.sort(
        Comparator.comparing((String a) -> -frequency.getOrDefault(a, 0L)).thenComparing(a -> a));
    for (String a : ordered) {
      String id = "a" + (ids.size() + 1);
      ids.put(a, id);
      long n = frequency.getOrDefault(a, 0L);
      nodes.add(GraphNode.box(id, a + "\n" + human.count(n), n));
    }
    nodes.add(new GraphNode(END, human.texts().get("map.end"), 0, GraphNode.Kind.END));
    List<GraphEdge> edges = new ArrayList<>();
    for (ActivityCount s : dfg.starts()) {
      if (ids.containsKey(s.activity())) {
        edges.add(
            new GraphEdge(
                START, ids.get(s.activity()), human.count(s.count()), weight(metric, s.count())));
      }
    }
    for (DfgEdge e : kept) {
      String label =
          metric == MapMetric.FREQUENCY
              ? human.count(e.frequency())
              : human.duration(e.waiting().mean());
      double weight = metric == MapMetric.FREQUENCY ? e.frequency() : e.waiting().mean();
      edges.add(new GraphEdge(ids.get(e.from()), ids.get(e.to()), label, weight));
    }
    for (ActivityCount s : dfg.ends()) {
      if (ids.containsKey(s.activity())) {
        edges.add(
            new GraphEdge(
                ids.get(s.activity()), END, human.count(s.count()), weight(metric, s.count())));
      }
    }
    return new GraphMap(title, nodes, edges);
  }

  /** Start and end arrows carry case counts; in a time map they are drawn thin. */
  private static double weight(MapMetric metric, long count) {
    return metric == MapMetric.FREQUENCY ? count : 0;
  }
}
