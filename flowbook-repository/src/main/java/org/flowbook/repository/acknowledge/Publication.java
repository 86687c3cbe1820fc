package org.flowbook.repository.acknowledge;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One publication of a process version, and whether its readers must acknowledge it.
 *
 * @param previousVersion the version published before, or null for the first publication
 * @param due when acknowledgements are due, or null
 */
public record Publication(
    String processId,
    int version,
    Integer previousVersion,
    String publishedBy,
    Instant publishedAt,
    boolean ackRequired,
    LocalDate due) {}
