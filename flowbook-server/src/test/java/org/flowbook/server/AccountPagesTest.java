package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.flowbook.repository.Library;
import org.flowbook.repository.audit.AuditEntry;
import org.flowbook.repository.users.AccessRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The account pages: the one-time password of a first start must be changed before anything else,
 * anyone changes their own password, administrators deactivate and reactivate people, and the last
 * administrator stays — with every refusal worded in Swedish and English.
 */
class AccountPagesTest {
  private static final String OWN = "tre gröna tallrikar";

  @Test
  void theFirstStartsAdminMustChooseAPasswordBeforeAnythingElseAndStaysTheLastAdmin(
      @TempDir Path data) {
    try (FlowbookServer server = TestServer.start(data)) {
      String oneTime = server.adminPassword().orElseThrow();
      WebClient admin = new WebClient(server.port()).signIn("admin", oneTime);

      HttpResponse<String> home = admin.get("/");
      assertThat(home.statusCode()).isEqualTo(303);
      assertThat(home.headers().firstValue("Location")).contains("/account/password");
      assertThat(admin.get("/admin/users").statusCode()).isEqualTo(303);
      assertThat(admin.get("/api/v1/processes").statusCode()).isEqualTo(403);
      assertThat(
              admin
                  .postWithToken("/admin/users/admin/access", Map.of("access", "reader"))
                  .statusCode())
          .isEqualTo(403);
      HttpResponse<String> page = admin.get("/account/password");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("Du loggade in med ett engångslösenord");

      HttpResponse<String> mismatch = change(admin, oneTime, OWN, OWN + "!");
      assertThat(mismatch.statusCode()).isEqualTo(422);
      assertThat(mismatch.body()).contains("De två nya lösenorden skiljer sig åt");
      HttpResponse<String> common = change(admin, oneTime, "Password2025!", "Password2025!");
      assertThat(common.statusCode()).isEqualTo(422);
      assertThat(common.body()).contains("listan över vanliga och läckta lösenord");
      HttpResponse<String> name = change(admin, oneTime, "admin12345", "admin12345");
      assertThat(name.body()).contains("får inte vara användarnamnet");

      HttpResponse<String> done = change(admin, oneTime, OWN, OWN);
      assertThat(done.statusCode()).isEqualTo(200);
      assertThat(done.body()).contains("Ditt lösenord är bytt");
      assertThat(admin.get("/").statusCode()).isEqualTo(200);
      assertThat(server.library().users().authenticate("admin", oneTime)).isEmpty();

      // The only administrator can neither step down nor deactivate themselves.
      HttpResponse<String> demote =
          admin.postWithToken("/admin/users/admin/access", Map.of("access", "author"));
      assertThat(demote.statusCode()).isEqualTo(409);
      assertThat(demote.body()).contains("den enda aktiva administratören");
      admin.get("/lang/en?back=/");
      HttpResponse<String> deactivate =
          admin.postWithToken("/admin/users/admin/active", Map.of("active", "false"));
      assertThat(deactivate.statusCode()).isEqualTo(409);
      assertThat(deactivate.body()).contains("You cannot deactivate your own account");
      assertThat(server.library().users().byName("admin").orElseThrow().access())
          .isEqualTo(AccessRole.ADMIN);
      assertThat(server.library().audit().latest(20, 0))
          .extracting(AuditEntry::action)
          .contains("password-change")
          .doesNotContain("user-access", "user-deactivate");
    }
  }

