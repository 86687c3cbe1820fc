package org.flowbook.server.ops;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.flowbook.repository.Library;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.Sessions.Session;
import org.flowbook.server.security.Auth;

/**
 * {@code GET /metrics} in the Prometheus text format, for a signed-in administrator or a scraper
 * with the configured token (decision 0632): route names, job counts and pool sizes tell an
 * outsider what the organization does and when, so they are not public.
 */
public final class MetricsEndpoint {
  public static final String PATH = "/metrics";
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final Library library;
  private final ServerMetrics metrics;
  private final Optional<byte[]> token;

  public MetricsEndpoint(Library library, ServerMetrics metrics, Optional<String> token) {
    this.library = library;
    this.metrics = metrics;
    this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
  }

  public void register(Javalin app) {
    app.get(PATH, this::scrape);
  }

  private void scrape(Context ctx) {
    if (!scraperWithToken(ctx)) {
      // Auth passes /metrics by (a scraper has no session), so the session is read here.
      Optional<Session> session = library.sessions().find(ctx.cookie(Auth.SESSION_COOKIE));
      if (session.isEmpty()) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"metrics\"");
        throw new UnauthorizedResponse(
            "sign in as an administrator, or send the metrics token (Authorization: Bearer …)");
      }
      if (!session.get().user().can(AccessRole.ADMIN)
          || session.get().user().mustChangePassword()) {
        throw new ForbiddenResponse("you need the admin role for this; ask an administrator");
      }
    }
    ctx.header("Cache-Control", "no-store");
    ctx.contentType(CONTENT_TYPE).result(metrics.scrape());
  }

  private boolean scraperWithToken(Context ctx) {
    String h = ctx.header("Authorization");
    if (token.isEmpty() || h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    byte[] given = h.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    if (MessageDigest.isEqual(given, token.get())) {
      return true;
    }
    ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    throw new UnauthorizedResponse("the metrics token is wrong");
  }
}
