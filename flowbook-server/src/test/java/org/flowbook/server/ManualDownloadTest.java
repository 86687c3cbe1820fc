package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A process page and a role page offer their manual as PDF, Word and HTML. */
class ManualDownloadTest {

  private static WebClient client;

  private static HttpResponse<byte[]> get(String path) {
    if (client == null) {
      TestServer.get();
      client = WebClient.signedIn("eva");
    }
    return client.getBytes(path);
  }

  @Test
  void processManualsDownloadInEveryOfferedFormat() {
    TestServer.get();
    HttpResponse<byte[]> pdf = get("/processes/purchase-approval/v/1/purchase-approval-manual.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

    HttpResponse<byte[]> docx =
        get("/processes/purchase-approval/v/1/purchase-approval-manual.docx");
    assertThat(docx.statusCode()).isEqualTo(200);
    assertThat(docx.body()[0]).isEqualTo((byte) 'P'); // a zip container
    assertThat(docx.body()[1]).isEqualTo((byte) 'K');

    HttpResponse<byte[]> html =
        get("/processes/purchase-approval/v/1/purchase-approval-manual.html");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(new String(html.body(), StandardCharsets.UTF_8)).contains("<h1").contains("<svg");
  }

  @Test
  void roleManualDownloadsAndUnknownThingsAreNotFound() {
    TestServer.get();
    HttpResponse<byte[]> role = get("/roles/Ink%C3%B6pare/manual.html");
    assertThat(role.statusCode()).isEqualTo(200);
    assertThat(new String(role.body(), StandardCharsets.UTF_8)).contains("Inköpare");
    assertThat(get("/roles/Nobody/manual.pdf").statusCode()).isEqualTo(404);
    assertThat(get("/processes/purchase-approval/v/1/purchase-approval-manual.exe").statusCode())
        .isEqualTo(404);
  }
}
