package org.flowbook.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.flowbook.bpmn.write.BpmnExporter;
import org.flowbook.bpmn.xsd.BpmnSchema;
import org.flowbook.diagram.Diagrams;
import org.flowbook.model.Process;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.notation.ProcessParser;
import org.flowbook.testkit.Golden;
import org.flowbook.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The BPMN export of a small {@code .flow} process, drawn with Flowbook's own layout, is kept as a
 * golden file: any change to the mapping or the layout shows as a diff to review.
 */
class GoldenExportTest {

  @Test
  void purchaseApprovalExport() throws IOException {
    Process p = parse("/purchase-approval.flow");
    String xml = new BpmnExporter(Diagrams::layout).write(p);
    Golden.assertMatches(Path.of("src/test/resources/golden/purchase-approval.bpmn"), xml);
    assertThat(BpmnSchema.load(SharedData.require("bpmn/miwg/xsd")).validate(xml)).isEmpty();
  }

  @Test
  void exportReadsBackToTheSameWork() throws IOException {
    Process p = parse("/purchase-approval.flow");
    BpmnImport back = Corpus.read(new BpmnExporter(Diagrams::layout).write(p), "golden.bpmn");
    assertThat(Corpus.errors(back)).isEmpty();
    Process q = back.processes().get(0);
    assertThat(q.title()).isEqualTo(p.title());
    assertThat(q.roles()).containsExactlyInAnyOrderElementsOf(p.roles());
    // the decision that is also work comes back as its task followed by a gateway
    assertThat(q.workSteps())
        .extracting(s -> s.title())
        .contains(
            "Fill in the purchase request",
            "Review the request",
            "Approve large purchase",
            "Place the order");
    assertThat(q.step("1").orElseThrow().task().instructions())
        .containsExactly(
            "Open the purchase form in the ERP system.", "Attach the supplier's quote.");
    assertThat(q.steps().stream().flatMap(s -> s.task().notes().stream()))
        .contains("Check the budget first.");
    assertThat(q.steps().stream().flatMap(s -> s.task().inputs().stream()))
        .contains("Purchase request");
    assertThat(q.ends())
        .extracting(e -> e.title())
        .containsExactlyInAnyOrder("Request rejected", "Order placed");
  }

  private static Process parse(String resource) throws IOException {
    try (var in = GoldenExportTest.class.getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      ProcessDocument doc = ProcessParser.parse("purchase-approval.flow", text);
      assertThat(doc.problems()).filteredOn(x -> x.isError()).isEmpty();
      return doc.process();
    }
  }
}
