package org.flowbook.notation;

import java.text.Normalizer;
import java.util.Locale;

/** Turns names into stable ascii ids ("Anmodan avslagen" → "anmodan-avslagen"). */
public final class Slugs {
  private Slugs() {}

  public static String of(String name) {
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "x" : slug;
  }
}
