package org.flowbook.mining.log.xes;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import org.flowbook.mining.log.EventLogBuilder;
import org.flowbook.mining.log.ImportOptions;
import org.flowbook.mining.log.LogImportException;
import org.flowbook.mining.log.RowProblems;
import org.flowbook.mining.log.time.IsoTimestamps;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/**
 * What both XES readers (the byte scanner and the StAX fallback) do with what they find: the XES
 * semantics in one place, so the two cannot drift apart. One event's fields are held in fields of
 * this object until the event ends; see {@link XesReader} for which attributes count.
 */
final class XesEvents {
  static final String CONCEPT_NAME = "concept:name";
  static final String TIMESTAMP = "time:timestamp";
  static final String RESOURCE = "org:resource";
  static final String LIFECYCLE = "lifecycle:transition";

  /** Where an element that starts stands in the log's structure, which decides what it means. */
  enum Place {
    /** The document element, which must be {@code <log>}. */
    ROOT,
    /** A child of {@code <log>}: a {@code <trace>} or something log-level. */
    IN_LOG,
    /** A child of a {@code <trace>}: an {@code <event>} or a trace attribute. */
    IN_TRACE,
    /** A child of an {@code <event>}: one of its attributes. */
    IN_EVENT,
    /** Anything deeper (nested attributes, globals): ignored, as PM4Py does. */
    ELSEWHERE
  }

  private final String file;
  private final IsoTimestamps timestamps;
  private final EventLogBuilder log = new EventLogBuilder();
  private final RowProblems problems;
  private int traces;
  private int unnamedTraces;

  // The element depth of the open trace and event, -1 when none is open.
  private int traceDepth = -1;
  private int eventDepth = -1;

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

  XesEvents(String file, ImportOptions options) {
    this.file = file;
    this.timestamps = new IsoTimestamps(options.wallClock(), options.zone());
    this.problems = new RowProblems(file, options);
  }

  String file() {
    return file;
  }

  /** The place of an element that starts at {@code depth} (the root is at depth 1). */
  Place place(int depth) {
    if (eventDepth > 0) {
      return depth == eventDepth + 1 ? Place.IN_EVENT : Place.ELSEWHERE;
    }
    if (traceDepth > 0) {
      return depth == traceDepth + 1 ? Place.IN_TRACE : Place.ELSEWHERE;
    }
    if (depth == 1) {
      return Place.ROOT;
    }
    return depth == 2 ? Place.IN_LOG : Place.ELSEWHERE;
  }

  /** The element at {@code depth} (as given to {@link #place}) has ended. */
  void endElement(int depth) throws LogImportException {
    if (depth == eventDepth) {
      endEvent();
      eventDepth = -1;
    } else if (depth == traceDepth) {
      endTrace();
      traceDepth = -1;
    }
  }

  void startTrace(int depth) {
    traceDepth = depth;
    traceId = null;
    traceFrom = log.events();
  }

  /** The trace's {@code concept:name}; null when the attribute has no value. */
  void traceName(String id) {
    traceId = id;
  }

  void startEvent(int depth, int line, int column) {
    eventDepth = depth;
    activity = null;
    resource = null;
    lifecycle = null;
    hasTime = false;
    badEvent = false;
    eventLine = line;
    eventColumn = column;
  }

  void activity(String name) {
    activity = name;
  }

  void resource(String name) {
    resource = name;
  }

  void lifecycle(String transition) {
    lifecycle = transition;
  }

  /** The event's {@code time:timestamp}, located for the message when it cannot be read. */
  void timestamp(String value, int line, int column) throws LogImportException {
    try {
      time = timestamps.parse(value);
      hasTime = true;
    } catch (DateTimeException e) {
      badTimestamp(value, line, column);
    }
  }

  /** As {@link #timestamp(String, int, int)} for the ASCII bytes {@code b[from, to)}. */
  void timestamp(byte[] b, int from, int to, int line, int column) throws LogImportException {
    try {
      time = timestamps.parse(b, from, to);
      hasTime = true;
    } catch (DateTimeException e) {
      badTimestamp(new String(b, from, to - from, StandardCharsets.ISO_8859_1), line, column);
    }
  }

  private void badTimestamp(String value, int line, int column) throws LogImportException {
    badEvent = true;
    problems.skip(
        Problem.error(
            "bad-timestamp",
            "unreadable time:timestamp '" + value + "'; event skipped",
            "XES dates are ISO-8601, e.g. 2011-10-01T00:38:44.546+02:00",
            SourceLocation.of(file, line, column)));
  }

  private void endEvent() throws LogImportException {
    if (badEvent) {
      return;
    }
    if (activity == null) {
      problems.skip(
          Problem.error(
              "missing-activity",
              "event without concept:name; skipped",
              "",
              SourceLocation.of(file, eventLine, eventColumn)));
      return;
    }
    if (!hasTime) {
      problems.skip(
          Problem.error(
              "missing-timestamp",
              "event without time:timestamp; skipped",
              "",
              SourceLocation.of(file, eventLine, eventColumn)));
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

  /** The refusal of a document type declaration. */
  static Problem doctype(SourceLocation at) {
    return Problem.error(
        "xml-doctype",
        "the file declares a document type (<!DOCTYPE ...>), which event logs never"
            + " need; refused because it can read local files or expand entities"
            + " without end",
        "remove the <!DOCTYPE ...> declaration if the file is genuine",
        at);
  }

  /** The refusal of a reference to a declared entity. */
  static Problem entity(String name, SourceLocation at) {
    return Problem.error(
        "xml-entity",
        "the file refers to the entity &" + name + "; which is not allowed",
        "only the XML built-in entities (&amp; &lt; ...) are read",
        at);
  }

  /** The refusal of a document whose root is not {@code <log>}. */
  static Problem notXes(String root, SourceLocation at) {
    return Problem.error(
        "not-xes",
        "the root element is <" + root + ">, not <log>",
        "this is not an XES event log",
        at);
  }

  XesPart part() {
    return new XesPart(log, problems, traces, unnamedTraces);
  }
}
