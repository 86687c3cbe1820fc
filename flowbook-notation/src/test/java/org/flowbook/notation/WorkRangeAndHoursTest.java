package org.flowbook.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import org.flowbook.model.Problem;
import org.flowbook.model.Role;
import org.flowbook.model.Task;
import org.flowbook.model.WorkRange;
import org.junit.jupiter.api.Test;

/** Work-time ranges ({@code arbete 10–30 min}) and a role's {@code arbetstid:} (decision 0701). */
class WorkRangeAndHoursTest {

  private static Task task(String stepLine) {
    ProcessDocument doc = ProcessParser.parse("t.flow", "process: T\nid: t\n\n" + stepLine + "\n");
    assertThat(doc.problems()).isEmpty();
    return doc.process().step("1").orElseThrow().task();
  }

  @Test
  void aRangeWithEnDashOrHyphenIsReadAndItsMeanIsTheWorkTime() {
    for (String line :
        new String[] {
          "1. Granska   [Chef]   arbete 10–30 min",
          "1. Granska   [Chef]   work 10-30 min",
          "1. Granska   [Chef]   work 10 min - 30 min",
          "1. Granska   [Chef]   arbete 10 – 30 minuter, väntan 1 d"
        }) {
      Task t = task(line);
      assertThat(t.workRange())
          .as(line)
          .isEqualTo(new WorkRange(Duration.ofMinutes(10), Duration.ofMinutes(30)));
      assertThat(t.workTime()).as(line).isEqualTo(Duration.ofMinutes(20));
    }
    Task mixed = task("1. Granska   [Chef]   work 45 min-2 h");
    assertThat(mixed.workRange().low()).isEqualTo(Duration.ofMinutes(45));
    assertThat(mixed.workRange().high()).isEqualTo(Duration.ofHours(2));
    assertThat(mixed.workTime()).isEqualTo(Duration.ofSeconds((45 * 60 + 7200) / 2));
  }

  @Test
  void aSingleTimeHasNoRange() {
    assertThat(task("1. Granska   [Chef]   arbete 20 min").hasWorkRange()).isFalse();
  }

  @Test
  void rangesFormatCanonicallyPerLanguage() {
    String sv = "process: T\nid: t\nspråk: sv\n\n1. Granska   [Chef]   arbete 10 min-30 minuter\n";
    assertThat(ProcessFormatter.format(ProcessParser.parse("t.flow", sv)))
        .contains("1. Granska   [Chef]   arbete 10–30 min\n");
    String en = "process: T\nid: t\nlanguage: en\n\n1. Check   [Chef]   work 45 min – 2 h\n";
    String formatted = ProcessFormatter.format(ProcessParser.parse("t.flow", en));
    assertThat(formatted).contains("1. Check   [Chef]   work 45 min-2 h\n");
    // Formatting is a fixed point and keeps the range.
    assertThat(ProcessFormatter.format(ProcessParser.parse("t.flow", formatted)))
        .isEqualTo(formatted);
  }

  @Test
  void malformedRangesAreLocatedErrors() {
    ProcessDocument backwards =
        ProcessParser.parse("t.flow", "process: T\n\n1. A   [Chef]   arbete 30–10 min\n");
    assertThat(backwards.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("bad-range");
              assertThat(p.location().line()).isEqualTo(3);
              assertThat(p.location().column()).isEqualTo(17);
              assertThat(p.hint()).contains("arbete 10–30 min");
            });
    ProcessDocument half =
        ProcessParser.parse("t.flow", "process: T\n\n1. A   [Chef]   work 10- min\n");
    assertThat(half.problems()).extracting(Problem::code).containsExactly("bad-duration");
    ProcessDocument waitRange =
        ProcessParser.parse("t.flow", "process: T\n\n1. A   [Chef]   wait 1-2 d\n");
    assertThat(waitRange.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("wait time is one duration"));
  }

  @Test
  void aRolesWorkingHoursAreReadInBothLanguagesAndFormatted() {
    String sv =
        "organisation: X\nroll: Inköpare\n  arbetstid: mån–tor 08:00–17:00, fre 08:00–15:00\n";
    OrganizationDocument doc = OrganizationParser.parse("organization.flow", sv);
    assertThat(doc.problems()).isEmpty();
    Role r = doc.organization().roles().get(0);
    assertThat(r.workingHours().openSeconds(DayOfWeek.MONDAY)).isEqualTo(8 * 3600);
    assertThat(r.workingHours().closeSeconds(DayOfWeek.FRIDAY)).isEqualTo(15 * 3600);
    assertThat(r.workingHours().hoursPerWeek()).isEqualTo(4 * 9 + 7);
    assertThat(OrganizationFormatter.format(doc))
        .contains("  arbetstid: mån–tor 08:00–17:00, fre 08:00–15:00\n");

    String en = "organization: X\nlanguage: en\nrole: Buyer\n  working hours: Mon-Fri 8.00-17.00\n";
    OrganizationDocument enDoc = OrganizationParser.parse("organization.flow", en);
    assertThat(enDoc.problems()).isEmpty();
    assertThat(OrganizationFormatter.format(enDoc))
        .contains("  working hours: mon-fri 08:00-17:00\n");
    assertThat(OrganizationParser.parse("organization.flow", "roll: A\n").organization())
        .satisfies(o -> assertThat(o.roles().get(0).workingHours()).isNull());
  }

  @Test
  void badWorkingHoursAreALocatedErrorWithAnExample() {
    OrganizationDocument doc =
        OrganizationParser.parse("organization.flow", "roll: Chef\n  arbetstid: måndagar ibland\n");
    assertThat(doc.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("bad-working-hours");
              assertThat(p.location().line()).isEqualTo(2);
              assertThat(p.location().column()).isEqualTo(14);
              assertThat(p.hint()).contains("mån–fre 08:00–17:00");
            });
    assertThat(doc.organization().roles().get(0).workingHours()).isNull();
  }

  @Test
  void workingHoursUnderAPersonAreNotAllowed() {
    OrganizationDocument doc =
        OrganizationParser.parse(
            "organization.flow",
            "person: Anna\n  roller: Chef\n  arbetstid: mån–fre 08:00–17:00\n");
    assertThat(doc.problems()).extracting(Problem::code).contains("unknown-field");
  }
}
