package org.flowbook.mining.analysis;

/**
 * How long an activity takes from its start to its completion, in logs that record both lifecycle
 * transitions.
 *
 * @param activity the activity
 * @param processing start → complete durations in milliseconds
 */
public record ProcessingTime(String activity, DurationStats processing) {}
