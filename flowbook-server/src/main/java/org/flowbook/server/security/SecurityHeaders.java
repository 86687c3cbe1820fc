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
