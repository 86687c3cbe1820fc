package org.flowbook.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.assertj.core.data.Offset;
import org.assertj.core.groups.Tuple;
import org.flowbook.model.Organization;
import org.flowbook.model.Person;
import org.flowbook.model.Problem;
import org.flowbook.model.RoleShare;
import org.flowbook.model.SourceLocation;
import org.flowbook.testkit.RandomModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** People, shares, working time and deputies in organization.flow, people.flow and people.csv. */
class PeopleNotationTest {

  private static final String ORG =
      """
      organisation: Test AB
      språk: sv

      roll: Inköpare
        antal: 3
        ersättare: Ekonomiassistent, Anna Berg

      roll: Ekonomiassistent
        antal: 1

      person: Anna Berg
        e-post: anna.berg@example.se
        roller: Inköpare (60 %), Ekonomiassistent
        omfattning: 80 %
        ersätts av: Erik Lind

      person: Erik Lind
        roller: Inköpare
      """;

  @Test
  void readsPeopleWithSharesWorkingTimeAndDeputies() {
    OrganizationDocument doc = OrganizationParser.parse("organization.flow", ORG);
    assertThat(doc.problems()).isEmpty();
    Person anna = doc.organization().person("anna berg").orElseThrow();
    assertThat(anna.email()).isEqualTo("anna.berg@example.se");
    assertThat(anna.roles())
        .containsExactly(new RoleShare("Inköpare", 0.6), new RoleShare("Ekonomiassistent", 0.4));
    assertThat(anna.workingTime()).isEqualTo(0.8);
    assertThat(anna.coveredBy()).containsExactly("Erik Lind");
    assertThat(doc.organization().role("Inköpare").orElseThrow().deputies())
        .containsExactly("Ekonomiassistent", "Anna Berg");
  }

  @Test
  void englishKeywordsReadTheSame() {
    String en =
        """
        organization: Test Ltd
        language: en

        role: Buyer
          deputies: Clerk

        role: Clerk

        person: Ann Hill
          e-mail: ann@example.com
          roles: Buyer, Clerk
          working time: 50 %
          covered by: Bo Ek

        person: Bo Ek
          roles: Clerk
        """;
    OrganizationDocument doc = OrganizationParser.parse("organization.flow", en);
    assertThat(doc.problems()).isEmpty();
    Person ann = doc.organization().person("Ann Hill").orElseThrow();
    assertThat(ann.share("Buyer")).isEqualTo(0.5);
    assertThat(ann.workingTime()).isEqualTo(0.5);
    assertThat(OrganizationFormatter.format(doc))
        .isEqualTo(
            """
            organization: Test Ltd
            language: en
            currency: kr

            role: Buyer
              capacity: 1
              hours: 40 per week
              deputies: Clerk

            role: Clerk
              capacity: 1
              hours: 40 per week

            person: Ann Hill
              email: ann@example.com
              roles: Buyer, Clerk
              working time: 50 %
              covered by: Bo Ek

            person: Bo Ek
              roles: Clerk
            """);
  }

  @Test
  void formatsCanonicallyAndIsAFixedPoint() {
    OrganizationDocument doc = OrganizationParser.parse("organization.flow", ORG);
    String formatted = OrganizationFormatter.format(doc);
    assertThat(formatted)
        .contains("  roller: Inköpare (60 %), Ekonomiassistent (40 %)\n")
        .contains("  omfattning: 80 %\n")
        .contains("  ersätts av: Erik Lind\n")
        .contains("  ersättare: Ekonomiassistent, Anna Berg\n");
    assertThat(OrganizationFormatter.format(OrganizationParser.parse("o.flow", formatted)))
        .isEqualTo(formatted);
  }

  @Test
  void badWorkingTimeAndSharesAreLocatedErrors() {
    OrganizationDocument doc =
        OrganizationParser.parse(
            "organization.flow",
            "roll: A\n\nperson: P\n  roller: A (70 %), A (50 %)\n  omfattning: 120 %\n");
    assertThat(doc.problems())
        .extracting(Problem::code)
        .containsExactlyInAnyOrder("bad-share", "bad-working-time");
    assertThat(doc.problems())
        .filteredOn(p -> p.code().equals("bad-working-time"))
        .singleElement()
        .satisfies(
            p -> assertThat(p.location()).isEqualTo(SourceLocation.of("organization.flow", 5, 15)));
  }

  @Test
  void aPersonHasNoDescription() {
    OrganizationDocument doc =
        OrganizationParser.parse("o.flow", "roll: A\n\nperson: P\n  beskrivning: sjukskriven\n");
    assertThat(doc.problems()).extracting(Problem::code).contains("unknown-field");
  }

  @Test
  void listedPeopleAreTheTruthAndAMismatchWarns(@TempDir Path dir) throws IOException {
    write(dir, "organization.flow", ORG);
    write(
        dir,
        "personer.flow",
        "person: Sara Holm\n  roller: Ekonomiassistent\n  ersätts av: Eirk Lind\n");
    LoadedWorkspace ws = WorkspaceLoader.loadFolder(dir);
    Organization org = ws.workspace().organization();
    assertThat(org.people()).extracting(Person::name).contains("Anna Berg", "Sara Holm");
    assertThat(org.role("Inköpare").orElseThrow().capacity()).isEqualTo(2);
    assertThat(org.role("Ekonomiassistent").orElseThrow().capacity()).isEqualTo(2);
    assertThat(ws.problems())
        .extracting(Problem::code, Problem::hint)
        .contains(
            Tuple.tuple("head-count-mismatch", "correct 'antal:' or list the missing people"),
            Tuple.tuple("unknown-person", "did you mean 'Erik Lind'?"));
    // organization.flow as written is kept for the formatter: no people from the other file.
    assertThat(ws.organization().organization().people()).hasSize(2);
  }

