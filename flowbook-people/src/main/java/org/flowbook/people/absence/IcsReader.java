package org.flowbook.people.absence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;
import org.flowbook.notation.SourceText;

/**
 * Reads absences from an iCalendar file (RFC 5545) as HR and calendar systems export them. Each
 * {@code VEVENT} is a period of absence of the person named by {@code X-FLOWBOOK-PERSON}, the
 * {@code CN} of its {@code ATTENDEE} or {@code ORGANIZER}, or a {@code SUMMARY} that is exactly a
 * listed person's name; the summary is otherwise never kept (it often says why).
 *
 * <p>Hardened: the file size is checked before reading, the number of events and of expanded
 * occurrences is capped, a recurrence rule is expanded only up to a horizon (its {@code UNTIL}, its
 * {@code COUNT} or the end of the period asked about), every problem names its line, and a file
 * with any error yields no absences at all.
 */
public final class IcsReader {
  /** Largest file read: a year of a large organization's absences is far below this. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  /** Most events, and most occurrences after expanding recurrences, in one file. */
  public static final int MAX_EVENTS = 50_000;

  public static final int MAX_OCCURRENCES = 100_000;

  /** How far an open-ended rule is expanded when no horizon is given. */
  public static final int DEFAULT_HORIZON_YEARS = 3;

  private final String file;
  private final Set<String> knownPeople;
  private final LocalDate horizon;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Absence> absences = new ArrayList<>();

  private IcsReader(String file, Set<String> knownPeople, LocalDate horizon) {
    this.file = file;
    this.knownPeople = knownPeople;
    this.horizon = horizon;
  }

  /**
   * Reads a file's bytes.
   *
   * @param knownPeople folded names of the listed people (for a summary that is a name)
   * @param horizon the last day of interest: recurrences are not expanded beyond it (null: three
   *     years after each event's start)
   */
  public static AbsenceImport read(
      String file, byte[] bytes, Set<String> knownPeople, LocalDate horizon) {
    if (bytes.length > MAX_BYTES) {
      return new AbsenceImport(
          List.of(),
          List.of(
              Problem.error(
                  "file-too-large",
                  "the calendar file is "
                      + bytes.length / 1024
                      + " KiB; the limit is "
                      + MAX_BYTES / 1024
                      + " KiB",
                  "export only the people and the period that matter",
                  SourceLocation.file(file))));
    }
    SourceText src = SourceText.decode(file, bytes);
    IcsReader r = new IcsReader(file, knownPeople, horizon);
    r.problems.addAll(src.problems());
    if (src.readable()) {
      r.run(unfold(src.lines()));
    }
    return AbsenceImport.allOrNothing(r.absences, r.problems);
  }

  /** A content line after unfolding, with the line it started on. */
  record Line(int number, String name, Map<String, String> params, String value) {}

