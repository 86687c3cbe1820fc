package org.flowbook.handbook.content;

import java.text.Normalizer;
import java.util.Locale;

/** The ids chapters are linked by; stable, so links into a published manual keep working. */
public final class Anchors {
  private Anchors() {}

  public static String process(String processId) {
    return "p-" + slug(processId);
  }

  public static String section(String processId, String section) {
    return process(processId) + "-" + section;
  }

  public static String step(String processId, String stepId) {
    return process(processId) + "-s-" + slug(stepId);
  }

  public static String role(String role) {
    return "role-" + slug(role);
  }

  /** Lower-case ASCII letters, digits and dashes: "Inköpare" → "inkopare". */
  public static String slug(String text) {
    String ascii =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "x" : slug;
  }
}