  @Test
  void anExplicitHeadCountOfOneDisagreesWithTwoPeopleButTheDefaultDoesNot(@TempDir Path dir)
      throws IOException {
    write(dir, "organization.flow", "roll: Inköpare\n  antal: 1\n\nroll: Ekonomiassistent\n");
    write(
        dir,
        "personer.flow",
        "person: Karin Ek\n  roller: Inköpare, Ekonomiassistent\n\n"
            + "person: Per Öberg\n  roller: Inköpare, Ekonomiassistent\n");
    LoadedWorkspace ws = WorkspaceLoader.loadFolder(dir);
    assertThat(ws.problems())
        .filteredOn(p -> p.code().equals("head-count-mismatch"))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("'Inköpare' says 'antal: 1' but 2"));
    assertThat(ws.organization().statesHeadCount("inköpare")).isTrue();
    assertThat(ws.organization().statesHeadCount("Ekonomiassistent")).isFalse();
    assertThat(ws.workspace().organization().role("Ekonomiassistent").orElseThrow().capacity())
        .isEqualTo(2);
  }

  @Test
  void peopleCsvWithSwedishHeadersIsRead(@TempDir Path dir) throws IOException {
    write(dir, "organization.flow", "roll: Inköpare\n  antal: 2\n\nroll: Ekonomiassistent\n");
    write(
        dir,
        "personer.csv",
        "Namn;E-post;Roller;Omfattning\n"
            + "Karin Ek;karin@example.se;Inköpare, Ekonomiassistent;50\n"
            + "\"Öberg, Per\";;Inköpare;\n");
    LoadedWorkspace ws = WorkspaceLoader.loadFolder(dir);
    assertThat(ws.problems()).noneMatch(Problem::isError);
    Organization org = ws.workspace().organization();
    assertThat(org.person("Karin Ek").orElseThrow().workingTime()).isEqualTo(0.5);
    assertThat(org.person("Karin Ek").orElseThrow().share("Ekonomiassistent")).isEqualTo(0.5);
    assertThat(org.person("Öberg, Per")).isPresent();
  }

  @Test
  void aRaggedCsvImportsNobodyAndSaysWhere() {
    PeopleCsv.Result r =
        PeopleCsv.parse(
            SourceText.of("p.csv", "name,e-mail,roles\nAnna,a@x.se,Inköpare\nBo,Inköpare\n"));
    assertThat(r.people()).isEmpty();
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("csv-ragged-row");
              assertThat(p.location().line()).isEqualTo(3);
            });
  }

  @Test
  void hostileCsvInputsAreLocatedErrors() {
    assertThat(codes("namn;adress\nA;B\n")).containsExactly("csv-missing-column");
    assertThat(codes("name,roles\n\"Anna,Inköpare\n")).contains("csv-unclosed-quote");
    assertThat(codes("")).containsExactly("csv-empty");
    byte[] latin1 = "namn;roller\nÅsa;Inköpare\n".getBytes(StandardCharsets.ISO_8859_1);
    PeopleCsv.Result r = PeopleCsv.parse(SourceText.decode("p.csv", latin1));
    assertThat(r.people()).isEmpty();
    assertThat(r.problems()).anyMatch(Problem::isError);
    StringBuilder huge = new StringBuilder("namn;roller\n");
    for (int i = 0; i <= CsvTable.MAX_ROWS; i++) {
      huge.append('P').append(i).append(";A\n");
    }
    assertThat(codes(huge.toString())).contains("csv-too-many-rows");
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void peopleRoundTripThroughTheFormatter(long seed) {
    Organization org = new RandomModels(seed).organizationWithPeople();
    String text = OrganizationFormatter.format(org);
    OrganizationDocument parsed = OrganizationParser.parse("seed-" + seed + ".flow", text);
    assertThat(parsed.problems()).as("seed %d:%n%s", seed, text).isEmpty();
    List<Person> read = parsed.organization().people();
    assertThat(read).hasSameSizeAs(org.people());
    for (int i = 0; i < read.size(); i++) {
      Person a = org.people().get(i);
      Person b = read.get(i);
      assertThat(b.name()).isEqualTo(a.name());
      assertThat(b.workingTime())
          .as("seed %d %s", seed, a.name())
          .isCloseTo(a.workingTime(), Offset.offset(1e-9));
      assertThat(b.roles()).as("seed %d %s", seed, a.name()).isEqualTo(a.roles());
      assertThat(b.coveredBy()).isEqualTo(a.coveredBy());
    }
    assertThat(parsed.organization().roles())
        .extracting(r -> r.deputies())
        .isEqualTo(org.roles().stream().map(r -> r.deputies()).toList());
    assertThat(OrganizationFormatter.format(parsed)).isEqualTo(text);
  }

  private static List<String> codes(String csv) {
    PeopleCsv.Result r = PeopleCsv.parse(SourceText.of("p.csv", csv));
    assertThat(r.people()).isEmpty();
    return r.problems().stream().map(Problem::code).toList();
  }

  private static void write(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
