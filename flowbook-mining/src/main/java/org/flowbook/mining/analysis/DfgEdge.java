package org.flowbook.mining.analysis;

/**
 * One edge of the directly-follows graph: {@code to} directly followed {@code from} in a case.
 *
 * @param from the earlier activity
 * @param to the later activity
 * @param frequency how often, over all cases
 * @param waiting the time between the two events (ts(to) − ts(from)), in milliseconds
 */
public record DfgEdge(String from, String to, long frequency, DurationStats waiting) {}
