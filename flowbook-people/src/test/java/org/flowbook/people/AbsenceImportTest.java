package org.flowbook.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.flowbook.model.Problem;
import org.flowbook.notation.SourceText;
import org.flowbook.people.absence.Absence;
import org.flowbook.people.absence.AbsenceCsv;
import org.flowbook.people.absence.AbsenceFile;
import org.flowbook.people.absence.AbsenceImport;
import org.flowbook.people.absence.IcsReader;
import org.junit.jupiter.api.Test;

/** frånvaro.flow, CSV and iCalendar: what is read, and hostile input refused with its line. */
class AbsenceImportTest {

  @Test
  void theAbsenceFileReadsAndFormatsCanonically() {
    String text =
        "# sommar\nfrånvaro: Anna Berg\n  - 2027-07-05 - 2027-07-30\n  # en dag\n  - 2027-08-13\n\nfrånvaro: Bo Ek\n  -  2027-07-12 till 2027-07-16\n";
    AbsenceFile.Document doc = AbsenceFile.parse(SourceText.of("frånvaro.flow", text));
    assertThat(doc.result().problems()).isEmpty();
    assertThat(doc.result().absences())
        .extracting(Absence::person, Absence::from, Absence::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Anna Berg", d("2027-07-05"), d("2027-07-30")),
            org.assertj.core.groups.Tuple.tuple("Anna Berg", d("2027-08-13"), d("2027-08-13")),
            org.assertj.core.groups.Tuple.tuple("Bo Ek", d("2027-07-12"), d("2027-07-16")));
    String formatted = AbsenceFile.format(doc);
    assertThat(formatted)
        .isEqualTo(
            "# sommar\nfrånvaro: Anna Berg\n  - 2027-07-05 – 2027-07-30\n  # en dag\n  - 2027-08-13\n\nfrånvaro: Bo Ek\n  - 2027-07-12 – 2027-07-16\n");
    assertThat(AbsenceFile.format(AbsenceFile.parse(SourceText.of("f", formatted))))
        .isEqualTo(formatted);
  }

