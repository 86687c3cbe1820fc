package org.flowbook.mining.discovery;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Locale;
import org.flowbook.mining.analysis.ReportSection;

/**
 * The discovery part of a mining report: which miner ran, where the draft was written and how well
 * it fits the log it came from.
 *
 * @param output the file the draft was written to
 * @param fitness alignment fitness of the draft on the log
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
    return "Discovered process";
  }

  @Override
  public String text() {
    return String.format(
        Locale.ROOT,
        "inductive miner%s: %d steps written to %s%nfitness of the draft on this log %.4f, %.1f %% of cases fit%n",
        noise > 0 ? String.format(Locale.ROOT, " (infrequent, noise %.2f)", noise) : "",
        steps,
        output,
        fitness,
        percentFitting);
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
    return "<p>"
        + text()
            .replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\n", "<br>\n")
        + "</p>\n";
  }
}
