package org.flowbook.mining.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.flowbook.mining.discovery.VariantCoverage;
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
 * @param precision ETC precision of the draft on the log (PM4Py's token-based definition)
 * @param coverage the {@code --coverage} asked for and what it left out; null when all variants
 *     were kept
 */
public record DiscoverySection(
    double noise,
    String output,
    int steps,
    String tree,
    double fitness,
    double percentFitting,
    double precision,
    VariantCoverage coverage)
    implements TranslatedSection {

  /** A section without a coverage limit. */
  public DiscoverySection(
      double noise,
      String output,
      int steps,
      String tree,
      double fitness,
      double percentFitting,
      double precision) {
    this(noise, output, steps, tree, fitness, percentFitting, precision, null);
  }

  @Override
  public String key() {
    return "discovery";
  }

  @Override
  public String title(Language language) {
    return Texts.of(language).get("discovery.title");
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
    StringBuilder out =
        new StringBuilder(
            texts.format(
                "discovery.written", miner, human.counted("discovery.steps", steps), output));
    out.append('\n');
    if (coverage != null) {
      out.append(
              texts.format(
                  "discovery.coverage",
                  human.percent(100 * coverage.coverage()),
                  human.count(coverage.variantsLeftOut()),
                  human.count(coverage.casesLeftOut())))
          .append('\n');
      if (!coverage.activitiesLeftOut().isEmpty()) {
        out.append(
                texts.format(
                    "discovery.coverage.activities",
                    String.join(", ", coverage.activitiesLeftOut())))
            .append('\n');
      }
    }
    out.append(
            texts.format(
                "discovery.fitness", human.fraction(fitness), human.percent(percentFitting)))
        .append('\n');
    out.append(texts.format("discovery.precision", human.fraction(precision))).append('\n');
    return out.toString();
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
    m.put("precision", Math.round(precision * 1e6) / 1e6);
    if (coverage != null) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("asked", coverage.coverage());
      c.put("variantsLeftOut", coverage.variantsLeftOut());
      c.put("casesLeftOut", coverage.casesLeftOut());
      c.put("activitiesLeftOut", coverage.activitiesLeftOut());
      m.put("coverage", c);
    }
    return m;
  }

  @Override
  public String html(Language language) {
    return "<p>" + Escape.text(text(language)).replace("\n", "<br>\n") + "</p>\n";
  }
}
