package org.flowbook.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgInlineTest {
  private static final String SVG =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<svg xmlns=\"http://www.w3.org/2000/svg\"><defs><marker id=\"arrow\"/></defs>"
          + "<path marker-end=\"url(#arrow)\"/><a href=\"#p-other\"><text>x</text></a></svg>";

  @Test
  void theElementGoesIntoAPageWithoutItsProlog() {
    assertThat(SvgInline.element(SVG)).startsWith("<svg xmlns=").endsWith("</svg>");
  }

  @Test
  void ownIdsAndTheirReferencesArePrefixedLinksOutStay() {
    String s = SvgInline.withIdPrefix(SVG, "f1-");
    assertThat(s)
        .startsWith("<svg")
        .contains("id=\"f1-arrow\"", "url(#f1-arrow)", "href=\"#p-other\"");
  }
}
