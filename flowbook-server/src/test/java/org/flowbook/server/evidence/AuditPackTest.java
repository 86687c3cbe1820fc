package org.flowbook.server.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.flowbook.repository.audit.AuditEntry;
import org.flowbook.repository.evidence.EvidenceFile;
import org.flowbook.repository.evidence.EvidenceRecord;
import org.junit.jupiter.api.Test;

/**
 * The pack builder never writes an entry that leaves its folder (zip slip), whatever name a file
 * was stored under, keeps every byte, and defuses spreadsheet formulas in its CSVs.
 */
class AuditPackTest {
  private static EvidenceRecord record(long id, String fileName) {
    EvidenceFile f =
        new EvidenceFile(id * 10, fileName, "text/plain", 3, "ab", "rut", Instant.EPOCH);
    return new EvidenceRecord(
        id,
        "Löpnummer",
        "supplier-invoices",
        "2026-11",
        "=HYPERLINK(\"x\")",
        Optional.of(f),
        "rut",
        "Rut",
        Instant.parse("2026-11-30T10:00:00Z"));
  }

  @Test
  void noEntryLeavesThePackAndEveryByteIsKept() throws IOException {
    List<String> hostile =
        List.of(
            "../../etc/passwd",
            "/etc/shadow",
            "..\\..\\win.ini",
            "C:\\x\\evil.txt",
            "..",
            "ok.pdf");
    List<EvidenceRecord> records = new ArrayList<>();
    for (int i = 0; i < hostile.size(); i++) {
      records.add(record(i + 1, hostile.get(i)));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AuditPack.write(
        new AuditPack.Contents(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31),
            "%PDF-".getBytes(StandardCharsets.US_ASCII),
            "%PDF-compliance".getBytes(StandardCharsets.US_ASCII),
            records,
            id -> Optional.of(("file " + id).getBytes(StandardCharsets.UTF_8)),
            List.of(
                new AuditEntry(
                    9,
                    Instant.parse("2026-11-30T10:00:00Z"),
                    "rut",
                    "evidence-record",
                    "process:supplier-invoices",
                    "-1+1, \"quoted\""))),
        out);
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    Path root = Path.of("/tmp/pack");
    for (String name : entries.keySet()) {
      assertThat(root.resolve(name).normalize().startsWith(root)).as(name).isTrue();
      assertThat(name).doesNotContain("..").doesNotContain("\\").doesNotStartWith("/");
    }
    assertThat(entries.keySet())
        .containsExactly(
            "report.pdf",
            "compliance-report.pdf",
            "evidence/1-passwd",
            "evidence/2-shadow",
            "evidence/3-win.ini",
            "evidence/4-evil.txt",
            "evidence/5-file",
            "evidence/6-ok.pdf",
            "evidence.csv",
            "audit-log.csv");
    assertThat(entries.get("evidence/6-ok.pdf")).isEqualTo("file 60");
    assertThat(entries.get("evidence.csv"))
        .contains("1,Löpnummer,supplier-invoices,2026-11,\"'=HYPERLINK(\"\"x\"\")\",rut,");
    assertThat(entries.get("audit-log.csv"))
        .isEqualTo(
            "id,occurred_at,actor,action,target,detail\n"
                + "9,2026-11-30T10:00:00Z,rut,evidence-record,process:supplier-invoices,"
                + "\"'-1+1, \"\"quoted\"\"\"\n");
  }
}
