package org.flowbook.mining.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Matches log activity names to the labels of a model: first through an explicit mapping (from a
 * mapping file), then exactly, then ignoring case. Unmatched activities map to no step.
 */
public final class ActivityMatcher {
  private final Map<String, String> explicit;

  private ActivityMatcher(Map<String, String> explicit) {
    this.explicit = Map.copyOf(explicit);
  }

  /** Exact and case-insensitive matching only. */
  public static ActivityMatcher byName() {
    return new ActivityMatcher(Map.of());
  }

  /** Matching with explicit pairs first (log activity → model label). */
  public static ActivityMatcher withMapping(Map<String, String> logToModel) {
    return new ActivityMatcher(logToModel);
  }

  /**
   * Reads a mapping file: one {@code log activity = step title} per line (a tab or {@code ;} also
   * separates), {@code #} starts a comment.
   *
   * @throws IllegalArgumentException naming the line that has no separator
   */
  public static ActivityMatcher readMapping(Path file) throws IOException {
    Map<String, String> map = new HashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int sep = indexOfSeparator(line);
      if (sep < 0) {
        throw new IllegalArgumentException(
            file + ":" + (i + 1) + ": expected 'log activity = step title', got: " + line);
      }
      map.put(line.substring(0, sep).strip(), line.substring(sep + 1).strip());
    }
    return new ActivityMatcher(map);
  }

  private static int indexOfSeparator(String line) {
    for (char c : new char[] {'=', '\t', ';'}) {
      int i = line.indexOf(c);
      if (i > 0) {
        return i;
      }
    }
    return -1;
  }

  /** The model label for {@code activity}, if any. */
  public Optional<String> match(String activity, List<String> modelLabels) {
    String target = explicit.getOrDefault(activity, activity);
    if (modelLabels.contains(target)) {
      return Optional.of(target);
    }
    String lower = target.toLowerCase(Locale.ROOT);
    for (String l : modelLabels) {
      if (l.toLowerCase(Locale.ROOT).equals(lower)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** For each log activity the index of its model label in {@code modelLabels}, or -1. */
  public int[] indexes(List<String> activities, List<String> modelLabels) {
    int[] out = new int[activities.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = match(activities.get(i), modelLabels).map(modelLabels::indexOf).orElse(-1);
    }
    return out;
  }
}
