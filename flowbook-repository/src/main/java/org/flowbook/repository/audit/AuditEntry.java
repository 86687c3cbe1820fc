package org.flowbook.repository.audit;

import java.time.Instant;

/**
 * One line of the audit log: who did what to which target, when.
 *
 * @param action a stable kebab-case verb: {@code create}, {@code save}, {@code submit}, {@code
 *     approve}, {@code reject}, {@code archive}, {@code import}, {@code login}, {@code user-create}
 * @param target what it was done to, e.g. {@code process:purchase-approval@3} or {@code user:eva}
 */
public record AuditEntry(
    long id, Instant at, String actor, String action, String target, String detail) {}
