package org.flowbook.server.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Errors Jetty answers itself, before any route runs — a request target it will not decode (an
 * encoded slash, {@code %00}, a malformed escape), a header too large. Jetty's own page is
 * ISO-8859-1 and English; this one is a short UTF-8 page (JSON under {@code /api/}) with the
 * status's words in the user's language.
 */
public final class JettyErrors extends ErrorHandler {
  private final BiFunction<HttpServletRequest, Integer, String> words;
  private final IntFunction<String> bothLanguages;

  /**
   * {@code words} gives the title of a status in the request's language, {@code bothLanguages} in
   * Swedish and English for a request that could not be read.
   */
  public JettyErrors(
      BiFunction<HttpServletRequest, Integer, String> words, IntFunction<String> bothLanguages) {
    this.words = words;
    this.bothLanguages = bothLanguages;
  }

  @Override
  protected void generateAcceptableResponse(
      Request baseRequest,
      HttpServletRequest request,
      HttpServletResponse response,
      int code,
      String message)
      throws IOException {
    String title = words.apply(request, code);
    String uri = request.getRequestURI();
    boolean api = uri != null && uri.startsWith("/api/");
    String body =
        api
            ? "{\"error\":\"http-" + code + "\",\"message\":\"" + title.replace("\"", "'") + "\"}"
            : "<!doctype html><html><head><meta charset=\"utf-8\"><title>"
                + code
                + "</title></head><body><h1>"
                + code
                + " "
                + escape(title)
                + "</h1><p><a href=\"/\">Flowbook</a></p></body></html>";
    response.setContentType(api ? MediaTypes.JSON : MediaTypes.HTML);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
    baseRequest.setHandled(true);
  }

  /**
   * A request Jetty could not parse at all (a malformed request line or target): no request object
   * and no language, so the status's words in both languages.
   */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, MediaTypes.HTML);
    String words = escape(bothLanguages.apply(status));
    return ByteBuffer.wrap(
        ("<!doctype html><html><head><meta charset=\"utf-8\"><title>"
                + status
                + "</title></head><body><h1>"
                + status
                + " "
                + words
                + "</h1></body></html>")
            .getBytes(StandardCharsets.UTF_8));
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
