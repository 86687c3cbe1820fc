package org.flowbook.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.flowbook.handbook.figure.Flowcharts;
import org.flowbook.model.Language;
import org.flowbook.model.Workspace;
import org.junit.jupiter.api.Test;

class MarkdownAndRequestTest {
  private static final Workspace WS = Fixtures.workspace();
  private final Handbooks handbooks = new Handbooks(Flowcharts.none());

  @Test
  void markdownHasHeadingsTablesAndLinksToAnchorsItDefines() {
    String md =
        new String(
            handbooks.bytes(
                WS, Fixtures.process("purchase-approval", OutputFormat.MARKDOWN, Language.EN)),
            StandardCharsets.UTF_8);
    assertThat(md).startsWith("*Process manual*\n\n# Inköpsgodkännande\n");
    assertThat(md).contains("## Step by step <a id=\"p-purchase-approval-steps\"></a>");
    assertThat(md).contains("### 2. Granska anmodan <a id=\"p-purchase-approval-s-2\"></a>");
    assertThat(md).contains("| Step | Beställare | Chef | Inköpare | Ekonomidirektör |");
    assertThat(md)
        .contains(
            "*över 50 000 kr (20\u00a0%):* [step 3, Godkänn stort inköp](#p-purchase-approval-s-3)");
  }

  @Test
  void unknownProcessesAndRolesAreRefusedWithASuggestion() {
    assertThat(handbooks.problem(WS, ManualRequest.process("purchse-approval", OutputFormat.PDF)))
        .hasValueSatisfying(p -> assertThat(p).contains("did you mean 'purchase-approval'"));
    assertThat(handbooks.problem(WS, ManualRequest.role("Inkopare", OutputFormat.PDF)))
        .hasValueSatisfying(p -> assertThat(p).contains("Inköpare"));
    assertThat(handbooks.problem(WS, ManualRequest.role("inköpare", OutputFormat.PDF))).isEmpty();
    assertThatThrownBy(() -> handbooks.bytes(WS, ManualRequest.process("nope", OutputFormat.HTML)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFormatComesFromTheFileName() {
    assertThat(OutputFormat.fromFileName("Handbok.PDF")).contains(OutputFormat.PDF);
    assertThat(OutputFormat.fromFileName("a.htm")).contains(OutputFormat.HTML);
    assertThat(OutputFormat.fromFileName("a.markdown")).contains(OutputFormat.MARKDOWN);
    assertThat(OutputFormat.fromFileName("a.docx")).contains(OutputFormat.DOCX);
    assertThat(OutputFormat.fromFileName("a.doc")).isEmpty();
    assertThat(OutputFormat.fromFileName("noextension")).isEmpty();
  }
}
