package org.flowbook.simulation.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.flowbook.model.Language;
import org.flowbook.model.SourceLocation;
import org.flowbook.notation.SourceText;

/**
 * Writes a scenario file canonically ({@code flowbook fmt}): keys in the file's language (Swedish
 * when most keys are Swedish), values in one form each ({@code +30 %}, {@code Inköpare −1 från
 * 2027-07-01 till 2027-07-31}, {@code mån–fre 08:00–17:00}), comments and blank lines kept where
 * they are. A file with errors is not formatted.
 */
public final class ScenarioFormatter {
  private static final Map<String, String> SV =
      Map.of(
          "scenario", "scenario",
          "description", "beskrivning",
          "period", "period",
          "volume", "volym",
          "capacity", "antal",
          "hours", "arbetstid",
          "replace", "ersätt",
          "arrivals", "ankomster");
  private static final Map<String, String> EN =
      Map.of(
          "scenario", "scenario",
          "description", "description",
          "period", "period",
          "volume", "volume",
          "capacity", "capacity",
          "hours", "working hours",
          "replace", "replace",
          "arrivals", "arrivals");

  private ScenarioFormatter() {}

  /** The canonical text, or empty when the file has errors. */
  public static Optional<String> format(SourceText src) {
    ScenarioParser.Parsed parsed = ScenarioParser.parse(src, Path.of("."));
    if (parsed.hasErrors() || parsed.scenario() == null) {
      return Optional.empty();
    }
    List<String> lines = src.lines();
    Language lang = language(lines);
    ScenarioParser values = new ScenarioParser(src.file());
    StringBuilder out = new StringBuilder();
    int blanks = 0;
    for (String line : lines) {
      String t = line.strip();
      if (t.isEmpty()) {
        blanks++;
        continue;
      }
      if (blanks > 0 && out.length() > 0) {
        out.append('\n');
      }
      blanks = 0;
      int colon = t.indexOf(':');
      Optional<String> key =
          t.startsWith("#") || colon <= 0
              ? Optional.empty()
              : ScenarioParser.key(t.substring(0, colon).strip().toLowerCase(Locale.ROOT));
      if (key.isEmpty()) {
        out.append(t).append('\n');
        continue;
      }
      String value = t.substring(colon + 1).strip();
      String words = (lang == Language.SV ? SV : EN).get(key.get());
      out.append(words).append(": ").append(value(values, key.get(), value, lang)).append('\n');
    }
    return Optional.of(out.toString());
  }

  private static Language language(List<String> lines) {
    int sv = 0;
    int en = 0;
    for (String line : lines) {
      String t = line.strip();
      int colon = t.indexOf(':');
      if (t.startsWith("#") || colon <= 0) {
        continue;
      }
      String word = t.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      if (SV.containsValue(word) && !EN.containsValue(word)) {
        sv++;
      } else if (EN.containsValue(word) && !SV.containsValue(word)) {
        en++;
      }
    }
    return sv >= en && sv > 0 ? Language.SV : Language.EN;
  }

  private static String value(ScenarioParser p, String key, String value, Language lang) {
    boolean sv = lang == Language.SV;
    SourceLocation at = SourceLocation.UNKNOWN;
    return switch (key) {
      case "period" -> {
        Matcher m = ScenarioParser.PERIOD.matcher(value);
        yield m.matches() ? m.group(1) + " – " + m.group(2) : value;
      }
      case "volume" ->
          p.volume(value, at).map(v -> who(v.process(), sv) + " " + volume(v, sv)).orElse(value);
      case "capacity" ->
          p.staff(value, at)
              .map(
                  s ->
                      who(s.role(), sv)
                          + " "
                          + (s.relative() && s.heads() >= 0 ? "+" : "")
                          + (s.heads() < 0 ? minus(sv) + -s.heads() : String.valueOf(s.heads()))
                          + (s.from() == null ? "" : (sv ? " från " : " from ") + s.from())
                          + (s.to() == null ? "" : (sv ? " till " : " to ") + s.to()))
              .orElse(value);
      case "hours" ->
          p.hours(value, at)
              .map(h -> who(h.role(), sv) + " " + h.hours().format(lang))
              .orElse(value);
      case "arrivals" ->
          p.arrivals(value, at)
              .map(a -> who(a.process(), sv) + " " + ArrivalProfileParser.canonical(a.text(), lang))
              .orElse(value);
      default -> value;
    };
  }

  private static String volume(Scenario.VolumeChange v, boolean sv) {
    if (v.perMonth() != null) {
      return number(v.perMonth(), sv) + (sv ? " per månad" : " per month");
    }
    double pct = (v.factor() - 1) * 100;
    return (pct < 0 ? minus(sv) : "+") + number(Math.abs(pct), sv) + " %";
  }

  private static String who(String name, boolean sv) {
    return name.equals("*") ? (sv ? "alla" : "all") : name;
  }

  private static String minus(boolean sv) {
    return sv ? "−" : "-";
  }

  private static String number(double v, boolean sv) {
    double r = Math.round(v * 10000) / 10000.0;
    String s =
        r == Math.rint(r)
            ? String.valueOf((long) r)
            : String.format(Locale.ROOT, "%.4f", r).replaceAll("0+$", "");
    return sv ? s.replace('.', ',') : s;
  }
}
