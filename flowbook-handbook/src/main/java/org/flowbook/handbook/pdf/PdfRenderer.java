package org.flowbook.handbook.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumSet;
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
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    font(builder, "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL);
    font(builder, "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL);
    font(builder, "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC);
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

  private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
    builder.useFont(
        () -> open(file),
        FAMILY,
        weight,
        style,
        true,
        EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_PRE));
  }

  private static InputStream open(String file) {
    InputStream in = PdfRenderer.class.getResourceAsStream(FONT_DIR + file);
    if (in == null) {
      throw new IllegalStateException("missing font " + file);
    }
    return in;
  }
}
