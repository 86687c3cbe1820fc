package org.flowbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flowbook regulations}: list, show, and add to a workspace without declaring twice. */
class RegulationsCommandTest {
  private static final String ORG =
      "organisation: Kommunen\nspråk: sv\nvaluta: kr\n\nroll: Handläggare\n  antal: 2\n";

  @Test
  void listNamesEverySetWithItsCitationSizeAndSource() {
    Cli r = Cli.run("regulations", "list");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines().filter(l -> !l.startsWith(" ")).toList())
        .hasSize(4)
        .anySatisfy(l -> assertThat(l).startsWith("gdpr").contains("GDPR").contains("21"))
        .anySatisfy(l -> assertThat(l).startsWith("kl").contains("KL").contains("Kommunallagen"));
    assertThat(r.out()).contains("https://www.riksdagen.se/");
  }

  @Test
  void showPrintsTheSetAsNotationInTheAskedLanguage() {
    Cli r = Cli.run("regulations", "show", "BFL", "--lang", "en");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("regulation: Swedish Bookkeeping Act").contains("  - 5:6: ");
  }

  @Test
  void addAppendsInTheOrganizationsLanguageAndTheWorkspaceStaysClean(@TempDir Path dir)
      throws IOException {
    Path org = dir.resolve("organization.flow");
    Files.writeString(org, ORG, StandardCharsets.UTF_8);
    assertThat(Cli.run("fmt", dir.toString()).exit()).isZero();
    String formatted = Files.readString(org);
    Cli r = Cli.run("regulations", "add", dir.toString(), "gdpr", "kl");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("added Dataskyddsförordningen (GDPR, 21 requirements)");
    String text = Files.readString(org);
    assertThat(text)
        .startsWith(ORG)
        .contains("regelverk: Kommunallagen")
        .contains("källa: https://");
    Cli check = Cli.run("check", dir.toString());
    assertThat(check.exit()).as(check.out() + check.err()).isZero();
    Cli fmt = Cli.run("fmt", "--check", dir.toString());
    assertThat(fmt.exit()).as(fmt.out() + fmt.err()).isZero();
  }

  @Test
  void aSetAlreadyDeclaredIsRefusedAndNothingIsWritten(@TempDir Path dir) throws IOException {
    Path org = dir.resolve("organization.flow");
    String mine =
        ORG + "\nregelverk: Vår tolkning av GDPR\n  förkortning: GDPR\n  - Art. 5: Egen text.\n";
    Files.writeString(org, mine, StandardCharsets.UTF_8);
    Cli r = Cli.run("regulations", "add", dir.toString(), "bfl", "gdpr");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains("gdpr: 'Vår tolkning av GDPR' (GDPR) is already declared at ")
        .contains("organization.flow:8:")
        .contains("nothing added");
    assertThat(Files.readString(org)).isEqualTo(mine);
  }

  @Test
  void anUnknownSetIsAUsageErrorThatListsTheKnownOnes(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("organization.flow"), ORG, StandardCharsets.UTF_8);
    Cli r = Cli.run("regulations", "add", dir.toString(), "sox");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no regulation set 'sox'").contains("gdpr, bfl, afs-2023-1, kl");
  }

  @Test
  void aFolderWithoutOrganizationFlowIsRefused(@TempDir Path dir) {
    Cli r = Cli.run("regulations", "add", dir.toString(), "gdpr");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("no organization.flow in");
  }
}
