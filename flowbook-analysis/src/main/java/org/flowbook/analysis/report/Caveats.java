package org.flowbook.analysis.report;

import org.flowbook.analysis.metrics.Caveat;

/** Caveats on the figures as sentences ({@code caveat.KIND} in the report texts). */
final class Caveats {
  private Caveats() {}

  static String text(Caveat c, Texts t) {
    String about =
        switch (c.kind()) {
          case ENDLESS_LOOP, SHARES_SCALED -> c.step();
          case UNKNOWN_CALL, RECURSIVE_CALL -> c.detail();
        };
    return t.format("caveat." + c.kind().name(), about);
  }
}
