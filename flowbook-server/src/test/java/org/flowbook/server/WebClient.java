package org.flowbook.server;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client for tests: keeps cookies, signs in, knows its CSRF token. */
final class WebClient {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]*)\"");
  private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private String csrf = "";
  // Null: the shared TestServer; else the root URL of a server a test started for itself.
  private final String base;

  WebClient() {
    this(null);
  }

  /** A client of another server than the shared one. */
  WebClient(FlowbookServer server) {
    this.base = server == null ? null : "http://localhost:" + server.port();
  }

  static WebClient signedIn(String user) {
    return signedIn(new WebClient(), user);
  }

  static WebClient signedIn(FlowbookServer server, String user) {
    return signedIn(new WebClient(server), user);
  }

  private static WebClient signedIn(WebClient c, String user) {
    HttpResponse<String> form = c.get("/login");
    Matcher m = FORM_TOKEN.matcher(form.body());
    if (!m.find()) {
      throw new IllegalStateException("no sign-in token in " + form.body());
    }
    HttpResponse<String> r =
        c.postForm(
            "/login",
            Map.of(
                "_csrf",
                m.group(1),
                "username",
                user,
                "password",
                TestServer.PASSWORD,
                "next",
                "/"));
    if (r.statusCode() != 303) {
      throw new IllegalStateException("sign-in of " + user + " failed: " + r.statusCode());
    }
    Matcher t = CSRF.matcher(c.get("/").body());
    if (t.find()) {
      c.csrf = t.group(1);
    }
    return c;
  }

  String url(String path) {
    return base == null ? TestServer.url(path) : base + path;
  }

  HttpClient http() {
    return http;
  }

  String csrf() {
    return csrf;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
  }

  HttpResponse<byte[]> getBytes(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> postForm(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(url(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** A form post with this session's CSRF token added. */
  HttpResponse<String> postWithToken(String path, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", csrf);
    return postForm(path, all);
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + TestServer.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
