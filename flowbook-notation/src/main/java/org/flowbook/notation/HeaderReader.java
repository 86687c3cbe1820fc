package org.flowbook.notation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.model.Language;
import org.flowbook.model.Locator.Part;
import org.flowbook.model.Message;
import org.flowbook.model.Risk;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Status;
import org.flowbook.model.Suggestions;

/**
 * Reads the header of a process file, the {@code key: value} lines before the first step, and
 * checks its values when the file has been read ({@link #finish}): every problem of the header is
 * reported here.
 */
final class HeaderReader extends LineReader {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
  private static final Pattern VOLUME =
      Pattern.compile("(\\d{1,9}(?:[.,]\\d{1,4})?)\\s+(.+)", Pattern.UNICODE_CASE);

  private final Map<Keyword, String> header = new HashMap<>();
  private final List<String> outcomes = new ArrayList<>();
  private final List<Message> processMessages = new ArrayList<>();
  private final Set<Keyword> declared = EnumSet.noneOf(Keyword.class);
  private Keyword lastHeader;
  private final RiskReader riskReader;
  private final List<Risk> risks = new ArrayList<>();
  private SourceLocation processAt;

  HeaderReader(ParseContext context) {
    super(context);
    this.riskReader = new RiskReader(context);
  }

  /** The header fields the file writes. */
  Set<Keyword> declared() {
    return declared;
  }

  /** Reads a line before the first step: a field, or (indented) the continuation of one. */
  void read(String content, int indent, SourceLocation at) {
    if (riskReader.takes(indent)) {
      riskReader.read(content, at);
      return;
    }
    closeRisk();
    if (indent == 0) {
      readHeaderLine(content, at);
    } else if (lastHeader != null && lastHeader != Keyword.OUTCOME) {
      header.merge(lastHeader, content, (a, b) -> a + " " + b);
    } else if (lastHeader == Keyword.OUTCOME && !outcomes.isEmpty()) {
      outcomes.set(outcomes.size() - 1, outcomes.get(outcomes.size() - 1) + " " + content);
    } else {
      error(
          "unexpected-indent",
          "an indented line before the first header field",
          "start the file with 'process: <title>'",
          at);
    }
  }

  private void readHeaderLine(String content, SourceLocation at) {
    String[] kv = Lines.keyValue(content);
    if (kv == null) {
      error(
          "unexpected-line",
          "expected a header field such as 'owner: Ekonomichef' or a numbered step",
          "header lines are 'key: value'; steps start with a number and a dot, e.g. '1. Fyll i anmodan'",
          at);
      return;
    }
    Optional<Keyword> key = Keyword.find(Keyword.Area.HEADER, kv[0]);
    if (key.isEmpty()) {
      error(
          "unknown-field",
          "unknown header field '" + kv[0] + "'",
          Suggestions.hint(kv[0], Keyword.spellings(Keyword.Area.HEADER), "docs/notation.md"),
          at);
      lastHeader = null;
      return;
    }
    Keyword k = key.get();
    countLanguage(k, kv[0]);
    if (k != Keyword.PROCESS_MESSAGE && k != Keyword.PROCESS_RISK) {
      comments.attach("h:" + k.name() + (k == Keyword.OUTCOME ? ":" + outcomes.size() : ""));
    }
    lastHeader = k;
    declared.add(k);
    SourceLocation valueAt =
        SourceLocation.of(file, at.line(), at.column() + content.indexOf(':') + 2);
    if (k == Keyword.OUTCOME) {
      outcomes.add(kv[1]);
      return;
    }
    if (k == Keyword.PROCESS_RISK) {
      // Repeatable; the lines indented under it are its details.
      lastHeader = null;
      if (kv[1].isEmpty()) {
        error(
            "empty-value",
            "'" + kv[0] + ":' has no value",
            "name the risk after the colon, e.g. 'risk: Felaktig utbetalning'",
            at);
        return;
      }
      comments.attach("h:" + k.name() + ":" + risks.size());
      riskReader.start(kv[1], 0, at, null);
      return;
    }
    if (k == Keyword.PROCESS_MESSAGE) {
      // One line each, repeatable; an indented line after it is not a continuation.
      lastHeader = null;
      comments.attach("h:" + k.name() + ":" + processMessages.size());
      Message m = MessageLines.read(kv[1], "", valueAt, context::problem);
      if (m != null) {
        processMessages.add(m);
      }
      return;
    }
    if (header.containsKey(k)) {
      error(
          "duplicate-field", "header field '" + kv[0] + "' is given twice", "keep one of them", at);
      return;
    }
    if (k == Keyword.PROCESS) {
      processAt = at;
    }
    header.put(k, kv[1]);
    positions.put(headerKey(k), Part.HEADER, 0, valueAt);
  }

