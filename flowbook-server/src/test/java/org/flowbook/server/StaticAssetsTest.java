package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The script library every page loads is served from the jar, to anyone (the sign-in page needs it
 * too). It comes from the htmx WebJar on Maven Central, so a build without Node.js has it.
 */
class StaticAssetsTest {

  @Test
  void htmxIsServedFromTheJarWithoutSigningIn() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(TestServer.url("/static/vendor/htmx.min.js")))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("javascript");
    assertThat(r.body()).startsWith("var htmx=").contains("version:\"2.");
    HttpResponse<String> login =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(TestServer.url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(login.body()).contains("<script src=\"/static/vendor/htmx.min.js\"");
  }
}
