package org.flowbook.mining.log.xes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.flowbook.mining.log.EventLogBuilder;
import org.flowbook.mining.log.ImportFailures;
import org.flowbook.mining.log.ImportOptions;
import org.flowbook.mining.log.ImportResult;
import org.flowbook.mining.log.LogImportException;
import org.flowbook.mining.log.LogReader;
import org.flowbook.mining.log.RowProblems;
import org.flowbook.mining.log.io.InputProblem;
import org.flowbook.mining.log.io.LogInput;
import org.flowbook.mining.log.io.LogStream;
import org.flowbook.mining.log.time.IsoTimestamps;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/**
 * Streams an XES log (IEEE 1849, plain or gzip) into the columnar log: one event's attributes in
 * local variables at a time, so memory grows only with the columns.
 *
 * <p>Case = the trace's {@code concept:name}; activity = the event's {@code concept:name}; time =
 * {@code time:timestamp}; resource = {@code org:resource}; lifecycle = {@code
 * lifecycle:transition}. Only attributes directly inside the trace or event count (not nested ones,
 * not {@code <global>} defaults — PM4Py ignores those too). Traces with the same id are one case.
 */
public final class XesReader implements LogReader {
  private static final String CONCEPT_NAME = "concept:name";
  private static final String TIMESTAMP = "time:timestamp";
  private static final String RESOURCE = "org:resource";
  private static final String LIFECYCLE = "lifecycle:transition";

  @Override
  public ImportResult read(Path file, ImportOptions options) throws LogImportException {
    LogStream in = null;
    try {
      in = LogInput.open(file, options, true);
      return new Run(file.toString(), options).parse(in);
    } catch (IOException e) {
      throw ImportFailures.of(file, e);
    } catch (XMLStreamException e) {
      var known = in.failure().or(() -> InputProblem.in(e));
      if (known.isPresent()) {
        throw new LogImportException(known.get().problem());
      }
      throw new LogImportException(syntax(file.toString(), e));
    } finally {
      closeQuietly(in);
    }
  }

  private static void closeQuietly(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // Nothing was written; a failure to close a file being read changes no result.
      }
    }
  }

  static Problem syntax(String file, XMLStreamException e) {
    Location at = e.getLocation();
    String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
    int cut = message.indexOf("Message: ");
    if (cut >= 0) {
      message = message.substring(cut + "Message: ".length());
    }
    return Problem.error(
        "xml-syntax",
        "the XML is malformed: " + message.strip(),
        "the file may be cut off or not an XES log",
        at == null
            ? SourceLocation.file(file)
            : SourceLocation.of(
                file, Math.max(0, at.getLineNumber()), Math.max(0, at.getColumnNumber())));
  }

  /** The state of one import. */
  private static final class Run {
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

    Run(String file, ImportOptions options) {
      this.file = file;
      this.timestamps = new IsoTimestamps(options.wallClock(), options.zone());
      this.problems = new RowProblems(file, options);
    }

    ImportResult parse(InputStream in) throws XMLStreamException, LogImportException {
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
      if (unnamedTraces > 0) {
        problems.warn(
            Problem.warning(
                "trace-without-id",
                unnamedTraces + " traces have no concept:name; they were named \"trace N\"",
                "",
                SourceLocation.file(file)));
      }
      if (log.events() == 0) {
        throw ImportFailures.empty(Path.of(file), problems);
      }
      return new ImportResult(log.build(), problems.problems(), problems.skipped());
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
        traceId = "trace " + traces;
      }
      if (log.events() > traceFrom) {
        log.assignCase(traceFrom, log.caseNumber(traceId));
      }
    }
  }
}
