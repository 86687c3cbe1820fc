package org.flowbook.notation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.model.Person;
import org.flowbook.model.Problem;
import org.flowbook.model.RoleShare;
import org.flowbook.model.SourceLocation;

/**
 * Turns the details of a {@code person:} entry into a {@link Person}: {@code roller: Inköpare (60
 * %), Beställare}, {@code omfattning: 80 %}, {@code e-post:}, {@code ersätts av:}. Shares not
 * written split what the written ones leave, equally.
 */
final class PersonFields {
  private static final Pattern SHARED =
      Pattern.compile("(.+?)\\s*\\(\\s*(\\d{1,3}(?:[.,]\\d+)?)\\s*%\\s*\\)");
  private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s*%");

  private PersonFields() {}

  static Person person(
      String name,
      SourceLocation at,
      Map<Keyword, String> fields,
      Map<Keyword, SourceLocation> fieldAt,
      List<Problem> problems) {
    String email = fields.getOrDefault(Keyword.EMAIL, "");
    if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+")) {
      problems.add(
          Problem.warning(
              "bad-email",
              "'" + Lines.abbreviate(email) + "' does not look like an e-mail address",
              "write it as 'anna.berg@example.se', or leave the line out",
              fieldAt.get(Keyword.EMAIL)));
    }
    double workingTime = 1;
    String wt = fields.get(Keyword.WORKING_TIME);
    if (wt != null) {
      Matcher m = PERCENT.matcher(wt.strip());
      double v = m.matches() ? Double.parseDouble(m.group(1).replace(',', '.')) : -1;
      if (v > 0 && v <= 100) {
        workingTime = v / 100;
      } else {
        problems.add(
            Problem.error(
                "bad-working-time",
                "'" + Lines.abbreviate(wt) + "' is not a working time",
                "write a percentage of full time above 0 and at most 100, e.g. 'omfattning: 80 %'",
                fieldAt.get(Keyword.WORKING_TIME)));
      }
    }
    List<RoleShare> roles =
        roles(fields.get(Keyword.ROLES), fieldAt.get(Keyword.ROLES), name, problems);
    if (roles.isEmpty()) {
      problems.add(
          Problem.warning(
              "person-without-role",
              "'" + name + "' holds no role",
              "add 'roller: Inköpare' (several roles separated by commas)",
              at));
    }
    return new Person(
        name,
        email,
        roles,
        workingTime,
        OrganizationParser.names(fields.get(Keyword.COVERED_BY)),
        at);
  }

  /** Reads "Inköpare (60 %), Beställare": written shares, the rest split equally. */
  static List<RoleShare> roles(
      String text, SourceLocation at, String person, List<Problem> problems) {
    List<String> names = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    double written = 0;
    int unwritten = 0;
    for (String raw : OrganizationParser.names(text)) {
      Matcher m = SHARED.matcher(raw);
      if (m.matches()) {
        double share = Double.parseDouble(m.group(2).replace(',', '.')) / 100;
        names.add(m.group(1).strip());
        shares.add(share);
        written += share;
      } else {
        names.add(raw);
        shares.add(null);
        unwritten++;
      }
    }
    if (written > 1 + 1e-9) {
      problems.add(
          Problem.error(
              "bad-share",
              "the role shares of '" + person + "' add up to more than 100 %",
              "the shares are parts of the person's working time; make them add up to at most 100 %",
              at));
      return RoleShare.equal(names);
    }
    double rest = unwritten == 0 ? 0 : Math.max(0, 1 - written) / unwritten;
    List<RoleShare> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      out.add(new RoleShare(names.get(i), shares.get(i) == null ? rest : shares.get(i)));
    }
    return out;
  }
}
