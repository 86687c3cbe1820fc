package org.flowbook.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.model.Problem;

/**
 * The JSON shape of a {@link Problem} that every command and the REST API share (docs/json.md):
 * {@code file, line, column, step, severity, code, message, hint}, in this order. Written as an
 * ordered map, so any JSON writer (a data-binding mapper or a streaming one) prints it the same.
 */
public final class ProblemJson {
  private ProblemJson() {}

  /**
   * One problem as its fields, in the documented order; {@code step} and {@code hint} may be null.
   */
  public static Map<String, Object> fields(Problem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", p.location().file());
    m.put("line", p.location().line());
    m.put("column", p.location().column());
    m.put("step", p.step());
    m.put("severity", p.severity().word());
    m.put("code", p.code());
    m.put("message", p.message());
    m.put("hint", p.hint());
    return Collections.unmodifiableMap(m);
  }

  /** A list of problems, each as {@link #fields}. */
  public static List<Map<String, Object>> list(List<Problem> problems) {
    List<Map<String, Object>> out = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      out.add(fields(p));
    }
    return out;
  }
}
