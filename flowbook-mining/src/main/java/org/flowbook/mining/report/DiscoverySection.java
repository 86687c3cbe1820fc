package org.flowbook.mining.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.flowbook.mining.analysis.ReportSection;
import org.flowbook.model.Language;
import org.flowbook.output.Escape;
import org.flowbook.output.TextBundle;

/**
 * The discovery part of a mining report: which miner ran, where the draft was written and how well
 * it fits the log it came from.
 *
 * @param output the file the draft was written to
 * @param fitness alignment fitness of the draft on the log (PM4Py's definition)
 * @param percentFitting percentage of cases whose optimal alignment has no deviation
 */
public record DiscoverySection(
    double noise, String output, int steps, String tree, double fitness, double percentFitting)
    implements ReportSection {

  @Override
  public String key() {
    return "discovery";
  }

  @Override
  public String title() {
    return title(Language.EN);
  }

  @Override
  public String title(Language language) {
    return Texts.of(language).get("discovery.title");
  }

  @Override
  public String text() {
    return text(Language.EN);
  }

  @Override
  public String text(Language language) {
    Human human = Human.of(language);
    TextBundle texts = human.texts();
    String miner =
        texts.get("discovery.miner")
            + (noise > 0
                ? " "
                    + texts.format(
                        "discovery.infrequent",
                        String.format(texts.language().locale(), "%.2f", noise))
                : "");
    return texts.format("discovery.written", miner, human.counted("discovery.steps", steps), output)
        + "\n"
        + texts.format("discovery.fitness", human.fraction(fitness), human.percent(percentFitting))
        + "\n";
  }

  @Override
  public Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("miner", noise > 0 ? "IMf" : "IM");
    m.put("noise", noise);
    m.put("output", output);
    m.put("steps", steps);
    m.put("tree", tree);
    m.put("fitness", Math.round(fitness * 1e6) / 1e6);
    m.put("percentFittingTraces", Math.round(percentFitting * 1e6) / 1e6);
    return m;
  }

  @Override
  public String html() {
    return html(Language.EN);
  }

  @Override
  public String html(Language language) {
    return "<p>" + Escape.text(text(language)).replace("\n", "<br>\n") + "</p>\n";
  }
}
