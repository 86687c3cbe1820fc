package org.flowbook.handbook.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.flowbook.handbook.content.Manual;
import org.flowbook.handbook.html.HtmlRenderer;
import org.flowbook.handbook.html.Medium;

/**
 * Writes a manual as an A4 PDF by laying out its print HTML with openhtmltopdf: embedded Liberation
 * Sans (covers å, ä, ö and the other Latin letters), running header, "page x of y", bookmarks, a
 * table of contents with page numbers and landscape pages for wide flowcharts.
 */
public final class PdfRenderer {
  private static final String FONT_DIR = "/org/flowbook/handbook/fonts/";
  private static final String FAMILY = "Liberation Sans";

  public void render(Manual manual, OutputStream out) throws IOException {
    String html = new HtmlRenderer(Medium.PRINT).render(manual);
    try (PDDocument pdf = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(pdf);
      builder.useFastMode();
      // Tagged PDF (PDF/UA): structure tree, reading order, /Alt for figures, embedded fonts.
      builder.usePdfUaAccessbility(true);
      font(builder, pdf, "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL);
      font(builder, pdf, "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL);
      font(builder, pdf, "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC);
      render(builder, html, out);
    }
  }

  private static void render(PdfRendererBuilder builder, String html, OutputStream out)
      throws IOException {
    builder.useSVGDrawer(
        new BatikSVGDrawer(
            BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE));
    // Everything a manual needs is inline; refusing other URIs keeps a hostile text from making
    // the PDF writer fetch files or URLs.
    builder.useUriResolver((base, uri) -> uri != null && uri.startsWith("#") ? uri : null);
    builder.withHtmlContent(html, null);
    builder.withProducer("Flowbook");
    // openhtmltopdf would log every unsupported CSS property; a library keeps quiet.
    builder.withDiagnosticConsumer(diagnostic -> {});
    builder.toStream(out);
    builder.run();
  }

  /**
   * Registers one face: for the text of the document as a PDFBox font with glyph substitution
   * (GSUB) off — PDFBox compiles a regular expression for every run of text it shapes, a third of
   * the time of a whole handbook, and Liberation Sans's substitutions (ligatures) are not wanted in
   * a manual whose text is copied and searched — and for the flowcharts' SVG text as before.
   */
  private static void font(
      PdfRendererBuilder builder, PDDocument pdf, String file, int weight, FontStyle style)
      throws IOException {
    TrueTypeFont ttf;
    try (InputStream in = open(file)) {
      ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
    }
    ttf.setEnableGsub(false);
    builder.useFont(
        new PDFontSupplier(PDType0Font.load(pdf, ttf, true)), FAMILY, weight, style, true);
    builder.useFont(() -> open(file), FAMILY, weight, style, true, EnumSet.of(FSFontUseCase.SVG));
  }

  private static InputStream open(String file) {
    InputStream in = PdfRenderer.class.getResourceAsStream(FONT_DIR + file);
    if (in == null) {
      throw new IllegalStateException("missing font " + file);
    }
    return in;
  }
}
