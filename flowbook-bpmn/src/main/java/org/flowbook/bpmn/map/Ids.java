package org.flowbook.bpmn.map;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Makes the kebab-case process ids Flowbook uses from BPMN names, unique within one import. */
final class Ids {
  private final Set<String> taken = new HashSet<>();

  /** A new id from a name ("Invoice Receipt" → "invoice-receipt"), suffixed -2, -3 when taken. */
  String unique(String name, String fallback) {
    String base = slug(name);
    if (base.isEmpty()) {
      base = slug(fallback);
    }
    if (base.isEmpty()) {
      base = "process";
    }
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /**
   * The file's own id when it already is a Flowbook process id (lower-case words and dashes, as
   * Flowbook writes them), so that ids survive .flow → BPMN → .flow; else one made from the name.
   */
  String keepOrMake(String fileId, String name) {
    if (fileId.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*") && taken.add(fileId)) {
      return fileId;
    }
    return unique(name, fileId);
  }

  static String slug(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    return folded.length() > 60 ? folded.substring(0, 60).replaceAll("-+$", "") : folded;
  }
}
