package org.flowbook.bpmn.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small XML element builder with a deterministic serializer: attributes in insertion order,
 * two-space indentation, numbers without needless decimals. The same model always gives the same
 * bytes, which golden-file tests rely on.
 */
final class XmlElement {
  private final String name;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private final List<XmlElement> children = new ArrayList<>();
  private String text = "";

  XmlElement(String name) {
    this.name = name;
  }

  /** Adds an attribute; an empty value is left out (BPMN treats absent and empty alike). */
  XmlElement attr(String key, String value) {
    if (value != null && !value.isEmpty()) {
      attributes.put(key, value);
    }
    return this;
  }

  XmlElement attr(String key, double value) {
    attributes.put(key, number(value));
    return this;
  }

  XmlElement text(String value) {
    text = value == null ? "" : value;
    return this;
  }

  /** Appends and returns a new child element. */
  XmlElement add(String childName) {
    XmlElement c = new XmlElement(childName);
    children.add(c);
    return c;
  }

  XmlElement add(XmlElement child) {
    children.add(child);
    return child;
  }

  String serialize() {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    write(out, 0);
    return out.toString();
  }

  private void write(StringBuilder out, int depth) {
    out.append("  ".repeat(depth)).append('<').append(name);
    attributes.forEach(
        (k, v) -> out.append(' ').append(k).append("=\"").append(escape(v, true)).append('"'));
    if (children.isEmpty() && text.isEmpty()) {
      out.append("/>\n");
      return;
    }
    out.append('>');
    if (children.isEmpty()) {
      out.append(escape(text, false)).append("</").append(name).append(">\n");
      return;
    }
    out.append('\n');
    for (XmlElement c : children) {
      c.write(out, depth + 1);
    }
    out.append("  ".repeat(depth)).append("</").append(name).append(">\n");
  }

  static String number(double v) {
    double r = Math.rint(v * 100) / 100;
    if (r == Math.rint(r)) {
      return String.valueOf((long) r);
    }
    return String.format(Locale.ROOT, "%.2f", r).replaceAll("0+$", "");
  }

  /** Escapes markup characters and drops characters XML 1.0 cannot carry at all. */
  static String escape(String s, boolean attribute) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append(attribute ? "&quot;" : "\"");
        case '\n' -> b.append(attribute ? "&#10;" : "\n");
        case '\r' -> b.append(attribute ? "&#13;" : "\r");
        case '\t' -> b.append(attribute ? "&#9;" : "\t");
        default -> {
          if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
