package org.flowbook.notation;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flowbook.model.Control;
import org.flowbook.model.Document;
import org.flowbook.model.ItSystem;
import org.flowbook.model.LandscapeGroup;
import org.flowbook.model.Language;
import org.flowbook.model.Organization;
import org.flowbook.model.Person;
import org.flowbook.model.PersonalData;
import org.flowbook.model.Regulation;
import org.flowbook.model.Requirement;
import org.flowbook.model.Role;
import org.flowbook.model.RoleShare;

/**
 * Writes {@code organization.flow} canonically: the header, then groups, roles, people, systems,
 * documents, regulations and controls, each in declared order, details in a fixed order.
 */
public final class OrganizationFormatter {
  private static final String DETAIL = "  ";

  private final Organization org;
  private final Comments comments;
  private final Language lang;
  private final StringBuilder out = new StringBuilder();
  private final Set<String> used = new HashSet<>();

  private OrganizationFormatter(Organization org, Comments comments) {
    this.org = org;
    this.comments = comments;
    this.lang = org.language();
  }

  public static String format(OrganizationDocument doc) {
    return new OrganizationFormatter(doc.organization(), doc.comments()).run();
  }

  public static String format(Organization org) {
    return new OrganizationFormatter(org, Comments.none()).run();
  }

  private String run() {
    top(Keyword.ORGANIZATION, org.name());
    top(Keyword.LANGUAGE, lang.code());
    // A people file (only person: entries) has no amounts, so no currency line.
    boolean onlyPeople =
        org.roles().isEmpty()
            && org.systems().isEmpty()
            && org.documents().isEmpty()
            && org.regulations().isEmpty()
            && org.groups().isEmpty()
            && !org.people().isEmpty();
    if (!onlyPeople) {
      top(Keyword.CURRENCY, org.currency());
    }
    if (org.riskThreshold() != Organization.DEFAULT_RISK_THRESHOLD) {
      top(Keyword.RISK_THRESHOLD, String.valueOf(org.riskThreshold()));
    }
    for (LandscapeGroup g : org.groups()) {
      entry(Keyword.GROUP, g.name());
      detail(Keyword.GROUP, g.name(), Keyword.GROUP_ID, g.id());
      detail(Keyword.GROUP, g.name(), Keyword.KIND, g.kind().word(lang));
      detail(Keyword.GROUP, g.name(), Keyword.DESCRIPTION, g.description());
    }
    for (Role r : org.roles()) {
      entry(Keyword.ROLE, r.name());
      detail(Keyword.ROLE, r.name(), Keyword.DESCRIPTION, r.description());
      detail(Keyword.ROLE, r.name(), Keyword.CAPACITY, String.valueOf(r.capacity()));
      if (r.costPerHour() > 0) {
        detail(
            Keyword.ROLE,
            r.name(),
            Keyword.COST,
            ProcessFormatter.number(r.costPerHour()) + " " + org.currency() + "/h");
      }
      detail(
          Keyword.ROLE,
          r.name(),
          Keyword.HOURS,
          ProcessFormatter.number(r.hoursPerWeek()) + " " + Keyword.PER_WEEK.word(lang));
      detail(Keyword.ROLE, r.name(), Keyword.DEPUTIES, String.join(", ", r.deputies()));
      if (r.workingHours() != null) {
        detail(Keyword.ROLE, r.name(), Keyword.WORKING_HOURS, r.workingHours().format(lang));
      }
      detail(Keyword.ROLE, r.name(), Keyword.TRAINING, RoleTrainingFields.items(r.training()));
      detail(Keyword.ROLE, r.name(), Keyword.VALID, Periods.format(r.training().validFor(), lang));
    }
    for (Person p : org.people()) {
      entry(Keyword.PERSON, p.name());
      detail(Keyword.PERSON, p.name(), Keyword.EMAIL, p.email());
      detail(Keyword.PERSON, p.name(), Keyword.ROLES, roles(p.roles()));
      if (p.workingTime() < 1) {
        detail(
            Keyword.PERSON,
            p.name(),
            Keyword.WORKING_TIME,
            ProcessFormatter.number(p.workingTime() * 100) + " %");
      }
      detail(Keyword.PERSON, p.name(), Keyword.COVERED_BY, String.join(", ", p.coveredBy()));
    }
    for (ItSystem s : org.systems()) {
      entry(Keyword.ORG_SYSTEM, s.name());
      detail(Keyword.ORG_SYSTEM, s.name(), Keyword.DESCRIPTION, s.description());
      s.personalData().ifPresent(pd -> personalData(Keyword.ORG_SYSTEM, s.name(), pd));
    }
    for (Document d : org.documents()) {
      entry(Keyword.DOCUMENT, d.name());
      detail(Keyword.DOCUMENT, d.name(), Keyword.DESCRIPTION, d.description());
      d.personalData().ifPresent(pd -> personalData(Keyword.DOCUMENT, d.name(), pd));
    }
    for (Regulation r : org.regulations()) {
      entry(Keyword.REGULATION, r.name());
      if (!r.shortName().equals(r.name())) {
        detail(Keyword.REGULATION, r.name(), Keyword.SHORT, r.shortName());
      }
      detail(Keyword.REGULATION, r.name(), Keyword.DESCRIPTION, r.description());
      List<Requirement> reqs = r.requirements();
      for (int i = 0; i < reqs.size(); i++) {
        comment(OrganizationParser.anchor(Keyword.REGULATION, r.name()) + ":r:" + i, DETAIL);
        Requirement q = reqs.get(i);
        out.append(DETAIL).append("- ").append(q.number());
        if (!q.text().isEmpty()) {
          out.append(": ").append(ProcessFormatter.clean(q.text()));
        }
        out.append('\n');
      }
    }
    for (Control c : org.controls()) {
      entry(Keyword.ORG_CONTROL, c.name());
      detail(Keyword.ORG_CONTROL, c.name(), Keyword.DESCRIPTION, c.description());
      detail(Keyword.ORG_CONTROL, c.name(), Keyword.CONTROL_OWNER, c.owner());
      detail(Keyword.ORG_CONTROL, c.name(), Keyword.KIND, ControlFields.kindWords(c, lang));
      c.frequencyStated()
          .ifPresent(f -> detail(Keyword.ORG_CONTROL, c.name(), Keyword.FREQUENCY, f.word(lang)));
      detail(Keyword.ORG_CONTROL, c.name(), Keyword.EVIDENCE, c.evidence());
      detail(
          Keyword.ORG_CONTROL, c.name(), Keyword.REQUIREMENTS, String.join(", ", c.requirements()));
    }
    Set<String> leftover = new LinkedHashSet<>(comments.all().keySet());
    leftover.removeAll(used);
    if (!leftover.isEmpty()) {
      out.append('\n');
      for (String anchor : leftover) {
        for (String c : comments.at(anchor)) {
          out.append(c).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** "Inköpare, Beställare" when the time is split equally, else every share written. */
  static String roles(List<RoleShare> roles) {
    boolean equal = roles.stream().allMatch(r -> Math.abs(r.share() - 1.0 / roles.size()) < 1e-9);
    StringBuilder b = new StringBuilder();
    for (RoleShare r : roles) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(r.role());
      if (!equal) {
        b.append(" (").append(ProcessFormatter.number(r.share() * 100)).append(" %)");
      }
    }
    return b.toString();
  }

  private void personalData(Keyword kind, String name, PersonalData pd) {
    detail(kind, name, Keyword.PERSONAL_DATA, String.join(", ", pd.categories()));
    detail(kind, name, Keyword.LEGAL_BASIS, pd.legalBasis());
    detail(kind, name, Keyword.RETENTION, pd.retention());
    detail(kind, name, Keyword.DATA_PURPOSE, pd.purpose());
  }

  private void top(Keyword k, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    comment("o:" + k.name(), "");
    out.append(k.word(lang)).append(": ").append(ProcessFormatter.clean(value)).append('\n');
  }

  private void entry(Keyword kind, String name) {
    out.append('\n');
    comment(OrganizationParser.anchor(kind, name), "");
    out.append(kind.word(lang)).append(": ").append(ProcessFormatter.clean(name)).append('\n');
  }

  private void detail(Keyword kind, String name, Keyword k, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    comment(OrganizationParser.anchor(kind, name) + ":" + k.name(), DETAIL);
    out.append(DETAIL)
        .append(k.word(lang))
        .append(": ")
        .append(ProcessFormatter.clean(value))
        .append('\n');
  }

  private void comment(String anchor, String indent) {
    if (used.add(anchor)) {
      for (String c : comments.at(anchor)) {
        out.append(indent).append(c).append('\n');
      }
    }
  }
}
