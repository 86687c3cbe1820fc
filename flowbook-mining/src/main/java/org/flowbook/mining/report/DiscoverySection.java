package org.flowbook.mining.discovery;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.flowbook.mining.analysis.ReportSection;
import org.flowbook.mining.report.Human;
import org.flowbook.mining.report.Texts;
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
  public void writeJson(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("miner", noise > 0 ? "IMf" : "IM");
    json.writeNumberField("noise", noise);
    json.writeStringField("output", output);
    json.writeNumberField("steps", steps);
    json.writeStringField("tree", tree);
    json.writeNumberField("fitness", Math.round(fitness * 1e6) / 1e6);
    json.writeNumberField("percentFittingTraces", Math.round(percentFitting * 1e6) / 1e6);
    json.writeEndObject();
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
