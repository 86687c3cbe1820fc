package org.flowbook.mining.conformance;

/**
 * How the log's cases went through one documented step, from their optimal alignments.
 *
 * @param synchronous times the step happened where the model allows it
 * @param skipped times the model needed the step but the case did not do it (model moves)
 * @param outOfPlace times the step's activity happened where the model does not allow it (log
 *     moves)
 */
public record StepConformance(
    String step, String title, long synchronous, long skipped, long outOfPlace) {}
