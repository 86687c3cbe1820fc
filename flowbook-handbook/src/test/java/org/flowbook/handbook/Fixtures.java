package org.flowbook.handbook;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.flowbook.handbook.figure.Flowcharts;
import org.flowbook.handbook.figure.Picture;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.WorkspaceLoader;

/** The small test workspace (three processes) and helpers shared by the handbook tests. */
public final class Fixtures {
  /** Fixed so generated dates do not change the golden files. */
  public static final LocalDate DATE = LocalDate.of(2026, 11, 27);

  private Fixtures() {}

  public static Workspace workspace() {
    try {
      Path dir =
          Path.of(Fixtures.class.getResource("/workspace/organization.flow").toURI()).getParent();
      LoadedWorkspace loaded = WorkspaceLoader.load(dir, null);
      if (loaded.hasErrors()) {
        throw new AssertionError("test workspace has errors: " + loaded.problems());
      }
      return loaded.workspace();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ManualRequest process(String id, OutputFormat format, Language language) {
    return ManualRequest.process(id, format).in(language).on(DATE);
  }

  public static ManualRequest role(String role, OutputFormat format, Language language) {
    return ManualRequest.role(role, format).in(language).on(DATE);
  }

  public static ManualRequest organization(OutputFormat format, Language language) {
    return ManualRequest.organization(format).in(language).on(DATE);
  }

  /** Small drawings standing in for the diagram module: one box per step, as wide as asked. */
  public static Flowcharts boxes(double width) {
    return new Flowcharts() {
      @Override
      public Optional<Picture> flowchart(Workspace workspace, Process process, Language language) {
        String svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
                + width
                + "\" height=\"200\" viewBox=\"0 0 "
                + width
                + " 200\"><defs><marker id=\"arrow\"><path d=\"M0,0 L5,5\"/></marker></defs>"
                + "<rect x=\"10\" y=\"10\" width=\""
                + (width - 20)
                + "\" height=\"180\" fill=\"#eef\""
                + " stroke=\"#000\" marker-end=\"url(#arrow)\"/><text x=\"20\" y=\"40\">"
                + process.title().replace("&", "&amp;")
                + "</text></svg>";
        return Optional.of(new Picture(svg, width, 200));
      }

      @Override
      public Optional<Picture> landscape(Workspace workspace, Language language) {
        return flowchart(workspace, workspace.processes().get(0), language);
      }
    };
  }
}
