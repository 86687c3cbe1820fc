package org.flowbook.server.sso;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * A sign-in this browser started and the provider has not yet answered: the state that the answer
 * must carry, the nonce the ID token must carry, the PKCE verifier only this browser knows, and the
 * page to go back to. It travels in an HttpOnly cookie, so any server instance can finish it.
 */
public record PendingLogin(
    String state, String nonce, String verifier, String next, Instant started) {

  /** The cookie's value. */
  public String encode() {
    return String.join(
        ".",
        b64(state),
        b64(nonce),
        b64(verifier),
        b64(next),
        Long.toString(started.getEpochSecond()));
  }

  /** The pending sign-in of a cookie, empty for none or a value not made by {@link #encode}. */
  public static Optional<PendingLogin> decode(String cookie) {
    if (cookie == null || cookie.isEmpty() || cookie.length() > 4096) {
      return Optional.empty();
    }
    String[] p = cookie.split("\\.", -1);
    if (p.length != 5) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new PendingLogin(
              unb64(p[0]),
              unb64(p[1]),
              unb64(p[2]),
              unb64(p[3]),
              Instant.ofEpochSecond(Long.parseLong(p[4]))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String b64(String s) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String unb64(String s) {
    return new String(Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8);
  }
}
