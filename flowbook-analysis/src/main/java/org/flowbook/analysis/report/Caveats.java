package org.flowbook.analysis.report;

import org.flowbook.analysis.metrics.Caveat;

/** Caveats on the figures as sentences. */
final class Caveats {
  private Caveats() {}

  static String text(Caveat c, Texts t) {
    return switch (c.kind()) {
      case ENDLESS_LOOP ->
          t.say(
              "step " + c.step() + " is in a loop with no way out; it was counted once",
              "steg " + c.step() + " ligger i en loop utan utgång; den räknades en gång");
      case UNKNOWN_CALL ->
          t.say(
              "the called process '"
                  + c.detail()
                  + "' is not in the workspace; only the calling step counts",
              "den anropade processen '"
                  + c.detail()
                  + "' finns inte i arbetsytan; bara det anropande steget räknas");
      case RECURSIVE_CALL ->
          t.say(
              "'" + c.detail() + "' calls itself; the inner call was not counted",
              "'" + c.detail() + "' anropar sig själv; det inre anropet räknades inte");
      case SHARES_SCALED ->
          t.say(
              "the branch shares of step " + c.step() + " do not add up to 100 % and were scaled",
              "grenarnas andelar i steg " + c.step() + " blir inte 100 % och skalades om");
    };
  }
}
