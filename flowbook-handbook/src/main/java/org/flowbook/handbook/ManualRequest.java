package org.flowbook.handbook;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.flowbook.handbook.content.Approval;
import org.flowbook.model.Language;

/**
 * What manual to write: its kind, its subject (a process id or a role name), the language of the
 * fixed texts, the file format, and the facts only a caller knows (approvals, today's date).
 *
 * @param subject the process id for {@link ManualKind#PROCESS}, the role name for {@link
 *     ManualKind#ROLE}, empty for {@link ManualKind#ORGANIZATION}
 * @param language the language of headings and labels, or empty for the organization's language
 * @param approvals approvals by process id, shown on covers
 * @param date the date printed as "generated" (fixed in tests, today otherwise)
 */
public record ManualRequest(
    ManualKind kind,
    String subject,
    Optional<Language> language,
    OutputFormat format,
    Map<String, Approval> approvals,
    LocalDate date) {
  public ManualRequest {
    Objects.requireNonNull(kind, "kind");
    subject = subject == null ? "" : subject.strip();
    language = Objects.requireNonNullElse(language, Optional.empty());
    Objects.requireNonNull(format, "format");
    approvals = Map.copyOf(approvals);
    Objects.requireNonNull(date, "date");
    if (kind != ManualKind.ORGANIZATION && subject.isEmpty()) {
      throw new IllegalArgumentException("a " + kind + " manual needs a subject");
    }
  }

  public static ManualRequest process(String processId, OutputFormat format) {
    return new ManualRequest(
        ManualKind.PROCESS, processId, Optional.empty(), format, Map.of(), LocalDate.now());
  }

  public static ManualRequest role(String role, OutputFormat format) {
    return new ManualRequest(
        ManualKind.ROLE, role, Optional.empty(), format, Map.of(), LocalDate.now());
  }

  public static ManualRequest organization(OutputFormat format) {
    return new ManualRequest(
        ManualKind.ORGANIZATION, "", Optional.empty(), format, Map.of(), LocalDate.now());
  }

  public ManualRequest in(Language newLanguage) {
    return new ManualRequest(kind, subject, Optional.of(newLanguage), format, approvals, date);
  }

  public ManualRequest as(OutputFormat newFormat) {
    return new ManualRequest(kind, subject, language, newFormat, approvals, date);
  }

  public ManualRequest on(LocalDate newDate) {
    return new ManualRequest(kind, subject, language, format, approvals, newDate);
  }

  public ManualRequest withApprovals(Map<String, Approval> newApprovals) {
    return new ManualRequest(kind, subject, language, format, newApprovals, date);
  }
}
