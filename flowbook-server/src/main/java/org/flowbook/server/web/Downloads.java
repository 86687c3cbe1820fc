package org.flowbook.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowbook.bpmn.write.BpmnExporter;
import org.flowbook.diagram.Diagrams;
import org.flowbook.handbook.Handbooks;
import org.flowbook.handbook.ManualRequest;
import org.flowbook.handbook.OutputFormat;
import org.flowbook.handbook.figure.DiagramFlowcharts;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.repository.Library;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
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
  private final Handbooks handbooks = new Handbooks(new DiagramFlowcharts());

  public Downloads(Library library, Views views, Charts charts) {
    this.library = library;
    this.views = views;
    this.charts = charts;
  }

  public void register(Javalin app) {
    app.get("/processes/{id}/v/{n}/{file}", this::file);
    app.get("/roles/{name}/manual.{ext}", this::roleManual);
  }

  private void roleManual(Context ctx) {
    Auth.require(ctx, AccessRole.READER);
    String role = ctx.pathParam("name");
    OutputFormat format = manualFormat(ctx.pathParam("ext"));
    Workspace ws = library.workspace();
    if (ws.organization().role(role).isEmpty()) {
      throw new NotFoundResponse("no role " + role);
    }
    ManualRequest request = ManualRequest.role(role, format).in(views.language(ctx));
    attachment(ctx, org.flowbook.notation.Slugs.of(role) + "-manual." + format.extension());
    ctx.contentType(format.mediaType()).result(handbooks.bytes(ws, request));
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

  /** The workspace as readers see it, with this process at the requested version. */
  private Workspace workspaceWith(Process version) {
    Workspace ws = library.workspace();
    List<Process> processes = new ArrayList<>();
    boolean replaced = false;
    for (Process p : ws.processes()) {
      if (p.id().equals(version.id())) {
        processes.add(version);
        replaced = true;
      } else {
        processes.add(p);
      }
    }
    if (!replaced) {
      processes.add(version);
    }
    return ws.withProcesses(processes);
  }

  private void file(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    String id = ctx.pathParam("id");
    int n = LibraryPages.parseVersion(ctx.pathParam("n"));
    ProcessSummary s =
        library.processes().summary(id).orElseThrow(() -> new NotFoundResponse("no process " + id));
    Visibility.checkVersion(s, n, u);
    String file = ctx.pathParam("file");
    String base = id + "-v" + n;
    if (file.equals(id + ".flow")) {
      String text =
          library
              .processes()
              .version(id, n)
              .orElseThrow(() -> new NotFoundResponse("no version " + n))
              .source();
      attachment(ctx, base + ".flow");
      ctx.contentType("text/plain; charset=utf-8").result(text);
      return;
    }
    ProcessDocument doc =
        library
            .document(id, n)
            .filter(ProcessDocument::hasProcess)
            .orElseThrow(() -> new NotFoundResponse("no version " + n));
    Optional<String> manual = manualExtension(file, id);
    if (manual.isPresent()) {
      OutputFormat format = manualFormat(manual.get());
      ManualRequest request = ManualRequest.process(id, format).in(views.language(ctx));
      attachment(ctx, base + "-manual." + format.extension());
      ctx.contentType(format.mediaType())
          .result(handbooks.bytes(workspaceWith(doc.process()), request));
      return;
    }
    String svg = charts.flowchart(id, n, doc.process(), views.language(ctx));
    if (file.equals(id + ".svg")) {
      attachment(ctx, base + ".svg");
      ctx.contentType("image/svg+xml").result(svg);
    } else if (file.equals(id + ".bpmn")) {
      attachment(ctx, base + ".bpmn");
      ctx.contentType("application/xml; charset=utf-8")
          .result(new BpmnExporter(Diagrams::layout).write(doc.process()));
    } else if (file.equals(id + ".png")) {
      attachment(ctx, base + ".png");
      ctx.contentType("image/png").result(Diagrams.png(svg, 2.0));
    } else {
      throw new NotFoundResponse("no such download");
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
