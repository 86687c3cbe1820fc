package org.flowbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flowbook.model.Regulation;
import org.flowbook.model.Requirement;
import org.flowbook.model.Workspace;
import org.flowbook.notation.WorkspaceLoader;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flowbook compliance} on the demo: every requirement once, the formats, bad input. */
class ComplianceCommandTest {
  private static final Path EXAMPLES = ProjectPaths.inRepo("examples");

  @TempDir Path dir;

  @Test
  void everyRequirementOfTheDemoAppearsExactlyOnceGapsFirst() throws IOException {
    Cli r = Cli.run("compliance", EXAMPLES.toString(), "--format", "json", "--year", "2027");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode coverage = new ObjectMapper().readTree(r.out()).get("coverage");
    List<String> listed = new ArrayList<>();
    List<Boolean> gaps = new ArrayList<>();
    coverage
        .get("items")
        .forEach(
            i -> {
              listed.add(i.get("citation").asText());
              gaps.add(i.get("gap").asBoolean());
            });
    Workspace ws = WorkspaceLoader.loadFolder(EXAMPLES).workspace();
    Set<String> declared = new HashSet<>();
    for (Regulation reg : ws.organization().regulations()) {
      for (Requirement req : reg.requirements()) {
        declared.add(reg.cite(req));
      }
    }
    assertThat(listed).doesNotHaveDuplicates();
    assertThat(new HashSet<>(listed)).isEqualTo(declared);
    // Gaps first: once a covered requirement is listed, no gap follows.
    int firstCovered = gaps.indexOf(false);
    assertThat(gaps.subList(firstCovered, gaps.size())).doesNotContain(true);
    assertThat(coverage.get("gaps").asInt()).isEqualTo(gaps.indexOf(false));
  }

  @Test
  void oneRegulationAndAnUnknownOneWithASuggestion() throws IOException {
    Cli bfl = Cli.run("compliance", EXAMPLES.toString(), "--regulation", "bfl", "--format", "json");
    assertThat(bfl.exit()).as(bfl.err()).isZero();
    List<String> citations = new ArrayList<>();
    new ObjectMapper()
        .readTree(bfl.out())
        .at("/coverage/items")
        .forEach(i -> citations.add(i.get("citation").asText()));
    assertThat(citations).contains("BFL 5:6").allMatch(c -> c.startsWith("BFL "));
    Cli wrong = Cli.run("compliance", EXAMPLES.toString(), "--regulation", "BFX");
    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(wrong.err()).contains("no regulation 'BFX'", "did you mean 'BFL'");
  }

  @Test
  void printedFormatsGoToAFileNamedByItsExtension() throws IOException {
    Path pdf = dir.resolve("ikp.pdf");
    Cli r = Cli.run("compliance", EXAMPLES.toString(), "--lang", "en", "-o", pdf.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
        .startsWith("%PDF-");
    Cli noFile = Cli.run("compliance", EXAMPLES.toString(), "--format", "docx");
    assertThat(noFile.exit()).isEqualTo(2);
    assertThat(noFile.err()).contains("docx is a binary file; name it with -o");
  }

  @Test
  void badUsageIsRefusedWithExitTwo() {
    assertThat(Cli.run("compliance", EXAMPLES.toString(), "--year", "27").exit()).isEqualTo(2);
    assertThat(Cli.run("compliance", EXAMPLES.toString(), "--lang", "de").exit()).isEqualTo(2);
    Cli missing = Cli.run("compliance", dir.resolve("nowhere").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("not a workspace folder");
  }

  @Test
  void helpHasExamples() {
    Cli r = Cli.run("compliance", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Examples:", "flowbook compliance examples/ --regulation BFL");
  }
}
