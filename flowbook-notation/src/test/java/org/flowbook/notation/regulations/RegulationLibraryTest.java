package org.flowbook.notation.regulations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flowbook.model.Language;
import org.flowbook.model.Regulation;
import org.flowbook.model.Requirement;
import org.flowbook.notation.OrganizationDocument;
import org.flowbook.notation.OrganizationFormatter;
import org.flowbook.notation.OrganizationParser;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The regulation sets that ship with Flowbook: clean, cited, canonical and alike in sv and en. */
class RegulationLibraryTest {

  @ParameterizedTest
  @EnumSource(Language.class)
  void everySetParsesWithoutAnyProblemAndNamesItsOfficialSource(Language language) {
    List<RegulationLibrary.Entry> sets = RegulationLibrary.all(language);
    assertThat(sets)
        .extracting(RegulationLibrary.Entry::id)
        .containsExactly("gdpr", "bfl", "afs-2023-1", "kl");
    for (RegulationLibrary.Entry e : sets) {
      OrganizationDocument doc = OrganizationParser.parse(e.id(), e.text());
      assertThat(doc.problems()).as(e.id() + " " + language).isEmpty();
      Regulation r = e.regulation();
      assertThat(r.source()).as(e.id()).startsWith("https://");
      assertThat(r.description()).as(e.id()).isNotBlank();
      assertThat(r.requirements())
          .as(e.id())
          .isNotEmpty()
          .allSatisfy(q -> assertThat(q.text()).isNotBlank());
    }
  }

  /**
   * {@code flowbook regulations add} appends a set to organization.flow as it is; the result must
   * be what {@code flowbook fmt} writes, or the first format after an add would rewrite the user's
   * file.
   */
  @ParameterizedTest
  @EnumSource(Language.class)
  void aSetAppendedToACanonicalOrganizationStaysCanonical(Language language) {
    String base =
        language == Language.SV
            ? "organisation: Kommunen\nspråk: sv\nvaluta: kr\n"
            : "organization: The council\nlanguage: en\ncurrency: kr\n";
    assertThat(OrganizationFormatter.format(OrganizationParser.parse("o", base))).isEqualTo(base);
    for (RegulationLibrary.Entry e : RegulationLibrary.all(language)) {
      String appended = base + "\n" + e.text();
      OrganizationDocument doc = OrganizationParser.parse(e.id(), appended);
      assertThat(doc.problems()).as(e.id()).isEmpty();
      assertThat(OrganizationFormatter.format(doc)).as(e.id()).isEqualTo(appended);
    }
  }

  @Test
  void swedishAndEnglishCiteTheSameRequirements() {
    for (String id : RegulationLibrary.ids()) {
      Regulation sv = RegulationLibrary.find(id, Language.SV).orElseThrow().regulation();
      Regulation en = RegulationLibrary.find(id, Language.EN).orElseThrow().regulation();
      assertThat(en.shortName()).isEqualTo(sv.shortName());
      assertThat(en.source()).isNotBlank();
      assertThat(en.requirements().stream().map(Requirement::number).toList())
          .as(id)
          .isEqualTo(sv.requirements().stream().map(Requirement::number).toList());
      assertThat(en.name()).isNotEqualTo(sv.name());
    }
  }

  @Test
  void aSetIsFoundByItsIdOrItsCitationName() {
    assertThat(RegulationLibrary.find("AFS 2023:1", Language.SV).orElseThrow().id())
        .isEqualTo("afs-2023-1");
    assertThat(RegulationLibrary.find("bfl", Language.EN).orElseThrow().regulation().name())
        .isEqualTo("Swedish Bookkeeping Act");
    assertThat(RegulationLibrary.find("Kl", Language.SV).orElseThrow().regulation().name())
        .isEqualTo("Kommunallagen");
    assertThat(RegulationLibrary.find("iso 9001", Language.SV)).isEmpty();
  }

  /**
   * The demo organization declares its own short versions of GDPR, BFL and AFS 2023:1; every
   * requirement it cites by number must exist in the library, so a workspace that switches to the
   * library keeps its controls' citations.
   */
  @Test
  void theDemoOrganizationsRequirementsExistInTheLibrary() throws IOException {
    String text = Files.readString(ProjectPaths.inRepo("examples").resolve("organization.flow"));
    Map<String, Regulation> demo =
        OrganizationParser.parse("organization.flow", text).organization().regulations().stream()
            .collect(Collectors.toMap(Regulation::shortName, r -> r));
    int checked = 0;
    for (RegulationLibrary.Entry e : RegulationLibrary.all(Language.SV)) {
      Regulation mine = demo.get(e.regulation().shortName());
      if (mine == null) {
        continue;
      }
      for (Requirement q : mine.requirements()) {
        assertThat(e.regulation().requirement(q.number())).as(e.regulation().cite(q)).isPresent();
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(15);
  }
}
