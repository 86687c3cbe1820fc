package org.flowbook.notation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.model.Control;
import org.flowbook.model.Document;
import org.flowbook.model.GroupKind;
import org.flowbook.model.ItSystem;
import org.flowbook.model.LandscapeGroup;
import org.flowbook.model.Language;
import org.flowbook.model.Organization;
import org.flowbook.model.Person;
import org.flowbook.model.Problem;
import org.flowbook.model.Regulation;
import org.flowbook.model.Requirement;
import org.flowbook.model.Role;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Suggestions;
import org.flowbook.model.WorkingHours;

/**
 * Reads {@code organization.flow}: entries ({@code role:}, {@code system:}, {@code document:},
 * {@code regulation:}, {@code group:}, {@code person:}) at the left margin, their details indented
 * below. Like the process parser it never throws and reports every problem.
 */
public final class OrganizationParser {
  private static final Pattern NUMBER = Pattern.compile("(\\d{1,9}(?:[.,]\\d{1,4})?)(.*)");

  /** One entry while it is read. */
  private static final class Entry {
    final Keyword kind;
    final String name;
    final SourceLocation at;
    final Map<Keyword, String> fields = new LinkedHashMap<>();
    final Map<Keyword, SourceLocation> fieldAt = new LinkedHashMap<>();
    final List<Requirement> requirements = new ArrayList<>();

    Entry(Keyword kind, String name, SourceLocation at) {
      this.kind = kind;
      this.name = name;
      this.at = at;
    }
  }

  private final SourceText src;
  private final String file;
  private final List<Problem> problems = new ArrayList<>();
  private final Comments.Collector comments = new Comments.Collector();
  private final Map<Keyword, String> header = new LinkedHashMap<>();
  private final Map<Keyword, SourceLocation> headerAt = new LinkedHashMap<>();
  private final List<Entry> entries = new ArrayList<>();
  private int swedish;
  private int english;

  private OrganizationParser(SourceText src) {
    this.src = src;
    this.file = src.file();
  }

  public static OrganizationDocument parse(String file, String text) {
    return parse(SourceText.decode(file, text.getBytes(StandardCharsets.UTF_8)));
  }

  public static OrganizationDocument parse(SourceText src) {
    return new OrganizationParser(src).run();
  }

  private OrganizationDocument run() {
    problems.addAll(src.problems());
    if (!src.readable()) {
      return new OrganizationDocument(Organization.empty(), Comments.none(), problems, src);
    }
    List<String> lines = src.lines();
    for (int i = 0; i < lines.size(); i++) {
      read(i + 1, lines.get(i));
    }
    Comments finished = comments.finish();
    Organization built = build();
    return new OrganizationDocument(built, finished, problems, src, statedHeadCounts);
  }

  private void read(int lineNo, String line) {
    if (line.isBlank()) {
      return;
    }
    if (Lines.isComment(line)) {
      comments.add(line);
      return;
    }
    int start = Lines.firstNonBlank(line);
    String content = line.substring(start).stripTrailing();
    SourceLocation at = SourceLocation.of(file, lineNo, start + 1);
    Entry current = entries.isEmpty() ? null : entries.get(entries.size() - 1);
    if (Lines.indent(line) > 0) {
      if (current == null) {
        error(
            "unexpected-indent",
            "an indented line outside any entry",
            "indented lines belong to the 'role:', 'system:' … line above them",
            at);
        return;
      }
      readDetail(current, content, at);
      return;
    }
    String[] kv = Lines.keyValue(content);
    if (kv == null) {
      error(
          "unexpected-line",
          "expected 'key: value', e.g. 'role: Ekonomichef'",
          "see docs/notation.md, section organization.flow",
          at);
      return;
    }
    Optional<Keyword> k =
        Keyword.LANGUAGE.matches(kv[0])
            ? Optional.of(Keyword.LANGUAGE)
            : Keyword.find(Keyword.Area.ORG, kv[0]);
    if (k.isEmpty()) {
      error(
          "unknown-field",
          "unknown entry '" + kv[0] + "'",
          Suggestions.hint(kv[0], Keyword.spellings(Keyword.Area.ORG), "docs/notation.md"),
          at);
      return;
    }
    count(k.get(), kv[0]);
    SourceLocation valueAt = SourceLocation.of(file, lineNo, content.indexOf(':') + 3);
    if (kv[1].isEmpty()) {
      error("empty-value", "'" + kv[0] + ":' has no value", "write the name after the colon", at);
      return;
    }
    switch (k.get()) {
      case ORGANIZATION, CURRENCY, LANGUAGE, RISK_THRESHOLD -> {
        comments.attach("o:" + k.get().name());
        header.put(k.get(), kv[1]);
        headerAt.put(k.get(), valueAt);
      }
      default -> {
        Entry e = new Entry(k.get(), kv[1], valueAt);
        for (Entry other : entries) {
          if (other.kind == e.kind && other.name.equalsIgnoreCase(e.name)) {
            error(
                "duplicate-entry",
                "'" + e.name + "' is declared twice (first on line " + other.at.line() + ")",
                "remove one of them",
                at);
          }
        }
        comments.attach(anchor(e));
        entries.add(e);
      }
    }
  }