  @Test
  void aBadPeriodImportsNothingAndSaysWhere() {
    AbsenceImport r =
        AbsenceFile.parse(
                SourceText.of(
                    "frånvaro.flow",
                    "frånvaro: Anna\n  - 2027-07-05\n  - 2027-07-30 – 2027-07-01\n"))
            .result();
    assertThat(r.absences()).isEmpty();
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("bad-period");
              assertThat(p.location().line()).isEqualTo(3);
              assertThat(p.hint()).contains("swap");
            });
  }

  @Test
  void csvWithSwedishHeadersKeepsNoReason() {
    AbsenceImport r =
        AbsenceCsv.parse(
            SourceText.of(
                "frånvaro.csv",
                "Person;Från;Till;Orsak\nAnna Berg;2027-07-05;2027-07-30;Sjukskriven\nBo Ek;2027-08-02;;\n"));
    assertThat(r.problems()).isEmpty();
    assertThat(r.absences()).hasSize(2);
    assertThat(r.absences().get(1).to()).isEqualTo(d("2027-08-02"));
    assertThat(r.absences().toString()).doesNotContain("Sjukskriven");
  }

  @Test
  void raggedOrNonUtf8CsvImportsNothing() {
    AbsenceImport ragged =
        AbsenceCsv.parse(
            SourceText.of("a.csv", "person,from,to\nAnna,2027-07-05,2027-07-06\nBo,2027-07-05\n"));
    assertThat(ragged.absences()).isEmpty();
    assertThat(ragged.problems()).extracting(Problem::code).containsExactly("csv-ragged-row");
    AbsenceImport latin1 =
        AbsenceCsv.parse(
            SourceText.decode(
                "a.csv",
                "person;från;till\nÅsa;2027-07-05;2027-07-06\n"
                    .getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(latin1.absences()).isEmpty();
    assertThat(latin1.problems()).anyMatch(Problem::isError);
  }

  @Test
  void icsAllDayEventsWithAttendee() {
    AbsenceImport r =
        ics(
            """
            BEGIN:VCALENDAR
            VERSION:2.0
            BEGIN:VEVENT
            UID:1
            DTSTART;VALUE=DATE:20270705
            DTEND;VALUE=DATE:20270731
            SUMMARY:Semester (privat)
            ATTENDEE;CN="Anna Berg":mailto:anna@example.se
            END:VEVENT
            BEGIN:VEVENT
            UID:2
            DTSTART:20270812T080000
            DTEND:20270812T170000
            X-FLOWBOOK-PERSON:Bo Ek
            END:VEVENT
            END:VCALENDAR
            """,
            null);
    assertThat(r.problems()).isEmpty();
    assertThat(r.absences())
        .extracting(Absence::person, Absence::from, Absence::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Anna Berg", d("2027-07-05"), d("2027-07-30")),
            org.assertj.core.groups.Tuple.tuple("Bo Ek", d("2027-08-12"), d("2027-08-12")));
  }

  @Test
  void aRecurrenceWithoutEndIsExpandedOnlyToTheHorizon() {
    String forever =
        """
        BEGIN:VCALENDAR
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20270101
        RRULE:FREQ=DAILY
        X-FLOWBOOK-PERSON:Anna Berg
        END:VEVENT
        END:VCALENDAR
        """;
    AbsenceImport r = ics(forever, d("2027-01-31"));
    assertThat(r.problems()).isEmpty();
    assertThat(r.absences()).hasSize(31);
    // No horizon: three years, not forever.
    assertThat(ics(forever, null).absences())
        .hasSize(1097); // 2027-01-01 to 2030-01-01 inclusive (2028 is a leap year)
    AbsenceImport weekly =
        ics(
            """
            BEGIN:VCALENDAR
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20270802
            RRULE:FREQ=WEEKLY;BYDAY=MO,FR;COUNT=3
            EXDATE;VALUE=DATE:20270806
            X-FLOWBOOK-PERSON:Anna Berg
            END:VEVENT
            END:VCALENDAR
            """,
            null);
    assertThat(weekly.absences())
        .extracting(Absence::from)
        .containsExactly(d("2027-08-02"), d("2027-08-09"));
  }

  @Test
  void tooManyOccurrencesAreRefusedWhole() {
    StringBuilder b = new StringBuilder("BEGIN:VCALENDAR\n");
    for (int i = 0; i < 200; i++) {
      b.append(
              "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nRRULE:FREQ=DAILY;COUNT=1000\nX-FLOWBOOK-PERSON:P")
          .append(i)
          .append("\nEND:VEVENT\n");
    }
    b.append("END:VCALENDAR\n");
    AbsenceImport r = ics(b.toString(), d("2030-01-01"));
    assertThat(r.absences()).isEmpty();
    assertThat(r.problems()).extracting(Problem::code).containsExactly("ics-too-many-occurrences");
  }

  @Test
  void hostileCalendarsAreLocatedErrors() {
    assertThat(codes("hello\n")).containsExactly("ics-bad-line");
    assertThat(
            codes(
                "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:2027xx01\nX-FLOWBOOK-PERSON:A\nEND:VEVENT\nEND:VCALENDAR\n"))
        .containsExactly("ics-bad-date");
    assertThat(
            codes(
                "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nSUMMARY:Sjuk\nEND:VEVENT\nEND:VCALENDAR\n"))
        .containsExactly("ics-no-person");
    assertThat(
            codes(
                "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nRRULE:FREQ=SECONDLY\nX-FLOWBOOK-PERSON:A\nEND:VEVENT\nEND:VCALENDAR\n"))
        .containsExactly("ics-bad-rule");
    assertThat(
            codes(
                "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nX-FLOWBOOK-PERSON:A\n"))
        .containsExactly("ics-unclosed-event");
    AbsenceImport huge =
        IcsReader.read("big.ics", new byte[IcsReader.MAX_BYTES + 1], Set.of(), null);
    assertThat(huge.problems()).extracting(Problem::code).containsExactly("file-too-large");
    AbsenceImport binary =
        IcsReader.read("bin.ics", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2}, Set.of(), null);
    assertThat(binary.absences()).isEmpty();
    assertThat(binary.problems()).anyMatch(Problem::isError);
    // One good event and one bad: nothing is half-imported.
    AbsenceImport half =
        ics(
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nX-FLOWBOOK-PERSON:A\nEND:VEVENT\n"
                + "BEGIN:VEVENT\nDTSTART:bad\nX-FLOWBOOK-PERSON:B\nEND:VEVENT\nEND:VCALENDAR\n",
            null);
    assertThat(half.absences()).isEmpty();
    assertThat(half.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.location().line()).isEqualTo(7));
  }

  private static List<String> codes(String text) {
    AbsenceImport r = ics(text, null);
    assertThat(r.absences()).isEmpty();
    return r.problems().stream().map(Problem::code).toList();
  }

  private static AbsenceImport ics(String text, LocalDate horizon) {
    return IcsReader.read(
        "cal.ics", text.getBytes(StandardCharsets.UTF_8), Set.of("anna berg"), horizon);
  }

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }
}
