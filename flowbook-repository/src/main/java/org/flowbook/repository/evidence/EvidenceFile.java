package org.flowbook.repository.evidence;

import java.time.Instant;

/**
 * A stored evidence file, without its bytes ({@link EvidenceStore#content} reads them).
 *
 * @param name the file name as sanitised on upload (no folders, no control characters)
 * @param mediaType the type its content was recognised as, never the one the sender claimed
 * @param sha256 the hex SHA-256 of the content, for the audit pack's list of files
 */
public record EvidenceFile(
    long id,
    String name,
    String mediaType,
    long size,
    String sha256,
    String uploadedBy,
    Instant uploadedAt) {}
