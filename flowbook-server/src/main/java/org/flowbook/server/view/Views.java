package org.flowbook.server.view;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.output.ProblemTexts;
import org.flowbook.repository.Library;
import org.flowbook.repository.users.Sessions.Session;
import org.flowbook.server.http.InputError;
import org.flowbook.server.http.MediaTypes;
import org.flowbook.server.security.Auth;

/** Renders the jte templates (compiled at build time) with the page context of a request. */
public final class Views {
  public static final String LANG_COOKIE = "flowbook_lang";
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
  private final Messages messages = new Messages();
  private final Refusals refusals = new Refusals(messages);
  private final Library library;

  public Views(Library library) {
    this.library = library;
  }

  public Messages messages() {
    return messages;
  }

  /** The UI language: the user's choice (cookie), else the organization's. */
  public Language language(Context ctx) {
    return Language.fromCode(ctx.cookie(LANG_COOKIE)).orElse(library.organization().language());
  }

  /**
   * The words of an HTTP status ("Not found", "Hittades inte") for a request that never reached a
   * route (the language cookie is read from the raw request).
   */
  public String statusWords(HttpServletRequest request, int status) {
    Language lang = library.organization().language();
    if (request.getCookies() != null) {
      for (Cookie c : request.getCookies()) {
        if (c.getName().equals(LANG_COOKIE)) {
          lang = Language.fromCode(c.getValue()).orElse(lang);
        }
      }
    }
    return messages.get(lang, statusKey(status));
  }

  /**
   * The key of an HTTP status's words: {@code error.404}; a status without words of its own gets
   * those of its class (400, 500), so no status can miss a text.
   */
  public String statusKey(int status) {
    String key = "error." + status;
    return messages.has(key) ? key : status >= 500 ? "error.500" : "error.400";
  }

  /** The message of a refused input in the user's language, its arguments filled in. */
  public String message(Context ctx, InputError e) {
    Language lang = language(ctx);
    String pattern = messages.get(lang, e.key());
    return e.args().length == 0
        ? pattern
        : new MessageFormat(pattern, lang.locale()).format(e.args());
  }

  /**
   * The answer to a refused request: the status and the refusal in the user's language, as JSON
   * ({@code error}, {@code message}) under {@code /api/}, else as the error page.
   */
  public void error(Context ctx, int status, String englishMessage) {
    String message = refusals.say(language(ctx), englishMessage);
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.json(Map.of("error", "http-" + status, "message", message));
    } else {
      ctx.contentType(MediaTypes.HTML)
          .result(
              html(
                  page(ctx),
                  "error.jte",
                  of(
                      "status",
                      status,
                      "title",
                      page(ctx).t(statusKey(status)),
                      "message",
                      message)));
    }
  }

  /**
   * A problem's first line ({@code file:line:col: error[code]: message}) in the user's language.
   */
  public String headline(Context ctx, Problem p) {
    return ProblemTexts.in(language(ctx), p).headline();
  }

  public Refusals refusals() {
    return refusals;
  }

  public Page page(Context ctx) {
    String csrf = Auth.session(ctx).map(Session::csrf).orElse("");
    String path = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
    return new Page(
        Auth.user(ctx), csrf, language(ctx), messages, path, library.organization().name());
  }

  /** Renders a template with the page context as {@code page} plus the given parameters. */
  public void render(Context ctx, String template, Map<String, Object> params) {
    ctx.contentType(MediaTypes.HTML).result(html(page(ctx), template, params));
  }

  public String html(Page page, String template, Map<String, Object> params) {
    Map<String, Object> all = new HashMap<>(params);
    all.put("page", page);
    StringOutput out = new StringOutput();
    engine.render(template, all, out);
    return out.toString();
  }

  public static Map<String, Object> of(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  public static <T> Optional<T> none() {
    return Optional.empty();
  }
}
