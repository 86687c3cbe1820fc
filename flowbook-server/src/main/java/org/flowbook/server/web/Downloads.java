package org.flowbook.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.flowbook.bpmn.write.BpmnExporter;
import org.flowbook.diagram.Diagrams;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.repository.Library;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.flowbook.server.security.Auth;
import org.flowbook.server.view.Charts;
import org.flowbook.server.view.Views;

/** Files of one process version: its {@code .flow} text, its flowchart as SVG or PNG, BPMN 2.0. */
public final class Downloads {
  private final Library library;
  private final Views views;
  private final Charts charts;

  public Downloads(Library library, Views views, Charts charts) {
    this.library = library;
    this.views = views;
    this.charts = charts;
  }

  public void register(Javalin app) {
    app.get("/processes/{id}/v/{n}/{file}", this::file);
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

  private static void attachment(Context ctx, String name) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
  }
}
