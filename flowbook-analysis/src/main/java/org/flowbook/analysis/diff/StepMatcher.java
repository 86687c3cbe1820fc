package org.flowbook.analysis.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.flowbook.model.End;
import org.flowbook.model.Process;
import org.flowbook.model.Start;
import org.flowbook.model.Step;

/**
 * Pairs the steps of two versions: same number and title first, then the same title under a new
 * number (renumbered), then the same number with a similar title (reworded). What is left was
 * removed or added. Starts and ends are compared through the flows and outcomes instead.
 */
public final class StepMatcher {
  private static final double SIMILAR = 0.5;

  private StepMatcher() {}

  /** Old step id to new step id. */
  public static Map<String, String> match(Process before, Process after) {
    List<Step> olds = numbered(before);
    List<Step> news = numbered(after);
    Map<String, Step> newById = new HashMap<>();
    Map<String, List<Step>> newByTitle = new HashMap<>();
    for (Step n : news) {
      newById.put(n.id(), n);
      newByTitle.computeIfAbsent(norm(n.title()), k -> new ArrayList<>()).add(n);
    }
    Map<String, String> pairs = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    // 1. Same number, same title.
    for (Step o : olds) {
      Step n = newById.get(o.id());
      if (n != null && norm(o.title()).equals(norm(n.title()))) {
        pairs.put(o.id(), n.id());
        taken.add(n.id());
      }
    }
    // 2. Same title under another number (renumbered).
    for (Step o : olds) {
      if (pairs.containsKey(o.id())) {
        continue;
      }
      for (Step n : newByTitle.getOrDefault(norm(o.title()), List.of())) {
        if (!taken.contains(n.id())) {
          pairs.put(o.id(), n.id());
          taken.add(n.id());
          break;
        }
      }
    }
    // 3. Same number, reworded title.
    for (Step o : olds) {
      Step n = newById.get(o.id());
      if (!pairs.containsKey(o.id())
          && n != null
          && !taken.contains(n.id())
          && similarity(o.title(), n.title()) >= SIMILAR) {
        pairs.put(o.id(), n.id());
        taken.add(n.id());
      }
    }
    return pairs;
  }

  static List<Step> numbered(Process p) {
    return p.steps().stream().filter(s -> !(s instanceof Start) && !(s instanceof End)).toList();
  }

  static String norm(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** Shared words over all words (Jaccard) of two titles. */
  static double similarity(String a, String b) {
    Set<String> x = new HashSet<>(List.of(norm(a).split(" ")));
    Set<String> y = new HashSet<>(List.of(norm(b).split(" ")));
    Set<String> union = new HashSet<>(x);
    union.addAll(y);
    x.retainAll(y);
    return union.isEmpty() ? 1 : (double) x.size() / union.size();
  }
}
