package org.flowbook.analysis.diff;

/**
 * A control added to or removed from the process.
 *
 * @param step the title of the step that performs it
 * @param requirements the requirements it cites, comma separated, or empty
 */
public record ControlChange(String control, String step, String requirements, boolean added) {}