  private static List<String[]> unfold(List<String> lines) {
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if ((l.startsWith(" ") || l.startsWith("\t")) && !out.isEmpty()) {
        String[] last = out.get(out.size() - 1);
        if (last[1].length() < 10_000) {
          last[1] = last[1] + l.substring(1);
        }
      } else if (!l.isBlank()) {
        out.add(new String[] {String.valueOf(i + 1), l});
      }
    }
    return out;
  }

  private void run(List<String[]> lines) {
    boolean inCalendar = false;
    Map<String, Line> event = null;
    List<Line> exdates = new ArrayList<>();
    int eventLine = 0;
    int events = 0;
    for (String[] raw : lines) {
      Line line = parseLine(Integer.parseInt(raw[0]), raw[1]);
      if (line == null) {
        continue;
      }
      String name = line.name();
      if (name.equals("BEGIN") && line.value().equalsIgnoreCase("VCALENDAR")) {
        inCalendar = true;
      } else if (!inCalendar) {
        error(
            "ics-not-a-calendar",
            "the file does not start with BEGIN:VCALENDAR",
            "export the absences as an iCalendar (.ics) file",
            line.number());
        return;
      } else if (name.equals("BEGIN") && line.value().equalsIgnoreCase("VEVENT")) {
        if (event != null) {
          error(
              "ics-nested-event",
              "an event starts inside another event",
              "close the first with END:VEVENT",
              line.number());
          return;
        }
        if (++events > MAX_EVENTS) {
          error(
              "ics-too-many-events",
              "the file has more than " + MAX_EVENTS + " events",
              "export a shorter period",
              line.number());
          return;
        }
        event = new HashMap<>();
        exdates = new ArrayList<>();
        eventLine = line.number();
      } else if (name.equals("END") && line.value().equalsIgnoreCase("VEVENT")) {
        if (event == null) {
          error(
              "ics-unexpected-end", "END:VEVENT without BEGIN:VEVENT", "remove it", line.number());
          return;
        }
        event(event, exdates, eventLine);
        event = null;
        if (absences.size() > MAX_OCCURRENCES) {
          error(
              "ics-too-many-occurrences",
              "the events expand to more than " + MAX_OCCURRENCES + " absences",
              "a recurring event repeats too often; give it an end (UNTIL or COUNT)",
              eventLine);
          return;
        }
      } else if (event != null) {
        if (name.equals("EXDATE")) {
          exdates.add(line);
        } else {
          event.putIfAbsent(name, line);
        }
      }
    }
    if (event != null) {
      error(
          "ics-unclosed-event",
          "the last event is not closed",
          "end it with END:VEVENT",
          eventLine);
    }
  }

  private Line parseLine(int number, String text) {
    int colon = -1;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ':' && !quoted) {
        colon = i;
        break;
      }
    }
    if (colon <= 0) {
      error(
          "ics-bad-line",
          "not an iCalendar content line ('NAME:value')",
          "the file may be damaged; export it again",
          number);
      return null;
    }
    String[] head = text.substring(0, colon).split(";");
    Map<String, String> params = new HashMap<>();
    for (int i = 1; i < head.length && i < 50; i++) {
      int eq = head[i].indexOf('=');
      if (eq > 0) {
        params.put(
            head[i].substring(0, eq).toUpperCase(Locale.ROOT),
            head[i].substring(eq + 1).replace("\"", "").strip());
      }
    }
    return new Line(
        number,
        head[0].toUpperCase(Locale.ROOT).strip(),
        params,
        text.substring(colon + 1).strip());
  }

  private void event(Map<String, Line> e, List<Line> exdates, int at) {
    if (e.containsKey("STATUS") && e.get("STATUS").value().equalsIgnoreCase("CANCELLED")) {
      return;
    }
    Line start = e.get("DTSTART");
    if (start == null) {
      error("ics-no-start", "the event has no DTSTART", "every absence needs its first day", at);
      return;
    }
    LocalDate from = date(start);
    if (from == null) {
      return;
    }
    LocalDate to = from;
    Line end = e.get("DTEND");
    if (end != null) {
      LocalDate d = date(end);
      if (d == null) {
        return;
      }
      boolean allDay =
          end.value().length() == 8 || "DATE".equalsIgnoreCase(end.params().get("VALUE"));
      boolean midnight =
          end.value().length() >= 15 && end.value().substring(9, 15).equals("000000");
      to = allDay || midnight ? d.minusDays(1) : d;
      if (to.isBefore(from)) {
        to = from;
      }
    } else if (e.containsKey("DURATION")) {
      Line dur = e.get("DURATION");
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("P(?:(\\d{1,4})W)?(?:(\\d{1,5})D)?(?:T.*)?")
              .matcher(dur.value());
      if (!m.matches()) {
        error(
            "ics-bad-duration",
            "'" + AbsenceFile.abbreviate(dur.value()) + "' is not a duration",
            "write e.g. P5D or P2W",
            dur.number());
        return;
      }
      long days =
          (m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 7)
              + (m.group(2) == null ? 0 : Long.parseLong(m.group(2)));
      to = from.plusDays(Math.max(0, days - 1));
    }
    String person = person(e);
    if (person == null) {
      error(
          "ics-no-person",
          "the event does not say whose absence it is",
          "give it an ATTENDEE;CN=Anna Berg (or X-FLOWBOOK-PERSON:Anna Berg)",
          at);
      return;
    }
    Set<LocalDate> excluded = new HashSet<>();
    for (Line x : exdates) {
      for (String v : x.value().split(",")) {
        LocalDate d = date(new Line(x.number(), x.name(), x.params(), v));
        if (d != null) {
          excluded.add(d);
        }
      }
    }
    Line rule = e.get("RRULE");
    if (rule == null) {
      absences.add(new Absence(person, from, to, SourceLocation.of(file, at, 1)));
      return;
    }
    expand(person, from, to, rule, excluded, at);
  }

  private String person(Map<String, Line> e) {
    if (e.containsKey("X-FLOWBOOK-PERSON")) {
      return blankToNull(e.get("X-FLOWBOOK-PERSON").value());
    }
    for (String p : List.of("ATTENDEE", "ORGANIZER")) {
      if (e.containsKey(p) && e.get(p).params().containsKey("CN")) {
        return blankToNull(e.get(p).params().get("CN"));
      }
    }
    Line summary = e.get("SUMMARY");
    if (summary != null && knownPeople.contains(Absences.key(summary.value()))) {
      return summary.value();
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Expands FREQ=DAILY|WEEKLY|MONTHLY|YEARLY with INTERVAL, COUNT, UNTIL and weekly BYDAY. */
  private void expand(
      String person, LocalDate from, LocalDate to, Line rule, Set<LocalDate> excluded, int at) {
    Map<String, String> parts = new HashMap<>();
    for (String p : rule.value().split(";")) {
      int eq = p.indexOf('=');
      if (eq > 0) {
        parts.put(
            p.substring(0, eq).toUpperCase(Locale.ROOT),
            p.substring(eq + 1).toUpperCase(Locale.ROOT));
      }
    }
    String freq = parts.getOrDefault("FREQ", "");
    ChronoUnit unit =
        switch (freq) {
          case "DAILY" -> ChronoUnit.DAYS;
          case "WEEKLY" -> ChronoUnit.WEEKS;
          case "MONTHLY" -> ChronoUnit.MONTHS;
          case "YEARLY" -> ChronoUnit.YEARS;
          default -> null;
        };
    if (unit == null) {
      error(
          "ics-bad-rule",
          "the recurrence rule has no supported FREQ ('" + AbsenceFile.abbreviate(freq) + "')",
          "Flowbook reads FREQ=DAILY, WEEKLY, MONTHLY and YEARLY",
          rule.number());
      return;
    }
    for (String unsupported :
        List.of(
            "BYSETPOS",
            "BYMONTHDAY",
            "BYYEARDAY",
            "BYWEEKNO",
            "BYHOUR",
            "BYMINUTE",
            "BYSECOND",
            "BYMONTH")) {
      if (parts.containsKey(unsupported)) {
        error(
            "ics-bad-rule",
            "the recurrence rule uses " + unsupported + ", which Flowbook does not read",
            "export the occurrences as single events",
            rule.number());
        return;
      }
    }
    int interval = number(parts.getOrDefault("INTERVAL", "1"), rule);
    int count = parts.containsKey("COUNT") ? number(parts.get("COUNT"), rule) : Integer.MAX_VALUE;
    if (interval < 1 || count < 1) {
      return;
    }
    LocalDate until = horizon != null ? horizon : from.plusYears(DEFAULT_HORIZON_YEARS);
    if (parts.containsKey("UNTIL")) {
      LocalDate u = date(new Line(rule.number(), "UNTIL", Map.of(), parts.get("UNTIL")));
      if (u == null) {
        return;
      }
      until = u.isBefore(until) ? u : until;
    }
    Set<DayOfWeek> byDay = EnumSet.noneOf(DayOfWeek.class);
    if (parts.containsKey("BYDAY")) {
      if (unit != ChronoUnit.WEEKS) {
        error(
            "ics-bad-rule",
            "BYDAY is read only with FREQ=WEEKLY",
            "export the occurrences as single events",
            rule.number());
        return;
      }
      for (String d : parts.get("BYDAY").split(",")) {
        DayOfWeek w = weekday(d.strip());
        if (w == null) {
          error(
              "ics-bad-rule",
              "'" + AbsenceFile.abbreviate(d) + "' is not a weekday",
              "write MO, TU, WE, TH, FR, SA or SU",
              rule.number());
          return;
        }
        byDay.add(w);
      }
    }
    long length = ChronoUnit.DAYS.between(from, to);
    int made = 0;
    for (long n = 0; made < count; n += interval) {
      LocalDate base = from.plus(n, unit);
      if (base.isAfter(until)) {
        break;
      }
      List<LocalDate> starts = new ArrayList<>();
      if (byDay.isEmpty()) {
        starts.add(base);
      } else {
        LocalDate monday = base.with(DayOfWeek.MONDAY);
        for (DayOfWeek w : byDay) {
          LocalDate d = monday.with(w);
          if (!d.isBefore(from)) {
            starts.add(d);
          }
        }
        starts.sort(null);
      }
      for (LocalDate s : starts) {
        if (made >= count || s.isAfter(until)) {
          break;
        }
        made++;
        if (!excluded.contains(s)) {
          absences.add(new Absence(person, s, s.plusDays(length), SourceLocation.of(file, at, 1)));
        }
        if (absences.size() > MAX_OCCURRENCES) {
          return;
        }
      }
    }
  }

  private int number(String s, Line rule) {
    try {
      int v = Integer.parseInt(s);
      if (v >= 1) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    error(
        "ics-bad-rule",
        "'" + AbsenceFile.abbreviate(s) + "' is not a positive whole number",
        "INTERVAL and COUNT are whole numbers from 1",
        rule.number());
    return -1;
  }

  private static DayOfWeek weekday(String d) {
    String two = d.length() >= 2 ? d.substring(d.length() - 2) : d;
    return switch (two) {
      case "MO" -> DayOfWeek.MONDAY;
      case "TU" -> DayOfWeek.TUESDAY;
      case "WE" -> DayOfWeek.WEDNESDAY;
      case "TH" -> DayOfWeek.THURSDAY;
      case "FR" -> DayOfWeek.FRIDAY;
      case "SA" -> DayOfWeek.SATURDAY;
      case "SU" -> DayOfWeek.SUNDAY;
      default -> null;
    };
  }

  /** The date of a DATE or DATE-TIME value (the calendar date as written; time zones ignored). */
  private LocalDate date(Line line) {
    String v = line.value();
    if (v.length() >= 8 && v.substring(0, 8).chars().allMatch(Character::isDigit)) {
      try {
        return LocalDate.parse(
            v.substring(0, 4) + "-" + v.substring(4, 6) + "-" + v.substring(6, 8));
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    error(
        "ics-bad-date",
        "'" + AbsenceFile.abbreviate(v) + "' is not an iCalendar date",
        "dates are written 20270705 or 20270705T080000",
        line.number());
    return null;
  }

  private void error(String code, String message, String hint, int line) {
    problems.add(Problem.error(code, message, hint, SourceLocation.of(file, line, 1)));
  }
}
