package org.flowbook.notation;

import java.util.Optional;
import org.flowbook.model.ChartDirection;
import org.flowbook.model.Locator.Part;
import org.flowbook.model.Problem;

/**
 * The {@code direction:} / {@code riktning:} header: which way the process's flowchart runs. An
 * unknown value is a located warning and the choice is left to the medium, as without the header: a
 * drawing preference must not stop a process from loading.
 */
final class DirectionHeader {
  private DirectionHeader() {}

  /** The direction the header names, or null when it is absent or unknown (then warned). */
  static ChartDirection read(String value, ParseContext context) {
    if (value == null) {
      return null;
    }
    Optional<ChartDirection> d = ChartDirection.parse(value);
    if (d.isEmpty()) {
      context.problem(
          Problem.warning(
              "bad-direction",
              "unknown direction '"
                  + abbreviate(value)
                  + "'; the chart's direction is chosen for each medium",
              "write right or down (höger or nedåt)",
              context.positions.locate("direction", Part.HEADER, 0)));
    }
    return d.orElse(null);
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 37) + "…" : s;
  }
}
