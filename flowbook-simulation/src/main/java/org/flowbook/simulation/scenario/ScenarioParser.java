package org.flowbook.simulation.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Suggestions;
import org.flowbook.model.WorkingHours;
import org.flowbook.notation.SourceText;

/**
 * Reads a scenario file, written like the notation: one {@code key: value} a line, keys in Swedish
 * or English, {@code #} comments.
 *
 * <pre>
 * scenario: Sommar 2027
 * period: 2027-06-01 – 2027-08-31
 * volym: Inköpsgodkännande +30 %
 * antal: Inköpare −1 från 2027-07-01 till 2027-07-31
 * arbetstid: Inköpare mån–fre 07:00–16:00
 * ersätt: ../changes/inkopsgodkannande-new.flow
 * ankomster: Inköpsgodkännande mån–fre 08:00–10:00 50 %, mån–fre 10:00–16:00
 * </pre>
 */
public final class ScenarioParser {
  /** Keys: canonical English word → the words that mean it. */
  static final Map<String, List<String>> KEYS =
      Map.of(
          "scenario", List.of("scenario"),
          "description", List.of("description", "beskrivning"),
          "period", List.of("period"),
          "volume", List.of("volume", "volym"),
          "capacity", List.of("capacity", "antal"),
          "hours", List.of("working hours", "arbetstid"),
          "replace", List.of("replace", "ersätt"),
          "arrivals", List.of("arrivals", "ankomster"));

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  static final Pattern PERIOD =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})\\s*(?:[-–—]|till|to|until)\\s*(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern VOLUME =
      Pattern.compile(
          "(.+?)\\s+(?:([+\\-−]\\s*\\d{1,6}(?:[.,]\\d{1,4})?)\\s*%|[×x*]\\s*(\\d{1,6}(?:[.,]\\d{1,4})?)|(-?\\d{1,9}(?:[.,]\\d{1,4})?)\\s+(?:per|i|a|/)\\s*(\\p{L}+))");
  private static final Pattern STAFF =
      Pattern.compile(
          "(.+?)\\s+([+\\-−]?\\d{1,6})(?:\\s+(?:från|from)\\s+(\\S+))?(?:\\s+(?:till|to|until)\\s+(\\S+))?",
          Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  ScenarioParser(String file) {
    this.file = file;
  }

  /** The parsed scenario and every problem; the scenario is null when nothing could be read. */
  public record Parsed(Scenario scenario, List<Problem> problems) {
    public boolean hasErrors() {
      return problems.stream().anyMatch(Problem::isError);
    }
  }

  public static Parsed parse(SourceText src, Path dir) {
    ScenarioParser p = new ScenarioParser(src.file());
    if (!src.readable()) {
      return new Parsed(null, src.problems());
    }
    p.problems.addAll(src.problems());
    return p.read(src, dir);
  }

  private Parsed read(SourceText src, Path dir) {
    String name = "";
    String description = "";
    LocalDate from = null;
    LocalDate to = null;
    List<Scenario.VolumeChange> volumes = new ArrayList<>();
    List<Scenario.StaffChange> staff = new ArrayList<>();
    List<Scenario.HoursChange> hours = new ArrayList<>();
    List<Scenario.Replacement> replacements = new ArrayList<>();
    List<Scenario.ArrivalsChange> arrivals = new ArrayList<>();
    List<String> lines = src.lines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String t = line.strip();
      int lineNo = i + 1;
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      int colon = t.indexOf(':');
      int indent = line.indexOf(t) + 1;
      if (colon <= 0) {
        problems.add(
            Problem.error(
                "unexpected-line",
                "'" + abbreviate(t) + "' is not a 'key: value' line",
                "scenario lines are e.g. 'volym: Inköpsgodkännande +30 %'",
                at(lineNo, indent)));
        continue;
      }
      String word = t.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = t.substring(colon + 1).strip();
      int valueCol =
          indent
              + colon
              + 1
              + (t.substring(colon + 1).length() - t.substring(colon + 1).stripLeading().length());
      SourceLocation vat = at(lineNo, valueCol);
      Optional<String> key = key(word);
      if (key.isEmpty()) {
        List<String> all = KEYS.values().stream().flatMap(List::stream).toList();
        problems.add(
            Problem.warning(
                "unknown-field",
                "'" + abbreviate(word) + ":' is not a scenario key; the line is ignored",
                Suggestions.hint(word, all, "docs/simulation.md"),
                at(lineNo, indent)));
        continue;
      }
      if (value.isEmpty()) {
        problems.add(Problem.error("empty-value", "'" + word + ":' needs a value", "", vat));
        continue;
      }
      switch (key.get()) {
        case "scenario" -> name = value;
        case "description" -> description = value;
        case "period" -> {
          Matcher m = PERIOD.matcher(value);
          if (m.matches() && date(m.group(1), vat) != null && date(m.group(2), vat) != null) {
            from = LocalDate.parse(m.group(1));
            to = LocalDate.parse(m.group(2));
            if (to.isBefore(from)) {
              problems.add(
                  Problem.error("bad-period", "the period ends before it starts", "", vat));
              from = null;
              to = null;
            }
          } else if (!m.matches()) {
            problems.add(
                Problem.error(
                    "bad-period",
                    "'" + abbreviate(value) + "' is not a period",
                    "write e.g. 'period: 2027-06-01 – 2027-08-31'",
                    vat));
          }
        }
        case "volume" -> volume(value, vat).ifPresent(volumes::add);
        case "capacity" -> staff(value, vat).ifPresent(staff::add);
        case "hours" -> hours(value, vat).ifPresent(hours::add);
        case "replace" -> replacements.add(new Scenario.Replacement(dir.resolve(value), vat));
        case "arrivals" -> arrivals(value, vat).ifPresent(arrivals::add);
        default -> throw new IllegalStateException(key.get());
      }
    }
    if (name.isEmpty()) {
      problems.add(
          Problem.error(
              "missing-title",
              "the scenario has no 'scenario:' line naming it",
              "start the file with e.g. 'scenario: Sommar 2027'",
              at(1, 1)));
    }
    Scenario s =
        new Scenario(name, description, from, to, volumes, staff, hours, replacements, arrivals);
    return new Parsed(s, List.copyOf(problems));
  }

  static Optional<String> key(String word) {
    return KEYS.entrySet().stream()
        .filter(e -> e.getValue().contains(word))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  Optional<Scenario.VolumeChange> volume(String value, SourceLocation at) {
    Matcher m = VOLUME.matcher(value);
    if (!m.matches()) {
      problems.add(
          Problem.error(
              "bad-volume",
              "'" + abbreviate(value) + "' is not a volume change",
              "write the process and a change: 'Inköpsgodkännande +30 %', '× 1,5' or '150 per månad'",
              at));
      return Optional.empty();
    }
    String process = star(m.group(1).strip());
    if (m.group(2) != null) {
      double pct = number(m.group(2).replace("−", "-").replace(" ", ""));
      double factor = 1 + pct / 100;
      if (factor < 0) {
        return negative(value, at);
      }
      return Optional.of(new Scenario.VolumeChange(process, factor, null, at));
    }
    if (m.group(3) != null) {
      return Optional.of(new Scenario.VolumeChange(process, number(m.group(3)), null, at));
    }
    double n = number(m.group(4));
    if (n < 0) {
      return negative(value, at);
    }
    Optional<Double> perMonth = perMonth(n, m.group(5));
    if (perMonth.isEmpty()) {
      problems.add(
          Problem.error(
              "bad-volume",
              "'" + m.group(5) + "' is not a period of time",
              "per day, week, month or year (dag, vecka, månad, år)",
              at));
      return Optional.empty();
    }
    return Optional.of(new Scenario.VolumeChange(process, 1, perMonth.get(), at));
  }

  private Optional<Scenario.VolumeChange> negative(String value, SourceLocation at) {
    problems.add(
        Problem.error(
            "bad-volume",
            "the volume in '" + abbreviate(value) + "' would be negative",
            "a process can lose at most all its cases: −100 %",
            at));
    return Optional.empty();
  }

  static Optional<Double> perMonth(double n, String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.startsWith("dag") || u.startsWith("day")) {
      return Optional.of(n * 365 / 12);
    }
    if (u.startsWith("veck") || u.startsWith("week")) {
      return Optional.of(n * 52 / 12);
    }
    if (u.startsWith("mån") || u.startsWith("month")) {
      return Optional.of(n);
    }
    if (u.equals("år") || u.startsWith("year")) {
      return Optional.of(n / 12);
    }
    return Optional.empty();
  }

  Optional<Scenario.StaffChange> staff(String value, SourceLocation at) {
    Matcher m = STAFF.matcher(value);
    if (!m.matches()) {
      problems.add(
          Problem.error(
              "bad-number",
              "'" + abbreviate(value) + "' is not a head count",
              "write the role and a number: 'Inköpare 1 från 2027-07-01 till 2027-07-31' or 'Inköpare −1'",
              at));
      return Optional.empty();
    }
    String n = m.group(2).replace("−", "-");
    boolean relative = n.startsWith("+") || n.startsWith("-");
    int heads = Integer.parseInt(n.replace("+", ""));
    if (!relative && heads < 0) {
      return Optional.empty();
    }
    LocalDate from = m.group(3) == null ? null : date(m.group(3), at);
    LocalDate to = m.group(4) == null ? null : date(m.group(4), at);
    if ((m.group(3) != null && from == null) || (m.group(4) != null && to == null)) {
      return Optional.empty();
    }
    return Optional.of(
        new Scenario.StaffChange(star(m.group(1).strip()), heads, relative, from, to, at));
  }

  Optional<Scenario.HoursChange> hours(String value, SourceLocation at) {
    String[] words = value.split("\\s+");
    for (int i = 1; i < words.length; i++) {
      String role = String.join(" ", List.of(words).subList(0, i));
      String rest = String.join(" ", List.of(words).subList(i, words.length));
      Optional<WorkingHours> h = WorkingHours.parse(rest);
      if (h.isPresent()) {
        return Optional.of(new Scenario.HoursChange(star(role), h.get(), at));
      }
    }
    problems.add(
        Problem.error(
            "bad-hours",
            "'" + abbreviate(value) + "' is not a role with working hours",
            "write e.g. 'arbetstid: Inköpare mån–fre 07:00–16:00' or 'arbetstid: alla dygnet runt'",
            at));
    return Optional.empty();
  }

  Optional<Scenario.ArrivalsChange> arrivals(String value, SourceLocation at) {
    String[] words = value.split("\\s+");
    for (int i = 1; i < words.length; i++) {
      String process = String.join(" ", List.of(words).subList(0, i));
      String rest = String.join(" ", List.of(words).subList(i, words.length));
      Optional<ArrivalProfileParser.Result> r = ArrivalProfileParser.parse(rest);
      if (r.isEmpty()) {
        continue;
      }
      if (r.get().error() != null) {
        problems.add(
            Problem.error(
                "bad-arrivals",
                r.get().error(),
                "give every group a share that adds up to 100 %, or leave some without one to"
                    + " share the rest",
                at));
        return Optional.empty();
      }
      return Optional.of(new Scenario.ArrivalsChange(star(process), r.get().profile(), rest, at));
    }
    problems.add(
        Problem.error(
            "bad-arrivals",
            "'" + abbreviate(value) + "' is not a process with arrival hours",
            "write e.g. 'ankomster: Inköpsgodkännande mån–fre 08:00–10:00 50 %, mån–fre"
                + " 10:00–16:00' or 'arrivals: all mon-fri 08:00-12:00'",
            at));
    return Optional.empty();
  }

  private LocalDate date(String text, SourceLocation at) {
    if (DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        // falls through to the problem below
      }
    }
    problems.add(
        Problem.error("bad-date", "'" + abbreviate(text) + "' is not a date", "YYYY-MM-DD", at));
    return null;
  }

  private static String star(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.equals("alla") || n.equals("all") || n.equals("*") ? "*" : name;
  }

  private static double number(String s) {
    return Double.parseDouble(s.replace(',', '.'));
  }

  private SourceLocation at(int line, int col) {
    return SourceLocation.of(file, line, col);
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "…" : s;
  }
}
