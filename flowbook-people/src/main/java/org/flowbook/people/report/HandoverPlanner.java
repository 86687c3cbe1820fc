package org.flowbook.people.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowbook.handbook.content.Handover;
import org.flowbook.handbook.content.Handover.HandoverStep;
import org.flowbook.model.Language;
import org.flowbook.model.Person;
import org.flowbook.model.RoleShare;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Suggestions;
import org.flowbook.model.Workspace;
import org.flowbook.people.absence.Absence;
import org.flowbook.people.absence.Absences;
import org.flowbook.people.calendar.WorkCalendar;
import org.flowbook.people.coverage.CoverageAnalyzer;
import org.flowbook.people.coverage.CoverageReport;
import org.flowbook.people.coverage.Granularity;
import org.flowbook.people.coverage.StandInTraining;
import org.flowbook.people.coverage.StepCover;
import org.flowbook.people.coverage.StepUnit;
import org.flowbook.people.coverage.UntrainedStandIn;
import org.flowbook.training.record.TrainingRecord;

/**
 * Who covers each step of a person who will be away: the coverage of the period with that person
 * away for all of it (on top of the other absences), per week, for the steps of the roles they
 * hold. The result is what the handbook sets as a handover pack.
 */
public final class HandoverPlanner {
  private HandoverPlanner() {}

  /**
   * @throws IllegalArgumentException when {@code person} is not listed (with a "did you mean")
   */
  public static Handover plan(
      Workspace ws,
      Absences absences,
      WorkCalendar calendar,
      String person,
      LocalDate from,
      LocalDate to,
      Language language) {
    return plan(ws, absences, calendar, person, from, to, language, Optional.empty());
  }

  /**
   * The plan, and when training records are given, a line for each stand-in who would take a step
   * over without a valid record for it.
   *
   * @throws IllegalArgumentException when {@code person} is not listed (with a "did you mean")
   */
  public static Handover plan(
      Workspace ws,
      Absences absences,
      WorkCalendar calendar,
      String person,
      LocalDate from,
      LocalDate to,
      Language language,
      Optional<List<TrainingRecord>> records) {
    List<Person> people = ws.organization().people();
    Person p =
        ws.organization()
            .person(person)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "'"
                            + person
                            + "' is not a listed person; "
                            + Suggestions.hint(
                                person,
                                people.stream().map(Person::name).toList(),
                                "people.flow")));
    Absences away =
        absences.and(Absences.of(List.of(new Absence(p.name(), from, to, SourceLocation.UNKNOWN))));
    CoverageReport r = new CoverageAnalyzer(ws, away, calendar).analyze(from, to, Granularity.WEEK);
    if (records.isPresent()) {
      r = StandInTraining.check(r, ws, records.get());
    }
    CoverageTexts x = new CoverageTexts(language);
    List<HandoverStep> steps = new ArrayList<>();
    for (StepCover s : r.steps()) {
      if (p.holds(s.role())) {
        List<String> lines = new ArrayList<>(lines(r, s, p, x));
        for (UntrainedStandIn u : r.training().untrained()) {
          if (u.step() == s) {
            lines.add(x.t.format("handoverUntrained", u.standIn().person(), x.reason(u)));
          }
        }
        steps.add(new HandoverStep(s.processId(), s.stepId(), lines, s.uncoveredAnywhere()));
      }
    }
    return new Handover(
        p.name(), from, to, p.roles().stream().map(RoleShare::role).toList(), steps);
  }

  /**
   * "V27–V30: Lars Wikström → Karin Holmqvist" — who can do the step, in the order they step in;
   * consecutive weeks with the same people share a line.
   */
  static List<String> lines(CoverageReport r, StepCover s, Person away, CoverageTexts x) {
    List<String> out = new ArrayList<>();
    String nobody = x.t.get("nobody");
    int start = 0;
    for (int i = 1; i <= s.units().size(); i++) {
      if (i < s.units().size()
          && names(s.units().get(i), away).equals(names(s.units().get(start), away))) {
        continue;
      }
      List<String> who = names(s.units().get(start), away);
      String first = x.unitShort(r.units().get(start));
      String last = x.unitShort(r.units().get(i - 1));
      String label = first + (first.equals(last) ? "" : "–" + last);
      StepUnit u = s.units().get(start);
      // In the order they step in: present holders, personal cover, then the deputies.
      String people = who.isEmpty() ? nobody : String.join(" → ", who);
      if (!who.isEmpty() && u.nobodyDays() > 0) {
        people += " (" + nobody + " " + u.nobodyDays() + " d)";
      }
      out.add(label + ": " + people);
      start = i;
    }
    return out;
  }

  private static List<String> names(StepUnit u, Person away) {
    return u.who().stream().filter(n -> !n.equalsIgnoreCase(away.name())).toList();
  }
}
