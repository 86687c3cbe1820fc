package org.flowbook.mining.log.xes;

import org.flowbook.mining.log.EventLogBuilder;
import org.flowbook.mining.log.RowProblems;

/**
 * What one XES document or one part of a split document held.
 *
 * @param log its events, with their own numbering of names and cases
 * @param problems its skipped events, lines relative to the part
 * @param traces how many traces it held
 * @param unnamed how many of them had no {@code concept:name}
 */
record XesPart(EventLogBuilder log, RowProblems problems, int traces, int unnamed) {
  /** Prefix of the placeholder id of a trace without name, followed by its number in the part. */
  static final String UNNAMED = "\u0000trace ";

  /** The id a trace gets: its own, or "trace N" with N counted over the whole file. */
  static String caseId(String id, int tracesBefore) {
    if (id.startsWith(UNNAMED)) {
      return "trace " + (tracesBefore + Integer.parseInt(id.substring(UNNAMED.length())));
    }
    return id;
  }
}
