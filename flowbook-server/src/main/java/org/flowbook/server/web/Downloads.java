package org.flowbook.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.flowbook.bpmn.write.BpmnExporter;
import org.flowbook.diagram.Diagrams;
import org.flowbook.handbook.Handbooks;
import org.flowbook.handbook.ManualRequest;
import org.flowbook.handbook.OutputFormat;
import org.flowbook.handbook.content.Approval;
import org.flowbook.handbook.figure.DiagramFlowcharts;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.model.Status;
import org.flowbook.model.Workspace;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.repository.Library;
import org.flowbook.repository.LibraryView;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.process.ProcessVersion;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.flowbook.server.http.HeavyWork;
import org.flowbook.server.http.MediaTypes;
import org.flowbook.server.security.Auth;
import org.flowbook.server.view.Charts;
import org.flowbook.server.view.Views;

/**
 * Files of one process version — its {@code .flow} text, its flowchart as SVG or PNG, BPMN 2.0, its
 * manual as PDF, Word or HTML — and a role's manual.
 */
public final class Downloads {
  private final Library library;
  private final Views views;
  private final Charts charts;
  private final HeavyWork heavy;
  private final Handbooks handbooks = new Handbooks(new DiagramFlowcharts());

  public Downloads(Library library, Views views, Charts charts, HeavyWork heavy) {
    this.library = library;
    this.views = views;
    this.charts = charts;
    this.heavy = heavy;
  }

  public void register(Javalin app) {
    app.get("/processes/{id}/v/{n}/{file}", this::file);
    app.get("/roles/{name}/manual.{ext}", this::roleManual);
  }

  private void roleManual(Context ctx) {
    LibraryView view = library.viewFor(Auth.require(ctx, AccessRole.READER));
    String role = ctx.pathParam("name");
    OutputFormat format = manualFormat(ctx.pathParam("ext"));
    Workspace ws = view.workspace();
    if (ws.organization().role(role).isEmpty()) {
      throw new NotFoundResponse("no role " + role);
    }
    ManualRequest request =
        ManualRequest.role(role, format)
            .in(views.language(ctx))
            .withApprovals(approvals(ws, "", 0));
    byte[] manual = heavy.run(ctx, () -> handbooks.bytes(ws, request));
    attachment(ctx, org.flowbook.notation.Slugs.of(role) + "-manual." + format.extension());
    ctx.contentType(format.mediaType()).result(manual);
  }

  /** The manual formats offered for download (Markdown stays a CLI format). */
  private static OutputFormat manualFormat(String extension) {
    return switch (extension) {
      case "pdf" -> OutputFormat.PDF;
      case "docx" -> OutputFormat.DOCX;
      case "html" -> OutputFormat.HTML;
      default -> throw new NotFoundResponse("no such download");
    };
  }

  /**
   * Who approved the versions a manual shows, as the review workflow recorded it (the {@code .flow}
   * text does not carry it): process {@code shownId} at version {@code shownVersion}, every other
   * process at its published version. A version counts as approved when it left review as published
   * (it may since have been archived by a newer one); versions imported or restored without review
   * have no approval to show.
   */
  private Map<String, Approval> approvals(Workspace ws, String shownId, int shownVersion) {
    Map<String, Approval> approvals = new HashMap<>();
    for (Process p : ws.processes()) {
      Optional<Integer> shown =
          p.id().equals(shownId)
              ? Optional.of(shownVersion)
              : library.processes().summary(p.id()).flatMap(ProcessSummary::published);
      if (shown.isEmpty()) {
        continue;
      }
      library.processes().history(p.id()).stream()
          .filter(v -> v.version() == shown.get())
          .filter(v -> v.status() == Status.PUBLISHED || v.status() == Status.ARCHIVED)
          .filter(v -> !v.decidedBy().isEmpty() && v.decidedAt() != null)
          .findFirst()
          .ifPresent(
              v ->
                  approvals.put(
                      p.id(),
                      new Approval(
                          library
                              .users()
                              .byName(v.decidedBy())
                              .map(User::displayName)
                              .orElse(v.decidedBy()),
                          LocalDate.ofInstant(v.decidedAt(), ZoneId.systemDefault()))));
    }
    return approvals;
  }

  private void file(Context ctx) {
    LibraryView view = library.viewFor(Auth.require(ctx, AccessRole.READER));
    String id = view.process(ctx.pathParam("id")).id();
    int n = LibraryPages.parseVersion(ctx.pathParam("n"));
    ProcessVersion version = view.version(id, n);
    String file = ctx.pathParam("file");
    String base = id + "-v" + n;
    if (file.equals(id + ".flow")) {
      String text = version.source();
      attachment(ctx, base + ".flow");
      ctx.contentType(MediaTypes.TEXT).result(text);
      return;
    }
    ProcessDocument doc = view.document(id, n);
    if (!doc.hasProcess()) {
      throw new NotFoundResponse("version " + n + " of " + id + " cannot be read");
    }
    // The stored text has no status line: the workflow says where this version stands.
    Process shown = doc.process().withStatus(version.info().status());
    Optional<String> manual = manualExtension(file, id);
    if (manual.isPresent()) {
      OutputFormat format = manualFormat(manual.get());
      Workspace ws = view.workspaceWith(shown);
      ManualRequest request =
          ManualRequest.process(id, format)
              .in(views.language(ctx))
              .withApprovals(approvals(ws, id, n));
      byte[] bytes = heavy.run(ctx, () -> handbooks.bytes(ws, request));
      attachment(ctx, base + "-manual." + format.extension());
      ctx.contentType(format.mediaType()).result(bytes);
      return;
    }
    if (!file.equals(id + ".svg") && !file.equals(id + ".bpmn") && !file.equals(id + ".png")) {
      throw new NotFoundResponse("no such download");
    }
    Language lang = views.language(ctx);
    if (file.equals(id + ".svg")) {
      String svg = heavy.run(ctx, () -> charts.flowchart(id, n, doc.process(), lang));
      attachment(ctx, base + ".svg");
      ctx.contentType(MediaTypes.SVG).result(svg);
    } else if (file.equals(id + ".bpmn")) {
      String bpmn = heavy.run(ctx, () -> new BpmnExporter(Diagrams::layout).write(doc.process()));
      attachment(ctx, base + ".bpmn");
      ctx.contentType(MediaTypes.XML).result(bpmn);
    } else {
      byte[] png =
          heavy.run(ctx, () -> Diagrams.png(charts.flowchart(id, n, doc.process(), lang), 2.0));
      attachment(ctx, base + ".png");
      ctx.contentType("image/png").result(png);
    }
  }

  /** "ID-manual.pdf" → "pdf". */
  private static Optional<String> manualExtension(String file, String id) {
    String prefix = id + "-manual.";
    return file.startsWith(prefix)
        ? Optional.of(file.substring(prefix.length()))
        : Optional.empty();
  }

  private static void attachment(Context ctx, String name) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
  }
}
