package org.flowbook.handbook.content;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who approved a process version and when, as the repository's review workflow records it; the
 * {@code .flow} file itself does not carry it, so the cover shows it only when a caller knows it.
 */
public record Approval(String approvedBy, LocalDate approvedOn) {
  public Approval {
    Objects.requireNonNull(approvedBy, "approvedBy");
    Objects.requireNonNull(approvedOn, "approvedOn");
  }
}
