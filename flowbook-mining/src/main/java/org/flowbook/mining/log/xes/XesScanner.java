package org.flowbook.mining.log.xes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.flowbook.mining.log.ImportFailures;
import org.flowbook.mining.log.ImportOptions;
import org.flowbook.mining.log.LogImportException;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/**
 * Reads one UTF-8 XES document straight from its bytes: a small XML tokenizer that knows only what
 * an event log needs, several times faster than StAX (which decodes every character, builds a
 * string per attribute and costs a second of JIT warm-up in a short-lived command).
 *
 * <p>It checks what well-formed XML requires of a log — matching tags, one root, quoted and unique
 * attributes, nothing but white space outside the root, valid UTF-8 in the values it reads — and it
 * is hardened by construction: a document type declaration is refused outright (so there are no
 * entity declarations, external or expanding), and the only references it resolves are the five
 * predefined entities and character references. Every tag, attribute value, text, comment or
 * processing instruction must fit in {@code maxValueBytes}, so memory stays bounded whatever the
 * input.
 *
 * <p>Logs that declare another encoding are left to {@link XesParser} ({@link OtherEncoding}).
 * Attribute values are normalized as XML prescribes (a literal tab, carriage return or line feed
 * becomes a space), so both readers give the same strings; {@code XesScannerTest} holds the two
 * readers to the same results on random and on damaged documents.
 *
 * <p>Known leniencies, because checking would cost time on every byte and cannot change what is
 * read: bytes in text and comments are not checked for UTF-8, and {@code ]]>} in text is not
 * refused. The content of the XML declaration is not checked beyond its encoding.
 */
final class XesScanner {
  /** The document declares an encoding other than UTF-8 (or starts with a UTF-16 mark). */
  static final class OtherEncoding extends Exception {
    private static final long serialVersionUID = 1L;

    OtherEncoding() {
      super(null, null, false, false);
    }
  }

  private static final int CHUNK = 64 * 1024;
  private static final int MAX_DEPTH = 10_000;
  private static final String SYNTAX_HINT = "the file may be cut off or not an XES log";

  private static final byte[] LOG = ascii("log");
  private static final byte[] TRACE = ascii("trace");
  private static final byte[] EVENT = ascii("event");
  private static final byte[] KEY = ascii("key");
  private static final byte[] VALUE = ascii("value");
  private static final byte[] CONCEPT_NAME = ascii(XesEvents.CONCEPT_NAME);
  private static final byte[] TIMESTAMP = ascii(XesEvents.TIMESTAMP);
  private static final byte[] RESOURCE = ascii(XesEvents.RESOURCE);
  private static final byte[] LIFECYCLE = ascii(XesEvents.LIFECYCLE);

  // Flags of an attribute value: what its decoding must take care of.
  private static final int HAS_REFERENCE = 1;
  private static final int HAS_BREAK = 2;
  private static final int NON_ASCII = 4;

  private final XesEvents events;
  private final String file;
  private final int maxToken;
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ValueCache names = new ValueCache();

  private InputStream in;
  private byte[] buf = new byte[CHUNK];
  private int pos;
  private int limit;
  private boolean eof;
  private int line = 1;
  // Index in buf where the current line starts; negative once that part has been dropped.
  private int lineStart;

  // Line and line start at the '<' of the tag being read, to read it again after more input.
  private int tagLine;
  private int tagLineStart;

  // Open elements: their names, for matching end tags.
  private byte[][] open = new byte[16][];
  private int[] openLength = new int[16];
  private int depth;
  private boolean rootSeen;
  private boolean rootClosed;

  // The attributes of the tag being read: name and value ranges in buf, value flags.
  private int[] attrName = new int[16];
  private int[] attrValue = new int[16];
  private int[] attrFlags = new int[8];
  private int attrs;
  private int keyAttr;
  private int valueAttr;

  XesScanner(String file, ImportOptions options) {
    this.events = new XesEvents(file, options);
    this.file = file;
    this.maxToken = options.limits().maxValueBytes();
  }

  /** Reads the document into this scanner's builder. */
  XesPart parse(InputStream input) throws IOException, LogImportException, OtherEncoding {
    this.in = input;
    fill();
    checkEncodingMark();
    while (text()) {
      markup();
    }
    if (depth > 0) {
      throw syntax(
          "the file ends inside <" + openName(depth - 1) + ">: it is cut off or incomplete", pos);
    }
    if (!rootSeen) {
      throw syntax("the file holds no XML element (an XES log is one <log> element)", pos);
    }
    return events.part();
  }

