package org.flowbook.mining.analysis;

/**
 * An activity that was done more than once within cases.
 *
 * @param activity the activity
 * @param cases cases in which it was repeated
 * @param repetitions executions beyond the first, summed over those cases
 */
public record ReworkActivity(String activity, long cases, long repetitions) {}
