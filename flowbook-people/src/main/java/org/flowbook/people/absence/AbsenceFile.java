package org.flowbook.people.absence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;
import org.flowbook.notation.SourceText;

/**
 * {@code frånvaro.flow}: one entry per person, the periods indented below.
 *
 * <pre>
 * frånvaro: Anna Berg
 *   - 2027-07-05 – 2027-07-30
 *   - 2027-08-13
 * </pre>
 *
 * ({@code absence:} in English). Comments are kept by the formatter, attached to the line below.
 * Only that someone is away is written, never why.
 */
public final class AbsenceFile {
  private static final String SV = "frånvaro";
  private static final String EN = "absence";

  /** A parsed file: its entries in written order, the comments, the problems. */
  public record Document(
      Language language,
      List<Entry> entries,
      List<String> trailingComments,
      AbsenceImport result) {}

  /** One person's entry with the comments above it and its periods. */
  public record Entry(String person, List<String> comments, List<Item> items) {}

  /** One period with the comments above it. */
  public record Item(List<String> comments, Absence absence) {}

  private AbsenceFile() {}

  public static Document parse(SourceText src) {
    List<Problem> problems = new ArrayList<>(src.problems());
    List<Entry> entries = new ArrayList<>();
    List<Absence> absences = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    int sv = 0;
    int en = 0;
    String file = src.file();
    List<String> lines = src.readable() ? src.lines() : List.of();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String content = line.strip();
      if (content.isEmpty()) {
        continue;
      }
      if (content.startsWith("#")) {
        pending.add(content);
        continue;
      }
      int col = line.indexOf(content) + 1;
      SourceLocation at = SourceLocation.of(file, i + 1, col);
      boolean indented = col > 1;
      if (!indented) {
        int colon = content.indexOf(':');
        String key = colon > 0 ? content.substring(0, colon).strip().toLowerCase(Locale.ROOT) : "";
        if (!key.equals(SV) && !key.equals(EN)) {
          problems.add(
              Problem.error(
                  "unexpected-line",
                  "expected 'frånvaro: NAME' (or 'absence: NAME')",
                  "each person starts with 'frånvaro: Anna Berg'; the periods follow indented, '  - 2027-07-05 – 2027-07-30'",
                  at));
          continue;
        }
        if (key.equals(SV)) {
          sv++;
        } else {
          en++;
        }
        String person = content.substring(colon + 1).strip();
        if (person.isEmpty()) {
          problems.add(
              Problem.error(
                  "empty-value", "'" + key + ":' names nobody", "write the person's name", at));
          continue;
        }
        entries.add(new Entry(person, List.copyOf(pending), new ArrayList<>()));
        pending.clear();
        continue;
      }
      if (entries.isEmpty()) {
        problems.add(
            Problem.error(
                "unexpected-indent",
                "a period outside any person",
                "write 'frånvaro: NAME' above the periods",
                at));
        continue;
      }
      Entry e = entries.get(entries.size() - 1);
      String item = content.startsWith("-") ? content.substring(1).strip() : content;
      var period = Dates.period(item);
      if (period.isEmpty() || period.get().to().isBefore(period.get().from())) {
        problems.add(
            Problem.error(
                "bad-period",
                "'" + abbreviate(item) + "' is not a period",
                period.isEmpty()
                    ? "write '- 2027-07-05 – 2027-07-30' or one day '- 2027-08-13'"
                    : "the period ends before it starts; swap the dates",
                SourceLocation.of(file, i + 1, col + (content.length() - item.length()))));
        continue;
      }
      Absence a = new Absence(e.person(), period.get().from(), period.get().to(), at);
      e.items().add(new Item(List.copyOf(pending), a));
      pending.clear();
      absences.add(a);
    }
    List<Entry> frozen = new ArrayList<>();
    for (Entry e : entries) {
      frozen.add(new Entry(e.person(), e.comments(), List.copyOf(e.items())));
    }
    return new Document(
        en > sv ? Language.EN : Language.SV,
        List.copyOf(frozen),
        List.copyOf(pending),
        AbsenceImport.allOrNothing(absences, problems));
  }

  /** The canonical text: one entry per person as written, periods as {@code - FROM – TO}. */
  public static String format(Document doc) {
    StringBuilder b = new StringBuilder();
    String word = doc.language() == Language.EN ? EN : SV;
    for (Entry e : doc.entries()) {
      if (b.length() > 0) {
        b.append('\n');
      }
      e.comments().forEach(c -> b.append(c).append('\n'));
      b.append(word).append(": ").append(e.person()).append('\n');
      for (Item it : e.items()) {
        it.comments().forEach(c -> b.append("  ").append(c).append('\n'));
        Absence a = it.absence();
        b.append("  - ").append(a.from());
        if (!a.to().equals(a.from())) {
          b.append(" – ").append(a.to());
        }
        b.append('\n');
      }
    }
    if (!doc.trailingComments().isEmpty()) {
      b.append('\n');
      doc.trailingComments().forEach(c -> b.append(c).append('\n'));
    }
    return b.toString();
  }

  static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "…" : s;
  }
}
