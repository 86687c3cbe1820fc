package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every text download and API answer says {@code charset=utf-8} and is UTF-8, so Swedish text
 * survives: on the old code the SVG downloads carried no charset and were encoded as ISO-8859-1,
 * and every Swedish chart failed to open ("Encoding error").
 */
class DownloadEncodingTest {
  private static final String V1 = "/processes/purchase-approval/v/1/";

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    V1 + "purchase-approval.svg, image/svg+xml, Fyll i inköpsanmodan",
    V1 + "purchase-approval.flow, text/plain, Fyll i inköpsanmodan",
    V1 + "purchase-approval.bpmn, application/xml, Fyll i inköpsanmodan",
    V1 + "purchase-approval-manual.html, text/html, Fyll i inköpsanmodan",
    "/roles/Best%C3%A4llare/manual.html, text/html, Beställare",
    "/api/v1/processes/purchase-approval/flowchart.svg, image/svg+xml, Fyll i inköpsanmodan",
    "/api/v1/processes/purchase-approval, application/json, Fyll i inköpsanmodan",
    "/api/v1/processes, application/json, Inköpsgodkännande",
    "/api/v1/search?q=ink%C3%B6p, application/json, nköp",
    "/processes/purchase-approval, text/html, Fyll i inköpsanmodan",
    "/, text/html, Inköpsgodkännande",
  })
  void aTextDownloadNamesUtf8AndIsUtf8(String path, String type, String swedish)
      throws CharacterCodingException {
    HttpResponse<byte[]> r = WebClient.signedIn("eva").getBytes(path);
    assertThat(r.statusCode()).isEqualTo(200);
    String contentType = r.headers().firstValue("Content-Type").orElse("");
    assertThat(contentType.toLowerCase(Locale.ROOT).replace(" ", ""))
        .isEqualTo(type + ";charset=utf-8");
    assertThat(strictUtf8(r.body())).contains(swedish);
  }

  @Test
  void aRenderedChartOfSwedishTextIsUtf8() throws CharacterCodingException {
    String text =
        "process: Årlig översyn\nid: arlig\nspråk: sv\n\n1. Gå igenom åtgärderna   [Chef]\n";
    HttpResponse<byte[]> r =
        new WebClient()
            .sendBytes(
                HttpRequest.newBuilder(URI.create(TestServer.url("/api/v1/render")))
                    .header("Authorization", WebClient.basic("rut"))
                    .header("Content-Type", "text/plain; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(text))
                    .build());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("image/svg+xml; charset=utf-8");
    assertThat(strictUtf8(r.body())).contains("Gå igenom åtgärderna");
  }

  /** The bytes as UTF-8, failing on any byte sequence that is not (ISO-8859-1 "ö" is not). */
  static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
