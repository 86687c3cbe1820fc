package org.flowbook.handbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.flowbook.handbook.content.Composer;
import org.flowbook.handbook.content.Handover;
import org.flowbook.handbook.content.Manual;
import org.flowbook.handbook.docx.DocxRenderer;
import org.flowbook.handbook.figure.Flowcharts;
import org.flowbook.handbook.html.HtmlRenderer;
import org.flowbook.handbook.html.Medium;
import org.flowbook.handbook.md.MarkdownRenderer;
import org.flowbook.handbook.pdf.PdfRenderer;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.model.Suggestions;
import org.flowbook.model.Workspace;
import org.flowbook.output.Progress;

/**
 * Writes operations manuals: the entry point for the CLI and the web app.
 *
 * <pre>{@code
 * Handbooks handbooks = new Handbooks(flowcharts);
 * handbooks.write(workspace, ManualRequest.process("purchase-approval", OutputFormat.PDF), out);
 * }</pre>
 */
public final class Handbooks {
  private final Flowcharts flowcharts;

  public Handbooks(Flowcharts flowcharts) {
    this.flowcharts = flowcharts;
  }

  /** What is wrong with a request for this workspace (unknown process or role), if anything. */
  public Optional<String> problem(Workspace workspace, ManualRequest request) {
    return switch (request.kind()) {
      case PROCESS -> {
        if (workspace.process(request.subject()).isPresent()) {
          yield Optional.empty();
        }
        List<String> ids = workspace.processes().stream().map(Process::id).toList();
        yield Optional.of(
            "no process with id '"
                + request.subject()
                + "'; "
                + Suggestions.hint(request.subject(), ids, "the workspace"));
      }
      case ROLE -> {
        if (roleNames(workspace).stream().anyMatch(r -> r.equalsIgnoreCase(request.subject()))) {
          yield Optional.empty();
        }
        yield Optional.of(
            "no role '"
                + request.subject()
                + "'; "
                + Suggestions.hint(request.subject(), roleNames(workspace), "organization.flow"));
      }
      case ORGANIZATION ->
          workspace.processes().isEmpty()
              ? Optional.of("the workspace has no processes")
              : Optional.empty();
    };
  }

  /** The roles a role manual can be written for: declared ones and those processes name. */
  public static List<String> roleNames(Workspace workspace) {
    return Composer.roleNames(workspace);
  }

  /** The format-neutral content of the requested manual. */
  public Manual compose(Workspace workspace, ManualRequest request, Progress progress) {
    problem(workspace, request)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p);
            });
    // Without a choice, labels follow the content: the process's own language for its manual,
    // the organization's for the others.
    Language language =
        request
            .language()
            .orElseGet(
                () ->
                    request.kind() == ManualKind.PROCESS
                        ? workspace.process(request.subject()).orElseThrow().language()
                        : workspace.organization().language());
    Composer composer =
        new Composer(workspace, language, flowcharts, request.approvals(), request.date());
    return switch (request.kind()) {
      case PROCESS -> composer.process(workspace.process(request.subject()).orElseThrow());
      case ROLE -> composer.role(canonicalRole(workspace, request.subject()));
      case ORGANIZATION -> {
        int total = workspace.processes().size() + 1;
        int[] done = {0};
        yield composer.organization(title -> progress.update(++done[0], total, title));
      }
    };
  }

  /**
   * Writes the requested manual to {@code out}.
   *
   * @throws IllegalArgumentException when the request names an unknown process or role (see {@link
   *     #problem})
   */
  public void write(Workspace workspace, ManualRequest request, OutputStream out)
      throws IOException {
    write(workspace, request, out, Progress.NONE);
  }

  public void write(Workspace workspace, ManualRequest request, OutputStream out, Progress progress)
      throws IOException {
    Manual manual = compose(workspace, request, progress);
    render(manual, request.format(), out);
    int total = request.kind() == ManualKind.ORGANIZATION ? workspace.processes().size() + 1 : 1;
    progress.update(total, total, request.format().name());
  }

  /** The bytes of the requested manual, for callers that need them at once (web downloads). */
  public byte[] bytes(Workspace workspace, ManualRequest request) {
    var buffer = new java.io.ByteArrayOutputStream();
    try {
      write(workspace, request, buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  /**
   * The position description (befattningsbeskrivning) of a role: purpose, holders, R/A/C/I across
   * all processes, what it carries, deputies and whom it covers for, processes to learn.
   *
   * @throws IllegalArgumentException for a role neither declared nor named by a process
   */
  public Manual positionDescription(Workspace workspace, String role, Optional<Language> language) {
    problem(workspace, ManualRequest.role(role, OutputFormat.PDF))
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p);
            });
    return composer(workspace, language).position(canonicalRole(workspace, role));
  }

  /** The handover pack of a person for a period: their steps, each with who covers it. */
  public Manual handover(Workspace workspace, Handover handover, Optional<Language> language) {
    return composer(workspace, language).handover(handover);
  }

  /** Writes composed content in a format, as {@link #write} does for the manuals it composes. */
  public void render(Manual manual, OutputFormat format, OutputStream out) throws IOException {
    switch (format) {
      case HTML ->
          out.write(
              new HtmlRenderer(Medium.SCREEN).render(manual).getBytes(StandardCharsets.UTF_8));
      case PDF -> new PdfRenderer().render(manual, out);
      case DOCX -> new DocxRenderer().render(manual, out);
      case MARKDOWN ->
          out.write(new MarkdownRenderer().render(manual).getBytes(StandardCharsets.UTF_8));
    }
    out.flush();
  }

  private Composer composer(Workspace workspace, Optional<Language> language) {
    return new Composer(
        workspace,
        language.orElse(workspace.organization().language()),
        flowcharts,
        java.util.Map.of(),
        java.time.LocalDate.now());
  }

  private static String canonicalRole(Workspace workspace, String role) {
    return roleNames(workspace).stream()
        .filter(r -> r.equalsIgnoreCase(role))
        .findFirst()
        .orElse(role);
  }
}
