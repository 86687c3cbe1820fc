package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.repository.Library;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.TokenScope;
import org.flowbook.repository.users.User;
import org.junit.jupiter.api.Test;

/**
 * Personal access tokens on the API (made on the tokens page, shown once, scoped, revocable,
 * expiring), and HTTP Basic behind the same sign-in limiter as the form.
 */
class ApiTokenTest {
  private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\">(fbk_[^<]+)<");
  private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

  private static HttpResponse<String> api(String method, String path, String authorization) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestServer.url(path)));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    HttpRequest r =
        method.equals("GET")
            ? b.GET().build()
            : b.header("Content-Type", "text/plain")
                .method(method, HttpRequest.BodyPublishers.ofString("process: Prov\n"))
                .build();
    return new WebClient().send(r);
  }

  private static String created(WebClient c, String name, String scope, String days) {
    HttpResponse<String> r =
        c.postWithToken("/account/tokens", Map.of("name", name, "scope", scope, "days", days));
    assertThat(r.statusCode()).isEqualTo(201);
    Matcher m = NEW_TOKEN.matcher(r.body());
    assertThat(m.find()).as(r.body()).isTrue();
    return m.group(1);
  }

  @Test
  void aTokenMadeOnThePageSignsInTheApiAndIsShownOnlyOnce() {
    WebClient eva = WebClient.signedIn("eva");
    String token = created(eva, "report script", "write", "30");
    assertThat(token).matches("fbk_[A-Za-z0-9_-]{43}");

    HttpResponse<String> list = api("GET", "/api/v1/processes", "Bearer " + token);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("supplier-invoices");
    assertThat(list.headers().firstValue("Deprecation")).isEmpty();
    // A write token may change (here: check a text, a POST) within the owner's role.
    assertThat(api("POST", "/api/v1/check", "Bearer " + token).statusCode()).isEqualTo(200);

    String page = eva.get("/account/tokens").body();
    assertThat(page).contains("report script").contains(token.substring(0, 10) + "…");
    assertThat(page).doesNotContain(token);
    assertThat(TestServer.get().library().audit().latest(20, 0))
        .anyMatch(e -> e.action().equals("token-create") && e.actor().equals("eva"));
  }

  @Test
  void aReadTokenOnlyReads() {
    WebClient eva = WebClient.signedIn("eva");
    String token = created(eva, "reader script", "read", "never");
    assertThat(api("GET", "/api/v1/processes/supplier-invoices", "Bearer " + token).statusCode())
        .isEqualTo(200);
    HttpResponse<String> change = api("POST", "/api/v1/processes", "Bearer " + token);
    assertThat(change.statusCode()).isEqualTo(403);
    assertThat(change.body())
        .contains("får bara läsa"); // a Swedish organization: the refusal is Swedish
    assertThat(api("POST", "/api/v1/check", "Bearer " + token).statusCode()).isEqualTo(403);
  }

  @Test
  void aReaderCannotMakeAWriteToken() {
    WebClient rut = WebClient.signedIn("rut");
    HttpResponse<String> r =
        rut.postWithToken(
            "/account/tokens", Map.of("name", "sneaky", "scope", "write", "days", "30"));
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).doesNotContain("fbk_");
    assertThat(
            rut.postWithToken(
                    "/account/tokens", Map.of("name", "x", "scope", "admin", "days", "30"))
                .statusCode())
        .isEqualTo(422);
  }

  @Test
  void revokedExpiredUnknownAndMalformedTokensAreRefused() throws InterruptedException {
    WebClient eva = WebClient.signedIn("eva");
    String token = created(eva, "to revoke", "read", "90");
    assertThat(api("GET", "/api/v1/processes", "Bearer " + token).statusCode()).isEqualTo(200);
    Library lib = TestServer.get().library();
    User evaUser = lib.users().byName("eva").orElseThrow();
    long id =
        lib.tokens().of(evaUser).stream()
            .filter(t -> t.name().equals("to revoke"))
            .findFirst()
            .orElseThrow()
            .id();
    assertThat(lib.tokens().of(evaUser).stream().filter(t -> t.id() == id).findFirst())
        .hasValueSatisfying(t -> assertThat(t.lastUsedAt()).isNotNull());

    // Only its owner can revoke it: to anyone else it does not exist.
    assertThat(
            WebClient.signedIn("karl")
                .postWithToken("/account/tokens/" + id + "/revoke", Map.of())
                .statusCode())
        .isEqualTo(404);
    assertThat(api("GET", "/api/v1/processes", "Bearer " + token).statusCode()).isEqualTo(200);
    HttpResponse<String> revoke = eva.postWithToken("/account/tokens/" + id + "/revoke", Map.of());
    assertThat(revoke.statusCode()).isEqualTo(303);
    HttpResponse<String> refused = api("GET", "/api/v1/processes", "Bearer " + token);
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
    assertThat(eva.get("/account/tokens").body()).containsAnyOf("revoked", "återkallad");
    assertThat(lib.audit().latest(20, 0))
        .anyMatch(e -> e.action().equals("token-revoke") && e.target().equals("token:" + id));

    String shortLived =
        lib.tokens()
            .create(evaUser, "short", TokenScope.READ, Optional.of(Duration.ofMillis(1)))
            .secret();
    Thread.sleep(20);
    assertThat(api("GET", "/api/v1/processes", "Bearer " + shortLived).statusCode()).isEqualTo(401);

    String unknown = "fbk_" + "A".repeat(43);
    assertThat(api("GET", "/api/v1/processes", "Bearer " + unknown).statusCode()).isEqualTo(401);
    assertThat(api("GET", "/api/v1/processes", "Bearer " + token + "x").statusCode())
        .isEqualTo(401);
    assertThat(api("GET", "/api/v1/processes", "Bearer ").statusCode()).isEqualTo(401);
    // A token is no way into the pages, which take the session cookie only.
    HttpResponse<String> page =
        api("GET", "/account/tokens", "Bearer " + created(eva, "p", "write", "30"));
    assertThat(page.statusCode()).isEqualTo(302);
  }

  @Test
  void everySpellingOfANameCountsAgainstOneLimitOnTheSignInForm() {
    TestServer.get()
        .library()
        .users()
        .create("test", "vera", "Vera", AccessRole.READER, TestServer.PASSWORD);
    String[] spellings = {"VERA", "Vera", "vera", " vErA", "VERA ", "Vera"};
    for (String s : spellings) {
      assertThat(signIn(s, "wrong password!")).isEqualTo(401);
    }
    // Six failures: even the right password, typed as the library stores the name, must wait.
    assertThat(signIn("vera", TestServer.PASSWORD)).isEqualTo(429);
  }

  @Test
  void httpBasicGoesThroughTheSameLimiter() {
    TestServer.get()
        .library()
        .users()
        .create("test", "basil", "Basil", AccessRole.READER, TestServer.PASSWORD);
    assertThat(
            api("GET", "/api/v1/processes", basic("basil", TestServer.PASSWORD))
                .headers()
                .firstValue("Deprecation"))
        .hasValue("true");
    String[] spellings = {"BASIL", "Basil", "basil", "bAsil", "basiL", "BASIL"};
    for (String s : spellings) {
      assertThat(api("GET", "/api/v1/processes", basic(s, "wrong password!")).statusCode())
          .isEqualTo(401);
    }
    HttpResponse<String> limited =
        api("GET", "/api/v1/processes", basic("basil", TestServer.PASSWORD));
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    // The sign-in form shares the count.
    assertThat(signIn("basil", TestServer.PASSWORD)).isEqualTo(429);
  }

  private static int signIn(String username, String password) {
    WebClient c = new WebClient();
    Matcher m = FORM_TOKEN.matcher(c.get("/login").body());
    assertThat(m.find()).isTrue();
    return c.postForm(
            "/login", Map.of("_csrf", m.group(1), "username", username, "password", password))
        .statusCode();
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
