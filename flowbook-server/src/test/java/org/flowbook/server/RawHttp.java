package org.flowbook.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over a plain socket, for requests that well-behaved clients refuse to send: malformed
 * percent-encoding, NUL bytes, raw request targets. One request per connection.
 */
final class RawHttp {
  private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
  private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]*)\"");
  private static final Pattern COOKIE = Pattern.compile("(flowbook_[a-z]+)=([^;]*)");

  private final int port;

  RawHttp(int port) {
    this.port = port;
  }

  /** An answer: status, headers (names in lower case, last one wins) and body. */
  record Response(int status, Map<String, String> headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }
  }

  /** Who sends: a session cookie (or none), its CSRF token and a language cookie. */
  record Caller(String name, String cookie, String csrf) {
    static Caller anonymous() {
      return new Caller("anonymous", "", "");
    }
  }

  Response send(String method, String target, Caller caller, String type, byte[] body) {
    return send(method, target, caller, type, body, null);
  }

  /** A request with an {@code Authorization} header and no cookie but the language (evidence4). */
  Response sendWithAuthorization(
      String method, String target, String authorization, String type, byte[] body) {
    return send(method, target, Caller.anonymous(), type, body, authorization);
  }

  private Response send(
      String method, String target, Caller caller, String type, byte[] body, String authorization) {
    try (Socket s = new Socket("localhost", port)) {
      s.setSoTimeout(120_000);
      StringBuilder head = new StringBuilder();
      head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
      head.append("Host: localhost\r\nConnection: close\r\n");
      // English unless the caller chose a language.
      String cookie =
          caller.cookie().contains("flowbook_lang=")
              ? caller.cookie()
              : "flowbook_lang=en" + (caller.cookie().isEmpty() ? "" : "; " + caller.cookie());
      head.append("Cookie: ").append(cookie).append("\r\n");
      if (!caller.csrf().isEmpty()) {
        head.append("X-CSRF-Token: ").append(caller.csrf()).append("\r\n");
      }
      if (authorization != null) {
        head.append("Authorization: ").append(authorization).append("\r\n");
      }
      if (type != null) {
        head.append("Content-Type: ").append(type).append("\r\n");
      }
      if (body != null) {
        head.append("Content-Length: ").append(body.length).append("\r\n");
      }
      head.append("\r\n");
      OutputStream out = s.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return read(s.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + target, e);
    }
  }

  Response get(String target, Caller caller) {
    return send("GET", target, caller, null, null);
  }

  /** Signs in through the form, as a browser does, and reads the CSRF token of the session. */
  Caller signIn(String user, String password) {
    Response form = get("/login", Caller.anonymous());
    Matcher token = FORM_TOKEN.matcher(form.text());
    if (!token.find()) {
      throw new IllegalStateException("no sign-in form");
    }
    String prelogin = cookies(form);
    String body =
        "_csrf="
            + token.group(1)
            + "&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    Response r =
        send(
            "POST",
            "/login",
            new Caller(user, prelogin, ""),
            "application/x-www-form-urlencoded",
            body.getBytes(StandardCharsets.UTF_8));
    if (r.status() != 303) {
      throw new IllegalStateException("sign-in of " + user + " failed: " + r.status());
    }
    String session = cookies(r);
    Matcher csrf = CSRF.matcher(get("/", new Caller(user, session, "")).text());
    if (!csrf.find()) {
      throw new IllegalStateException("no CSRF token for " + user);
    }
    return new Caller(user, session, csrf.group(1));
  }

  private static String cookies(Response r) {
    Matcher m = COOKIE.matcher(r.header("set-cookie"));
    StringBuilder s = new StringBuilder();
    while (m.find()) {
      if (!m.group(2).isEmpty()) {
        s.append(s.length() == 0 ? "" : "; ").append(m.group(1)).append('=').append(m.group(2));
      }
    }
    return s.toString();
  }

  private static Response read(InputStream in) throws IOException {
    byte[] all = in.readAllBytes();
    int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    if (end < 0) {
      throw new IOException("no complete answer: " + new String(all, StandardCharsets.UTF_8));
    }
    String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = lines[i].substring(colon + 1).strip();
      headers.merge(name, value, (a, b) -> a + "; " + b);
    }
    byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
    if (headers.getOrDefault("transfer-encoding", "").contains("chunked")) {
      body = unchunk(body);
    }
    return new Response(status, headers, body);
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int eol = indexOf(chunked, at, "\r\n".getBytes(StandardCharsets.US_ASCII));
      String size = new String(chunked, at, eol - at, StandardCharsets.US_ASCII).split(";")[0];
      int n = Integer.parseInt(size.strip(), 16);
      if (n == 0) {
        break;
      }
      out.write(chunked, eol + 2, n);
      at = eol + 2 + n + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] a, byte[] what) {
    return indexOf(a, 0, what);
  }

  private static int indexOf(byte[] a, int from, byte[] what) {
    outer:
    for (int i = from; i <= a.length - what.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (a[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
