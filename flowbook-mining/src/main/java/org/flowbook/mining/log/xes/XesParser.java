package org.flowbook.mining.log.xes;

import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.flowbook.mining.log.ImportOptions;
import org.flowbook.mining.log.LogImportException;
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
    while (r.hasNext()) {
      int type = r.next();
      if (type == XMLStreamConstants.START_ELEMENT) {
        depth++;
        switch (events.place(depth)) {
          case IN_EVENT -> eventAttribute(r);
          case IN_TRACE -> {
            if ("event".equals(r.getLocalName())) {
              Location at = r.getLocation();
              events.startEvent(
                  depth, Math.max(0, at.getLineNumber()), Math.max(0, at.getColumnNumber()));
            } else if (XesEvents.CONCEPT_NAME.equals(r.getAttributeValue(null, "key"))) {
              events.traceName(r.getAttributeValue(null, "value"));
            }
          }
          case ROOT -> {
            if (!"log".equals(r.getLocalName())) {
              throw new LogImportException(XesEvents.notXes(r.getLocalName(), here(r)));
            }
          }
          case IN_LOG -> {
            if ("trace".equals(r.getLocalName())) {
              events.startTrace(depth);
            }
          }
          default -> {}
        }
      } else if (type == XMLStreamConstants.END_ELEMENT) {
        events.endElement(depth);
        depth--;
      } else if (type == XMLStreamConstants.DTD) {
        throw new LogImportException(XesEvents.doctype(here(r)));
      } else if (type == XMLStreamConstants.ENTITY_REFERENCE) {
        throw new LogImportException(XesEvents.entity(r.getLocalName(), here(r)));
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
