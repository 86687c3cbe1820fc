package org.flowbook.notation;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.Language;
import org.flowbook.model.Risk;
import org.flowbook.model.RiskScore;

/** Writes a risk block canonically; {@link RiskReader} reads it back to the same risk. */
final class RiskWriter {
  private static final String DETAIL = "  ";

  private RiskWriter() {}

  /** The lines of one risk, the first at {@code indent}, its details two spaces deeper. */
  static List<String> lines(Risk r, Keyword riskKeyword, Language lang, String indent) {
    List<String> out = new ArrayList<>();
    String in = indent + DETAIL;
    out.add(indent + riskKeyword.word(lang) + ": " + ProcessFormatter.clean(r.name()));
    if (!r.description().isEmpty()) {
      out.add(
          in
              + Keyword.RISK_DESCRIPTION.word(lang)
              + ": "
              + ProcessFormatter.clean(r.description()));
    }
    out.add(in + score(r.inherent(), lang, ": "));
    r.residualScore()
        .ifPresent(s -> out.add(in + Keyword.RESIDUAL.word(lang) + ": " + score(s, lang, " ")));
    r.ownerRole()
        .ifPresent(
            o -> out.add(in + Keyword.RISK_OWNER.word(lang) + ": " + ProcessFormatter.clean(o)));
    if (!r.controls().isEmpty()) {
      List<String> names = r.controls().stream().map(ProcessFormatter::clean).toList();
      out.add(in + Keyword.RISK_CONTROLS.word(lang) + ": " + String.join(", ", names));
    }
    return out;
  }

  /** "sannolikhet: 3, konsekvens: 4", or with {@code separator} " " "sannolikhet 3, …". */
  static String score(RiskScore s, Language lang, String separator) {
    return Keyword.LIKELIHOOD.word(lang)
        + separator
        + s.likelihood()
        + ", "
        + Keyword.CONSEQUENCE.word(lang)
        + separator
        + s.consequence();
  }
}
