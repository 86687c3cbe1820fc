package org.flowbook.mining.log;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each distinct string a small dense number, so the columnar log stores an {@code int} per
 * event instead of a reference (activity, resource and lifecycle names repeat thousands of times).
 */
public final class Interner {
  private final Map<String, Integer> index = new HashMap<>();
  private final List<String> names = new ArrayList<>();

  /** The number of {@code name}, assigning the next free one on first sight. */
  public int intern(String name) {
    Integer known = index.get(name);
    if (known != null) {
      return known;
    }
    int id = names.size();
    names.add(name);
    index.put(name, id);
    return id;
  }

  /** The number of {@code name}, or -1 when it was never interned. */
  public int find(String name) {
    Integer known = index.get(name);
    return known == null ? -1 : known;
  }

  public int size() {
    return names.size();
  }

  /** The names in the order they were first seen (index = number). */
  public List<String> names() {
    return List.copyOf(names);
  }
}