  private void readDetail(Entry e, String content, SourceLocation at) {
    if (e.kind == Keyword.REGULATION && (content.startsWith("- ") || content.equals("-"))) {
      String item = content.substring(1).strip();
      int sep = item.indexOf(": ");
      String number = sep > 0 ? item.substring(0, sep).strip() : item.split("\\s+")[0];
      String text =
          sep > 0 ? item.substring(sep + 2).strip() : item.substring(number.length()).strip();
      if (number.isEmpty()) {
        error(
            "bad-requirement",
            "the requirement has no number",
            "write '- 5:6: Varje affärshändelse ska bokföras'",
            at);
        return;
      }
      comments.attach(anchor(e) + ":r:" + e.requirements.size());
      e.requirements.add(new Requirement(number, text, at));
      return;
    }
    String[] kv = Lines.keyValue(content);
    Optional<Keyword> k =
        kv == null ? Optional.empty() : Keyword.find(Keyword.Area.ORG_ENTRY, kv[0]);
    if (k.isEmpty()) {
      String head = kv == null ? content : kv[0];
      error(
          "unknown-field",
          "'" + Lines.abbreviate(head) + "' is not a detail of a " + e.kind.word(Language.EN),
          Suggestions.hint(head, Keyword.spellings(Keyword.Area.ORG_ENTRY), "docs/notation.md")
              + (e.kind == Keyword.REGULATION ? "; requirements are written '- 5:6: text'" : ""),
          at);
      return;
    }
    count(k.get(), kv[0]);
    if (e.fields.containsKey(k.get())) {
      error(
          "duplicate-field",
          "'" + kv[0] + "' is given twice for '" + e.name + "'",
          "keep one of them",
          at);
      return;
    }
    comments.attach(anchor(e) + ":" + k.get().name());
    e.fields.put(k.get(), kv[1]);
    e.fieldAt.put(
        k.get(), SourceLocation.of(file, at.line(), at.column() + content.indexOf(':') + 2));
  }

  static String anchor(Keyword kind, String name) {
    return "e:" + kind.name() + ":" + name.toLowerCase(Locale.ROOT);
  }

  private static String anchor(Entry e) {
    return anchor(e.kind, e.name);
  }

  /** The roles (folded names) whose {@code antal:} is written. */
  private final Set<String> statedHeadCounts = new HashSet<>();

