package org.flowbook.compliance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.flowbook.compliance.register.ComplianceRequest;
import org.flowbook.compliance.register.Registers;
import org.flowbook.compliance.report.JsonReport;
import org.flowbook.compliance.report.ManualReport;
import org.flowbook.compliance.report.TextReport;
import org.flowbook.handbook.content.Manual;
import org.flowbook.handbook.docx.DocxRenderer;
import org.flowbook.handbook.html.HtmlRenderer;
import org.flowbook.handbook.html.Medium;
import org.flowbook.handbook.pdf.PdfRenderer;
import org.flowbook.model.Workspace;

/**
 * The compliance report of one workspace in every format: the entry point the command line and the
 * web app call. Requirement coverage, the risk register with its heat maps, the internal-control
 * plan and the GDPR Art. 30 record, derived from the workspace as it is.
 */
public final class ComplianceReports {
  private ComplianceReports() {}

  /** Every register, derived once, for the formats below. */
  public static Registers registers(Workspace workspace, ComplianceRequest request) {
    return Registers.derive(workspace, request);
  }

  public static String text(Workspace workspace, ComplianceRequest request) {
    return TextReport.text(registers(workspace, request));
  }

  public static String json(Workspace workspace, ComplianceRequest request) {
    return JsonReport.json(registers(workspace, request));
  }

  /** The report as handbook content, for a caller that sets it itself. */
  public static Manual manual(Workspace workspace, ComplianceRequest request) {
    return ManualReport.manual(registers(workspace, request));
  }

  /** A self-contained HTML page (UTF-8). */
  public static String html(Workspace workspace, ComplianceRequest request) {
    return new HtmlRenderer(Medium.SCREEN).render(manual(workspace, request));
  }

  /** A PDF document (A4), as the audit pack holds it. */
  public static byte[] pdf(Workspace workspace, ComplianceRequest request) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new PdfRenderer().render(manual(workspace, request), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A Word document. */
  public static byte[] docx(Workspace workspace, ComplianceRequest request) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new DocxRenderer().render(manual(workspace, request), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
