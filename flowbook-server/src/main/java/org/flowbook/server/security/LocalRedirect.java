package org.flowbook.server.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a redirect chosen by the request ({@code next} after sign-in, {@code back} after the
 * language switch) may go: only a path on this server. Anything else becomes {@code /}, so a link
 * cannot send people to another site that looks like this one.
 *
 * <p>Browsers are lenient: they drop tabs and newlines from URLs, read {@code \} as {@code /}, and
 * treat {@code //host} as another host. So a candidate is refused when it, or any of its
 * percent-decodings, does not start with exactly one {@code /}, holds a backslash, a control, space
 * or invisible formatting character, or parses with a scheme or a host.
 */
public final class LocalRedirect {
  /** How many rounds of percent-decoding are followed (double, triple, … encoding). */
  private static final int DECODINGS = 4;

  private static final int MAX_LENGTH = 2000;
  private static final String HOME = "/";

  private LocalRedirect() {}

  /** The candidate when it is a path on this server, else {@code /}. */
  public static String target(String candidate) {
    return isLocal(candidate) ? candidate : HOME;
  }

  /** True when {@code candidate} can only lead to a page of this server. */
  public static boolean isLocal(String candidate) {
    if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH) {
      return false;
    }
    String s = candidate;
    for (int round = 0; ; round++) {
      if (!looksLocal(s)) {
        return false;
      }
      String decoded = decode(s);
      if (decoded == null) {
        return false;
      }
      if (decoded.equals(s)) {
        break;
      }
      if (round == DECODINGS) {
        return false; // still encoded after that many rounds: no real link looks like this
      }
      s = decoded;
    }
    return parsesAsPath(candidate);
  }

  private static boolean looksLocal(String s) {
    if (!s.startsWith("/") || s.startsWith("//")) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!allowed(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean allowed(char c) {
    if (c == '\\' || c <= ' ' || c == 0x7F) {
      return false;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED ->
          false;
      default -> true;
    };
  }

  /** One round of percent-decoding ({@code +} stays), or null when the escapes are broken. */
  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean parsesAsPath(String s) {
    try {
      URI uri = new URI(s);
      return uri.getScheme() == null
          && uri.getRawAuthority() == null
          && uri.getRawPath() != null
          && uri.getRawPath().startsWith("/");
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
