package org.flowbook.capture.base;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a drawing tool's label. draw.io stores labels with {@code html=1} as HTML ({@code
 * Provide<div>Directions</div>}, {@code At&nbsp;Destination?}); a step title is plain text on one
 * line, so tags become spaces and entities their characters.
 */
public final class HtmlLabel {
  private static final Pattern BREAK =
      Pattern.compile("(?i)<\\s*/?\\s*(br|div|p|li|tr|td|h[1-6])\\b[^>]*>");
  private static final Pattern TAG = Pattern.compile("<[^>]{0,2000}>");
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]{1,7}|[a-zA-Z]{2,8});");

  private HtmlLabel() {}

  /** Plain one-line text of {@code label}; {@code html} says whether it is HTML. */
  public static String plain(String label, boolean html) {
    if (label == null) {
      return "";
    }
    String s = label;
    if (html) {
      s = BREAK.matcher(s).replaceAll(" ");
      s = TAG.matcher(s).replaceAll("");
      s = entities(s);
    }
    return s.replaceAll("[\\s\\u00a0]+", " ").strip();
  }

  private static String entities(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String entity(String name, String whole) {
    if (name.startsWith("#")) {
      try {
        int cp =
            name.startsWith("#x") || name.startsWith("#X")
                ? Integer.parseInt(name.substring(2), 16)
                : Integer.parseInt(name.substring(1));
        return Character.isValidCodePoint(cp) && cp >= 0x20
            ? new String(Character.toChars(cp))
            : " ";
      } catch (NumberFormatException e) {
        return whole;
      }
    }
    return switch (name) {
      case "nbsp" -> " ";
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "auml" -> "ä";
      case "Auml" -> "Ä";
      case "aring" -> "å";
      case "Aring" -> "Å";
      case "ouml" -> "ö";
      case "Ouml" -> "Ö";
      case "eacute" -> "é";
      case "ndash" -> "–";
      case "mdash" -> "—";
      default -> whole;
    };
  }
}
