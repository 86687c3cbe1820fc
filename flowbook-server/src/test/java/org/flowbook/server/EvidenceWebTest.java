package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.repository.Library;
import org.flowbook.repository.audit.AuditEntry;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.server.evidence.EvidenceUpload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Evidence over HTTP: a file and its record round-trip and come back as a download that never runs
 * as a page; hostile uploads (over the limit with and without a length, a web page named .pdf, a
 * PDF named .txt, markup, path traversal in the name, a zip posing as Word) are refused or defused;
 * an auditor adds nothing.
 */
class EvidenceWebTest {
  private static final Pattern FILE = Pattern.compile("\"file\":(\\d+)");
  private static FlowbookServer server;

  @BeforeAll
  static void start() throws IOException {
    server = TestServer.start(Files.createTempDirectory("flowbook-evidence-test"));
    Library lib = server.library();
    lib.users().create("test", "rut", "Rut Reader", AccessRole.READER, TestServer.PASSWORD);
    lib.users().create("test", "aud", "Ada Auditor", AccessRole.AUDITOR, TestServer.PASSWORD);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  static HttpResponse<String> upload(WebClient c, String name, byte[] body) {
    return c.send(
        HttpRequest.newBuilder(
                URI.create(
                    c.url(
                        "/evidence/files?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8))))
            .header("Content-Type", "application/octet-stream")
            .header("X-CSRF-Token", c.csrf())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  private static long fileId(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    Matcher m = FILE.matcher(r.body());
    assertThat(m.find()).isTrue();
    return Long.parseLong(m.group(1));
  }

  private static HttpResponse<String> record(WebClient c, String period, String note, String file) {
    return c.postWithToken(
        "/evidence",
        Map.of(
            "process", "supplier-invoices",
            "control", "Löpnummer",
            "period", period,
            "note", note,
            "file", file));
  }

  @Test
  void aFileAndItsRecordComeBackAsADownloadThatNeverRuns() {
    WebClient rut = WebClient.signedIn(server, "rut");
    byte[] text =
        "Serien 1041–1187 obruten.\n<script>alert(document.cookie)</script>\n"
            .getBytes(StandardCharsets.UTF_8);
    long id = fileId(upload(rut, "../../etc/löpnummer nov.txt", text));
    assertThat(server.library().evidence().file(id).orElseThrow().name())
        .isEqualTo("löpnummer nov.txt");
    HttpResponse<String> saved = record(rut, "F-4711", "Kontrollerad.", String.valueOf(id));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
    String page = rut.get(saved.headers().firstValue("Location").orElseThrow()).body();
    assertThat(page).contains("id=\"evidence-saved\"").contains("löpnummer nov.txt");
    long record = server.library().evidence().all().get(0).id();

    HttpResponse<byte[]> file = rut.getBytes("/evidence/" + record + "/file");
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(text);
    assertThat(file.headers().firstValue("Content-Type")).hasValue("text/plain;charset=utf-8");
    assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"l_pnummer nov.txt\"")
        .endsWith("filename*=UTF-8''l%C3%B6pnummer%20nov.txt");
    assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(file.headers().firstValue("Content-Security-Policy"))
        .hasValue("default-src 'none'; sandbox");
    assertThat(server.library().audit().latest(3, 0))
        .extracting(AuditEntry::action)
        .containsExactly("evidence-download", "evidence-record", "evidence-upload");
    // the API lists it with the same rules
    assertThat(rut.get("/api/v1/evidence").body())
        .contains("\"period\":\"F-4711\"")
        .contains("\"href\":\"/api/v1/evidence/" + record + "/file\"");
  }

  @Test
  void hostileFilesAreRefusedAndNothingIsStored() {
    WebClient rut = WebClient.signedIn(server, "rut");
    int before = server.library().evidence().all().size();
    String html = "<!doctype html><html><body><script>alert(1)</script></body></html>";
    record Case(String name, byte[] body, int status, String says) {}
    for (Case c :
        new Case[] {
          new Case("report.pdf", html.getBytes(StandardCharsets.UTF_8), 415, "inget av dem"),
          new Case(
              "bild.svg",
              "<svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8),
              415,
              "inget av dem"),
          new Case(
              "rapport.txt",
              "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII),
              415,
              "innehåll är .pdf"),
          new Case(
              "passwd",
              "root:x:0:0".getBytes(StandardCharsets.US_ASCII),
              415,
              "namnet slutar på .:"),
          new Case("avtal.docx", zipOf("evil.exe"), 415, "inget av dem"),
          new Case("tom.txt", new byte[0], 400, "tom"),
        }) {
      HttpResponse<String> r = upload(rut, c.name(), c.body());
      assertThat(r.statusCode()).as(c.name() + ": " + r.body()).isEqualTo(c.status());
      assertThat(r.body()).as(c.name()).contains(c.says());
    }
    // Over the limit with a Content-Length: refused before reading.
    HttpResponse<String> big = upload(rut, "big.pdf", new byte[(int) EvidenceUpload.MAX_BYTES + 1]);
    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(server.library().evidence().all()).hasSize(before);
  }

  /** A chunked upload has no length: the limit is counted while reading. */
  @Test
  void aChunkedUploadOverTheLimitIsCutOff() {
    WebClient rut = WebClient.signedIn(server, "rut");
    long size = EvidenceUpload.MAX_BYTES + 1024 * 1024;
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(rut.url("/evidence/files?name=big.txt")))
            .header("Content-Type", "application/octet-stream")
            .header("X-CSRF-Token", rut.csrf())
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Filler(size)))
            .build();
    try {
      HttpResponse<String> r = rut.send(request);
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(r.body()).contains("10 MB");
    } catch (RuntimeException e) {
      // the server closes the connection after its answer; a client still sending may see that
      assertThat(e).hasRootCauseInstanceOf(IOException.class);
    }
    assertThat(rut.get("/evidence").statusCode()).isEqualTo(200);
  }

  @Test
  void anAuditorReadsButAddsNoEvidence() {
    WebClient aud = WebClient.signedIn(server, "aud");
    assertThat(upload(aud, "x.txt", "x".getBytes(StandardCharsets.UTF_8)).statusCode())
        .isEqualTo(403);
    assertThat(record(aud, "F-1", "granskat", "").statusCode()).isEqualTo(403);
    HttpResponse<String> page =
        aud.get("/evidence/controls?process=supplier-invoices&control=L%C3%B6pnummer");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).doesNotContain("id=\"evidence-form\"");
  }

  @Test
  void aPeriodMustBeGivenAndAControlMustExist() {
    WebClient rut = WebClient.signedIn(server, "rut");
    assertThat(record(rut, "", "x", "").statusCode()).isEqualTo(422);
    HttpResponse<String> none =
        rut.postWithToken(
            "/evidence",
            Map.of("process", "supplier-invoices", "control", "Ingen", "period", "x", "note", "x"));
    assertThat(none.statusCode()).isEqualTo(404);
  }

  /** Every evidence and audit-pack route of the API is described in openapi.json. */
  @Test
  void theApiDescriptionListsEveryEvidenceRoute() throws IOException {
    var paths =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(new WebClient(server).get("/api/v1/openapi.json").body())
            .get("paths");
    int described = 0;
    for (FlowbookServer.Route r : server.routes()) {
      if (r.path().startsWith("/api/v1/evidence") || r.path().startsWith("/api/v1/audit-pack")) {
        String path = r.path().substring("/api/v1".length());
        assertThat(paths.has(path)).as(path).isTrue();
        assertThat(paths.get(path).has(r.method().toLowerCase(java.util.Locale.ROOT)))
            .as(r.toString())
            .isTrue();
        described++;
      }
    }
    assertThat(described).isEqualTo(6);
  }

  private static byte[] zipOf(String entry) {
    try {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
        z.putNextEntry(new java.util.zip.ZipEntry(entry));
        z.write(new byte[] {'M', 'Z'});
        z.closeEntry();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code n} bytes of text filler, made as they are read. */
  private static final class Filler extends InputStream {
    private long left;

    Filler(long n) {
      left = n;
    }

    @Override
    public int read() {
      return left-- > 0 ? 'a' : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      java.util.Arrays.fill(b, off, off + n, (byte) 'a');
      left -= n;
      return n;
    }
  }
}
