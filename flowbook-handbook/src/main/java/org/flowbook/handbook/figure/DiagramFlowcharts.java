package org.flowbook.handbook.figure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.diagram.Diagrams;
import org.flowbook.diagram.landscape.LandscapeOptions;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.diagram.render.RenderOptions;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;

/**
 * The drawings of the diagram module: swimlane flowcharts and the landscape map, whose process
 * boxes link to the process chapters of the organization handbook.
 */
public final class DiagramFlowcharts implements Flowcharts {
  private static final Pattern ROOT = Pattern.compile("(?s)<svg\\b[^>]*>");
  private static final Pattern VIEW_BOX =
      Pattern.compile(
          "viewBox=\"\\s*[-\\d.]+[\\s,]+[-\\d.]+[\\s,]+([\\d.]+)[\\s,]+([\\d.]+)\\s*\"");

  @Override
  public Optional<Picture> flowchart(Workspace workspace, Process process, Language language) {
    if (process.workSteps().isEmpty()) {
      return Optional.empty();
    }
    // The manual prints the title in its heading; the chart need not repeat it.
    RenderOptions options = RenderOptions.defaults().withLanguage(language).withTitle(false);
    DiagramLayout layout = Diagrams.layout(process);
    return picture(Diagrams.flowchart(process, layout, options))
        .map(p -> p.withChart(new Chart(process, layout, options)));
  }

  @Override
  public Optional<Picture> landscape(Workspace workspace, Language language) {
    if (workspace.processes().isEmpty()) {
      return Optional.empty();
    }
    LandscapeOptions options =
        LandscapeOptions.defaults().withLinkPattern("#p-{id}").withLanguage(language);
    return picture(Diagrams.landscape(workspace, options));
  }

  /** Reads the natural size from the root element's viewBox. */
  static Optional<Picture> picture(String svg) {
    Matcher root = ROOT.matcher(svg);
    if (!root.find()) {
      return Optional.empty();
    }
    Matcher box = VIEW_BOX.matcher(root.group());
    if (!box.find()) {
      return Optional.empty();
    }
    double width = Double.parseDouble(box.group(1));
    double height = Double.parseDouble(box.group(2));
    return width > 0 && height > 0
        ? Optional.of(new Picture(svg, width, height))
        : Optional.empty();
  }
}
