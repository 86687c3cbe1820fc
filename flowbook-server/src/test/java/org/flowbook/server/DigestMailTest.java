package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.flowbook.repository.Library;
import org.flowbook.repository.process.SaveResult;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.flowbook.server.mail.DigestMailer;
import org.flowbook.server.mail.MailSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily digest through a real SMTP server (GreenMail in this JVM): one e-mail per person with
 * their own items, in their language (Ines chose English in the web app; Sara has no account, so
 * the organization's Swedish; Erik owns the process and gets its comments), comments escaped in the
 * HTML, nothing twice a day, and a failed send retried without losing the in-app items.
 */
class DigestMailTest {
  private static final String SCRIPT = "<script>alert(1)</script> stämmer inte";
  @TempDir static Path data;
  private static GreenMail smtp;
  private static FlowbookServer server;

  @BeforeAll
  static void start() {
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    MailSettings mail =
        MailSettings.parse(
                "smtp://localhost:" + smtp.getSmtp().getPort(),
                "flowbook@test.se",
                "http://flowbook.test")
            .orElseThrow();
    server =
        FlowbookServer.start(
            new ServerSettings(
                0, data, Optional.empty(), Optional.of(TestServer.workspace()), Optional.of(mail)),
            Clock.systemDefaultZone());
    Library lib = server.library();
    String people =
        """

        person: Ines Inköpare
          e-post: ines@test.se
          roller: Inköpare
        person: Sara Inköpare
          e-post: sara@test.se
          roller: Inköpare
        person: Erik Ek
          e-post: erik@test.se
          roller: Ekonomichef
        person: Ingen Adress
          roller: Inköpare
        """;
    lib.setOrganization(Library.SYSTEM, lib.organizationSource() + people);
    for (String u : new String[] {"ines", "erik", "rut"}) {
      lib.users().create("test", u, u, AccessRole.READER, TestServer.PASSWORD);
    }
    User eva = lib.users().create("test", "eva", "Eva", AccessRole.AUTHOR, TestServer.PASSWORD);
    User karl =
        lib.users().create("test", "karl", "Karl", AccessRole.APPROVER, TestServer.PASSWORD);
    // Ines picks English in the web app.
    WebClient ines = WebClient.signedIn(server, "ines");
    assertThat(ines.get("/lang/en?back=/").statusCode()).isEqualTo(303);
    // A comment with markup on the published process Erik owns.
    WebClient rut = WebClient.signedIn(server, "rut");
    rut.postWithToken(
        "/processes/purchase-approval/comments",
        Map.of("version", "1", "step", "1", "text", SCRIPT));
    // A change to the buyers' step, published with acknowledgement.
    String source = lib.current("purchase-approval").orElseThrow().source();
    SaveResult r =
        lib.processes()
            .save(
                eva,
                "purchase-approval",
                1,
                source.replace("4. Lägg beställning", "4. Lägg beställningen"),
                "x");
    int v = ((SaveResult.Saved) r).version().version();
    lib.processes().submit(eva, "purchase-approval", v);
    WebClient k = WebClient.signedIn(server, "karl");
    assertThat(
            k.postWithToken(
                    "/processes/purchase-approval/versions/" + v + "/approve",
                    Map.of("acknowledge", "on", "due", LocalDate.now().plusDays(7).toString()))
                .statusCode())
        .isEqualTo(303);
    assertThat(lib.acknowledgements().of("purchase-approval", v)).hasSize(3);
    assertThat(karl.username()).isEqualTo("karl");
  }

  @AfterAll
  static void stop() {
    server.close();
    smtp.stop();
  }

  @Test
  void onePerPersonInTheirLanguageEscapedAndNotTwice() throws Exception {
    smtp.purgeEmailFromAllMailboxes();
    DigestMailer mailer = server.digestMailer().orElseThrow();
    LocalDate today = LocalDate.now();
    DigestMailer.Run run = mailer.run(today);
    assertThat(run.sent()).isEqualTo(3);
    assertThat(run.failed()).isZero();
    MimeMessage[] got = smtp.getReceivedMessages();
    Map<String, MimeMessage> byTo =
        Arrays.stream(got).collect(Collectors.toMap(m -> recipient(m), m -> m));
    assertThat(byTo.keySet())
        .containsExactlyInAnyOrder("ines@test.se", "sara@test.se", "erik@test.se");

    String ines = html(byTo.get("ines@test.se"));
    assertThat(byTo.get("ines@test.se").getSubject()).startsWith("Flowbook: your work");
    assertThat(ines)
        .contains(
            "Acknowledgements due",
            "Inköpsgodkännande",
            "http://flowbook.test/acknowledgements/purchase-approval/2");
    assertThat(ines).doesNotContain("Open comments");

    String sara = html(byTo.get("sara@test.se"));
    assertThat(byTo.get("sara@test.se").getSubject()).startsWith("Flowbook: ditt arbete");
    assertThat(sara).contains("Bekräftelser att göra").doesNotContain("Öppna kommentarer");

    String erik = html(byTo.get("erik@test.se"));
    assertThat(erik).contains("Öppna kommentarer på dina processer");
    assertThat(erik).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    assertThat(erik).doesNotContain("Bekräftelser att göra");
    assertThat(text(byTo.get("erik@test.se"))).contains(SCRIPT);

    // Once a day.
    assertThat(mailer.run(today).sent()).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(3);
  }

  @Test
  void aFailedSendIsLoggedAndRetriedAndTheItemsStay() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    smtp.purgeEmailFromAllMailboxes();
    Library lib = server.library();
    LocalDate day = LocalDate.now().plusDays(1);
    DigestMailer broken =
        new DigestMailer(
            lib,
            MailSettings.parse("smtp://localhost:" + closed, "flowbook@test.se", "").orElseThrow(),
            new org.flowbook.server.view.Messages());
    DigestMailer.Run failed = broken.run(day);
    assertThat(failed.failed()).isEqualTo(3);
    assertThat(lib.digests().failures("ines@test.se", day)).isEqualTo(1);
    assertThat(lib.digests().sent("ines@test.se", day)).isFalse();
    // The in-app item is still there.
    assertThat(WebClient.signedIn(server, "ines").get("/my-work").body())
        .contains("/acknowledgements/purchase-approval/2");
    int before = smtp.getReceivedMessages().length;
    DigestMailer.Run retried = server.digestMailer().orElseThrow().run(day);
    assertThat(retried.sent()).isEqualTo(3);
    assertThat(smtp.getReceivedMessages()).hasSize(before + 3);
    assertThat(lib.digests().sent("ines@test.se", day)).isTrue();
  }

  /**
   * Overdue items (training3): three days on, the acknowledgement due in a week is listed but not
   * late; ten days on, it is marked overdue in each person's language. The owner's digest lists the
   * published process whose review date has passed (supplier-invoices, 2024-01-15), and nobody
   * else's does. One digest per person each day.
   */
  @Test
  void overdueAcknowledgementsAndReviewsAreMarkedInTheRecipientsLanguage() throws Exception {
    DigestMailer mailer = server.digestMailer().orElseThrow();
    smtp.purgeEmailFromAllMailboxes();
    assertThat(mailer.run(LocalDate.now().plusDays(3)).sent()).isEqualTo(3);
    Map<String, MimeMessage> early = byRecipient(smtp.getReceivedMessages());
    assertThat(html(early.get("ines@test.se")))
        .contains("Acknowledgements due")
        .doesNotContain("overdue");
    assertThat(html(early.get("sara@test.se"))).doesNotContain("försenad");

    smtp.purgeEmailFromAllMailboxes();
    assertThat(mailer.run(LocalDate.now().plusDays(10)).sent()).isEqualTo(3);
    Map<String, MimeMessage> late = byRecipient(smtp.getReceivedMessages());
    assertThat(late.keySet())
        .containsExactlyInAnyOrder("ines@test.se", "sara@test.se", "erik@test.se");
    String due = LocalDate.now().plusDays(7).toString();
    assertThat(text(late.get("ines@test.se")))
        .contains("Inköpsgodkännande")
        .contains("due " + due)
        .contains("— overdue");
    assertThat(text(late.get("sara@test.se"))).contains("senast " + due).contains("— försenad");
    String erik = text(late.get("erik@test.se"));
    assertThat(erik)
        .contains("Processer vars granskningsdatum har passerat")
        .contains("Hantera leverantörsfakturor (2024-01-15)")
        .contains("http://flowbook.test/processes/supplier-invoices");
    assertThat(html(late.get("erik@test.se"))).contains("Hantera leverantörsfakturor (2024-01-15)");
    assertThat(text(late.get("ines@test.se")))
        .doesNotContain("review date has passed")
        .doesNotContain("Hantera leverantörsfakturor");
    assertThat(text(late.get("sara@test.se"))).doesNotContain("granskningsdatum");
  }

  private static Map<String, MimeMessage> byRecipient(MimeMessage[] got) {
    return Arrays.stream(got).collect(Collectors.toMap(m -> recipient(m), m -> m));
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String part(MimeMessage m, String type) throws Exception {
    MimeMultipart mp = (MimeMultipart) m.getContent();
    for (int i = 0; i < mp.getCount(); i++) {
      BodyPart p = mp.getBodyPart(i);
      if (p.isMimeType(type)) {
        return (String) p.getContent();
      }
    }
    throw new IOException("no " + type + " part");
  }

  private static String html(MimeMessage m) throws Exception {
    return part(m, "text/html");
  }

  private static String text(MimeMessage m) throws Exception {
    return part(m, "text/plain");
  }
}
