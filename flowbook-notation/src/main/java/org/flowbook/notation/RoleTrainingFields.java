package org.flowbook.notation;

import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowbook.model.Problem;
import org.flowbook.model.RoleTraining;
import org.flowbook.model.SourceLocation;

/**
 * Reads a role's {@code utbildning:} (items separated by {@code ;}, since course names often hold
 * commas) and {@code giltig:} (a period). Malformed values are warnings: the role still loads, only
 * the bad part is left out.
 */
final class RoleTrainingFields {
  /** An item longer than this is a paragraph pasted into the wrong place, not a course name. */
  static final int MAX_ITEM = 200;

  private RoleTrainingFields() {}

  static RoleTraining read(
      String role,
      Map<Keyword, String> fields,
      Map<Keyword, SourceLocation> fieldAt,
      List<Problem> problems) {
    List<String> items = new ArrayList<>();
    String text = fields.get(Keyword.TRAINING);
    if (text != null) {
      SourceLocation at = fieldAt.get(Keyword.TRAINING);
      Set<String> seen = new HashSet<>();
      String[] parts = text.split(";", -1);
      for (String part : parts) {
        String item = part.strip();
        if (item.isEmpty()) {
          if (parts.length > 1) {
            problems.add(
                Problem.warning(
                    "bad-training",
                    "an empty training item for role '" + role + "'",
                    "separate the items with one ';', e.g. 'utbildning: Attestordningen; LOU"
                        + " grundkurs'",
                    at));
          }
        } else if (item.length() > MAX_ITEM) {
          problems.add(
              Problem.warning(
                  "bad-training",
                  "a training item of role '"
                      + role
                      + "' is longer than "
                      + MAX_ITEM
                      + " characters and is left out",
                  "name the course or document; describe it in the document itself",
                  at));
        } else if (!seen.add(item.toLowerCase(Locale.ROOT))) {
          problems.add(
              Problem.warning(
                  "bad-training",
                  "'" + item + "' is named twice in the training of role '" + role + "'",
                  "keep one of them",
                  at));
        } else {
          items.add(item);
        }
      }
    }
    Period valid = Period.ZERO;
    String validText = fields.get(Keyword.VALID);
    if (validText != null) {
      Optional<Period> p = Periods.parse(validText);
      if (p.isPresent()) {
        valid = p.get();
      } else {
        problems.add(
            Problem.warning(
                "bad-validity",
                "'"
                    + Lines.abbreviate(validText)
                    + "' is not a validity period; role '"
                    + role
                    + "' gets training that does not expire",
                "write e.g. 'giltig: 12 mån' or 'valid: 2 years' (days, weeks, months, years; at"
                    + " most "
                    + Periods.MAX_YEARS
                    + " years)",
                fieldAt.get(Keyword.VALID)));
      }
    }
    return new RoleTraining(items, valid);
  }

  /** The items as written back by the formatter. */
  static String items(RoleTraining t) {
    return String.join("; ", t.items());
  }
}
