package org.flowbook.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.flowbook.handbook.content.Manual;
import org.flowbook.handbook.figure.DiagramFlowcharts;
import org.flowbook.handbook.html.HtmlRenderer;
import org.flowbook.handbook.html.Medium;
import org.flowbook.handbook.pdf.PdfRenderer;
import org.flowbook.model.Language;
import org.flowbook.model.Workspace;
import org.flowbook.notation.WorkspaceLoader;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The demo handbook's flowcharts, measured in the PDF: every chart's printed size is read from the
 * PDF (the form XObject openhtmltopdf draws it into: its bounding box under the page's
 * transformation), divided by the natural size of the SVG it drew, and the smallest text of that
 * SVG at that scale must be 8 pt or more. (openhtmltopdf draws SVG text as glyph outlines, so the
 * PDF has no text positions for chart text; the scale is what the PDF can tell.)
 */
class DemoChartLegibilityTest {
  private static final Pattern SVG = Pattern.compile("(?s)<svg\\b([^>]*)>(.*?)</svg>");
  private static final Pattern VIEW_BOX =
      Pattern.compile("viewBox=\"[-\\d.]+ [-\\d.]+ ([\\d.]+) ([\\d.]+)\"");
  private static final Pattern FONT_SIZE = Pattern.compile("font-size=\"([\\d.]+)\"");

  private record Drawn(double widthPt, double heightPt) {}

  @Test
  void noChartTextOfTheDemoHandbookIsBelowEightPoints() throws IOException {
    Path examples = ProjectPaths.inRepo("examples");
    Assumptions.assumeTrue(Files.isDirectory(examples), "examples/ is not in this checkout");
    Workspace ws = WorkspaceLoader.load(examples, null).workspace();
    Manual manual =
        new Handbooks(new DiagramFlowcharts())
            .compose(ws, Fixtures.organization(OutputFormat.PDF, Language.SV), (a, b, c) -> {});
    String html = new HtmlRenderer(Medium.PRINT).render(manual);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer().render(manual, out);

    List<double[]> svgs = new ArrayList<>();
    List<Boolean> flowcharts = new ArrayList<>();
    List<Double> smallest = new ArrayList<>();
    Matcher m = SVG.matcher(html);
    while (m.find()) {
      Matcher vb = VIEW_BOX.matcher(m.group(1));
      assertThat(vb.find()).as("viewBox of SVG %d", svgs.size()).isTrue();
      svgs.add(new double[] {Double.parseDouble(vb.group(1)), Double.parseDouble(vb.group(2))});
      flowcharts.add(m.group(1).contains("flowbook flowchart"));
      double min = Double.MAX_VALUE;
      Matcher fs = FONT_SIZE.matcher(m.group(0));
      while (fs.find()) {
        min = Math.min(min, Double.parseDouble(fs.group(1)));
      }
      smallest.add(min);
    }
    List<Drawn> drawn = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      for (PDPage page : pdf.getPages()) {
        forms(page, drawn);
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(pdf);
      // A chart cut into parts says where each flow continues, with a real page number.
      assertThat(text).containsPattern("fortsätter på sidan \\d+ – steg \\d+");
    }
    assertThat(drawn).as("one form per SVG, in document order").hasSameSizeAs(svgs);
    int charts = 0;
    for (int i = 0; i < svgs.size(); i++) {
      if (!flowcharts.get(i)) {
        continue;
      }
      charts++;
      double scaleX = drawn.get(i).widthPt() / (svgs.get(i)[0] * 0.75);
      double scaleY = drawn.get(i).heightPt() / (svgs.get(i)[1] * 0.75);
      assertThat(scaleX).as("chart %d keeps its proportions", i).isCloseTo(scaleY, within(0.02));
      double pt = smallest.get(i) * 0.75 * scaleX;
      assertThat(pt).as("smallest text of chart %d (%.2f pt)", i, pt).isGreaterThanOrEqualTo(7.995);
      // And the printed part fits the A4 page (landscape at most 261 mm = 740 pt wide).
      assertThat(drawn.get(i).widthPt()).as("width of chart %d", i).isLessThanOrEqualTo(740);
    }
    assertThat(charts).as("flowcharts (or their parts) in the handbook").isGreaterThan(16);
  }

  /** The size, in points, of every form XObject a page draws (openhtmltopdf draws SVG in one). */
  private static void forms(PDPage page, List<Drawn> drawn) throws IOException {
    PDFStreamEngine engine =
        new PDFStreamEngine() {
          {
            addOperator(new Concatenate(this));
            addOperator(new Save(this));
            addOperator(new Restore(this));
            addOperator(new SetMatrix(this));
          }

          @Override
          protected void processOperator(Operator op, List<COSBase> args) throws IOException {
            if ("Do".equals(op.getName())
                && getResources().getXObject((COSName) args.get(0)) instanceof PDFormXObject f) {
              Matrix ctm =
                  getGraphicsState().getCurrentTransformationMatrix().multiply(f.getMatrix());
              drawn.add(
                  new Drawn(
                      f.getBBox().getWidth() * ctm.getScalingFactorX(),
                      f.getBBox().getHeight() * ctm.getScalingFactorY()));
            }
            super.processOperator(op, args);
          }
        };
    engine.processPage(page);
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }
}
