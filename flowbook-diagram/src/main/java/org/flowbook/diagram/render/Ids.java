package org.flowbook.diagram.render;

/**
 * The stable element ids of a rendered diagram, derived only from the process and step ids, so a
 * page, a test or an overlay script can find "step 4 of purchase-approval" in any version of it.
 */
public final class Ids {
  private Ids() {}

  /** {@code step--purchase-approval--4}. */
  public static String step(String processId, String stepId) {
    return "step--" + slug(processId) + "--" + slug(stepId);
  }

  /** {@code flow--purchase-approval--2--4}; a second flow between the same steps ends in -2. */
  public static String flow(String processId, String from, String to, int occurrence) {
    String id = "flow--" + slug(processId) + "--" + slug(from) + "--" + slug(to);
    return occurrence <= 1 ? id : id + "-" + occurrence;
  }

  /** {@code lane--purchase-approval--ekonomichef}. */
  public static String lane(String processId, String role) {
    return "lane--" + slug(processId) + "--" + slug(role.isEmpty() ? "other" : role);
  }

  /** Lower-case letters, digits, '-' and '_'; anything else becomes '_'. */
  public static String slug(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.strip().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
        b.append(c);
      } else {
        b.append(
            switch (c) {
              case 'å', 'ä', 'à', 'á', 'â' -> 'a';
              case 'ö', 'ø', 'ó', 'ò', 'ô' -> 'o';
              case 'é', 'è', 'ê', 'ë' -> 'e';
              case 'ü', 'ú' -> 'u';
              case ' ' -> '-';
              default -> '_';
            });
      }
    }
    return b.length() == 0 ? "_" : b.toString();
  }
}
