package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The language switch and the sign-in send the browser only to pages of this server. */
class OpenRedirectTest {
  private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

  /** Raw query values, as a link on another site would carry them. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/%09/evil.example/path",
        "/%0a/evil.example",
        "//evil.example",
        "/%5Cevil.example",
        "/%2F/evil.example",
        "%2F%2Fevil.example",
        "/%252F%252Fevil.example",
        "https%3A%2F%2Fevil.example",
        "/%E2%80%8B/evil.example"
      })
  void languageSwitchAndSignInStayOnThisServer(String rawHostile) {
    HttpResponse<String> lang = new WebClient().get("/lang/en?back=" + rawHostile);
    assertThat(lang.statusCode()).isEqualTo(303);
    assertThat(lang.headers().firstValue("Location")).hasValue("/");

    WebClient c = new WebClient();
    HttpResponse<String> form = c.get("/login?next=" + rawHostile);
    assertThat(form.body()).contains("name=\"next\" value=\"/\"");
    Matcher m = FORM_TOKEN.matcher(form.body());
    assertThat(m.find()).isTrue();
    HttpResponse<String> signIn =
        c.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(TestServer.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "_csrf="
                            + m.group(1)
                            + "&username=rut&password="
                            + TestServer.PASSWORD.replace(" ", "+")
                            + "&next="
                            + rawHostile))
                .build());
    assertThat(signIn.statusCode()).isEqualTo(303);
    assertThat(signIn.headers().firstValue("Location")).hasValue("/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/processes/supplier-invoices", "/search?q=faktura"})
  void aPathOfThisServerIsKept(String path) {
    HttpResponse<String> lang =
        new WebClient()
            .get(
                "/lang/sv?back="
                    + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(lang.headers().firstValue("Location")).hasValue(path);
  }
}
