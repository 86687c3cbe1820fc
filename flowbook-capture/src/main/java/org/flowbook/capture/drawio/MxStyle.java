package org.flowbook.capture.drawio;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A draw.io (mxGraph) style string such as {@code rhombus;whiteSpace=wrap;html=1;}: bare names (the
 * shape's base style, "rhombus", "ellipse", "swimlane", "text") and {@code key=value} pairs.
 */
public record MxStyle(Map<String, String> values) {
  public MxStyle {
    values = Map.copyOf(values);
  }

  public static MxStyle parse(String style) {
    Map<String, String> values = new LinkedHashMap<>();
    if (style != null) {
      for (String part : style.split(";")) {
        String p = part.strip();
        if (p.isEmpty()) {
          continue;
        }
        int eq = p.indexOf('=');
        if (eq < 0) {
          values.putIfAbsent(p.toLowerCase(Locale.ROOT), "");
        } else {
          values.putIfAbsent(
              p.substring(0, eq).strip().toLowerCase(Locale.ROOT), p.substring(eq + 1).strip());
        }
      }
    }
    return new MxStyle(values);
  }

  /** True when the style names {@code name} bare or as its {@code shape=}. */
  public boolean is(String name) {
    return values.containsKey(name) || name.equalsIgnoreCase(get("shape"));
  }

  public String get(String key) {
    return values.getOrDefault(key, "");
  }

  /** The shape name: {@code shape=} when given, else empty. */
  String shape() {
    return get("shape").toLowerCase(Locale.ROOT);
  }

  double number(String key, double fallback) {
    try {
      return Double.parseDouble(get(key));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
