package org.flowbook.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flowbook.diagram.overlay.ChangeState;
import org.flowbook.diagram.overlay.Mark;
import org.flowbook.diagram.overlay.Overlay;
import org.flowbook.diagram.render.RenderOptions;
import org.flowbook.model.Language;
import org.flowbook.model.Message;
import org.flowbook.model.Process;
import org.flowbook.model.SourceLocation;
import org.flowbook.testkit.Golden;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class FlowchartSvgTest {
  private final String svg =
      Diagrams.flowchart(Samples.purchaseApproval(), RenderOptions.defaults());
  private final Document doc = Xml.parse(svg);

  @Test
  void eachStepIsASemanticGroup() {
    Element step = Xml.byId(doc, "step--purchase-approval--2");
    assertThat(step.getAttribute("class")).isEqualTo("step decision");
    assertThat(step.getAttribute("data-step")).isEqualTo("2");
    assertThat(step.getAttribute("data-role")).isEqualTo("Chef");
    assertThat(Xml.childText(step, "title")).isEqualTo("2. Granska anmodan (Chef) — Belopp?");
    assertThat(step.getTextContent()).contains("Granska anmodan").contains("Belopp?");
    Element end = Xml.byId(doc, "step--purchase-approval--end");
    assertThat(end.getAttribute("class")).isEqualTo("step end");
    assertThat(end.getTextContent()).contains("Anmodan avslagen");
  }

  @Test
  void whereTwoFlowsIntoOneStepMeetAJoinPointIsDrawn() {
    // 2 -> 4 (annars) and 3 -> 4 run together into step 4: one dot where they meet.
    var joins = doc.getElementsByTagName("circle");
    int count = 0;
    for (int i = 0; i < joins.getLength(); i++) {
      if (((Element) joins.item(i)).getAttribute("class").equals("flow-join")) {
        count++;
      }
    }
    assertThat(count).isEqualTo(1);
  }

  @Test
  void aLongStartTextIsWrappedNotCut() {
    String text =
        "Ekonomichefen skickar budgetanvisningar inför nästa år till alla enheter med mallar,"
            + " tidplan och de ekonomiska ramar som ledningen beslutat";
    var p =
        Samples.process(
            "budget",
            "Budget",
            org.flowbook.model.Language.SV,
            List.of(
                new org.flowbook.model.Start(
                    "start", text, org.flowbook.model.EventTrigger.NONE, null),
                new org.flowbook.model.Activity(
                    "1", "Skriv budget", org.flowbook.model.Task.by("Enhetschef"))),
            List.of(org.flowbook.model.Flow.of("start", "1")));
    Document d = Xml.parse(Diagrams.flowchart(p, RenderOptions.defaults()));
    var texts = Xml.byId(d, "step--budget--start").getElementsByTagName("text");
    StringBuilder drawn = new StringBuilder();
    for (int i = 0; i < texts.getLength(); i++) {
      drawn.append(texts.item(i).getTextContent()).append(' ');
    }
    assertThat(drawn.toString().strip())
        .doesNotContain("…")
        .contains("budgetanvisningar")
        .endsWith("beslutat");
  }

  @Test
  void screenReadersMeetTheStepsInTheOrderOfTheFlowWithWhereEachLeads() {
    Element root = doc.getDocumentElement();
    assertThat(root.getAttribute("role")).isEqualTo("graphics-document document");
    assertThat(Xml.childText(root, "title")).isEqualTo("Inköpsgodkännande");
    assertThat(Xml.childText(root, "desc"))
        .isEqualTo("Flödesschema med 4 steg i 4 roller. Stegen läses i flödets ordning.");
    List<String> order = new java.util.ArrayList<>();
    var groups = doc.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (g.hasAttribute("data-step")) {
        assertThat(g.getAttribute("role")).isEqualTo("graphics-symbol");
        order.add(g.getAttribute("data-step"));
      }
    }
    assertThat(order).containsExactly("start", "1", "2", "3", "4", "end", "end-2");
    assertThat(Xml.childText(Xml.byId(doc, "step--purchase-approval--2"), "desc"))
        .isEqualTo(
            "Utförs av Chef. Därefter: 3. Godkänn stort inköp (Ekonomidirektör), om över 50 000 kr"
                + " (20 %); 4. Lägg beställning (Inköpare), annars; Slut: Anmodan avslagen, om"
                + " avslag (5 %).");
    assertThat(Xml.childText(Xml.byId(doc, "step--purchase-approval--start"), "desc"))
        .isEqualTo("Därefter: 1. Fyll i inköpsanmodan (Beställare).");
    assertThat(
            Xml.byId(doc, "step--purchase-approval--end-2")
                .getElementsByTagName("desc")
                .getLength())
        .as("an end leads nowhere and has no role: no description")
        .isZero();
    assertThat(Xml.byId(doc, "flow--purchase-approval--2--3").getAttribute("aria-hidden"))
        .isEqualTo("true");
    assertThat(Xml.byId(doc, "lane--purchase-approval--chef").getAttribute("aria-hidden"))
        .isEqualTo("true");
  }

  @Test
  void aDiffMarkIsSaidFirstInTheStepsDescription() {
    String marked =
        Diagrams.flowchart(
            Samples.purchaseApproval(),
            RenderOptions.defaults()
                .withLanguage(Language.EN)
                .withOverlay(Overlay.builder().step("3", Mark.state(ChangeState.ADDED)).build()));
    assertThat(Xml.childText(Xml.byId(Xml.parse(marked), "step--purchase-approval--3"), "desc"))
        .isEqualTo("Added. Done by Ekonomidirektör. Next: 4. Lägg beställning (Inköpare).");
  }

  @Test
  void flowsCarryTheirConditionAndShare() {
    Element flow = Xml.byId(doc, "flow--purchase-approval--2--3");
    assertThat(flow.getTextContent()).contains("över 50 000 kr (20 %)");
    assertThat(Xml.byId(doc, "lane--purchase-approval--ekonomidirektor").getTextContent())
        .contains("Ekonomidirektör");
  }

  @Test
  void englishWordsOnRequest() {
    String en =
        Diagrams.flowchart(
            Samples.purchaseApproval(), RenderOptions.defaults().withLanguage(Language.EN));
    assertThat(Xml.childText(Xml.byId(Xml.parse(en), "step--purchase-approval--end"), "title"))
        .isEqualTo("End: Anmodan avslagen");
  }

  @Test
  void aStepWithMessagesCarriesAnEnvelopeNamingThem() throws Exception {
    Process p =
        Samples.purchaseApproval()
            .withMessages(
                List.of(
                    new Message(
                        "Beställning",
                        "4",
                        Message.Direction.SENDS,
                        Message.Partner.party("Leverantör"),
                        SourceLocation.UNKNOWN),
                    new Message(
                        "",
                        "3",
                        Message.Direction.RECEIVES,
                        Message.Partner.process("budget", "2"),
                        SourceLocation.UNKNOWN)));
    String withMessages = Diagrams.flowchart(p, RenderOptions.defaults());
    Document d = Xml.parse(withMessages);
    Element sends = Xml.byId(d, "step--purchase-approval--4");
    assertThat(((Element) sends.getElementsByTagName("g").item(0)).getAttribute("class"))
        .isEqualTo("message-marker");
    assertThat(withMessages)
        .contains("<title>Skickar Beställning till Leverantör</title>")
        .contains("<title>Tar emot ett meddelande från budget, steg 2</title>");
    assertThat(svg).doesNotContain("message-marker");
    if (Boolean.getBoolean("flowbook.png")) {
      Files.write(Path.of("target/messages.png"), Diagrams.png(withMessages, 1.5));
    }
  }

  @Test
  void matchesGoldenFiles() {
    Golden.assertMatches(Path.of("src/test/resources/golden/purchase-approval.svg"), svg);
    Golden.assertMatches(
        Path.of("src/test/resources/golden/order-to-delivery.svg"),
        Diagrams.flowchart(Samples.allShapes(), RenderOptions.defaults()));
  }

  @Test
  void heatOverlayFillsStepsAndAddsALegend() {
    Overlay heat =
        Overlay.builder()
            .title("Väntetid")
            .heatScale("0 d", "2 d")
            .step("2", Mark.heat(0.5).withBadge("1 d väntan"))
            .step("3", Mark.heat(1).withBadge("2 d väntan"))
            .flow("2", "3", Mark.heat(0.2).withBadge("20×"))
            .build();
    String out =
        Diagrams.flowchart(Samples.purchaseApproval(), RenderOptions.defaults().withOverlay(heat));
    Document d = Xml.parse(out);
    Element three = Xml.byId(d, "step--purchase-approval--3");
    assertThat(three.getAttribute("data-badge")).isEqualTo("2 d väntan");
    assertThat(three.getTextContent()).contains("2 d väntan");
    assertThat(out).contains("class=\"legend\"").contains("heat-ramp").contains("Väntetid");
    Golden.assertMatches(Path.of("src/test/resources/golden/purchase-approval-heat.svg"), out);
  }

  @Test
  void aTwoLineBadgeIsOneTallerPillThatGrowsUpwards() {
    Overlay o =
        Overlay.builder()
            .step("3", Mark.badge("59× · median wait 1.2 d\n1 skipped"))
            .step("4", Mark.badge("41×"))
            .build();
    Document d =
        Xml.parse(
            Diagrams.flowchart(
                Samples.purchaseApproval(), RenderOptions.defaults().withOverlay(o)));
    Element three = Xml.byId(d, "step--purchase-approval--3");
    assertThat(three.getAttribute("data-badge")).isEqualTo("59× · median wait 1.2 d · 1 skipped");
    Element tall = badge(three);
    Element pill = (Element) tall.getElementsByTagName("rect").item(0);
    Element text = (Element) tall.getElementsByTagName("text").item(0);
    assertThat(text.getElementsByTagName("tspan").getLength()).isEqualTo(1);
    assertThat(text.getTextContent()).isEqualTo("59× · median wait 1.2 d1 skipped");
    Element one =
        (Element)
            badge(Xml.byId(d, "step--purchase-approval--4")).getElementsByTagName("rect").item(0);
    double tallHeight = Double.parseDouble(pill.getAttribute("height"));
    double oneHeight = Double.parseDouble(one.getAttribute("height"));
    assertThat(tallHeight).isGreaterThan(oneHeight * 1.5);
    // The second line sits where a one-line badge's only line would: on the shape's top edge.
    Element box = (Element) three.getElementsByTagName("rect").item(0);
    double top = Double.parseDouble(box.getAttribute("y"));
    double pillBottom = Double.parseDouble(pill.getAttribute("y")) + tallHeight;
    assertThat(pillBottom)
        .isCloseTo(top + oneHeight / 2, org.assertj.core.data.Offset.offset(0.11));
  }

  @Test
  void aWideBadgeLeavesTheStepNumberAndTheQuestionReadable() {
    Overlay o =
        Overlay.builder()
            .step("3", Mark.badge("264× · median wait 20.2 min\n3 skipped · 14 out of place"))
            .step("2", Mark.badge("286× · median wait 1.0 d · 14 skipped · 7 out of place"))
            .build();
    Document d =
        Xml.parse(
            Diagrams.flowchart(
                Samples.purchaseApproval(), RenderOptions.defaults().withOverlay(o)));
    // A plain step: the pill reaches the step number's corner, so it is lifted clear of it.
    Element three = Xml.byId(d, "step--purchase-approval--3");
    Element box = (Element) three.getElementsByTagName("rect").item(0);
    Element pill = (Element) badge(three).getElementsByTagName("rect").item(0);
    double boxTop = Double.parseDouble(box.getAttribute("y"));
    double pillBottom =
        Double.parseDouble(pill.getAttribute("y"))
            + Double.parseDouble(pill.getAttribute("height"));
    assertThat(pillBottom).isLessThanOrEqualTo(boxTop + 2.01);
    // A decision's work box: the pill stays off the question written above the diamond.
    Element two = Xml.byId(d, "step--purchase-approval--2");
    Element question = null;
    var texts = two.getElementsByTagName("text");
    for (int i = 0; i < texts.getLength(); i++) {
      if (texts.item(i).getTextContent().equals("Belopp?")) {
        question = (Element) texts.item(i);
      }
    }
    assertThat(question).isNotNull();
    double qWidth =
        org.flowbook.diagram.text.Fonts.width(
            "Belopp?", org.flowbook.diagram.text.Type.LABEL, false);
    double qx = Double.parseDouble(question.getAttribute("x"));
    double qLeft = question.getAttribute("text-anchor").equals("middle") ? qx - qWidth / 2 : qx;
    double qBaseline = Double.parseDouble(question.getAttribute("y"));
    double qTop = qBaseline - org.flowbook.diagram.text.Type.LABEL;
    Element p2 = (Element) badge(two).getElementsByTagName("rect").item(0);
    double px = Double.parseDouble(p2.getAttribute("x"));
    double py = Double.parseDouble(p2.getAttribute("y"));
    double pRight = px + Double.parseDouble(p2.getAttribute("width"));
    double pBottom = py + Double.parseDouble(p2.getAttribute("height"));
    boolean apart =
        pRight <= qLeft || px >= qLeft + qWidth || pBottom <= qTop || py >= qBaseline + 3;
    assertThat(apart)
        .as(
            "badge %s..%s x %s..%s, question from %s at %s",
            px, pRight, py, pBottom, qLeft, qBaseline)
        .isTrue();
  }

  private static Element badge(Element step) {
    var groups = step.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (g.getAttribute("class").equals("badge")) {
        return g;
      }
    }
    throw new AssertionError("no badge in " + step.getAttribute("id"));
  }

  @Test
  void diffOverlayMarksStates() {
    Overlay diff =
        Overlay.builder()
            .step("3", Mark.state(ChangeState.ADDED))
            .step("4", Mark.state(ChangeState.CHANGED))
            .flow("2", "3", Mark.state(ChangeState.ADDED))
            .build();
    String out =
        Diagrams.flowchart(Samples.purchaseApproval(), RenderOptions.defaults().withOverlay(diff));
    Document d = Xml.parse(out);
    assertThat(Xml.byId(d, "step--purchase-approval--3").getAttribute("class"))
        .isEqualTo("step activity added");
    assertThat(Xml.byId(d, "step--purchase-approval--4").getAttribute("class"))
        .isEqualTo("step activity changed");
    assertThat(out).contains("Tillagt").contains("Ändrat");
    Golden.assertMatches(Path.of("src/test/resources/golden/purchase-approval-diff.svg"), out);
  }

  @Test
  void pngHasTheRequestedScale() throws Exception {
    byte[] png = Diagrams.png(svg, 0.5);
    var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
    String width = Xml.parse(svg).getDocumentElement().getAttribute("width");
    assertThat((double) image.getWidth())
        .isCloseTo(Double.parseDouble(width) * 0.5, org.assertj.core.data.Offset.offset(1.0));
  }
}
