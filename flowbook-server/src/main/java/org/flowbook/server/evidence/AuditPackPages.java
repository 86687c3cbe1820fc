package org.flowbook.server.evidence;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.flowbook.compliance.ComplianceReports;
import org.flowbook.compliance.register.ComplianceRequest;
import org.flowbook.model.Language;
import org.flowbook.model.Status;
import org.flowbook.model.Workspace;
import org.flowbook.repository.Library;
import org.flowbook.repository.audit.AuditEntry;
import org.flowbook.repository.evidence.EvidenceRecord;
import org.flowbook.repository.users.User;
import org.flowbook.server.http.InputError;
import org.flowbook.server.security.Auth;
import org.flowbook.server.view.Views;

/**
 * The audit pack for auditors and administrators ({@link Auth#requireAuditView}): a form for the
 * period, and the zip ({@link AuditPack}) on the web and the API. Taking a pack is itself written
 * to the audit log.
 */
public final class AuditPackPages {
  /** The most audit-log entries one pack holds; a longer period is cut, and the report says so. */
  public static final int MAX_AUDIT_ROWS = 100_000;

  /** The longest period one pack covers. */
  private static final int MAX_DAYS = 3 * 366;

  private final Library library;
  private final Views views;
  private final Controls controls;

  public AuditPackPages(Library library, Views views) {
    this.library = library;
    this.views = views;
    this.controls = new Controls(library);
  }

  public void register(Javalin app) {
    app.get("/audit-pack", this::form);
    app.get("/audit-pack.zip", this::zip);
    app.get("/api/v1/audit-pack", this::zip);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(library.clock().instant(), ZoneId.systemDefault());
  }

  /** The form's defaults: this year so far. */
  public record Form(LocalDate from, LocalDate to) {}

  private void form(Context ctx) {
    Auth.requireAuditView(ctx);
    LocalDate today = today();
    views.render(ctx, "auditpack.jte", Views.of("form", new Form(today.withDayOfYear(1), today)));
  }

  private void zip(Context ctx) throws IOException {
    User u = Auth.requireAuditView(ctx);
    LocalDate from = date(ctx.queryParam("from"));
    LocalDate to = date(ctx.queryParam("to"));
    if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
      throw InputError.unprocessable("evidence.pack.range", MAX_DAYS);
    }
    ZoneId zone = ZoneId.systemDefault();
    var start = from.atStartOfDay(zone).toInstant();
    var end = to.plusDays(1).atStartOfDay(zone).toInstant();
    var view = library.viewFor(u);
    List<EvidenceRecord> evidence =
        library.evidence().all().stream()
            .filter(r -> !r.recordedAt().isBefore(start) && r.recordedAt().isBefore(end))
            .filter(r -> view.find(r.processId()).isPresent())
            .sorted(java.util.Comparator.comparingLong(EvidenceRecord::id))
            .toList();
    List<ControlStatus> status =
        controls.status(controls.all(u), to.isAfter(today()) ? today() : to);
    Language lang = views.language(ctx);
    byte[] report =
        EvidenceReport.pdf(
            new EvidenceReport.Input(
                lang, library.organization(), from, to, u.displayName(), status, evidence),
            key -> views.messages().get(lang, key));
    // comply4 (#19 item 3): the registers, of what a reader sees (the published processes).
    Workspace all = library.workspace();
    Workspace published =
        new Workspace(
            all.organization(),
            all.processes().stream().filter(p -> p.status() == Status.PUBLISHED).toList());
    byte[] compliance = ComplianceReports.pdf(published, ComplianceRequest.of(lang, to.getYear()));
    List<AuditEntry> audit = library.audit().between(start, end, MAX_AUDIT_ROWS);
    library
        .audit()
        .append(
            u.username(),
            "audit-pack",
            "period:" + from + ".." + to,
            evidence.size() + " evidence records, " + audit.size() + " audit entries");
    ctx.header(
        "Content-Disposition", "attachment; filename=\"audit-pack-" + from + "-" + to + ".zip\"");
    ctx.contentType("application/zip");
    // Streamed: the files are read from the database one at a time, never all held at once.
    AuditPack.write(
        new AuditPack.Contents(
            from, to, report, compliance, evidence, id -> library.evidence().content(id), audit),
        ctx.outputStream());
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text == null ? "" : text.strip());
    } catch (DateTimeParseException e) {
      throw InputError.badRequest("evidence.pack.date");
    }
  }
}
