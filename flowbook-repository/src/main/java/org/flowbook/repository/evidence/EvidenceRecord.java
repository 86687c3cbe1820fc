package org.flowbook.repository.evidence;

import java.time.Instant;
import java.util.Optional;

/**
 * That a control was performed for a period: who recorded it, when, with a note and/or a file.
 *
 * @param control the control's name as written on the step ({@code kontroll: Löpnummer})
 * @param processId the process whose step carries the control
 * @param period what was covered: "2026-11", "2026-Q4", "2026-W48", "2026", a day or a case
 *     reference
 */
public record EvidenceRecord(
    long id,
    String control,
    String processId,
    String period,
    String note,
    Optional<EvidenceFile> file,
    String recordedBy,
    String recordedName,
    Instant recordedAt) {}
