package org.flowbook.repository.people;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An absence kept in the library: that {@code person} is away from {@code from} to {@code to}, both
 * included. Deliberately no reason (see {@code V7__people.sql}).
 *
 * @param createdBy the account that registered it (the person themself, a manager, or the import)
 */
public record StoredAbsence(
    long id, String person, LocalDate from, LocalDate to, Instant createdAt, String createdBy) {}
