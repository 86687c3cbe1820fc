package org.flowbook.repository.diff;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.repository.diff.DiffLine.Kind;

/**
 * A line diff of two texts by longest common subsequence. Common head and tail are skipped first,
 * so the usual edit of a process file (a few lines in the middle) is cheap; a middle part too large
 * for the table is shown as removed and added whole.
 */
public final class LineDiff {
  private static final long MAX_CELLS = 4_000_000;

  private LineDiff() {}

  public static List<DiffLine> diff(String oldText, String newText) {
    String[] a = lines(oldText);
    String[] b = lines(newText);
    int head = 0;
    while (head < a.length && head < b.length && a[head].equals(b[head])) {
      head++;
    }
    int tail = 0;
    while (tail < a.length - head
        && tail < b.length - head
        && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
      tail++;
    }
    List<DiffLine> out = new ArrayList<>();
    for (int i = 0; i < head; i++) {
      out.add(new DiffLine(Kind.SAME, a[i], i + 1, i + 1));
    }
    middle(a, head, a.length - tail, b, head, b.length - tail, out);
    for (int k = tail; k > 0; k--) {
      int i = a.length - k;
      int j = b.length - k;
      out.add(new DiffLine(Kind.SAME, a[i], i + 1, j + 1));
    }
    return List.copyOf(out);
  }

  /** The diff with unchanged runs longer than {@code 2 * context} replaced by one gap line. */
  public static List<DiffLine> withContext(List<DiffLine> diff, int context) {
    List<DiffLine> out = new ArrayList<>();
    int n = diff.size();
    boolean[] keep = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (diff.get(i).changed()) {
        for (int k = Math.max(0, i - context); k <= Math.min(n - 1, i + context); k++) {
          keep[k] = true;
        }
      }
    }
    boolean inGap = false;
    for (int i = 0; i < n; i++) {
      if (keep[i]) {
        out.add(diff.get(i));
        inGap = false;
      } else if (!inGap) {
        out.add(new DiffLine(Kind.GAP, "", 0, 0));
        inGap = true;
      }
    }
    return List.copyOf(out);
  }

  private static void middle(
      String[] a, int a0, int a1, String[] b, int b0, int b1, List<DiffLine> out) {
    int n = a1 - a0;
    int m = b1 - b0;
    if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
      for (int i = a0; i < a1; i++) {
        out.add(new DiffLine(Kind.REMOVED, a[i], i + 1, 0));
      }
      for (int j = b0; j < b1; j++) {
        out.add(new DiffLine(Kind.ADDED, b[j], 0, j + 1));
      }
      return;
    }
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            a[a0 + i].equals(b[b0 + j])
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[a0 + i].equals(b[b0 + j])) {
        out.add(new DiffLine(Kind.SAME, a[a0 + i], a0 + i + 1, b0 + j + 1));
        i++;
        j++;
      } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        out.add(new DiffLine(Kind.ADDED, b[b0 + j], 0, b0 + j + 1));
        j++;
      } else {
        out.add(new DiffLine(Kind.REMOVED, a[a0 + i], a0 + i + 1, 0));
        i++;
      }
    }
  }

  private static String[] lines(String text) {
    if (text.isEmpty()) {
      return new String[0];
    }
    String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return t.split("\r?\n", -1);
  }
}