  // ---- Input -------------------------------------------------------------------------------

  /** Reads more bytes after {@code limit}; false at the end of the input. */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    if (limit == buf.length) {
      if (buf.length >= maxToken + CHUNK) {
        return false;
      }
      buf = Arrays.copyOf(buf, Math.min(buf.length * 2, maxToken + CHUNK));
    }
    int n = in.read(buf, limit, buf.length - limit);
    while (n == 0) {
      n = in.read(buf, limit, buf.length - limit);
    }
    if (n < 0) {
      eof = true;
      return false;
    }
    limit += n;
    return true;
  }

  /** Drops the bytes before {@code keep}; returns by how much indexes moved down. */
  private int compact(int keep) {
    if (keep == 0) {
      return 0;
    }
    System.arraycopy(buf, keep, buf, 0, limit - keep);
    limit -= keep;
    pos -= keep;
    lineStart -= keep;
    tagLineStart -= keep;
    return keep;
  }

  /**
   * Makes sure {@code buf[i]} exists, reading more (and dropping what is before {@code pos}) when
   * needed; returns the index's new value, or -1 at the end of the input. Throws when the markup
   * that starts at {@code pos} outgrows the limit.
   */
  private int need(int i) throws IOException, LogImportException {
    while (i >= limit) {
      i -= compact(pos);
      if (i - pos > maxToken) {
        throw tooLong();
      }
      if (!fill()) {
        if (eof) {
          return -1;
        }
        throw tooLong();
      }
    }
    return i;
  }

  private void checkEncodingMark() throws IOException, OtherEncoding, LogImportException {
    while (limit < 4 && fill()) {
      // A mark is at most 3 bytes.
    }
    if (limit >= 2
        && ((buf[0] == (byte) 0xFE && buf[1] == (byte) 0xFF)
            || (buf[0] == (byte) 0xFF && buf[1] == (byte) 0xFE)
            || buf[0] == 0)) {
      throw new OtherEncoding();
    }
    if (limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
      pos = 3;
      lineStart = 3;
    }
  }

  // ---- Text between tags -------------------------------------------------------------------

  /** Skips text up to the next {@code <}; false at the end of the input. */
  private boolean text() throws IOException, LogImportException {
    long length = 0;
    boolean inside = depth > 0;
    while (true) {
      byte[] b = buf;
      int i = pos;
      int end = limit;
      boolean reference = false;
      while (i < end) {
        byte c = b[i];
        if (c == '<') {
          pos = i;
          return true;
        }
        if (c == '\n') {
          line++;
          lineStart = i + 1;
        } else if (c >= 0 && c < 0x20 && c != '\t' && c != '\r') {
          throw control(i);
        } else if (!inside && c != ' ' && c != '\t' && c != '\r') {
          throw syntax(
              rootClosed
                  ? "text after the end of the root element </log>"
                  : "text before the root element; an XES log starts with <log> (or <?xml ...?>)",
              i);
        } else if (c == '&') {
          reference = true;
          break;
        }
        i++;
      }
      length += i - pos;
      pos = i;
      if (length > maxToken) {
        throw tooLong();
      }
      if (reference) {
        // It may read more input, so the loop above starts again from its new position.
        reference();
      } else {
        compact(pos);
        if (!fill()) {
          return false;
        }
      }
    }
  }

  /** Checks the reference at {@code pos} (in text) and moves past it. */
  private void reference() throws IOException, LogImportException {
    int i = pos + 1;
    while (true) {
      i = need(i);
      if (i < 0 || i - pos > 12) {
        throw syntax("'&' not followed by a reference such as &amp; (write & as &amp;)", pos);
      }
      if (buf[i] == ';') {
        break;
      }
      i++;
    }
    resolve(pos + 1, i, pos);
    pos = i + 1;
  }

  /**
   * The character of the reference {@code &name;} whose name is {@code buf[from, to)}; refuses
   * every entity but the five XML predefines.
   */
  private int resolve(int from, int to, int at) throws LogImportException {
    int n = to - from;
    if (n >= 2 && buf[from] == '#') {
      long code = 0;
      boolean hex = buf[from + 1] == 'x';
      int k = hex ? from + 2 : from + 1;
      if (k == to) {
        throw syntax("an empty character reference", at);
      }
      for (; k < to; k++) {
        int d = digit(buf[k], hex ? 16 : 10);
        if (d < 0 || code > 0x10FFFF) {
          throw syntax("a malformed character reference", at);
        }
        code = code * (hex ? 16 : 10) + d;
      }
      if (!isXmlChar(code)) {
        throw syntax("a character reference to a character XML does not allow", at);
      }
      return (int) code;
    }
    if (is(from, to, "amp")) {
      return '&';
    }
    if (is(from, to, "lt")) {
      return '<';
    }
    if (is(from, to, "gt")) {
      return '>';
    }
    if (is(from, to, "quot")) {
      return '"';
    }
    if (is(from, to, "apos")) {
      return '\'';
    }
    String name = new String(buf, from, n, StandardCharsets.UTF_8);
    throw new LogImportException(XesEvents.entity(name, location(at)));
  }

  private boolean is(int from, int to, String ascii) {
    if (to - from != ascii.length()) {
      return false;
    }
    for (int k = 0; k < ascii.length(); k++) {
      if (buf[from + k] != ascii.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int digit(byte c, int radix) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (radix == 16 && c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (radix == 16 && c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static boolean isXmlChar(long c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  // ---- Markup ------------------------------------------------------------------------------

  /** Reads the markup that starts with the {@code <} at {@code pos}. */
  private void markup() throws IOException, LogImportException, OtherEncoding {
    int i = need(pos + 1);
    if (i < 0) {
      throw syntax("the file ends with '<'", pos);
    }
    byte c = buf[i];
    if (c == '/') {
      endTag();
    } else if (c == '?') {
      instruction();
    } else if (c == '!') {
      declaration();
    } else {
      startTag();
    }
  }

  /** {@code <?target ...?>}; the XML declaration may only come first. */
  private void instruction() throws IOException, LogImportException, OtherEncoding {
    int end = find(pos + 2, "?>");
    int start = pos;
    boolean declaration =
        end - start >= 5
            && is(start + 2, start + 5, "xml")
            && (end == start + 5 || isSpace(buf[start + 5]));
    if (declaration) {
      if (start != lineStart || line != 1 || rootSeen) {
        throw syntax("an XML declaration <?xml ...?> is allowed only at the very start", start);
      }
      String text = new String(buf, start, end - start, StandardCharsets.ISO_8859_1);
      if (!declaresUtf8(text)) {
        throw new OtherEncoding();
      }
    }
    skipLines(start, end + 2);
  }

  /** True when an XML declaration names UTF-8 (or US-ASCII, its subset) or no encoding. */
  static boolean declaresUtf8(String declaration) {
    String d = declaration.toLowerCase(Locale.ROOT);
    int enc = d.indexOf("encoding");
    if (enc < 0) {
      return true;
    }
    int quote = enc + "encoding".length();
    while (quote < d.length() && d.charAt(quote) != '"' && d.charAt(quote) != '\'') {
      quote++;
    }
    if (quote >= d.length()) {
      return true;
    }
    int close = d.indexOf(d.charAt(quote), quote + 1);
    String name = close < 0 ? d.substring(quote + 1) : d.substring(quote + 1, close);
    name = name.strip();
    return name.equals("utf-8") || name.equals("utf8") || name.equals("us-ascii");
  }

  /** {@code <!-- -->}, {@code <![CDATA[ ]]>}, or the refused {@code <!DOCTYPE}. */
  private void declaration() throws IOException, LogImportException {
    // need() may move the bytes, so positions are taken from pos after each call.
    if (need(pos + 3) >= 0 && buf[pos + 2] == '-' && buf[pos + 3] == '-') {
      int end = find(pos + 4, "-->");
      for (int k = pos + 4; k < end; k++) {
        if (buf[k] == '-' && buf[k + 1] == '-') {
          throw syntax("'--' inside a comment", k);
        }
      }
      skipLines(pos, end + 3);
      return;
    }
    if (need(pos + 8) >= 0 && is(pos + 2, pos + 9, "[CDATA[")) {
      if (depth == 0) {
        throw syntax("a CDATA section outside the root element", pos);
      }
      int end = find(pos + 9, "]]>");
      skipLines(pos, end + 3);
      return;
    }
    if (need(pos + 8) >= 0 && is(pos + 2, pos + 9, "DOCTYPE")) {
      throw new LogImportException(XesEvents.doctype(location(pos)));
    }
    throw syntax(
        "'<!' starts neither a comment, a CDATA section nor anything an XES log holds", pos);
  }

  /** Index of {@code end} at or after {@code from}; the markup must close before the limit. */
  private int find(int from, String end) throws IOException, LogImportException {
    byte first = (byte) end.charAt(0);
    int i = from;
    while (true) {
      int at = need(i + end.length() - 1);
      if (at < 0) {
        throw syntax("the file ends inside markup that starts here; it is cut off", pos);
      }
      i = at - (end.length() - 1);
      if (buf[i] == first && is(i, i + end.length(), end)) {
        return i;
      }
      i++;
    }
  }

  /** Counts the line breaks in {@code buf[from, to)} and moves {@code pos} to {@code to}. */
  private void skipLines(int from, int to) throws LogImportException {
    for (int k = from; k < to; k++) {
      byte c = buf[k];
      if (c == '\n') {
        line++;
        lineStart = k + 1;
      } else if (c >= 0 && c < 0x20 && c != '\t' && c != '\r') {
        throw control(k);
      }
    }
    pos = to;
  }

  private LogImportException control(int at) {
    return syntax(
        "the control character U+00" + String.format("%02X", buf[at]) + " is not allowed in XML",
        at);
  }

  // Tags are read in one pass over bytes that may end before the tag does: a reader returns
  // MORE when it runs out, and the tag is read again from its '<' once more bytes are in.
  private static final int MORE = -1;

  // Byte classes inside an attribute value; 0 = an ordinary ASCII character.
  private static final byte[] IN_VALUE = new byte[256];
  private static final int V_QUOTE = 1;
  private static final int V_REFERENCE = 2;
  private static final int V_LT = 3;
  private static final int V_NEWLINE = 4;
  private static final int V_BREAK = 5;
  private static final int V_NON_ASCII = 6;
  private static final int V_CONTROL = 7;
  private static final boolean[] NAME_START = new boolean[256];
  private static final boolean[] NAME_CHAR = new boolean[256];

  static {
    IN_VALUE['"'] = V_QUOTE;
    IN_VALUE['\''] = V_QUOTE;
    IN_VALUE['&'] = V_REFERENCE;
    IN_VALUE['<'] = V_LT;
    IN_VALUE['\n'] = V_NEWLINE;
    IN_VALUE['\t'] = V_BREAK;
    IN_VALUE['\r'] = V_BREAK;
    for (int c = 0x80; c < 0x100; c++) {
      IN_VALUE[c] = V_NON_ASCII;
    }
    for (int c = 0; c < 0x20; c++) {
      if (c != '\t' && c != '\n' && c != '\r') {
        IN_VALUE[c] = V_CONTROL;
      }
    }
    for (int c = 0; c < 0x100; c++) {
      NAME_START[c] =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c >= 0x80;
      NAME_CHAR[c] = NAME_START[c] || (c >= '0' && c <= '9') || c == '-' || c == '.';
    }
  }

  /** Reads more bytes for the tag at {@code pos}, or says why there are none. */
  private void moreForTag() throws IOException, LogImportException {
    line = tagLine;
    lineStart = tagLineStart;
    compact(pos);
    if (limit - pos > maxToken) {
      throw tooLong();
    }
    if (!fill()) {
      if (eof) {
        throw syntax("the file ends inside a tag; it is cut off", pos);
      }
      throw tooLong();
    }
  }

  /** {@code </name>}. */
  private void endTag() throws IOException, LogImportException {
    tagLine = line;
    tagLineStart = lineStart;
    while (true) {
      int end = readEndTag();
      if (end != MORE) {
        pos = end + 1;
        close();
        return;
      }
      moreForTag();
    }
  }

  private int readEndTag() throws LogImportException {
    int nameFrom = pos + 2;
    int nameTo = nameEnd(nameFrom);
    if (nameTo == MORE) {
      return MORE;
    }
    if (nameTo == nameFrom) {
      throw syntax("'</' not followed by an element name", pos);
    }
    if (depth == 0) {
      throw syntax("the end tag </" + name(nameFrom, nameTo) + "> closes no open element", pos);
    }
    int d = depth - 1;
    if (!same(buf, nameFrom, nameTo, open[d], 0, openLength[d])) {
      throw syntax(
          "the end tag </"
              + name(nameFrom, nameTo)
              + "> does not match the open element <"
              + openName(d)
              + ">",
          pos);
    }
    int k = skipSpace(nameTo);
    if (k == MORE) {
      return MORE;
    }
    if (buf[k] != '>') {
      throw syntax("an end tag holds only its name", k);
    }
    return k;
  }

  /** {@code <name attr="value" ...>} or {@code <name .../>}. */
  private void startTag() throws IOException, LogImportException {
    tagLine = line;
    tagLineStart = lineStart;
    while (true) {
      int end = readStartTag();
      if (end != MORE) {
        break;
      }
      moreForTag();
    }
  }

  /** Reads the start tag at {@code pos} and acts on it; MORE when the bytes end before it does. */
  private int readStartTag() throws LogImportException {
    int start = pos;
    int nameFrom = pos + 1;
    int nameTo = nameEnd(nameFrom);
    if (nameTo == MORE) {
      return MORE;
    }
    if (nameTo == nameFrom) {
      throw syntax("'<' not followed by an element name (write < as &lt;)", start);
    }
    int startLine = line;
    int startColumn = start - lineStart + 1;
    attrs = 0;
    keyAttr = -1;
    valueAttr = -1;
    int k = nameTo;
    boolean empty;
    while (true) {
      int after = skipSpace(k);
      if (after == MORE) {
        return MORE;
      }
      byte c = buf[after];
      if (c == '>') {
        empty = false;
        k = after;
        break;
      }
      if (c == '/') {
        if (after + 1 >= limit) {
          return MORE;
        }
        if (buf[after + 1] != '>') {
          throw syntax("'/' inside a tag must be followed by '>'", after);
        }
        empty = true;
        k = after + 1;
        break;
      }
      if (after == k) {
        throw syntax("attributes must be separated by white space", k);
      }
      k = attribute(after);
      if (k == MORE) {
        return MORE;
      }
    }
    if (rootClosed) {
      throw syntax("a second root element; an XES log is one <log> element", start);
    }
    if (depth == MAX_DEPTH) {
      throw syntax("elements nested more than " + MAX_DEPTH + " deep", start);
    }
    pos = k + 1;
    push(nameFrom, nameTo);
    element(nameFrom, nameTo, startLine, startColumn);
    if (empty) {
      close();
    }
    return k;
  }

  /** Reads one {@code name="value"} at {@code k}; returns the index after it, or MORE. */
  private int attribute(int k) throws LogImportException {
    int from = k;
    int to = nameEnd(k);
    if (to == MORE) {
      return MORE;
    }
    if (to == from) {
      throw syntax("an attribute name was expected", k);
    }
    k = skipSpace(to);
    if (k == MORE) {
      return MORE;
    }
    if (buf[k] != '=') {
      throw syntax("the attribute " + name(from, to) + " has no '=' and value", k);
    }
    k = skipSpace(k + 1);
    if (k == MORE) {
      return MORE;
    }
    byte quote = buf[k];
    if (quote != '"' && quote != '\'') {
      throw syntax("the value of " + name(from, to) + " must be in quotes", k);
    }
    int valueFrom = ++k;
    int flags = 0;
    byte[] b = buf;
    int end = limit;
    while (true) {
      while (k < end && IN_VALUE[b[k] & 0xff] == 0) {
        k++;
      }
      if (k == end) {
        return MORE;
      }
      int kind = IN_VALUE[b[k] & 0xff];
      if (kind == V_QUOTE) {
        if (b[k] == quote) {
          break;
        }
      } else if (kind == V_REFERENCE) {
        flags |= HAS_REFERENCE;
      } else if (kind == V_LT) {
        throw syntax("'<' inside an attribute value (write it as &lt;)", k);
      } else if (kind == V_NEWLINE) {
        line++;
        lineStart = k + 1;
        flags |= HAS_BREAK;
      } else if (kind == V_BREAK) {
        flags |= HAS_BREAK;
      } else if (kind == V_NON_ASCII) {
        flags |= NON_ASCII;
      } else {
        throw control(k);
      }
      k++;
    }
    if ((flags & NON_ASCII) != 0 && !validUtf8(buf, valueFrom, k)) {
      throw syntax("the value of " + name(from, to) + " is not valid UTF-8", valueFrom);
    }
    int length = to - from;
    for (int a = 0; a < attrs; a++) {
      int other = attrName[2 * a];
      // Length and first byte first: most tags have two attributes that differ in both.
      if (attrName[2 * a + 1] - other == length
          && buf[other] == buf[from]
          && same(buf, other, attrName[2 * a + 1], buf, from, to)) {
        throw syntax("the attribute " + name(from, to) + " is given twice", from);
      }
    }
    if (attrs == attrFlags.length) {
      attrName = Arrays.copyOf(attrName, attrs * 4);
      attrValue = Arrays.copyOf(attrValue, attrs * 4);
      attrFlags = Arrays.copyOf(attrFlags, attrs * 2);
    }
    attrName[2 * attrs] = from;
    attrName[2 * attrs + 1] = to;
    attrValue[2 * attrs] = valueFrom;
    attrValue[2 * attrs + 1] = k;
    attrFlags[attrs] = flags;
    if (length == 3 && buf[from] == 'k' && equals(from, to, KEY)) {
      keyAttr = attrs;
    } else if (length == 5 && buf[from] == 'v' && equals(from, to, VALUE)) {
      valueAttr = attrs;
    }
    attrs++;
    return k + 1;
  }

  /**
   * End of the XML name starting at {@code from} (= from when there is none), or MORE when the
   * bytes end first.
   */
  private int nameEnd(int from) throws LogImportException {
    byte[] b = buf;
    int end = limit;
    int k = from;
    if (k >= end) {
      return MORE;
    }
    if (!NAME_START[b[k] & 0xff]) {
      return from;
    }
    k++;
    while (k < end && NAME_CHAR[b[k] & 0xff]) {
      k++;
    }
    if (k == end) {
      return MORE;
    }
    byte c = b[k];
    if (c != '>' && c != '/' && c != '=' && !isSpace(c)) {
      throw syntax("a name may not contain '" + (char) (c & 0xff) + "'", k);
    }
    return k;
  }

  /** The first index at or after {@code k} that is not white space, or MORE. */
  private int skipSpace(int k) {
    byte[] b = buf;
    int end = limit;
    while (k < end) {
      byte c = b[k];
      if (c == ' ' || c == '\t' || c == '\r') {
        k++;
      } else if (c == '\n') {
        line++;
        lineStart = ++k;
      } else {
        return k;
      }
    }
    return MORE;
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
  }

  private void push(int from, int to) {
    if (depth == open.length) {
      open = Arrays.copyOf(open, depth * 2);
      openLength = Arrays.copyOf(openLength, depth * 2);
    }
    int n = to - from;
    byte[] slot = open[depth];
    if (slot == null || slot.length < n) {
      slot = new byte[Math.max(16, n)];
      open[depth] = slot;
    }
    System.arraycopy(buf, from, slot, 0, n);
    openLength[depth] = n;
    depth++;
  }

  // ---- XES ---------------------------------------------------------------------------------

  /** The start of an element at the new {@code depth}: what it means in a log. */
  private void element(int nameFrom, int nameTo, int line, int column) throws LogImportException {
    switch (events.place(depth)) {
      case IN_EVENT -> eventAttribute(line, column);
      case IN_TRACE -> {
        if (equals(nameFrom, nameTo, EVENT)) {
          events.startEvent(depth, line, column);
        } else if (key() == KEY_CONCEPT_NAME) {
          events.traceName(valueAttr < 0 ? null : string(valueAttr, false));
        }
      }
      case ROOT -> {
        rootSeen = true;
        if (!equals(nameFrom, nameTo, LOG)) {
          throw new LogImportException(
              XesEvents.notXes(name(nameFrom, nameTo), SourceLocation.of(file, line, column)));
        }
      }
      case IN_LOG -> {
        if (equals(nameFrom, nameTo, TRACE)) {
          events.startTrace(depth);
        }
      }
      default -> {}
    }
  }

  private void eventAttribute(int line, int column) throws LogImportException {
    if (valueAttr < 0) {
      return;
    }
    switch (key()) {
      case KEY_CONCEPT_NAME -> events.activity(string(valueAttr, true));
      case KEY_TIMESTAMP -> {
        if (attrFlags[valueAttr] == 0) {
          events.timestamp(
              buf, attrValue[2 * valueAttr], attrValue[2 * valueAttr + 1], line, column);
        } else {
          events.timestamp(string(valueAttr, false), line, column);
        }
      }
      case KEY_RESOURCE -> events.resource(string(valueAttr, true));
      case KEY_LIFECYCLE -> events.lifecycle(string(valueAttr, true));
      default -> {}
    }
  }

  /** The end of the innermost open element. */
  private void close() throws LogImportException {
    events.endElement(depth);
    depth--;
    if (depth == 0) {
      rootClosed = true;
    }
  }

  // Which of the keys a log reader needs the current tag's key attribute is.
  private static final int KEY_OTHER = 0;
  private static final int KEY_CONCEPT_NAME = 1;
  private static final int KEY_TIMESTAMP = 2;
  private static final int KEY_RESOURCE = 3;
  private static final int KEY_LIFECYCLE = 4;

  /** The current tag's key: one length test and one comparison instead of four comparisons. */
  private int key() throws LogImportException {
    if (keyAttr < 0) {
      return KEY_OTHER;
    }
    int from = attrValue[2 * keyAttr];
    int to = attrValue[2 * keyAttr + 1];
    if (attrFlags[keyAttr] != 0) {
      return keyOf(string(keyAttr, false));
    }
    switch (to - from) {
      case 12:
        if (buf[from] == 'c') {
          return equals(from, to, CONCEPT_NAME) ? KEY_CONCEPT_NAME : KEY_OTHER;
        }
        return equals(from, to, RESOURCE) ? KEY_RESOURCE : KEY_OTHER;
      case 14:
        return equals(from, to, TIMESTAMP) ? KEY_TIMESTAMP : KEY_OTHER;
      case 20:
        return equals(from, to, LIFECYCLE) ? KEY_LIFECYCLE : KEY_OTHER;
      default:
        return KEY_OTHER;
    }
  }

  /** The key of a key written with references or line breaks. */
  private static int keyOf(String key) {
    switch (key) {
      case XesEvents.CONCEPT_NAME:
        return KEY_CONCEPT_NAME;
      case XesEvents.TIMESTAMP:
        return KEY_TIMESTAMP;
      case XesEvents.RESOURCE:
        return KEY_RESOURCE;
      case XesEvents.LIFECYCLE:
        return KEY_LIFECYCLE;
      default:
        return KEY_OTHER;
    }
  }

  private boolean equals(int from, int to, byte[] ascii) {
    return same(buf, from, to, ascii, 0, ascii.length);
  }

  /**
   * {@code a[aFrom, aTo)} equals {@code b[bFrom, bTo)}: a plain loop, because the ranges are a few
   * bytes long and {@code Arrays.equals} only pays once the JIT's second tier has compiled it,
   * which a short command never reaches.
   */
  private static boolean same(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo) {
    int n = aTo - aFrom;
    if (n != bTo - bFrom) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (a[aFrom + i] != b[bFrom + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The value of attribute {@code a} as a string; {@code repeated} values (activity names,
   * resources) come from a cache instead of a new string per event.
   */
  private String string(int a, boolean repeated) throws LogImportException {
    int from = attrValue[2 * a];
    int to = attrValue[2 * a + 1];
    int flags = attrFlags[a];
    if ((flags & (HAS_REFERENCE | HAS_BREAK)) != 0) {
      return normalized(from, to);
    }
    if (repeated) {
      String known = names.get(buf, from, to);
      if (known != null) {
        return known;
      }
    }
    String s =
        (flags & NON_ASCII) == 0
            ? new String(buf, from, to - from, StandardCharsets.ISO_8859_1)
            : utf8(from, to);
    if (repeated) {
      names.put(buf, from, to, s);
    }
    return s;
  }

  /** A value with references or line breaks: resolved and normalized as XML says. */
  private String normalized(int from, int to) throws LogImportException {
    StringBuilder s = new StringBuilder(to - from);
    int run = from;
    for (int k = from; k < to; k++) {
      byte c = buf[k];
      if (c == '&' || c == '\n' || c == '\t' || c == '\r') {
        s.append(utf8(run, k));
        if (c == '&') {
          int semi = k + 1;
          while (semi < to && buf[semi] != ';') {
            semi++;
          }
          if (semi == to) {
            throw syntax("'&' not followed by a reference such as &amp; (write & as &amp;)", k);
          }
          s.appendCodePoint(resolve(k + 1, semi, k));
          k = semi;
        } else if (c == '\r' && k + 1 < to && buf[k + 1] == '\n') {
          // CR LF is one line break, and so one space.
          s.append(' ');
          k++;
        } else {
          s.append(' ');
        }
        run = k + 1;
      }
    }
    s.append(utf8(run, to));
    return s.toString();
  }

  /** True when {@code b[from, to)} is well-formed UTF-8 (shortest forms, no surrogates). */
  static boolean validUtf8(byte[] b, int from, int to) {
    int k = from;
    while (k < to) {
      int c = b[k] & 0xff;
      if (c < 0x80) {
        k++;
        continue;
      }
      int n;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        n = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3;
        min = 0x10000;
      } else {
        return false;
      }
      if (k + n >= to) {
        return false;
      }
      int code = c & (0x3F >> n);
      for (int j = 1; j <= n; j++) {
        int d = b[k + j] & 0xff;
        if ((d & 0xC0) != 0x80) {
          return false;
        }
        code = (code << 6) | (d & 0x3F);
      }
      if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        return false;
      }
      k += n + 1;
    }
    return true;
  }

  private String utf8(int from, int to) throws LogImportException {
    try {
      return utf8.decode(ByteBuffer.wrap(buf, from, to - from)).toString();
    } catch (CharacterCodingException e) {
      throw syntax("an attribute value is not valid UTF-8", from);
    }
  }

  // ---- Problems ----------------------------------------------------------------------------

  private String name(int from, int to) {
    return new String(buf, from, Math.min(to - from, 100), StandardCharsets.UTF_8);
  }

  private String openName(int d) {
    return new String(open[d], 0, openLength[d], StandardCharsets.UTF_8);
  }

  private SourceLocation location(int at) {
    int column = at - lineStart + 1;
    if (lineStart >= 0) {
      // Columns count characters, not the bytes of multi-byte ones.
      for (int k = lineStart; k < at && k < limit; k++) {
        if ((buf[k] & 0xC0) == 0x80) {
          column--;
        }
      }
    }
    return SourceLocation.of(file, line, Math.max(1, column));
  }

  private LogImportException syntax(String message, int at) {
    return new LogImportException(
        Problem.error("xml-syntax", "the XML is malformed: " + message, SYNTAX_HINT, location(at)));
  }

  private LogImportException tooLong() {
    return new LogImportException(ImportFailures.valueTooLong(file, maxToken, line));
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Strings of recently seen byte sequences (activity names, resources, lifecycle transitions: a
   * few hundred distinct values repeated over millions of events), so each is decoded once.
   */
  private static final class ValueCache {
    private static final int MAX_ENTRIES = 1 << 15;
    private byte[][] keys = new byte[1024][];
    private String[] values = new String[1024];
    private int size;

    String get(byte[] b, int from, int to) {
      int mask = keys.length - 1;
      for (int h = hash(b, from, to) & mask; ; h = (h + 1) & mask) {
        byte[] k = keys[h];
        if (k == null) {
          return null;
        }
        if (k.length == to - from && same(k, 0, k.length, b, from, to)) {
          return values[h];
        }
      }
    }

    void put(byte[] b, int from, int to, String value) {
      if (size >= MAX_ENTRIES) {
        return;
      }
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      insert(Arrays.copyOfRange(b, from, to), value);
      size++;
    }

    private void insert(byte[] key, String value) {
      int mask = keys.length - 1;
      int h = hash(key, 0, key.length) & mask;
      while (keys[h] != null) {
        h = (h + 1) & mask;
      }
      keys[h] = key;
      values[h] = value;
    }

    private void grow() {
      byte[][] oldKeys = keys;
      String[] oldValues = values;
      keys = new byte[oldKeys.length * 2][];
      values = new String[oldKeys.length * 2];
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != null) {
          insert(oldKeys[i], oldValues[i]);
        }
      }
    }

    private static int hash(byte[] b, int from, int to) {
      int h = 0;
      for (int i = from; i < to; i++) {
        h = 31 * h + b[i];
      }
      return h ^ (h >>> 16);
    }
  }
}
