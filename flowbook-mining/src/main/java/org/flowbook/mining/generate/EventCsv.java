package org.flowbook.mining.generate;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes simulated events as a CSV log with the columns {@code
 * case_id,activity,timestamp,resource}.
 */
public final class EventCsv {
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

  private EventCsv() {}

  public static String write(List<SimulatedEvent> events) {
    StringBuilder b = new StringBuilder("case_id,activity,timestamp,resource\n");
    for (SimulatedEvent e : events) {
      b.append(field(e.caseId()))
          .append(',')
          .append(field(e.activity()))
          .append(',')
          .append(ISO.format(e.time()))
          .append(',')
          .append(field(e.resource()))
          .append('\n');
    }
    return b.toString();
  }

  private static String field(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
