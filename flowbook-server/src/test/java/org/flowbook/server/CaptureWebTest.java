package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;

/**
 * Guided capture and upload over HTTP: authors only, the draft carried as text between the answers,
 * saved as a draft version; uploads converted with located warnings, hostile ones refused with a
 * message and never a stack trace.
 */
class CaptureWebTest {
  private static final Pattern DRAFT =
      Pattern.compile("<textarea name=\"draft\" hidden aria-hidden=\"true\">([^<]*)</textarea>");

  private static String draft(HttpResponse<String> page) {
    Matcher m = DRAFT.matcher(page.body());
    assertThat(m.find()).as(page.body()).isTrue();
    return m.group(1)
        .replace("&gt;", ">")
        .replace("&lt;", "<")
        .replace("&amp;", "&")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'");
  }

  private static HttpResponse<String> upload(WebClient c, String name, byte[] body) {
    return c.send(
        HttpRequest.newBuilder(
                URI.create(
                    TestServer.url(
                        "/capture/upload?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8))))
            .header("X-CSRF-Token", c.csrf())
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  @Test
  void readersMayNotCapture() {
    WebClient rut = WebClient.signedIn("rut");
    assertThat(rut.get("/capture").statusCode()).isEqualTo(403);
    assertThat(rut.postWithToken("/capture", Map.of("action", "start", "title", "X")).statusCode())
        .isEqualTo(403);
    assertThat(rut.postWithToken("/capture/open", Map.of("source", "x")).statusCode())
        .isEqualTo(403);
    assertThat(upload(rut, "a.csv", "Steg;Titel\n1;A\n".getBytes()).statusCode()).isEqualTo(403);
    assertThat(new WebClient().get("/capture").statusCode()).isEqualTo(302);
  }

  @Test
  void anAuthorCapturesAProcessStepByStepAndSavesADraft() {
    WebClient eva = WebClient.signedIn("eva");
    HttpResponse<String> page = eva.get("/capture");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"capture-start\"").contains("id=\"chart-empty\"");
    HttpResponse<String> started =
        eva.postWithToken(
            "/capture",
            Map.of(
                "action",
                "start",
                "title",
                "Webbfångad process",
                "lang",
                "sv",
                "purpose",
                "",
                "trigger",
                "Någon ringer"));
    assertThat(started.statusCode()).isEqualTo(200);
    String d = draft(started);
    assertThat(d).startsWith("process: Webbfångad process\nid: webbfangad-process\n");
    // a wrong time: 422, the answers shown again, the draft unchanged
    Map<String, String> step = new LinkedHashMap<>();
    step.put("action", "step");
    step.put("draft", d);
    step.put("steptitle", "Ta emot samtalet");
    step.put("role", "Inköpare");
    step.put("work", "en stund");
    HttpResponse<String> refused = eva.postWithToken("/capture", step);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("id=\"err-time\"").contains("value=\"Ta emot samtalet\"");
    assertThat(draft(refused)).isEqualTo(d);
    step.put("work", "5");
    HttpResponse<String> one = eva.postWithToken("/capture", step);
    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(one.body()).contains("id=\"preview-chart\"").contains("<svg");
    d = draft(one);
    assertThat(d).contains("1. Ta emot samtalet   [Inköpare]   arbete 5 min");
    HttpResponse<String> saved =
        eva.postWithToken("/capture", Map.of("action", "save", "draft", d));
    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(saved.headers().firstValue("Location"))
        .contains("/processes/webbfangad-process/edit");
    assertThat(TestServer.get().library().processes().summary("webbfangad-process")).isPresent();
  }

  @Test
  void anUploadedDrawingOpensAsTextWithItsWarnings() throws IOException {
    WebClient eva = WebClient.signedIn("eva");
    byte[] drawing =
        Files.readAllBytes(
            ProjectPaths.inRepo(
                "flowbook-capture/src/test/resources/drawio/sourdough-process.drawio"));
    HttpResponse<String> r = upload(eva, "C:\\Users\\x\\sourdough-process.drawio", drawing);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("id=\"upload-open\"").contains("process: ");
    // the name is the file's own, without the client's folders
    assertThat(r.body()).doesNotContain("Users");
    HttpResponse<String> opened =
        eva.postWithToken("/capture/open", Map.of("source", "process: Från uppladdning\n"));
    assertThat(opened.statusCode()).isEqualTo(200);
    assertThat(opened.body()).contains("id=\"editor-form\"").contains("Från uppladdning");
  }

  @Test
  void aStepListWithAnUnknownColumnIsReadWithALocatedWarning() {
    WebClient eva = WebClient.signedIn("eva");
    String csv = "Steg;Titel;Roll;Färg\n1;Ta emot;Inköpare;röd\n2;Avsluta;Inköpare;blå\n";
    HttpResponse<String> r = upload(eva, "lista.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("lista.csv:1:").contains("id=\"upload-text\"");
  }

  @Test
  void hostileAndUnknownUploadsAreRefusedWithAMessage() throws IOException {
    WebClient eva = WebClient.signedIn("eva");
    HttpResponse<String> unknown = upload(eva, "virus.exe", new byte[] {1, 2, 3});
    assertThat(unknown.statusCode()).isEqualTo(415);
    assertThat(unknown.body()).contains("virus.exe").doesNotContain("Exception");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("../../evil.xml"));
      zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
    }
    HttpResponse<String> slip = upload(eva, "ritning.vsdx", bytes.toByteArray());
    assertThat(slip.statusCode()).isEqualTo(422);
    assertThat(slip.body()).contains("id=\"upload-failed\"").doesNotContain("Exception");
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<mxfile><diagram><mxGraphModel><root><mxCell id=\"0\" value=\"&x;\"/></root>"
            + "</mxGraphModel></diagram></mxfile>";
    HttpResponse<String> evil = upload(eva, "evil.drawio", xxe.getBytes(StandardCharsets.UTF_8));
    assertThat(evil.statusCode()).isEqualTo(422);
    assertThat(evil.body()).doesNotContain("root:").contains("evil.drawio:");
    HttpResponse<String> large = upload(eva, "stor.csv", new byte[3 * 1024 * 1024]);
    assertThat(large.statusCode()).isEqualTo(413);
  }
}
