package org.flowbook.bpmn.xml;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/**
 * Reads an XML document into an {@link XmlNode} tree with a hardened StAX parser, within {@link
 * XmlLimits}. A DOCTYPE is refused outright: BPMN needs none, and refusing it closes the door on
 * entity tricks before any entity is seen.
 */
public final class XmlTreeReader {
  private final XmlLimits limits;

  public XmlTreeReader(XmlLimits limits) {
    this.limits = limits;
  }

  /**
   * Parses the stream (closing it) and returns the root element.
   *
   * @param file the name to put in problem locations
   * @throws XmlInputException when the input is not well-formed, hostile or too large
   */
  public XmlNode read(InputStream input, String file) throws XmlInputException {
    try (InputStream in = skipLeadingWhitespace(new LimitedInputStream(input, limits.maxBytes()))) {
      XMLStreamReader r = SafeXml.inputFactory().createXMLStreamReader(in);
      try {
        return build(r, file);
      } finally {
        r.close();
      }
    } catch (LimitedInputStream.TooLargeException e) {
      throw tooLarge(
          file, "the file is larger than " + mib(e.limit), "split the model or raise the limit");
    } catch (XMLStreamException e) {
      if (e.getNestedException() instanceof LimitedInputStream.TooLargeException t) {
        throw tooLarge(
            file, "the file is larger than " + mib(t.limit), "split the model or raise the limit");
      }
      Location l = e.getLocation();
      throw new XmlInputException(
          Problem.error(
              "xml-syntax",
              "not well-formed XML: " + cleanMessage(e.getMessage()),
              "open the file in an XML editor to find the break; BPMN files are plain XML",
              l == null
                  ? SourceLocation.file(file)
                  : SourceLocation.of(
                      file, Math.max(0, l.getLineNumber()), Math.max(0, l.getColumnNumber()))));
    } catch (IOException e) {
      throw new XmlInputException(
          Problem.error(
              "read-failed",
              "cannot read the file: " + e.getMessage(),
              "check that the file exists and is readable",
              SourceLocation.file(file)));
    }
  }

  private XmlNode build(XMLStreamReader r, String file)
      throws XMLStreamException, XmlInputException {
    Deque<Builder> open = new ArrayDeque<>();
    int elements = 0;
    XmlNode root = null;
    while (r.hasNext()) {
      // StAX reports where a token ends (one column on); where the previous one ended is where
      // this one starts, so problems can point at the element's '<'
      int startLine = Math.max(0, r.getLocation().getLineNumber());
      int startColumn = Math.max(1, r.getLocation().getColumnNumber() - 1);
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.DTD,
            XMLStreamConstants.ENTITY_REFERENCE,
            XMLStreamConstants.ENTITY_DECLARATION ->
            throw new XmlInputException(
                Problem.error(
                    "xml-doctype",
                    "the file contains a DOCTYPE or entity declaration, which BPMN files never need",
                    "remove the <!DOCTYPE ...> part; it is refused because it can read local files or"
                        + " expand to gigabytes",
                    at(r, file)));
        case XMLStreamConstants.START_ELEMENT -> {
          if (++elements > limits.maxElements()) {
            throw tooLarge(
                file,
                "the file has more than " + limits.maxElements() + " elements",
                "split the model");
          }
          if (open.size() >= limits.maxDepth()) {
            throw tooLarge(
                file,
                "elements are nested deeper than " + limits.maxDepth() + " levels",
                "check that the file is a BPMN model");
          }
          if (r.getAttributeCount() > limits.maxAttributes()) {
            throw tooLarge(
                file,
                "an element has more than " + limits.maxAttributes() + " attributes",
                "check that the file is a BPMN model");
          }
          open.push(new Builder(r, startLine, startColumn));
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          Builder b = open.peek();
          if (b != null) {
            b.text.append(r.getText());
            if (b.text.length() > limits.maxTextLength()) {
              throw tooLarge(
                  file,
                  "an element's text is longer than " + limits.maxTextLength() + " characters",
                  "shorten the documentation");
            }
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          XmlNode done = open.pop().build();
          if (open.isEmpty()) {
            root = done;
          } else {
            open.peek().children.add(done);
          }
        }
        default -> {
          // comments, processing instructions and the document end carry nothing we keep
        }
      }
    }
    if (root == null) {
      throw new XmlInputException(
          Problem.error(
              "xml-empty",
              "the file has no root element",
              "is it really a BPMN file?",
              SourceLocation.file(file)));
    }
    return root;
  }

  private static XmlInputException tooLarge(String file, String what, String hint) {
    return new XmlInputException(
        Problem.error("xml-too-large", what, hint, SourceLocation.file(file)));
  }

  private static SourceLocation at(XMLStreamReader r, String file) {
    Location l = r.getLocation();
    return SourceLocation.of(
        file, Math.max(0, l.getLineNumber()), Math.max(0, l.getColumnNumber()));
  }

  private static String mib(long bytes) {
    return (bytes / (1024 * 1024)) + " MiB";
  }

  /** The JDK prefixes messages with "ParseError at [row,col]:"; the location is reported apart. */
  private static String cleanMessage(String message) {
    if (message == null) {
      return "unknown error";
    }
    int i = message.indexOf("Message:");
    return (i >= 0 ? message.substring(i + 8) : message).strip();
  }

  /**
   * Some tools write whitespace before the XML declaration, which the XML specification forbids;
   * skipping it costs nothing and lets such files through.
   */
  private static InputStream skipLeadingWhitespace(InputStream in) throws IOException {
    BufferedInputStream b = new BufferedInputStream(in);
    while (true) {
      b.mark(1);
      int c = b.read();
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        b.reset();
        return b;
      }
    }
  }

  /** A mutable element under construction. */
  private static final class Builder {
    final String namespace;
    final String name;
    final Map<String, String> attributes = new HashMap<>();
    final List<XmlNode> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    final int line;
    final int column;

    Builder(XMLStreamReader r, int line, int column) {
      namespace = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
      name = r.getLocalName();
      for (int i = 0; i < r.getAttributeCount(); i++) {
        String ns = r.getAttributeNamespace(i);
        String key =
            ns == null || ns.isEmpty()
                ? r.getAttributeLocalName(i)
                : "{" + ns + "}" + r.getAttributeLocalName(i);
        attributes.put(key, r.getAttributeValue(i));
      }
      this.line = line;
      this.column = column;
    }

    XmlNode build() {
      return new XmlNode(namespace, name, attributes, children, text.toString(), line, column);
    }
  }
}
