package org.flowbook.handbook.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbook.handbook.Handbooks;
import org.flowbook.handbook.ManualRequest;
import org.flowbook.handbook.OutputFormat;
import org.flowbook.handbook.figure.DiagramFlowcharts;
import org.flowbook.model.Language;
import org.flowbook.model.Workspace;
import org.flowbook.notation.WorkspaceLoader;

/**
 * Writes sample manuals of a workspace into a folder, for looking at them as a reader would: {@code
 * Samples WORKSPACE OUTDIR PROCESS-ID ROLE [org|process] [pdf,html,docx,md]}.
 */
public final class Samples {
  private Samples() {}

  public static void main(String[] args) throws Exception {
    Workspace ws = WorkspaceLoader.load(Path.of(args[0]), null).workspace();
    Path out = Files.createDirectories(Path.of(args[1]));
    Handbooks handbooks = new Handbooks(new DiagramFlowcharts());
    String only = args.length > 4 ? args[4] : "org,process,role";
    for (OutputFormat f : OutputFormat.values()) {
      if (args.length > 5 && !args[5].contains(f.extension())) {
        continue;
      }
      for (Language l : Language.values()) {
        if (!only.contains("org")) {
          write(
              handbooks,
              ws,
              ManualRequest.process(args[2], f).in(l),
              out.resolve("process-" + l.code() + "." + f.extension()));
          continue;
        }
        write(
            handbooks,
            ws,
            ManualRequest.organization(f).in(l),
            out.resolve("org-" + l.code() + "." + f.extension()));
        write(
            handbooks,
            ws,
            ManualRequest.process(args[2], f).in(l),
            out.resolve("process-" + l.code() + "." + f.extension()));
        write(
            handbooks,
            ws,
            ManualRequest.role(args[3], f).in(l),
            out.resolve("role-" + l.code() + "." + f.extension()));
      }
    }
  }

  private static void write(Handbooks h, Workspace ws, ManualRequest r, Path file)
      throws Exception {
    try (OutputStream o = Files.newOutputStream(file)) {
      h.write(ws, r, o);
    }
  }
}
