package org.flowbook.server.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The settings table as text for {@code flowbook serve --help} and as the Markdown table of
 * docs/configuration.md (a test keeps the file equal to {@link #markdownTable()}).
 */
public final class SettingsDocs {
  private SettingsDocs() {}

  /** The lines of the help's settings section. */
  public static List<String> helpLines() {
    List<String> lines = new ArrayList<>();
    lines.add("Settings: in the file flowbook.conf (key = value, see --config), or as environment");
    lines.add("variables of the same names (database.url is FLOWBOOK_DATABASE_URL). Options win");
    lines.add("over variables, variables over the file. All of it: docs/configuration.md.");
    for (Setting s : SettingsTable.all()) {
      String dflt = s.defaultValue().isEmpty() ? "" : "  (default: " + s.defaultValue() + ")";
      lines.add("  " + s.key() + dflt);
      lines.add("      " + s.description());
      lines.add(
          "      e.g. "
              + s.key()
              + " = "
              + s.example()
              + "   "
              + s.envName()
              + s.legacy().map(l -> " (or " + l + ")").orElse(""));
    }
    return lines;
  }

  /** The Markdown table of every setting. */
  public static String markdownTable() {
    StringBuilder b = new StringBuilder();
    b.append("| Key | Environment variable | Default | Example | What it does |\n");
    b.append("| --- | --- | --- | --- | --- |\n");
    for (Setting s : SettingsTable.all()) {
      b.append("| `")
          .append(s.key())
          .append("` | `")
          .append(s.envName())
          .append('`')
          .append(s.legacy().map(l -> " (or `" + l + "`)").orElse(""))
          .append(" | ")
          .append(s.defaultValue().isEmpty() ? "—" : "`" + s.defaultValue() + "`")
          .append(" | `")
          .append(s.example().replace("|", "\\|"))
          .append("` | ")
          .append(s.description().replace("|", "\\|"))
          .append(" |\n");
    }
    return b.toString();
  }
}
