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
  private final String base;

  /** A client of the module's shared test server. */
  WebClient() {
    this((String) null);
  }

  /** A client of another server, e.g. {@code http://localhost:PORT}. */
  WebClient(String base) {
    this.base = base;
  }

  /** A client of another server, at {@code http://localhost:PORT}. */
  WebClient(Integer port) {
    this(port == null ? (String) null : "http://localhost:" + port);
  }

  /** A client of another server than the shared one. */
  WebClient(FlowbookServer server) {
    this(server == null ? (String) null : "http://localhost:" + server.port());
  }

  static WebClient signedIn(FlowbookServer server, String user) {
    return new WebClient(server).signIn(user, TestServer.PASSWORD);
  }

  static WebClient signedIn(String user) {
    return new WebClient().signIn(user, TestServer.PASSWORD);
  }

  static WebClient signedIn(WebClient c, String user, String password) {
    return c.signIn(user, password);
  }

  /** Signs in; the CSRF token is read from the page the sign-in leads to. */
  WebClient signIn(String user, String password) {
    WebClient c = this;
    HttpResponse<String> form = c.get("/login");
    Matcher m = FORM_TOKEN.matcher(form.body());
    if (!m.find()) {
      throw new IllegalStateException("no sign-in token in " + form.body());
    }
    HttpResponse<String> r =
        c.postForm(
            "/login",
            Map.of("_csrf", m.group(1), "username", user, "password", password, "next", "/"));
    if (r.statusCode() != 303) {
      throw new IllegalStateException("sign-in of " + user + " failed: " + r.statusCode());
    }
    HttpResponse<String> landing = c.get("/");
    if (landing.statusCode() == 303) {
      landing = c.get(landing.headers().firstValue("Location").orElse("/"));
    }
    Matcher t = CSRF.matcher(landing.body());
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

  HttpResponse<byte[]> sendBytes(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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
