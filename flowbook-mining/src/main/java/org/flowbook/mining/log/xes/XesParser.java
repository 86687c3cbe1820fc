package org.flowbook.mining.log.xes;

import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.flowbook.mining.log.ImportOptions;
import org.flowbook.mining.log.LogImportException;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/**
 * Reads one XES document with the JDK's hardened StAX reader. Used for logs in an encoding other
 * than UTF-8 (which {@link XesScanner} does not read) and as the reference the scanner is tested
 * against. See {@link XesReader} for which attributes count.
 */
final class XesParser {
  private final XesEvents events;

  XesParser(String file, ImportOptions options) {
    this.events = new XesEvents(file, options);
  }

  /** Parses one document into this parser's builder. */
  XesPart parse(InputStream in) throws XMLStreamException, LogImportException {
    XMLStreamReader r = SecureXml.factory().createXMLStreamReader(in);
    int depth = 0;
    int traceDepth = -1;
    int eventDepth = -1;
    while (r.hasNext()) {
      int type = r.next();
      if (type == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (eventDepth > 0) {
          if (depth == eventDepth + 1) {
            eventAttribute(r);
          }
        } else if (traceDepth > 0) {
          if (depth == traceDepth + 1) {
            if ("event".equals(r.getLocalName())) {
              eventDepth = depth;
              Location at = r.getLocation();
              events.startEvent(Math.max(0, at.getLineNumber()), Math.max(0, at.getColumnNumber()));
            } else if (XesEvents.CONCEPT_NAME.equals(r.getAttributeValue(null, "key"))) {
              events.traceName(r.getAttributeValue(null, "value"));
            }
          }
        } else if (depth == 1) {
          if (!"log".equals(r.getLocalName())) {
            throw new LogImportException(
                Problem.error(
                    "not-xes",
                    "the root element is <" + r.getLocalName() + ">, not <log>",
                    "this is not an XES event log",
                    here(r)));
          }
        } else if (depth == 2 && "trace".equals(r.getLocalName())) {
          traceDepth = depth;
          events.startTrace();
        }
      } else if (type == XMLStreamConstants.END_ELEMENT) {
        if (depth == eventDepth) {
          events.endEvent();
          eventDepth = -1;
        } else if (depth == traceDepth) {
          events.endTrace();
          traceDepth = -1;
        }
        depth--;
      } else if (type == XMLStreamConstants.DTD) {
        throw new LogImportException(XesScanner.doctype(here(r)));
      } else if (type == XMLStreamConstants.ENTITY_REFERENCE) {
        throw new LogImportException(XesScanner.entity(r.getLocalName(), here(r)));
      }
    }
    return events.part();
  }

  private SourceLocation here(XMLStreamReader r) {
    Location at = r.getLocation();
    return SourceLocation.of(
        events.file(), Math.max(0, at.getLineNumber()), Math.max(0, at.getColumnNumber()));
  }

  private void eventAttribute(XMLStreamReader r) throws LogImportException {
    String key = null;
    String value = null;
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      String name = r.getAttributeLocalName(i);
      if ("key".equals(name)) {
        key = r.getAttributeValue(i);
      } else if ("value".equals(name)) {
        value = r.getAttributeValue(i);
      }
    }
    if (key == null || value == null) {
      return;
    }
    switch (key) {
      case XesEvents.CONCEPT_NAME -> events.activity(value);
      case XesEvents.RESOURCE -> events.resource(value);
      case XesEvents.LIFECYCLE -> events.lifecycle(value);
      case XesEvents.TIMESTAMP -> {
        Location at = r.getLocation();
        events.timestamp(value, Math.max(0, at.getLineNumber()), Math.max(0, at.getColumnNumber()));
      }
      default -> {}
    }
  }
}
