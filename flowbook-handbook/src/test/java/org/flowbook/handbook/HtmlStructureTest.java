package org.flowbook.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.flowbook.model.Language;
import org.flowbook.model.Workspace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * Every kind of manual in both languages is well-formed XHTML with one h1, headings that never skip
 * a level, unique ids and no dangling internal link. (The W3C validator is not available offline;
 * these are the checks that matter for screen readers, the PDF writer and links.)
 */
class HtmlStructureTest {
  private static final Workspace WS = Fixtures.workspace();

  static Stream<Arguments> manuals() {
    return Stream.of(Language.values())
        .flatMap(
            l ->
                Stream.of(
                    Arguments.of(
                        "process", Fixtures.process("purchase-approval", OutputFormat.HTML, l)),
                    Arguments.of("process", Fixtures.process("onboarding", OutputFormat.HTML, l)),
                    Arguments.of("role", Fixtures.role("Inköpare", OutputFormat.HTML, l)),
                    Arguments.of("role", Fixtures.role("Chef", OutputFormat.HTML, l)),
                    Arguments.of("organization", Fixtures.organization(OutputFormat.HTML, l))));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("manuals")
  void isWellFormedWithSemanticHeadingsAndWorkingLinks(String kind, ManualRequest request)
      throws Exception {
    String html =
        new String(new Handbooks(Fixtures.boxes(900)).bytes(WS, request), StandardCharsets.UTF_8);
    Document doc = Xhtml.parse(html);

    assertThat(doc.getDocumentElement().getAttribute("lang"))
        .isEqualTo(request.language().orElseThrow().code());
    List<Integer> levels = Xhtml.headingLevels(doc);
    assertThat(levels.get(0)).as("the first heading is the title").isEqualTo(1);
    assertThat(levels.stream().filter(l -> l == 1)).as("one h1").hasSize(1);
    for (int i = 1; i < levels.size(); i++) {
      assertThat(levels.get(i))
          .as("heading %d after h%d", i, levels.get(i - 1))
          .isLessThanOrEqualTo(levels.get(i - 1) + 1);
    }
    List<String> ids = Xhtml.ids(doc);
    assertThat(new HashSet<>(ids)).as("ids are unique").hasSameSizeAs(ids);
    assertThat(ids).containsAll(Xhtml.internalLinks(doc));
    assertThat(Xhtml.elements(doc, "main")).hasSize(1);
    assertThat(Xhtml.elements(doc, "nav")).hasSize(1);
    Xhtml.elements(doc, "svg")
        .forEach(svg -> assertThat(svg.getAttribute("aria-label")).isNotBlank());
    Xhtml.elements(doc, "th").forEach(th -> assertThat(th.getAttribute("scope")).isEqualTo("col"));
  }
}