  private Organization build() {
    List<Role> roles = new ArrayList<>();
    List<ItSystem> systems = new ArrayList<>();
    List<Document> documents = new ArrayList<>();
    List<Regulation> regulations = new ArrayList<>();
    List<LandscapeGroup> groups = new ArrayList<>();
    List<Person> people = new ArrayList<>();
    List<Control> controls = new ArrayList<>();
    Set<String> groupIds = new HashSet<>();
    for (Entry e : entries) {
      String description = e.fields.getOrDefault(Keyword.DESCRIPTION, "");
      allowOnly(e);
      switch (e.kind) {
        case ROLE -> {
          if (e.fields.containsKey(Keyword.CAPACITY)) {
            statedHeadCounts.add(e.name.toLowerCase(java.util.Locale.ROOT));
          }
          int capacity = (int) number(e, Keyword.CAPACITY, 1, true);
          double cost = number(e, Keyword.COST, 0, false);
          double hours = number(e, Keyword.HOURS, Role.DEFAULT_HOURS_PER_WEEK, false);
          roles.add(
              new Role(
                  e.name,
                  description,
                  Math.max(1, capacity),
                  Math.max(0, cost),
                  hours > 0 ? hours : Role.DEFAULT_HOURS_PER_WEEK,
                  e.at,
                  names(e.fields.get(Keyword.DEPUTIES)),
                  workingHours(e),
                  RoleTrainingFields.read(e.name, e.fields, e.fieldAt, problems)));
        }
        case PERSON -> people.add(PersonFields.person(e.name, e.at, e.fields, e.fieldAt, problems));
        case ORG_SYSTEM ->
            systems.add(
                new ItSystem(
                    e.name,
                    description,
                    e.at,
                    ControlFields.personalData(e.name, e.fields, e.fieldAt, problems)));
        case DOCUMENT ->
            documents.add(
                new Document(
                    e.name,
                    description,
                    e.at,
                    ControlFields.personalData(e.name, e.fields, e.fieldAt, problems)));
        case ORG_CONTROL ->
            controls.add(ControlFields.control(e.name, e.at, e.fields, e.fieldAt, problems));
        case REGULATION ->
            regulations.add(
                new Regulation(
                    e.name, e.fields.get(Keyword.SHORT), description, e.requirements, e.at));
        case GROUP -> {
          String id = e.fields.getOrDefault(Keyword.GROUP_ID, Slugs.of(e.name));
          if (!groupIds.add(id)) {
            error(
                "duplicate-entry",
                "two groups have the id '" + id + "'",
                "give each group its own 'id:'",
                e.at);
          }
          GroupKind kind = GroupKind.CORE;
          String kindText = e.fields.get(Keyword.KIND);
          if (kindText != null) {
            Optional<GroupKind> parsed = GroupKind.parse(kindText);
            if (parsed.isEmpty()) {
              error(
                  "bad-kind",
                  "'" + kindText + "' is not a group kind",
                  "write management, core or support (ledning, kärna, stöd)",
                  e.fieldAt.get(Keyword.KIND));
            } else {
              kind = parsed.get();
            }
          }
          groups.add(new LandscapeGroup(id, e.name, kind, description, e.at));
        }
        default -> {}
      }
    }
    Language language = Language.EN;
    String declared = header.get(Keyword.LANGUAGE);
    if (declared != null) {
      language = Language.fromCode(declared).orElse(Language.EN);
    } else if (swedish > english) {
      language = Language.SV;
    }
    return new Organization(
        header.getOrDefault(Keyword.ORGANIZATION, ""),
        language,
        header.get(Keyword.CURRENCY),
        roles,
        systems,
        documents,
        regulations,
        groups,
        SourceLocation.of(file, 1, 1),
        people,
        controls,
        riskThreshold());
  }

  /** The {@code riskgräns:} of the file, 0 (the default) when not written or not understood. */
  private int riskThreshold() {
    String text = header.get(Keyword.RISK_THRESHOLD);
    if (text == null) {
      return 0;
    }
    String t = text.strip();
    if (t.matches("\\d{1,2}")) {
      int v = Integer.parseInt(t);
      if (v >= 1 && v <= 16) {
        return v;
      }
    }
    error(
        "bad-risk-threshold",
        "'" + Lines.abbreviate(t) + "' is not a risk threshold",
        "write a risk value from 1 to 16 (likelihood × consequence), e.g. 'riskgräns: 8'",
        headerAt.get(Keyword.RISK_THRESHOLD));
    return 0;
  }

