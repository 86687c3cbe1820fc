package org.flowbook.handbook.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbook.handbook.Handbooks;
import org.flowbook.handbook.ManualRequest;
import org.flowbook.handbook.OutputFormat;
import org.flowbook.handbook.figure.Flowcharts;
import org.flowbook.model.Language;
import org.flowbook.model.Workspace;
import org.flowbook.notation.WorkspaceLoader;

/**
 * Writes sample manuals of a workspace into a folder, for looking at them as a reader would:
 * {@code Samples WORKSPACE OUTDIR PROCESS-ID ROLE}.
 */
public final class Samples {
  private Samples() {}

  public static void main(String[] args) throws Exception {
    Workspace ws = WorkspaceLoader.load(Path.of(args[0]), null).workspace();
    Path out = Files.createDirectories(Path.of(args[1]));
    Handbooks handbooks = new Handbooks(Flowcharts.none());
    for (OutputFormat f : OutputFormat.values()) {
      for (Language l : Language.values()) {
        write(handbooks, ws, ManualRequest.organization(f).in(l), out.resolve("org-" + l.code() + "." + f.extension()));
        write(handbooks, ws, ManualRequest.process(args[2], f).in(l), out.resolve("process-" + l.code() + "." + f.extension()));
        write(handbooks, ws, ManualRequest.role(args[3], f).in(l), out.resolve("role-" + l.code() + "." + f.extension()));
      }
    }
  }

  private static void write(Handbooks h, Workspace ws, ManualRequest r, Path file) throws Exception {
    try (OutputStream o = Files.newOutputStream(file)) {
      h.write(ws, r, o);
    }
  }
}
