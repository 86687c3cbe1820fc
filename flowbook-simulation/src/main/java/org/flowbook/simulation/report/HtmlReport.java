package org.flowbook.simulation.report;

import java.util.List;
import org.flowbook.model.Language;

/** Placeholder replaced below. */
public final class HtmlReport {
  private HtmlReport() {}

  public static String render(List<SimulationRun> runs, Language language) {
    return TextReport.render(runs, language);
  }
}
