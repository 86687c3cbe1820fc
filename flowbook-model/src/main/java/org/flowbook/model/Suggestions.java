package org.flowbook.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?": the closest known name to a misspelt one. */
public final class Suggestions {
  private static final int MAX_CANDIDATES = 2000;

  private Suggestions() {}

  /** The known name closest to {@code wrong}, if it is close enough to be a plausible typo. */
  public static Optional<String> closest(String wrong, Collection<String> known) {
    String w = wrong.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int looked = 0;
    for (String k : known) {
      // A hint must stay cheap even for a hostile file with 100,000 names.
      if (++looked > MAX_CANDIDATES) {
        break;
      }
      String kl = k.toLowerCase(Locale.ROOT);
      int d = distance(w, kl);
      if (kl.startsWith(w) || w.startsWith(kl)) {
        d = Math.min(d, 1);
      }
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    int allowed = Math.max(2, w.length() / 3);
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** A hint sentence: "did you mean 'X'?" or a list of the valid names. */
  public static String hint(String wrong, Collection<String> known, String declaredWhere) {
    Optional<String> c = closest(wrong, known);
    if (c.isPresent()) {
      return "did you mean '" + c.get() + "'?";
    }
    if (known.isEmpty()) {
      return "declare it in " + declaredWhere;
    }
    String list = String.join(", ", known.stream().limit(8).toList());
    return "known: "
        + list
        + (known.size() > 8 ? ", …" : "")
        + "; or declare it in "
        + declaredWhere;
  }

  /** Levenshtein distance with two rows; inputs are names, so quadratic time is fine. */
  public static int distance(String a, String b) {
    if (a.length() > 200 || b.length() > 200) {
      return Math.abs(a.length() - b.length()) + 100;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
