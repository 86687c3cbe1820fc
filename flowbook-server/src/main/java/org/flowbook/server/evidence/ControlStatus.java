package org.flowbook.server.evidence;

import java.util.List;
import java.util.Optional;
import org.flowbook.repository.evidence.EvidenceRecord;

/**
 * Where a control stands today: the periods that ended without evidence (overdue, newest first),
 * the current period when it has none yet (due), and the evidence recorded, newest first.
 */
public record ControlStatus(
    TrackedControl control,
    List<String> overdue,
    Optional<String> due,
    List<EvidenceRecord> records) {
  public ControlStatus {
    overdue = List.copyOf(overdue);
    records = List.copyOf(records);
  }

  /** Nothing overdue and nothing due. */
  public boolean upToDate() {
    return overdue.isEmpty() && due.isEmpty();
  }
}
