package org.flowbook.mining.log.xes;

import java.io.InputStream;
import java.time.DateTimeException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.flowbook.mining.log.EventLogBuilder;
import org.flowbook.mining.log.ImportOptions;
import org.flowbook.mining.log.LogImportException;
import org.flowbook.mining.log.RowProblems;
import org.flowbook.mining.log.time.IsoTimestamps;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/**
 * Reads one XES document with a hardened StAX reader, one event's attributes in local variables at
 * a time. See {@link XesReader} for which attributes count.
 */
final class XesParser {
  private static final String CONCEPT_NAME = "concept:name";
  private static final String TIMESTAMP = "time:timestamp";
  private static final String RESOURCE = "org:resource";
  private static final String LIFECYCLE = "lifecycle:transition";

  private final String file;
  private final IsoTimestamps timestamps;
  private final EventLogBuilder log = new EventLogBuilder();
  private final RowProblems problems;
  private int traces;
  private int unnamedTraces;

  // The trace and event being read.
  private String traceId;
  private int traceFrom;
  private String activity;
  private String resource;
  private String lifecycle;
  private long time;
  private boolean hasTime;
  private boolean badEvent;
  private int eventLine;
  private int eventColumn;

  XesParser(String file, ImportOptions options) {
    this.file = file;
    this.timestamps = new IsoTimestamps(options.wallClock(), options.zone());
    this.problems = new RowProblems(file, options);
  }

  /** Parses one document (a whole file or one part of it) into this parser's builder. */
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
              startEvent(r);
            } else if (CONCEPT_NAME.equals(r.getAttributeValue(null, "key"))) {
              traceId = r.getAttributeValue(null, "value");
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
          traceId = null;
          traceFrom = log.events();
        }
      } else if (type == XMLStreamConstants.END_ELEMENT) {
        if (depth == eventDepth) {
          endEvent();
          eventDepth = -1;
        } else if (depth == traceDepth) {
          endTrace();
          traceDepth = -1;
        }
        depth--;
      } else if (type == XMLStreamConstants.DTD) {
        throw new LogImportException(
            Problem.error(
                "xml-doctype",
                "the file declares a document type (<!DOCTYPE ...>), which event logs never"
                    + " need; refused because it can read local files or expand entities"
                    + " without end",
                "remove the <!DOCTYPE ...> declaration if the file is genuine",
                here(r)));
      } else if (type == XMLStreamConstants.ENTITY_REFERENCE) {
        throw new LogImportException(
            Problem.error(
                "xml-entity",
                "the file refers to the entity &" + r.getLocalName() + "; which is not allowed",
                "only the XML built-in entities (&amp; &lt; ...) are read",
                here(r)));
      }
    }
    return new XesPart(log, problems, traces, unnamedTraces);
  }

  private SourceLocation here(XMLStreamReader r) {
    Location at = r.getLocation();
    return SourceLocation.of(
        file, Math.max(0, at.getLineNumber()), Math.max(0, at.getColumnNumber()));
  }

  private void startEvent(XMLStreamReader r) {
    activity = null;
    resource = null;
    lifecycle = null;
    hasTime = false;
    badEvent = false;
    Location at = r.getLocation();
    eventLine = Math.max(0, at.getLineNumber());
    eventColumn = Math.max(0, at.getColumnNumber());
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
      case CONCEPT_NAME -> activity = value;
      case RESOURCE -> resource = value;
      case LIFECYCLE -> lifecycle = value;
      case TIMESTAMP -> {
        try {
          time = timestamps.parse(value);
          hasTime = true;
        } catch (DateTimeException e) {
          badEvent = true;
          problems.skip(
              Problem.error(
                  "bad-timestamp",
                  "unreadable time:timestamp '" + value + "'; event skipped",
                  "XES dates are ISO-8601, e.g. 2011-10-01T00:38:44.546+02:00",
                  here(r)));
        }
      }
      default -> {}
    }
  }

  private void endEvent() throws LogImportException {
    if (badEvent) {
      return;
    }
    SourceLocation at = SourceLocation.of(file, eventLine, eventColumn);
    if (activity == null) {
      problems.skip(
          Problem.error("missing-activity", "event without concept:name; skipped", "", at));
      return;
    }
    if (!hasTime) {
      problems.skip(
          Problem.error("missing-timestamp", "event without time:timestamp; skipped", "", at));
      return;
    }
    log.add(
        -1,
        log.activityNumber(activity),
        time,
        log.resourceNumber(resource),
        log.lifecycleNumber(lifecycle));
  }

  private void endTrace() {
    traces++;
    if (traceId == null) {
      unnamedTraces++;
      traceId = XesPart.UNNAMED + traces;
    }
    if (log.events() > traceFrom) {
      log.assignCase(traceFrom, log.caseNumber(traceId));
    }
  }
}