  private void allowOnly(Entry e) {
    Set<Keyword> allowed =
        switch (e.kind) {
          case ROLE ->
              Set.of(
                  Keyword.DESCRIPTION,
                  Keyword.CAPACITY,
                  Keyword.COST,
                  Keyword.HOURS,
                  Keyword.DEPUTIES,
                  Keyword.WORKING_HOURS,
                  Keyword.TRAINING,
                  Keyword.VALID);
          case PERSON ->
              Set.of(Keyword.EMAIL, Keyword.ROLES, Keyword.WORKING_TIME, Keyword.COVERED_BY);
          case REGULATION -> Set.of(Keyword.DESCRIPTION, Keyword.SHORT);
          case GROUP -> Set.of(Keyword.DESCRIPTION, Keyword.GROUP_ID, Keyword.KIND);
          case ORG_CONTROL ->
              Set.of(
                  Keyword.DESCRIPTION,
                  Keyword.CONTROL_OWNER,
                  Keyword.KIND,
                  Keyword.FREQUENCY,
                  Keyword.EVIDENCE,
                  Keyword.REQUIREMENTS);
          case DOCUMENT, ORG_SYSTEM ->
              Set.of(
                  Keyword.DESCRIPTION,
                  Keyword.PERSONAL_DATA,
                  Keyword.LEGAL_BASIS,
                  Keyword.RETENTION,
                  Keyword.DATA_PURPOSE);
          default -> Set.of(Keyword.DESCRIPTION);
        };
    for (Keyword k : e.fields.keySet()) {
      if (!allowed.contains(k)) {
        error(
            "unknown-field",
            "a " + e.kind.word(Language.EN) + " has no '" + k.word(Language.EN) + "'",
            "allowed here: " + allowed.stream().map(a -> a.word(Language.EN)).sorted().toList(),
            e.fieldAt.get(k));
      }
    }
  }

  /** A role's {@code arbetstid:}, or null when not written or not understood (then an error). */
  private WorkingHours workingHours(Entry e) {
    String text = e.fields.get(Keyword.WORKING_HOURS);
    if (text == null) {
      return null;
    }
    Optional<WorkingHours> hours = WorkingHours.parse(text);
    if (hours.isEmpty()) {
      error(
          "bad-working-hours",
          "'" + Lines.abbreviate(text) + "' is not a week of working hours",
          "write days and hours, e.g. 'arbetstid: mån–fre 08:00–17:00' or 'working hours: mon-thu"
              + " 08:00-17:00, fri 08:00-15:00', or 'dygnet runt' / 'around the clock'",
          e.fieldAt.get(Keyword.WORKING_HOURS));
      return null;
    }
    return hours.get();
  }

  /** A comma-separated list of names, in order, blanks dropped. */
  static List<String> names(String text) {
    List<String> out = new ArrayList<>();
    if (text != null) {
      for (String n : text.split(",")) {
        if (!n.isBlank()) {
          out.add(n.strip());
        }
      }
    }
    return out;
  }

  private double number(Entry e, Keyword k, double fallback, boolean whole) {
    String text = e.fields.get(k);
    if (text == null) {
      return fallback;
    }
    Matcher m = NUMBER.matcher(text.strip().replace(" ", "").replace("\u00a0", ""));
    if (m.matches()) {
      double v = Double.parseDouble(m.group(1).replace(',', '.'));
      if (!whole || v == Math.rint(v)) {
        if (v > 0 || k == Keyword.COST) {
          return v;
        }
      }
    }
    String example =
        switch (k) {
          case CAPACITY -> "'capacity: 3' (number of people in the role)";
          case COST -> "'cost: 650 kr/h'";
          default -> "'hours: 40 per week'";
        };
    error(
        "bad-number",
        "'" + Lines.abbreviate(text) + "' is not a valid " + k.word(Language.EN),
        "write " + example,
        e.fieldAt.get(k));
    return fallback;
  }

  private void count(Keyword k, String spelled) {
    k.languageOf(spelled)
        .ifPresent(
            l -> {
              if (l == Language.SV) {
                swedish++;
              } else {
                english++;
              }
            });
  }

  private void error(String code, String message, String hint, SourceLocation at) {
    problems.add(Problem.error(code, message, hint, at));
  }
}
