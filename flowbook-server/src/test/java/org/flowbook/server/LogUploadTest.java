package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.flowbook.repository.Library;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.server.mining.LogUpload;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A log uploaded on a process page (issue 15 item 6): streamed with its size counted while reading
 * (chunked too), hostile files end as located errors on the job page, the demo log is painted on
 * the flowchart and becomes a draft version, and nobody else sees someone's job.
 */
class LogUploadTest {
  private static final Pattern JOB = Pattern.compile("\"job\":\"([^\"]+)\"");
  private static FlowbookServer server;

  @BeforeAll
  static void start() throws IOException {
    server = TestServer.start(Files.createTempDirectory("flowbook-logs-test"));
    Library lib = server.library();
    lib.users().create("test", "eva", "Eva Author", AccessRole.AUTHOR, TestServer.PASSWORD);
    lib.users().create("test", "olle", "Olle Author", AccessRole.AUTHOR, TestServer.PASSWORD);
    lib.users().create("test", "rut", "Rut Reader", AccessRole.READER, TestServer.PASSWORD);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static HttpResponse<String> upload(WebClient c, String name, byte[] body) {
    return c.send(
        HttpRequest.newBuilder(
                URI.create(
                    "http://localhost:"
                        + server.port()
                        + "/processes/purchase-approval/log?name="
                        + name))
            .header("Content-Type", "application/octet-stream")
            .header("X-CSRF-Token", c.csrf())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  /** Uploads and waits for the job to finish; returns the job page. */
  private static String check(WebClient c, String name, byte[] body) throws InterruptedException {
    HttpResponse<String> r = upload(c, name, body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    Matcher m = JOB.matcher(r.body().replace(" ", ""));
    assertThat(m.find()).as(r.body()).isTrue();
    String job = m.group(1);
    long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    String progress = "";
    while (System.nanoTime() < until) {
      progress = c.get(job + "/progress").body();
      if (!progress.contains("hx-trigger")) {
        return c.get(job).body();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the job did not finish: " + job + "\n" + progress);
  }

  private static String jobPath(String page) {
    Matcher m =
        Pattern.compile("action=\"(/processes/purchase-approval/log/jobs/[^\"/]+)/draft\"")
            .matcher(page);
    assertThat(m.find()).as(page).isTrue();
    return m.group(1);
  }

  @Test
  void theDemoLogIsPaintedOnTheFlowchartAndBecomesADraftVersion() throws Exception {
    WebClient eva = WebClient.signedIn(server, "eva");
    assertThat(eva.get("/processes/purchase-approval").body())
        .contains("/processes/purchase-approval/log");
    String form = eva.get("/processes/purchase-approval/log").body();
    assertThat(form).contains("100 MB", "id=\"log-upload\"", "/static/logupload.js");
    byte[] demo = Files.readAllBytes(ProjectPaths.inRepo("examples/logs/purchase-approval.csv"));
    String page = check(eva, "purchase-approval.csv", demo);
    assertThat(page).contains("id=\"log-result\"", "<svg", "Påminnelse till leverantören");
    assertThat(page).containsPattern("id=\"log-fitness\">[^<]* 300 ");
    int before =
        server.library().processes().summary("purchase-approval").orElseThrow().latestVersion();
    String job = jobPath(page);
    // someone else's job is not there for them, nor for a reader
    assertThat(WebClient.signedIn(server, "olle").get(job).statusCode()).isEqualTo(404);
    assertThat(WebClient.signedIn(server, "rut").get(job).statusCode()).isEqualTo(403);
    HttpResponse<String> draft = eva.postWithToken(job + "/draft", java.util.Map.of());
    assertThat(draft.statusCode()).isEqualTo(303);
    assertThat(draft.headers().firstValue("Location"))
        .hasValue("/processes/purchase-approval/edit");
    var summary = server.library().processes().summary("purchase-approval").orElseThrow();
    assertThat(summary.latestVersion()).isEqualTo(before + 1);
    String source =
        server
            .library()
            .viewFor(server.library().users().byName("eva").orElseThrow())
            .version("purchase-approval", summary.latestVersion())
            .source();
    // the log's volume (about 114 a month, documented 120) replaces the documented one
    assertThat(source).containsPattern("volym: 1[01][0-9]");
    assertThat(eva.get("/processes/purchase-approval/edit").body()).contains("volym: 1");
  }

  @Test
  void hostileLogsEndAsLocatedErrors() throws Exception {
    WebClient eva = WebClient.signedIn(server, "eva");
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE log [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<log><trace><event><string key=\"concept:name\" value=\"&x;\"/></event></trace></log>\n";
    String page = check(eva, "evil.xes", xxe.getBytes(StandardCharsets.UTF_8));
    assertThat(page).contains("evil.xes:2:", "xml-doctype").doesNotContain("root:x:0");
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bomb)) {
      // well-formed XES: 64 MiB of empty traces, which compress to almost nothing
      gz.write("<?xml version=\"1.0\"?>\n<log>".getBytes(StandardCharsets.UTF_8));
      byte[] traces = "<trace/>\n".repeat(1 << 17).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 64 * (1 << 20) / traces.length; i++) {
        gz.write(traces);
      }
    }
    page = check(eva, "bomb.xes.gz", bomb.toByteArray());
    assertThat(page).contains("bomb.xes.gz", "decompression-bomb");
    byte[] latin1 =
        "case,activity,timestamp\n1,Granska ärendet,2024-07-01T13:00:00Z\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    page = check(eva, "export.csv", latin1);
    assertThat(page).contains("export.csv:2:11: error[csv-not-utf8]", "CSV UTF-8");
    assertThat(upload(eva, "notes.txt", new byte[] {1}).statusCode()).isEqualTo(415);
    assertThat(upload(eva, "empty.csv", new byte[0]).statusCode()).isEqualTo(400);
  }

  /** A chunked upload carries no length: the limit is counted while reading. */
  @Test
  void aChunkedUploadOverTheLimitIsCutOff() throws Exception {
    WebClient eva = WebClient.signedIn(server, "eva");
    long size = LogUpload.MAX_BYTES + 1024 * 1024;
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://localhost:"
                        + server.port()
                        + "/processes/purchase-approval/log?name=big.csv"))
            .header("Content-Type", "application/octet-stream")
            .header("X-CSRF-Token", eva.csrf())
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Filler(size)))
            .build();
    try {
      HttpResponse<String> r = eva.send(request);
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(r.body()).contains("100 MB");
    } catch (RuntimeException e) {
      // the server closes the connection after its answer; a client still sending may see that
      assertThat(e).hasRootCauseInstanceOf(IOException.class);
    }
    // the server is still there for the next request
    assertThat(eva.get("/processes/purchase-approval/log").statusCode()).isEqualTo(200);
  }

  /** {@code n} bytes of CSV-looking filler, made as they are read. */
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
