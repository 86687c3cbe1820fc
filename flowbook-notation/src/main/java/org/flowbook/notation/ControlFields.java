package org.flowbook.notation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.model.Control;
import org.flowbook.model.ControlFrequency;
import org.flowbook.model.ControlKind;
import org.flowbook.model.ControlMode;
import org.flowbook.model.Language;
import org.flowbook.model.PersonalData;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/**
 * Turns the details of a {@code kontroll:} entry of {@code organization.flow} into a {@link
 * Control} ({@code ägare:}, {@code typ: förebyggande, manuell}, {@code frekvens: varje månad},
 * {@code bevis:}, {@code krav: BFL 5:6}), and the {@code personuppgifter:} details of a document or
 * system into {@link PersonalData}. Whether the owner is a role and the requirements exist is the
 * documentation check's business: it sees the whole workspace.
 */
final class ControlFields {
  private ControlFields() {}

  static Control control(
      String name,
      SourceLocation at,
      Map<Keyword, String> fields,
      Map<Keyword, SourceLocation> fieldAt,
      List<Problem> problems) {
    ControlKind kind = null;
    ControlMode mode = null;
    String kindText = fields.get(Keyword.KIND);
    if (kindText != null) {
      for (String part : OrganizationParser.names(kindText)) {
        Optional<ControlKind> k = ControlKind.parse(part);
        Optional<ControlMode> m = ControlMode.parse(part);
        if (k.isPresent() && kind == null) {
          kind = k.get();
        } else if (m.isPresent() && mode == null) {
          mode = m.get();
        } else {
          problems.add(
              Problem.error(
                  "bad-control-kind",
                  "'" + Lines.abbreviate(part) + "' is not a kind of control",
                  "write one of preventive/detective and one of manual/automatic, e.g. 'typ:"
                      + " förebyggande, manuell' ('kind: preventive, manual')",
                  fieldAt.get(Keyword.KIND)));
        }
      }
    }
    ControlFrequency frequency = null;
    String frequencyText = fields.get(Keyword.FREQUENCY);
    if (frequencyText != null) {
      frequency = ControlFrequency.parse(frequencyText).orElse(null);
      if (frequency == null) {
        problems.add(
            Problem.error(
                "bad-frequency",
                "'" + Lines.abbreviate(frequencyText) + "' is not a frequency",
                "write one of " + frequencies(Language.SV) + " (" + frequencies(Language.EN) + ")",
                fieldAt.get(Keyword.FREQUENCY)));
      }
    }
    return new Control(
        name,
        fields.getOrDefault(Keyword.DESCRIPTION, ""),
        fields.get(Keyword.CONTROL_OWNER),
        kind,
        mode,
        frequency,
        fields.getOrDefault(Keyword.EVIDENCE, ""),
        OrganizationParser.names(fields.get(Keyword.REQUIREMENTS)),
        at);
  }

  /** The personal data of a document or system, or null when it declares none. */
  static PersonalData personalData(
      String entryName,
      Map<Keyword, String> fields,
      Map<Keyword, SourceLocation> fieldAt,
      List<Problem> problems) {
    List<String> categories = OrganizationParser.names(fields.get(Keyword.PERSONAL_DATA));
    if (categories.isEmpty()) {
      for (Keyword k : List.of(Keyword.LEGAL_BASIS, Keyword.RETENTION, Keyword.DATA_PURPOSE)) {
        if (fields.containsKey(k)) {
          problems.add(
              Problem.error(
                  "personal-data-without-categories",
                  "'" + entryName + "' has '" + k.word(Language.EN) + "' but no personal data",
                  "name the categories first: 'personuppgifter: kontaktuppgifter, personnummer'"
                      + " ('personal data: contact details, personal identity number')",
                  fieldAt.get(k)));
          break;
        }
      }
      return null;
    }
    return new PersonalData(
        categories,
        fields.get(Keyword.LEGAL_BASIS),
        fields.get(Keyword.RETENTION),
        fields.get(Keyword.DATA_PURPOSE));
  }

  /** "preventive, manual": the words the formatter writes for a control's kind and mode. */
  static String kindWords(Control c, Language lang) {
    List<String> words = new ArrayList<>();
    c.kindStated().ifPresent(k -> words.add(k.word(lang)));
    c.modeStated().ifPresent(m -> words.add(m.word(lang)));
    return String.join(", ", words);
  }

  private static String frequencies(Language lang) {
    List<String> words = new ArrayList<>();
    for (ControlFrequency f : ControlFrequency.values()) {
      words.add(f.word(lang));
    }
    return String.join(", ", words);
  }
}
