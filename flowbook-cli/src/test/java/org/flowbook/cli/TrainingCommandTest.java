package org.flowbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flowbook training} on the demo: curriculum, matrix, the purchasing change, bad input. */
class TrainingCommandTest {
  private static final String EXAMPLES = ProjectPaths.inRepo("examples").toString();
  private static final String RECORDS = ProjectPaths.inRepo("examples/utbildning.csv").toString();
  private static final String CHANGE =
      ProjectPaths.inRepo("examples/changes/inkopsgodkannande-new.flow").toString();

  /** The demo matrix on the day the tests look at it. */
  private static final List<String> DEMO_RECORDS =
      List.of("training", EXAMPLES, "--records", RECORDS, "--as-of", "2026-12-01");

  @Test
  void theBuyersCurriculumHasTheirStepsControlsAndExtraItems() {
    Cli r = Cli.run("training", EXAMPLES, "--role", "inköpare");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "Att lära sig: Inköpare",
            "6. Lägg beställningen  [R utför]",
            "✓ Endast godkända leverantörer (ISO 9001 8.4)",
            "ISO 9001 8.4: Externa leverantörer ska utvärderas",
            "  - Affärssystemet, inköpsmodulen",
            "Utbildningen gäller i 24 mån");
  }

  @Test
  void anUnknownRoleIsAUsageErrorWithASuggestion() {
    Cli r = Cli.run("training", EXAMPLES, "--role", "Inköpar");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no role 'Inköpar'", "did you mean 'Inköpare'");
  }

  @Test
  void theDemoMatrixBeforeAndAfterThePurchasingChange() throws IOException {
    Cli before = Cli.run(DEMO_RECORDS, "--format", "json");
    assertThat(before.exit()).as(before.err()).isZero();
    JsonNode b = new ObjectMapper().readTree(before.out());
    assertThat(b.at("/counts/current").asInt()).isEqualTo(91);
    assertThat(b.at("/counts/expired").asInt()).isEqualTo(1);
    assertThat(b.at("/counts/missing").asInt()).isEqualTo(1);
    assertThat(b.at("/counts/stale").asInt()).isZero();

    Cli after = Cli.run(DEMO_RECORDS, "--next", CHANGE, "--format", "json");
    assertThat(after.exit()).as(after.err()).isZero();
    assertThat(stale(new ObjectMapper().readTree(after.out())))
        .containsExactly(
            "Lars Wikström: purchase-approval",
            "Emma Strand: purchase-approval",
            "Oskar Nyberg: purchase-approval");
  }

  private static List<String> stale(JsonNode m) {
    List<String> out = new ArrayList<>();
    for (JsonNode p : m.get("people")) {
      for (int j = 0; j < p.get("cells").size(); j++) {
        if (p.get("cells").get(j).get("status").asText().equals("stale")) {
          out.add(p.get("name").asText() + ": " + m.get("processes").get(j).get("id").asText());
        }
      }
    }
    return out;
  }

  @Test
  void impactNamesWhoAcknowledgesAndWhoRetrains() throws IOException {
    Cli r = Cli.run("training", EXAMPLES, "--impact", CHANGE, "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    List<String> people = new ArrayList<>();
    j.get("acknowledgers").forEach(a -> people.add(a.get("person").asText()));
    assertThat(people).containsExactly("Lars Wikström", "Emma Strand", "Oskar Nyberg");
    assertThat(j.get("affectedRoles").toString()).contains("Chef", "Inköpare", "Ekonomidirektör");
    Cli text = Cli.run("training", EXAMPLES, "--impact", CHANGE, "--lang", "en");
    assertThat(text.out())
        .contains("3 people must acknowledge the change, 3 of them must re-train.")
        .contains("added: 3b. Kontrollera leverantörens status");
  }

  @Test
  void everyFormatIsWrittenToAFile(@TempDir Path dir) throws IOException {
    for (String name : List.of("m.html", "m.csv", "m.xlsx", "m.json", "m.txt")) {
      Path out = dir.resolve(name);
      Cli r = Cli.run(DEMO_RECORDS, "-o", out.toString());
      assertThat(r.exit()).as(name + ": " + r.err()).isZero();
      assertThat(Files.size(out)).as(name).isPositive();
    }
    assertThat(Files.readString(dir.resolve("m.html"))).contains("<table class=\"heat\">");
    assertThat(Files.readAllBytes(dir.resolve("m.xlsx"))).startsWith('P', 'K');
  }

  @Test
  void aBrokenRecordsFileIsLocatedAndGivesNoMatrix(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        "person;process;version;datum;utbildare\nEmma Strand;purchase-approval;3.1;2026-02-30;M\n",
        StandardCharsets.UTF_8);
    Cli r = Cli.run("training", EXAMPLES, "--records", bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("bad.csv:2:1", "'2026-02-30' är inget datum", "no matrix");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unknownNamesInRecordsAreWarningsWithSuggestions(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("r.csv");
    Files.writeString(
        f,
        "person;process;version;datum;utbildare\nEmma Strnd;purchase-approval;3.1;2026-02-03;M\n",
        StandardCharsets.UTF_8);
    Cli r = Cli.run("training", EXAMPLES, "--records", f.toString(), "--as-of", "2026-12-01");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).contains("unknown-person", "Emma Strand");
  }

  @Test
  void usageErrors() {
    assertThat(Cli.run("training", EXAMPLES, "--format", "xlsx").exit()).isEqualTo(2);
    assertThat(Cli.run("training", EXAMPLES, "--records", RECORDS, "--format", "xlsx").err())
        .contains("-o");
    assertThat(Cli.run("training", EXAMPLES, "--records", "nope.csv").exit()).isEqualTo(2);
    assertThat(Cli.run("training", EXAMPLES, "--impact", EXAMPLES).exit()).isEqualTo(2);
  }
}
