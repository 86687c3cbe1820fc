package org.flowbook.notation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code #} comments of a file, each block attached to the element that follows it (an anchor
 * such as {@code s:2} for step 2 or {@code h:OWNER} for the owner line), so the formatter can put
 * them back where they belong.
 */
public final class Comments {
  public static final String END_OF_FILE = "eof";

  private final Map<String, List<String>> byAnchor;

  Comments(Map<String, List<String>> byAnchor) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    byAnchor.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.byAnchor = Collections.unmodifiableMap(copy);
  }

  public static Comments none() {
    return new Comments(Map.of());
  }

  public List<String> at(String anchor) {
    return byAnchor.getOrDefault(anchor, List.of());
  }

  public Map<String, List<String>> all() {
    return byAnchor;
  }

  public boolean isEmpty() {
    return byAnchor.isEmpty();
  }

  /** Collects comment lines while parsing and attaches them to the next element. */
  static final class Collector {
    private final Map<String, List<String>> byAnchor = new LinkedHashMap<>();
    private final List<String> pending = new ArrayList<>();

    void add(String commentLine) {
      pending.add(commentLine.strip());
    }

    void attach(String anchor) {
      if (!pending.isEmpty()) {
        byAnchor.computeIfAbsent(anchor, k -> new ArrayList<>()).addAll(pending);
        pending.clear();
      }
    }

    Comments finish() {
      attach(END_OF_FILE);
      return new Comments(byAnchor);
    }
  }
}
