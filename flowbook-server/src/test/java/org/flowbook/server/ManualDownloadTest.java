package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.flowbook.repository.Library;
import org.flowbook.repository.process.SaveResult;
import org.flowbook.repository.users.User;
import org.junit.jupiter.api.Test;

/**
 * A process page and a role page offer their manual as PDF, Word and HTML; covers show the review
 * workflow's approval.
 */
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
  void theCoverSaysWhoApprovedTheVersionAndWhen() {
    // A process of its own, so the other tests' versions stay as they expect them.
    Library lib = TestServer.get().library();
    User eva = lib.users().byName("eva").orElseThrow();
    User karl = lib.users().byName("karl").orElseThrow();
    String text =
        """
        process: Godkänd rutin
        id: approved-cover
        ägare: Ekonomichef
        språk: sv

        1. Registrera fakturan   [Redovisningsekonom]   arbete 5 min
        """;
    SaveResult created = lib.processes().create(eva, text, "ny rutin");
    int v = ((SaveResult.Saved) created).version().version();
    String draftCover = cover(manualHtml(v));
    assertThat(draftCover).doesNotContain("Karl Approver").containsAnyOf(">draft<", ">utkast<");

    lib.processes().submit(eva, "approved-cover", v);
    lib.processes().approve(karl, "approved-cover", v);
    String cover = cover(manualHtml(v));
    assertThat(cover).contains("Karl Approver").containsAnyOf(">published<", ">publicerad<");
    int year = LocalDate.now(ZoneId.systemDefault()).getYear();
    assertThat(cover).containsPattern("(Approved on|Godkänd den)</dt><dd>[^<]*" + year);

    // Still shown for that version once a newer one is published and it is archived.
    SaveResult next =
        lib.processes().save(eva, "approved-cover", v, text.replace("5 min", "6 min"), "sex");
    int w = ((SaveResult.Saved) next).version().version();
    lib.processes().submit(eva, "approved-cover", w);
    lib.processes().approve(karl, "approved-cover", w);
    assertThat(cover(manualHtml(v)))
        .contains("Karl Approver")
        .containsAnyOf(">archived<", ">arkiverad<");
  }

  /** The cover's facts (status, owner, approval) from a manual in HTML. */
  private static String cover(String html) {
    int from = html.indexOf("class=\"cover\"");
    return html.substring(from, html.indexOf("</header>", from));
  }

  private static String manualHtml(int version) {
    HttpResponse<byte[]> r =
        get("/processes/approved-cover/v/" + version + "/approved-cover-manual.html");
    assertThat(r.statusCode()).isEqualTo(200);
    return new String(r.body(), StandardCharsets.UTF_8);
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
