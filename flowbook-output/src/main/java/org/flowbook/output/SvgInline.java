package org.flowbook.output;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares an SVG document for a place inside an HTML page: the XML prolog and doctype go (they are
 * not allowed there), and where a page holds several pictures every id gets a per-picture prefix,
 * so that two flowcharts do not share one arrow marker.
 */
public final class SvgInline {
  private static final Pattern PROLOG =
      Pattern.compile("(?s)^\\s*(<\\?xml.*?\\?>)?\\s*(<!DOCTYPE[^>]*>)?\\s*");
  private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
  private static final Pattern REF = Pattern.compile("(url\\(#|href=\"#)([^)\"]+)");

  private SvgInline() {}

  /** The document from its {@code <svg>} element on, without prolog and doctype. */
  public static String element(String svg) {
    int start = svg.indexOf("<svg");
    return start >= 0 ? svg.substring(start) : PROLOG.matcher(svg).replaceFirst("");
  }

  /**
   * The document without prolog, every id it declares prefixed with {@code prefix} and every
   * reference to such an id with it; links to ids outside the picture stay as they are.
   */
  public static String withIdPrefix(String svg, String prefix) {
    String s = PROLOG.matcher(svg).replaceFirst("");
    Set<String> ids = new HashSet<>();
    Matcher idm = ID.matcher(s);
    while (idm.find()) {
      ids.add(idm.group(1));
    }
    s =
        ID.matcher(s)
            .replaceAll(m -> Matcher.quoteReplacement("id=\"" + prefix + m.group(1) + "\""));
    return REF.matcher(s)
        .replaceAll(
            m ->
                Matcher.quoteReplacement(
                    m.group(1) + (ids.contains(m.group(2)) ? prefix : "") + m.group(2)));
  }
}
