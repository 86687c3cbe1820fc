package org.flowbook.server.mining;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.flowbook.repository.Library;
import org.flowbook.repository.LibraryView;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.process.SaveResult;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.flowbook.server.http.InputError;
import org.flowbook.server.security.Auth;
import org.flowbook.server.view.Views;

/**
 * A process checked against an event log in the web app: the upload page, the upload itself
 * (streamed to disk, {@link LogUpload}), the job page with its progress and, when done, the
 * documented flowchart with the log painted on it, and "create a draft version" from the log's
 * figures, opened in the editor for review. Authors only; the process must be visible to them, and
 * a job is seen only by the person who uploaded the log.
 */
public final class LogPages {
  private final Library library;
  private final Views views;
  private final LogJobs jobs;

  public LogPages(Library library, Views views, LogJobs jobs) {
    this.library = library;
    this.views = views;
    this.jobs = jobs;
  }

  public void register(Javalin app) {
    app.get("/processes/{id}/log", this::form);
    app.post("/processes/{id}/log", this::upload);
    app.get("/processes/{id}/log/jobs/{job}", this::job);
    app.get("/processes/{id}/log/jobs/{job}/progress", this::progress);
    app.post("/processes/{id}/log/jobs/{job}/draft", this::draft);
  }

  private void form(Context ctx) {
    LibraryView view = library.viewFor(Auth.require(ctx, AccessRole.AUTHOR));
    ProcessSummary s = view.process(ctx.pathParam("id"));
    views.render(
        ctx,
        "logupload.jte",
        Views.of("summary", s, "maxMib", LogUpload.MAX_BYTES / (1024 * 1024)));
  }

  /**
   * Takes the log as the raw body and answers 202 with the job's address (JSON {@code {"job":
   * "/processes/…/log/jobs/…"}}); refusals answer JSON {@code {"message": …}} in the user's
   * language, for the upload script to show.
   */
  private void upload(Context ctx) throws IOException {
    User u = Auth.require(ctx, AccessRole.AUTHOR);
    try {
      LibraryView view = library.viewFor(u);
      ProcessSummary s = view.process(ctx.pathParam("id"));
      int version = s.latestVersion();
      String source = view.version(s.id(), version).source();
      Path dir = jobs.newFolder();
      Path file;
      try {
        file = LogUpload.receive(ctx, dir);
      } catch (IOException | RuntimeException e) {
        java.nio.file.Files.deleteIfExists(dir);
        throw e;
      }
      Optional<String> id =
          jobs.submit(
              u.username(),
              s.id(),
              version,
              source,
              file,
              file.getFileName().toString(),
              views.page(ctx).lang());
      if (id.isEmpty()) {
        ctx.header("Retry-After", "30");
        throw InputError.unavailable("log.busy");
      }
      ctx.status(HttpStatus.ACCEPTED)
          .json(Map.of("job", "/processes/" + s.id() + "/log/jobs/" + id.get()));
    } catch (InputError e) {
      ctx.status(e.status()).json(Map.of("message", views.message(ctx, e)));
    }
  }

  private void job(Context ctx) {
    LogJob j = visibleJob(ctx);
    User u = Auth.require(ctx, AccessRole.AUTHOR);
    views.render(
        ctx,
        "logjob.jte",
        Views.of("summary", library.viewFor(u).process(j.processId()), "job", j));
  }

  /** The progress part of the job page, polled while the job runs; reloads the page when done. */
  private void progress(Context ctx) {
    LogJob j = visibleJob(ctx);
    if (j.phase().finished()) {
      ctx.header("HX-Refresh", "true");
    }
    ctx.contentType("text/html; charset=utf-8")
        .result(views.html(views.page(ctx), "logprogress.jte", Views.of("job", j)));
  }

  /**
   * Saves the process text with the log's figures as a new draft version on top of the version the
   * log was checked against, and opens the editor on it. Someone else's newer version wins: the
   * answer is the usual conflict (409).
   */
  private void draft(Context ctx) {
    User u = Auth.require(ctx, AccessRole.AUTHOR);
    LogJob j = visibleJob(ctx);
    LogJob.Result r = j.result().orElseThrow(() -> new NotFoundResponse("the job is not done"));
    SaveResult saved =
        library
            .processes()
            .save(
                u,
                j.processId(),
                j.version(),
                r.calibratedSource(),
                views.page(ctx).t("log.draftNote") + " " + j.fileName());
    if (saved instanceof SaveResult.Saved) {
      ctx.redirect("/processes/" + j.processId() + "/edit", HttpStatus.SEE_OTHER);
      return;
    }
    throw InputError.conflict("log.draftConflict");
  }

  private LogJob visibleJob(Context ctx) {
    User u = Auth.require(ctx, AccessRole.AUTHOR);
    // the process must still be visible: the same rule as every process page
    ProcessSummary s = library.viewFor(u).process(ctx.pathParam("id"));
    return jobs.find(ctx.pathParam("job"), u.username())
        .filter(j -> j.processId().equals(s.id()))
        .orElseThrow(() -> new NotFoundResponse("there is no such log check"));
  }
}
