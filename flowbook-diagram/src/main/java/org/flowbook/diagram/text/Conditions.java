package org.flowbook.diagram.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.flowbook.model.Flow;
import org.flowbook.model.Language;

/** The text written on a flow: its condition and, when known, the share of cases taking it. */
public final class Conditions {
  private Conditions() {}

  /** "över 50 000 kr (20 %)" in Swedish, "over 50,000 (20%)" in English, or empty. */
  public static String text(Flow flow, Language language) {
    String share = "";
    if (flow.probability() != null) {
      BigDecimal pct =
          BigDecimal.valueOf(flow.probability() * 100)
              .setScale(1, RoundingMode.HALF_UP)
              .stripTrailingZeros();
      String n = pct.signum() == 0 ? "0" : pct.toPlainString();
      share = language == Language.SV ? n.replace('.', ',') + " %" : n + "%";
    }
    if (flow.label().isEmpty()) {
      return share;
    }
    return share.isEmpty() ? flow.label() : flow.label() + " (" + share + ")";
  }

  /** The condition's lines as drawn. */
  public static List<String> lines(Flow flow, Language language) {
    String t = text(flow, language);
    return t.isEmpty() ? List.of() : TextWrap.wrap(t, Type.CONDITION_WIDTH, Type.LABEL, false, 2);
  }
}
