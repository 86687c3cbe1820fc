package org.flowbook.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The request-size limit, enforced while reading and before anything else sees the request: a
 * servlet filter in front of every route reads at most {@code max + 1} bytes of the body, whatever
 * its transfer encoding (Content-Length, chunked or none), and hands the routes a copy in memory.
 * Javalin's own {@code maxRequestSize} looks at the Content-Length only, so a chunked upload was
 * read whole, even before sign-in.
 *
 * <p>A refused request is marked (see {@link #refusal}) and reaches the routes with an empty body;
 * {@link InputError#checkBody} turns the mark into a 413 or 415 in the user's language and closes
 * the connection, so the rest of the upload is never read. Multipart bodies are refused: nothing in
 * the application takes a file upload, and Jetty would parse them from the raw stream, around this
 * limit.
 */
public final class BodyLimit implements Filter {
  /** The request attribute that carries why a body was refused. */
  static final String REFUSED = "flowbook.body-refused";

  /** Why a body was refused. */
  public enum Refusal {
    TOO_LARGE,
    MULTIPART,
    CHARSET
  }

  /** How much of a refused body is still read (and dropped) to end the request cleanly. */
  private static final long DRAIN = 8L * 1024 * 1024;

  private final long max;
  private final java.util.function.Predicate<String> streamed;

  public BodyLimit(long maxBytes) {
    this(maxBytes, path -> false);
  }

  /**
   * @param streamed paths whose routes read the body themselves, streamed to disk with a limit of
   *     their own counted while reading (the log upload, {@code server.mining.LogUpload}); this
   *     filter passes their bodies on unread, after refusing multipart and unknown charsets
   */
  public BodyLimit(long maxBytes, java.util.function.Predicate<String> streamed) {
    this.max = maxBytes;
    this.streamed = streamed;
  }

  /** Why this request's body was refused, or null when it was accepted. */
  public static Refusal refusal(HttpServletRequest request) {
    return (Refusal) request.getAttribute(REFUSED);
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) req;
    if (!mayHaveBody(http)) {
      chain.doFilter(req, res);
      return;
    }
    String type = http.getContentType();
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      refuse(http, res, chain, Refusal.MULTIPART);
      return;
    }
    if (!knownCharset(http.getCharacterEncoding())) {
      refuse(http, res, chain, Refusal.CHARSET);
      return;
    }
    if (streamed.test(http.getRequestURI())) {
      chain.doFilter(req, res);
      return;
    }
    if (http.getContentLengthLong() > max) {
      refuse(http, res, chain, Refusal.TOO_LARGE);
      return;
    }
    byte[] body = readAtMost(http.getInputStream(), max);
    if (body == null) {
      refuse(http, res, chain, Refusal.TOO_LARGE);
      return;
    }
    chain.doFilter(new Buffered(http, body), res);
  }

  /**
   * Lets the routes answer the refusal, then ends the upload: what is left of a moderately large
   * body is read and dropped (so that a browser, still sending, gets to show the answer), a larger
   * rest is not — the connection is closed. Jetty alone would read and drop the whole rest, at
   * network speed, however large.
   */
  private static void refuse(
      HttpServletRequest http, ServletResponse res, FilterChain chain, Refusal why)
      throws IOException, ServletException {
    http.setAttribute(REFUSED, why);
    chain.doFilter(new Buffered(http, new byte[0]), res);
    res.flushBuffer();
    long declared = http.getContentLengthLong();
    boolean drained = declared <= DRAIN && skipAll(http.getInputStream(), DRAIN);
    if (!drained) {
      org.eclipse.jetty.server.Request.getBaseRequest(http).getHttpChannel().getEndPoint().close();
    }
  }

  /** True when the stream ended within {@code max} bytes (all of them read and dropped). */
  private static boolean skipAll(InputStream in, long max) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long read = 0;
    int n;
    while ((n = in.read(buffer)) >= 0) {
      read += n;
      if (read > max) {
        return false;
      }
    }
    return true;
  }

  /** Javalin decodes a body in its declared charset and fails on one Java does not know. */
  private static boolean knownCharset(String name) {
    try {
      return name == null || Charset.isSupported(name);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Without a length and without chunking an HTTP/1.1 request has no body. */
  private static boolean mayHaveBody(HttpServletRequest r) {
    return r.getContentLengthLong() > 0 || r.getHeader("Transfer-Encoding") != null;
  }

  /** The whole stream, or null as soon as it holds more than {@code max} bytes. */
  static byte[] readAtMost(InputStream in, long max) throws IOException {
    byte[] limited = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    return limited.length > max ? null : limited;
  }

  /** The request with its body already read into memory. */
  private static final class Buffered extends HttpServletRequestWrapper {
    private final byte[] body;

    Buffered(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      return new Bytes(new ByteArrayInputStream(body));
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset()));
    }

    /** The declared charset; UTF-8 when none or an unknown one is declared. */
    private Charset charset() {
      try {
        String enc = getCharacterEncoding();
        return enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
      } catch (IllegalArgumentException e) {
        return StandardCharsets.UTF_8;
      }
    }
  }

  private static final class Bytes extends ServletInputStream {
    private final ByteArrayInputStream in;

    Bytes(ByteArrayInputStream in) {
      this.in = in;
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return in.read(b, off, len);
    }

    @Override
    public boolean isFinished() {
      return in.available() == 0;
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
      throw new IllegalStateException("the body is read already; no asynchronous reading");
    }
  }
}
