package org.flowbook.repository.audit;

/**
 * Where the library stands: every change (process, organization, people, absence, account) writes
 * an audit entry in its own transaction, and the log is append-only, so the number of entries grows
 * with every committed change. A cache keyed by this mark, read from the database on each request,
 * is right on every node of a cluster without any node telling the others. The count, not only the
 * highest id, because ids are handed out before commit and can become visible out of order.
 */
public record ChangeMark(long entries, long lastId) {}
