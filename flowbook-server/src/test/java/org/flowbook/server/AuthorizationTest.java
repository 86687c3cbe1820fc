package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Roles and CSRF are enforced by the server, for pages and API alike. */
class AuthorizationTest {
  private static final String ID = "supplier-invoices";

  private static String source() {
    return TestServer.get().library().current(ID).orElseThrow().source();
  }

  private static int latest() {
    return TestServer.get().library().processes().summary(ID).orElseThrow().latestVersion();
  }

  @Test
  void strangersAreSentToSignInAndTheApiSaysUnauthorized() {
    WebClient anonymous = new WebClient();
    HttpResponse<String> page = anonymous.get("/processes/" + ID);
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).startsWith("/login?next="));
    assertThat(anonymous.get("/api/v1/processes").statusCode()).isEqualTo(401);
  }

  @Test
  void aReaderCannotSaveOrOpenTheEditor() {
    WebClient rut = WebClient.signedIn("rut");
    assertThat(rut.get("/processes/" + ID + "/edit").statusCode()).isEqualTo(403);
    HttpResponse<String> save =
        rut.postWithToken(
            "/processes/" + ID,
            Map.of("source", source(), "base", String.valueOf(latest()), "note", ""));
    assertThat(save.statusCode()).isEqualTo(403);
    HttpResponse<String> api =
        rut.send(
            HttpRequest.newBuilder(URI.create(TestServer.url("/api/v1/processes/" + ID)))
                .header("If-Match", "\"" + latest() + "\"")
                .header("X-CSRF-Token", rut.csrf())
                .header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString(source()))
                .build());
    assertThat(api.statusCode()).isEqualTo(403);
  }

  @Test
  void postsWithoutTheCsrfTokenAreRefused() {
    WebClient eva = WebClient.signedIn("eva");
    int before = latest();
    HttpResponse<String> r =
        eva.postForm(
            "/processes/" + ID,
            Map.of("source", source(), "base", String.valueOf(before), "note", ""));
    assertThat(r.statusCode()).isEqualTo(403);
    HttpResponse<String> wrong =
        eva.postForm(
            "/processes/" + ID,
            Map.of("source", source(), "base", String.valueOf(before), "_csrf", "forged"));
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(latest()).isEqualTo(before);
    HttpResponse<String> login =
        new WebClient()
            .postForm("/login", Map.of("username", "eva", "password", TestServer.PASSWORD));
    assertThat(login.statusCode()).isEqualTo(403);
  }

  @Test
  void anAuthorCannotApproveTheirOwnVersion() {
    WebClient petra = WebClient.signedIn("petra");
    String text = source().replace("arbete 2 min", "arbete 4 min");
    HttpResponse<String> saved =
        petra.postWithToken(
            "/processes/" + ID,
            Map.of("source", text, "base", String.valueOf(latest()), "note", "fyra minuter"));
    assertThat(saved.statusCode()).isEqualTo(303);
    int v = latest();
    assertThat(
            petra
                .postWithToken("/processes/" + ID + "/versions/" + v + "/submit", Map.of())
                .statusCode())
        .isEqualTo(303);
    HttpResponse<String> own =
        petra.postWithToken("/processes/" + ID + "/versions/" + v + "/approve", Map.of());
    assertThat(own.statusCode()).isEqualTo(403);
    // petra has no language cookie: the organization is Swedish, so the refusal is too
    assertThat(own.body()).contains("fyra ögon");
    WebClient eva = WebClient.signedIn("eva");
    assertThat(
            eva.postWithToken("/processes/" + ID + "/versions/" + v + "/approve", Map.of())
                .statusCode())
        .isEqualTo(403);
    WebClient karl = WebClient.signedIn("karl");
    assertThat(
            karl.postWithToken("/processes/" + ID + "/versions/" + v + "/approve", Map.of())
                .statusCode())
        .isEqualTo(303);
    assertThat(TestServer.get().library().processes().summary(ID).orElseThrow().publishedVersion())
        .isEqualTo(v);
  }

  @Test
  void adminPagesAreForAdminsOnly() {
    WebClient karl = WebClient.signedIn("karl");
    assertThat(karl.get("/admin/audit").statusCode()).isEqualTo(403);
    assertThat(karl.get("/admin/users").statusCode()).isEqualTo(403);
    assertThat(
            karl.postWithToken(
                    "/admin/users",
                    Map.of("username", "mallory", "password", "0123456789abc", "access", "admin"))
                .statusCode())
        .isEqualTo(403);
    assertThat(TestServer.get().library().users().byName("mallory")).isEmpty();
  }

  @Test
  void everyAnswerCarriesSecurityHeaders() {
    HttpResponse<String> r = new WebClient().get("/login");
    String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp).contains("script-src 'self';").contains("frame-ancestors 'none'");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(r.body()).doesNotContain("<script>").doesNotContain("onclick=");
    String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
  }

  @Test
  void tooManyWrongPasswordsAreRateLimited() {
    int last = 0;
    for (int i = 0; i < 12; i++) {
      WebClient c = new WebClient();
      var m =
          java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"")
              .matcher(c.get("/login").body());
      assertThat(m.find()).isTrue();
      last =
          c.postForm(
                  "/login",
                  Map.of("_csrf", m.group(1), "username", "ghost", "password", "wrong-" + i))
              .statusCode();
    }
    assertThat(last).isEqualTo(429);
  }

  @Test
  void oversizedRequestsAreRefused() {
    WebClient eva = WebClient.signedIn("eva");
    String huge = "x".repeat((int) FlowbookServer.MAX_REQUEST_BYTES + 10);
    HttpResponse<String> r = eva.postWithToken("/editor/preview", Map.of("source", huge));
    assertThat(r.statusCode()).isEqualTo(413);
  }
}
