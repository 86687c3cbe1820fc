package org.flowbook.server.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.flowbook.repository.audit.AuditEntry;
import org.flowbook.repository.evidence.EvidenceRecord;

/**
 * The audit pack an auditor takes away for a period: one zip with the PDF reports (evidence, and
 * flowbook-compliance's registers), every evidence file recorded in the period under {@code
 * evidence/}, the list of evidence with each file's SHA-256 ({@code evidence.csv}) and the audit
 * log's entries of the period ({@code audit-log.csv}). Entry names are built here from cleaned file
 * names only ({@link #entryName}), so a stored name such as {@code ../../etc/passwd} can never
 * leave the pack's folder when it is unpacked.
 */
public final class AuditPack {
  private AuditPack() {}

  /**
   * What goes into a pack.
   *
   * @param report the evidence report ({@link EvidenceReport})
   * @param compliance flowbook-compliance's report of the published processes: requirement
   *     coverage, risk register, internal-control plan, Art. 30 record
   */
  public record Contents(
      LocalDate from,
      LocalDate to,
      byte[] report,
      byte[] compliance,
      List<EvidenceRecord> evidence,
      LongFunction<Optional<byte[]>> files,
      List<AuditEntry> audit) {}

  /** Writes the pack. */
  public static void write(Contents c, OutputStream out) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      put(zip, "report.pdf", c.report());
      put(zip, "compliance-report.pdf", c.compliance());
      StringBuilder list =
          new StringBuilder(
              "id,control,process,period,note,recorded_by,recorded_at,file,media_type,bytes,sha256\n");
      for (EvidenceRecord r : c.evidence()) {
        String entry = "";
        if (r.file().isPresent()) {
          Optional<byte[]> bytes = c.files().apply(r.file().get().id());
          if (bytes.isPresent()) {
            entry = entryName(r.id(), r.file().get().name());
            put(zip, entry, bytes.get());
          }
        }
        Csv.row(
            list,
            String.valueOf(r.id()),
            r.control(),
            r.processId(),
            r.period(),
            r.note(),
            r.recordedBy(),
            r.recordedAt().toString(),
            entry,
            r.file().map(f -> f.mediaType()).orElse(""),
            r.file().map(f -> String.valueOf(f.size())).orElse(""),
            r.file().map(f -> f.sha256()).orElse(""));
      }
      put(zip, "evidence.csv", list.toString().getBytes(StandardCharsets.UTF_8));
      StringBuilder log = new StringBuilder("id,occurred_at,actor,action,target,detail\n");
      for (AuditEntry e : c.audit()) {
        Csv.row(
            log,
            String.valueOf(e.id()),
            e.at().toString(),
            e.actor(),
            e.action(),
            e.target(),
            e.detail());
      }
      put(zip, "audit-log.csv", log.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * The entry of an evidence file: {@code evidence/<record>-<cleaned name>}, never with a folder, a
   * {@code ..} or a drive of its own.
   */
  public static String entryName(long record, String storedName) {
    return "evidence/" + record + "-" + FileNames.clean(storedName, "file");
  }

  private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }

  /** RFC 4180 rows; a cell a spreadsheet would run as a formula starts with an apostrophe. */
  static final class Csv {
    private Csv() {}

    static void row(StringBuilder out, String... cells) {
      for (int i = 0; i < cells.length; i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(cell(cells[i]));
      }
      out.append('\n');
    }

    static String cell(String value) {
      String v = value == null ? "" : value;
      if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
        v = "'" + v;
      }
      if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
        v = "\"" + v.replace("\"", "\"\"") + "\"";
      }
      return v;
    }
  }
}
