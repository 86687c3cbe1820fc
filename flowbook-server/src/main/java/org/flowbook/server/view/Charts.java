package org.flowbook.server.view;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.flowbook.analysis.diff.ChangeMarks;
import org.flowbook.analysis.diff.DiffAnalyzer;
import org.flowbook.diagram.Diagrams;
import org.flowbook.diagram.landscape.LandscapeOptions;
import org.flowbook.diagram.layout.TooLargeToDraw;
import org.flowbook.diagram.overlay.Overlay;
import org.flowbook.diagram.render.RenderOptions;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;

/**
 * Flowcharts and the landscape map from {@code flowbook-diagram}. A stored version never changes,
 * so its chart is drawn once and kept (bounded); editor previews are drawn every time.
 */
public final class Charts {
  private static final int MAX_CACHED = 2_000;
  private final Map<String, String> cache = new ConcurrentHashMap<>();
  private final Map<String, Pair> diffCache = new ConcurrentHashMap<>();

  /** The chart of a stored version. */
  public String flowchart(String id, int version, Process process, Language lang) {
    String key =
        id
            + "@"
            + version
            + "/"
            + lang.code()
            + process.chosenDirection().map(d -> "/" + d.name()).orElse("");
    String svg = cache.get(key);
    if (svg == null) {
      svg = flowchart(process, lang);
      if (cache.size() > MAX_CACHED) {
        cache.clear();
      }
      cache.put(key, svg);
    }
    return svg;
  }

  /** The chart of any process model (the editor's preview). */
  public String flowchart(Process process, Language lang) {
    return inline(
        Diagrams.flowchart(process, RenderOptions.defaults().withLanguage(lang).withTitle(false)));
  }

  /** A chart with marks over it, e.g. the diff marks of "what changed for you" (not kept). */
  public String flowchart(Process process, Overlay overlay, Language lang) {
    return inline(
        Diagrams.flowchart(
            process,
            RenderOptions.defaults().withLanguage(lang).withTitle(false).withOverlay(overlay)));
  }

  /** The charts of two stored versions with the diff marks (removed/changed, added/changed). */
  public Pair diff(String id, int from, int to, Process before, Process after, Language lang) {
    String key = id + "@" + from + "~" + to + "/" + lang.code();
    Pair pair = diffCache.get(key);
    if (pair == null) {
      ChangeMarks marks = ChangeMarks.of(DiffAnalyzer.stepChanges(before, after));
      pair = new Pair(drawn(before, marks.before(), lang), drawn(after, marks.after(), lang));
      if (diffCache.size() > MAX_CACHED) {
        diffCache.clear();
      }
      diffCache.put(key, pair);
    }
    return pair;
  }

  /** Two charts side by side in time; either is empty when that version is too large to draw. */
  public record Pair(String before, String after) {}

  private static String drawn(Process p, Overlay overlay, Language lang) {
    try {
      return inline(
          Diagrams.flowchart(
              p,
              RenderOptions.defaults().withLanguage(lang).withOverlay(overlay).withTitle(false)));
    } catch (TooLargeToDraw e) {
      return "";
    }
  }

  public String landscape(Workspace workspace, Language lang) {
    return inline(
        Diagrams.landscape(
            workspace,
            LandscapeOptions.defaults().withLinkPattern("/processes/{id}").withLanguage(lang)));
  }

  /** Drops the XML declaration: the SVG goes inside an HTML page (or stands alone without it). */
  static String inline(String svg) {
    return svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).stripLeading() : svg;
  }
}
