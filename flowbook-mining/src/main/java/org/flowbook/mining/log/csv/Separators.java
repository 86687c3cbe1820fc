package org.flowbook.mining.log.csv;

import java.io.BufferedReader;
import java.io.IOException;

/** Detects the field separator of a CSV file from its header line. */
final class Separators {
  private static final char[] CANDIDATES = {',', ';', '\t', '|'};

  private Separators() {}

  /** The candidate that occurs most often outside quotes in the first line (',' if none). */
  static char detect(BufferedReader in) throws IOException {
    in.mark(1 << 20);
    int[] counts = new int[CANDIDATES.length];
    boolean quoted = false;
    for (int i = 0; i < (1 << 20) - 1; i++) {
      int c = in.read();
      if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
        break;
      }
      if (c == '"') {
        quoted = !quoted;
      }
      for (int k = 0; k < CANDIDATES.length && !quoted; k++) {
        if (c == CANDIDATES[k]) {
          counts[k]++;
        }
      }
    }
    in.reset();
    int best = 0;
    for (int k = 1; k < CANDIDATES.length; k++) {
      if (counts[k] > counts[best]) {
        best = k;
      }
    }
    return CANDIDATES[best];
  }
}