  @Test
  void anyoneChangesTheirOwnPasswordWithTheCurrentOne() {
    Library lib = TestServer.get().library();
    lib.users().create("test", "olle", "Olle Reader", AccessRole.READER, TestServer.PASSWORD);
    WebClient olle = WebClient.signedIn("olle");
    assertThat(olle.get("/").body()).contains("href=\"/account/password\"");
    assertThat(olle.get("/account/password").body()).doesNotContain("engångslösenord");
    olle.get("/lang/en?back=/");
    HttpResponse<String> wrong = change(olle, "not my password", OWN, OWN);
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(wrong.body()).contains("The current password is not right.");
    HttpResponse<String> pattern = change(olle, TestServer.PASSWORD, "aaaaaaaaaa", "aaaaaaaaaa");
    assertThat(pattern.statusCode()).isEqualTo(422);
    assertThat(pattern.body()).contains("one character repeated");
    assertThat(change(olle, TestServer.PASSWORD, OWN, OWN).body())
        .contains("Your password has been changed.");
    assertThat(lib.users().authenticate("olle", OWN)).isPresent();
    assertThat(new WebClient().get("/account/password").statusCode()).isEqualTo(302);
  }

  @Test
  void anAdministratorDeactivatesAndReactivatesAPerson() {
    Library lib = TestServer.get().library();
    lib.users().create("test", "ada", "Ada Admin", AccessRole.ADMIN, TestServer.PASSWORD);
    lib.users().create("test", "dora", "Dora Author", AccessRole.AUTHOR, TestServer.PASSWORD);
    WebClient dora = WebClient.signedIn("dora");
    WebClient ada = WebClient.signedIn("ada");
    assertThat(
            ada.postWithToken("/admin/users/dora/active", Map.of("active", "false")).statusCode())
        .isEqualTo(303);
    assertThat(dora.get("/").statusCode()).as("her session has ended").isEqualTo(302);
    assertThat(lib.users().authenticate("dora", TestServer.PASSWORD)).isEmpty();
    HttpResponse<String> users = ada.get("/admin/users");
    assertThat(users.body()).contains("Avaktiverad", "Återaktivera");
    assertThat(ada.postWithToken("/admin/users/dora/active", Map.of("active", "true")).statusCode())
        .isEqualTo(303);
    assertThat(WebClient.signedIn("dora").get("/").statusCode()).isEqualTo(200);
    assertThat(
            ada.postWithToken("/admin/users/dora/active", Map.of("active", "maybe")).statusCode())
        .isEqualTo(422);
    HttpResponse<String> self =
        ada.postWithToken("/admin/users/ada/active", Map.of("active", "false"));
    assertThat(self.statusCode()).isEqualTo(409);
    assertThat(self.body()).contains("Du kan inte avaktivera ditt eget konto");
    HttpResponse<String> weak =
        ada.postWithToken(
            "/admin/users",
            Map.of("username", "nils", "displayName", "", "access", "reader", "password", "nils"));
    assertThat(weak.statusCode()).isEqualTo(422);
    assertThat(weak.body()).contains("Lösenordet är för kort");
    assertThat(lib.audit().latest(50, 0))
        .extracting(e -> e.actor() + " " + e.action() + " " + e.target())
        .contains("ada user-deactivate user:dora", "ada user-reactivate user:dora");
  }

  @Test
  void anApiCallWithAOneTimePasswordIsRefusedUntilItIsChanged() {
    Library lib = TestServer.get().library();
    lib.users().create("test", "vilma", "Vilma Reader", AccessRole.READER, TestServer.PASSWORD);
    String oneTime = lib.users().resetPassword("test", "vilma", false).password();
    HttpResponse<String> api =
        new WebClient()
            .send(
                HttpRequest.newBuilder(URI.create(TestServer.url("/api/v1/processes")))
                    .header(
                        "Authorization",
                        "Basic "
                            + java.util.Base64.getEncoder()
                                .encodeToString(("vilma:" + oneTime).getBytes()))
                    .GET()
                    .build());
    assertThat(api.statusCode()).isEqualTo(403);
    assertThat(api.body()).contains("välj ditt eget lösenord först"); // a Swedish organization
  }

  private static HttpResponse<String> change(
      WebClient client, String current, String next, String confirm) {
    return client.postWithToken(
        "/account/password", Map.of("current", current, "password", next, "confirm", confirm));
  }
}
