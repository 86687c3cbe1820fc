package org.flowbook.server.ops;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps a request path to the route it was registered under ({@code /processes/{id}}), for log lines
 * and metrics that must name the route, never the raw path with its ids. Javalin knows the route
 * once it has chosen the handler; a request stopped before that (a redirect to sign-in, a refused
 * CSRF token) is matched here against the registered routes.
 */
public final class RouteTemplates {
  /** The label of a path no route serves (one label, so strangers cannot mint new series). */
  public static final String UNMATCHED = "unmatched";

  public static final String STATIC = "/static/*";

  private final List<String[]> templates = new ArrayList<>();
  private final List<String> names = new ArrayList<>();

  /** Adds a route path such as {@code /processes/{id}/versions/{n}}. */
  public synchronized void add(String template) {
    if (!names.contains(template)) {
      names.add(template);
      templates.add(segments(template));
    }
  }

  /** The route template of a path, or {@link #UNMATCHED}. */
  public synchronized String of(String path) {
    if (path.startsWith("/static/")) {
      return STATIC;
    }
    String[] given = segments(path);
    String best = UNMATCHED;
    int bestLiterals = -1;
    for (int i = 0; i < templates.size(); i++) {
      String[] t = templates.get(i);
      if (t.length != given.length) {
        continue;
      }
      int literals = 0;
      boolean matches = true;
      for (int s = 0; s < t.length && matches; s++) {
        if (isParameter(t[s])) {
          matches = !given[s].isEmpty();
        } else if (t[s].equals(given[s])) {
          literals++;
        } else {
          matches = false;
        }
      }
      // The most specific route wins: /processes/new over /processes/{id}.
      if (matches && literals > bestLiterals) {
        best = names.get(i);
        bestLiterals = literals;
      }
    }
    return best;
  }

  private static boolean isParameter(String segment) {
    return (segment.startsWith("{") && segment.endsWith("}"))
        || (segment.startsWith("<") && segment.endsWith(">"));
  }

  private static String[] segments(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    if (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.isEmpty() ? new String[0] : p.split("/", -1);
  }
}
