package org.flowbook.mining.generate;

import java.time.Instant;

/** One event of a simulated case: what was done, when and by which role. */
public record SimulatedEvent(String caseId, String activity, Instant time, String resource) {}
