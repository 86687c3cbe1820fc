package org.flowbook.server.evidence;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Safe file names for what users upload and for the entries of the audit pack: no folders (only the
 * part after the last {@code /} or {@code \} is kept), no {@code ..}, no leading dot, no control
 * characters or characters that mean something to a shell or a file system; letters of every
 * language stay ("Löpnummer november.pdf").
 */
public final class FileNames {
  /** The longest name kept; the end (with the extension) is what is kept of a longer one. */
  public static final int MAX = 120;

  private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N} ._()-]");
  private static final Pattern DOTS = Pattern.compile("\\.{2,}");

  private FileNames() {}

  /** The last segment of {@code given}, cleaned; {@code fallback} when nothing is left. */
  public static String clean(String given, String fallback) {
    String name = given == null ? "" : Normalizer.normalize(given, Normalizer.Form.NFC).strip();
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    name = UNSAFE.matcher(name).replaceAll("_");
    name = DOTS.matcher(name).replaceAll(".");
    while (name.startsWith(".") || name.startsWith(" ")) {
      name = name.substring(1);
    }
    name = name.strip();
    if (name.length() > MAX) {
      name = name.substring(name.length() - MAX).strip();
    }
    return name.isEmpty() || name.equals(".") ? fallback : name;
  }
}
