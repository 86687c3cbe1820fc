package org.flowbook.handbook;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.flowbook.handbook.figure.Flowcharts;
import org.flowbook.model.Language;
import org.flowbook.testkit.Golden;
import org.junit.jupiter.api.Test;

/**
 * The HTML of small manuals, kept as golden files so every change to structure or wording shows as
 * a diff. The stylesheet is left out (it is a resource under review on its own).
 */
class HtmlGoldenTest {
  @Test
  void processManualInSwedish() {
    check(
        Fixtures.process("purchase-approval", OutputFormat.HTML, Language.SV),
        "process-purchase-approval-sv.html");
  }

  @Test
  void processManualInEnglish() {
    check(
        Fixtures.process("onboarding", OutputFormat.HTML, Language.EN),
        "process-onboarding-en.html");
  }

  @Test
  void roleManual() {
    check(Fixtures.role("Inköpare", OutputFormat.HTML, Language.SV), "role-inkopare-sv.html");
  }

  private static void check(ManualRequest request, String golden) {
    String html =
        new String(
            new Handbooks(Flowcharts.none()).bytes(Fixtures.workspace(), request),
            StandardCharsets.UTF_8);
    String withoutCss = html.replaceAll("(?s)<style>.*?</style>", "<style>…</style>");
    Golden.assertMatches(Path.of("src/test/resources/golden/" + golden), withoutCss);
  }
}
