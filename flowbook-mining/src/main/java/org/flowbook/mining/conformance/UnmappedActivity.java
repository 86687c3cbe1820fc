package org.flowbook.mining.conformance;

/** A log activity that matches no step of the model, with how often it occurs. */
public record UnmappedActivity(String activity, long events, long cases) {}