  static String headerKey(Keyword k) {
    return switch (k) {
      case OWNER -> "owner";
      case PART_OF -> "part of";
      default -> k.name().toLowerCase(Locale.ROOT);
    };
  }

  // ---- checking the values, once the whole file is read -----------------------------------

  /**
   * The header's values, reporting each one that cannot be read.
   *
   * @param defaultLanguage the language when the file neither declares one nor makes it clear by
   *     its keywords
   */
  ProcessHeader finish(Language defaultLanguage) {
    closeRisk();
    String id = id();
    String title = header.get(Keyword.PROCESS);
    if (title == null || title.isBlank()) {
      error(
          "missing-title",
          "the file has no 'process:' line naming the process",
          "start the file with 'process: <title>'",
          SourceLocation.of(file, 1, 1));
      title = id;
    }
    Language language = language(defaultLanguage);
    LocalDate review = review();
    Status status = status();
    Double volume = volume();
    return new ProcessHeader(
        id,
        title,
        header.get(Keyword.OWNER),
        header.get(Keyword.PURPOSE),
        header.get(Keyword.SCOPE),
        header.getOrDefault(Keyword.TRIGGER, ""),
        outcomes,
        header.get(Keyword.PART_OF),
        review,
        language,
        status,
        header.get(Keyword.VERSION),
        volume,
        processAt(),
        processMessages,
        DirectionHeader.read(header.get(Keyword.DIRECTION), context),
        risks);
  }

  private void closeRisk() {
    Risk r = riskReader.finish();
    if (r != null) {
      risks.add(r);
    }
  }

  SourceLocation processAt() {
    return processAt == null ? SourceLocation.of(file, 1, 1) : processAt;
  }

  private Language language(Language defaultLanguage) {
    String declaredLanguage = header.get(Keyword.LANGUAGE);
    if (declaredLanguage != null) {
      Optional<Language> l = Language.fromCode(declaredLanguage);
      if (l.isPresent()) {
        return l.get();
      }
      error(
          "bad-language",
          "unknown language '" + Lines.abbreviate(declaredLanguage) + "'",
          "write 'sv' or 'en'",
          positions.locate("language", Part.HEADER, 0));
    }
    return context.languageOfKeywords().orElse(defaultLanguage);
  }

  private Status status() {
    String s = header.get(Keyword.STATUS);
    if (s == null) {
      return Status.DRAFT;
    }
    return Status.parse(s)
        .orElseGet(
            () -> {
              error(
                  "bad-status",
                  "unknown status '" + Lines.abbreviate(s) + "'",
                  "write draft, in review, published or archived (utkast, granskas, publicerad, arkiverad)",
                  positions.locate("status", Part.HEADER, 0));
              return Status.DRAFT;
            });
  }

  private LocalDate review() {
    String s = header.get(Keyword.REVIEW);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      error(
          "bad-date",
          "'" + Lines.abbreviate(s) + "' is not a date",
          "write the date as YYYY-MM-DD, e.g. 2027-03-01",
          positions.locate("review", Part.HEADER, 0));
      return null;
    }
  }

  private Double volume() {
    String s = header.get(Keyword.VOLUME);
    if (s == null) {
      return null;
    }
    Matcher m = VOLUME.matcher(s.strip());
    if (m.matches()) {
      double n = Double.parseDouble(m.group(1).replace(',', '.'));
      String unit = m.group(2);
      if (Keyword.PER_MONTH.matches(unit)) {
        return n;
      }
      if (Keyword.PER_YEAR.matches(unit)) {
        return n / 12;
      }
      if (Keyword.PER_WEEK.matches(unit)) {
        return n * 52 / 12;
      }
      if (Keyword.PER_DAY.matches(unit)) {
        return n * 21;
      }
    }
    error(
        "bad-volume",
        "'" + Lines.abbreviate(s) + "' is not a volume",
        "write e.g. '120 per month' (per månad, per vecka, per år, per dag)",
        positions.locate("volume", Part.HEADER, 0));
    return null;
  }

  private String id() {
    String id = header.get(Keyword.ID);
    if (id == null) {
      String name = file.replace('\\', '/');
      name = name.substring(name.lastIndexOf('/') + 1).replaceFirst("\\.flow$", "");
      return Slugs.of(name);
    }
    if (!ID.matcher(id).matches()) {
      error(
          "bad-id",
          "'" + Lines.abbreviate(id) + "' is not a valid process id",
          "use lower-case letters, digits and dashes, e.g. '" + Slugs.of(id) + "'",
          positions.locate("id", Part.HEADER, 0));
      return Slugs.of(id);
    }
    return id;
  }
}
