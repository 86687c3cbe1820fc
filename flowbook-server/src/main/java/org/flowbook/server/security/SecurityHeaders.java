package org.flowbook.server.security;

import io.javalin.http.Context;

/**
 * Headers on every answer: a Content-Security-Policy that allows scripts only from this server (no
 * inline script, no eval), no framing, no MIME sniffing, no referrer to other sites. Inline styles
 * stay allowed because the flowchart SVGs carry their own style attributes.
 */
public final class SecurityHeaders {
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private SecurityHeaders() {}

  /**
   * For a file someone uploaded (evidence4, #19): always a download, never a page — {@code
   * Content-Disposition: attachment} with the name in UTF-8 (RFC 6266/5987) — and, should a browser
   * show it anyway, a policy with no scripts, no styles, no plugins, in a sandbox of its own.
   */
  public static void untrusted(Context ctx, String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._() -]", "_");
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\""
            + ascii
            + "\"; filename*=UTF-8''"
            + java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20"));
    ctx.header("Content-Security-Policy", "default-src 'none'; sandbox");
    ctx.header("X-Content-Type-Options", "nosniff");
  }

  public static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    if (!ctx.path().startsWith("/static/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }
}
