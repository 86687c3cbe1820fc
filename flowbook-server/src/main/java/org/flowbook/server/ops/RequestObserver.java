package org.flowbook.server.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;
import org.flowbook.repository.users.User;
import org.flowbook.server.security.Auth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every request an id and, when it is answered, writes one JSON line to the {@code
 * flowbook.access} log and counts it in the metrics (decision 0631). The line holds the time, the
 * request id, the method, the route template (never the raw path or the query, which can carry ids,
 * names or e-mail addresses), the status, the duration and the user's numeric id — no name, no
 * address, no cookie.
 */
public final class RequestObserver {
  /** The logger of the request lines; logback writes its messages as they are (one JSON line). */
  public static final String ACCESS_LOGGER = "flowbook.access";

  private static final String ID = "flowbook.request-id";
  private static final Logger ACCESS = LoggerFactory.getLogger(ACCESS_LOGGER);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RouteTemplates routes;
  private final ServerMetrics metrics;
  private final boolean log;

  public RequestObserver(RouteTemplates routes, ServerMetrics metrics, boolean log) {
    this.routes = routes;
    this.metrics = metrics;
    this.log = log;
  }

  /** The first before-handler: the request's id, echoed in the answer. */
  public void before(Context ctx) {
    String id = RequestId.of(ctx.header(RequestId.HEADER));
    ctx.attribute(ID, id);
    ctx.header(RequestId.HEADER, id);
  }

  /** The request's id (a new one for a request that never passed {@link #before}). */
  public static String id(Context ctx) {
    String id = ctx.attribute(ID);
    return id != null ? id : RequestId.of(null);
  }

  /** Javalin's request logger: called once per answered request, errors included. */
  public void answered(Context ctx, Float millis) {
    String route = route(ctx);
    int status = ctx.statusCode();
    double ms = millis == null ? 0 : millis;
    metrics.request(ctx.method().name(), route, status, (long) (ms * 1_000_000));
    if (log && ACCESS.isInfoEnabled()) {
      ACCESS.info(line(Instant.now(), id(ctx), ctx.method().name(), route, status, ms, user(ctx)));
    }
  }

  /** The log line of one request (tests read it back). */
  static String line(
      Instant time,
      String requestId,
      String method,
      String route,
      int status,
      double ms,
      Long user) {
    ObjectNode o = JSON.createObjectNode();
    o.put("time", time.toString());
    o.put("request_id", requestId);
    o.put("method", method);
    o.put("route", route);
    o.put("status", status);
    o.put("duration_ms", Math.round(ms * 100) / 100.0);
    if (user != null) {
      o.put("user_id", user);
    }
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Long user(Context ctx) {
    return Auth.user(ctx).map(User::id).orElse(null);
  }

  private String route(Context ctx) {
    String path = ctx.path();
    if (path.startsWith("/static/")) {
      return RouteTemplates.STATIC;
    }
    try {
      String matched = ctx.endpointHandlerPath();
      if (matched != null && !matched.isBlank() && !matched.equals("*")) {
        return matched;
      }
    } catch (IllegalStateException e) {
      // Stopped in a before-handler (sign-in redirect, CSRF refusal): match it here.
    }
    return routes.of(path);
  }
}
