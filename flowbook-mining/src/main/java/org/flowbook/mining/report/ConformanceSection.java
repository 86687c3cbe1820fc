package org.flowbook.mining.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.mining.conformance.AlignmentReport;
import org.flowbook.mining.conformance.ConformanceResult;
import org.flowbook.mining.conformance.StepConformance;
import org.flowbook.mining.conformance.TokenReplayReport;
import org.flowbook.mining.conformance.UnmappedActivity;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.output.Escape;
import org.flowbook.output.TextBundle;

/**
 * The conformance part of a mining report, in text, JSON and HTML (text and HTML in English or
 * Swedish).
 *
 * @param documented the documented process the result is about, when the model was one (not a Petri
 *     net): the HTML then shows its flowchart with the log painted on it
 * @param heat what the painted flowchart's heat colour shows
 */
public record ConformanceSection(
    ConformanceResult result, Optional<Process> documented, ConformanceMap.Heat heat)
    implements TranslatedSection {

  public ConformanceSection {
    Objects.requireNonNull(result, "result");
    documented = Objects.requireNonNullElse(documented, Optional.empty());
    heat = Objects.requireNonNullElse(heat, ConformanceMap.Heat.DEVIATIONS);
  }

  /** A section without a flowchart (the model was a Petri net). */
  public ConformanceSection(ConformanceResult result) {
    this(result, Optional.empty(), ConformanceMap.Heat.DEVIATIONS);
  }

  @Override
  public String key() {
    return "conformance";
  }

  @Override
  public String title(Language language) {
    return Texts.of(language).format("conformance.title", result.model());
  }

  @Override
  public String text(Language language) {
    Human human = Human.of(language);
    TextBundle texts = human.texts();
    StringBuilder b = new StringBuilder();
    AlignmentReport a = result.alignments();
    TokenReplayReport t = result.tokenReplay();
    line(
        b,
        texts.format(
            "conformance.model",
            human.count(result.places()),
            human.count(result.transitions()),
            human.count(result.invisibleTransitions())));
    line(
        b,
        texts.format(
            "conformance.alignments",
            human.fraction(a.logFitness()),
            human.fraction(a.averageTraceFitness()),
            human.percent(a.percentFittingTraces())));
    line(
        b,
        texts.format(
            "conformance.tokenReplay",
            human.fraction(t.logFitness()),
            human.fraction(t.averageTraceFitness()),
            human.percent(t.percentFittingTraces())));
    if (a.unaligned() > 0) {
      line(b, texts.format("conformance.unaligned", human.count(a.unaligned()), a.unaligned()));
    }
    b.append('\n');
    TextTable table = TextTable.indented("").left(40).right(14).right(10).right(12).right(12);
    b.append(
        table.header(
            texts.get("conformance.col.step"),
            texts.get("conformance.col.asDocumented"),
            texts.get("conformance.col.skipped"),
            texts.get("conformance.col.outOfPlace"),
            texts.get("conformance.col.medianWait")));
    for (StepConformance s : result.steps()) {
      b.append(
          table.row(
              Human.cut(stepName(s), 40),
              human.count(s.synchronous()),
              human.count(s.skipped()),
              human.count(s.outOfPlace()),
              medianWait(s, human)));
    }
    if (result.steps().stream().anyMatch(s -> s.waiting().count() > 0 && !s.waitingIsTypical())) {
      line(b, texts.get("conformance.noTypicalWait"));
    }
    if (!result.unmapped().isEmpty()) {
      b.append('\n');
      line(b, texts.get("conformance.unmapped"));
      for (UnmappedActivity u : result.unmapped()) {
        b.append(
            String.format(
                Locale.ROOT,
                "  %-40s %8s %s%n",
                Human.cut(u.activity(), 40),
                human.count(u.events()),
                texts.format(
                    "conformance.eventsIn", u.events(), human.counted("n.cases", u.cases()))));
      }
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String text) {
    b.append(text).append('\n');
  }

  @Override
  public Map<String, Object> json() {
    AlignmentReport a = result.alignments();
    TokenReplayReport t = result.tokenReplay();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("model", result.model());
    m.put("places", result.places());
    m.put("transitions", result.transitions());
    m.put("invisibleTransitions", result.invisibleTransitions());
    m.put("cases", result.cases());
    Map<String, Object> alignments = new LinkedHashMap<>();
    alignments.put("logFitness", round(a.logFitness()));
    alignments.put("averageTraceFitness", round(a.averageTraceFitness()));
    alignments.put("percentFittingTraces", round(a.percentFittingTraces()));
    alignments.put("unalignedCases", a.unaligned());
    m.put("alignments", alignments);
    Map<String, Object> replay = new LinkedHashMap<>();
    replay.put("logFitness", round(t.logFitness()));
    replay.put("averageTraceFitness", round(t.averageTraceFitness()));
    replay.put("percentFittingTraces", round(t.percentFittingTraces()));
    m.put("tokenReplay", replay);
    List<Map<String, Object>> steps = new java.util.ArrayList<>();
    for (StepConformance s : result.steps()) {
      Map<String, Object> step = new LinkedHashMap<>();
      step.put("step", s.step());
      step.put("title", s.title());
      step.put("synchronous", s.synchronous());
      step.put("skipped", s.skipped());
      step.put("outOfPlace", s.outOfPlace());
      step.put("waiting", JsonReport.stats(s.waiting()));
      steps.add(step);
    }
    m.put("steps", steps);
    List<Map<String, Object>> unmapped = new java.util.ArrayList<>();
    for (UnmappedActivity u : result.unmapped()) {
      Map<String, Object> activity = new LinkedHashMap<>();
      activity.put("activity", u.activity());
      activity.put("events", u.events());
      activity.put("cases", u.cases());
      unmapped.add(activity);
    }
    m.put("unmappedActivities", unmapped);
    return m;
  }

  @Override
  public String html(Language language) {
    Human human = Human.of(language);
    TextBundle texts = human.texts();
    AlignmentReport a = result.alignments();
    StringBuilder h = new StringBuilder();
    h.append("<p>")
        .append(
            texts.format(
                "conformance.summary.html",
                human.fraction(a.logFitness()),
                human.percent(a.percentFittingTraces()),
                human.fraction(result.tokenReplay().logFitness())))
        .append("</p>\n");
    documented.ifPresent(p -> chart(h, p, language));
    h.append("<table>\n<tr><th>")
        .append(Escape.text(texts.get("conformance.col.step")))
        .append("</th><th class=\"n\">")
        .append(Escape.text(texts.get("conformance.col.asDocumented")))
        .append("</th><th class=\"n\">")
        .append(Escape.text(texts.get("conformance.col.skipped")))
        .append("</th><th class=\"n\">")
        .append(Escape.text(texts.get("conformance.col.outOfPlace")))
        .append("</th><th class=\"n\">")
        .append(Escape.text(texts.get("conformance.col.medianWaitBefore")))
        .append("</th></tr>\n");
    for (StepConformance s : result.steps()) {
      h.append("<tr><td>")
          .append(Escape.text(stepName(s)))
          .append("</td><td class=\"n\">")
          .append(human.count(s.synchronous()))
          .append("</td><td class=\"n\">")
          .append(human.count(s.skipped()))
          .append("</td><td class=\"n\">")
          .append(human.count(s.outOfPlace()))
          .append("</td><td class=\"n\">")
          .append(medianWait(s, human))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
    if (!result.unmapped().isEmpty()) {
      h.append("<p>")
          .append(Escape.text(texts.get("conformance.unmapped.html")))
          .append("</p>\n<ul>\n");
      for (UnmappedActivity u : result.unmapped()) {
        h.append("<li>")
            .append(Escape.text(u.activity()))
            .append(": ")
            .append(human.count(u.events()))
            .append(' ')
            .append(
                Escape.text(
                    texts.format(
                        "conformance.eventsIn", u.events(), human.counted("n.cases", u.cases()))))
            .append("</li>\n");
      }
      h.append("</ul>\n");
    }
    return h.toString();
  }

  /**
   * The documented flowchart with the log painted on it, or a note when it cannot be drawn (the
   * report must still render).
   */
  private void chart(StringBuilder h, Process p, Language language) {
    TextBundle texts = Texts.of(language);
    h.append("<p>")
        .append(texts.format("conformance.chart", Escape.text(p.title())))
        .append(' ')
        .append(
            texts.get(
                heat == ConformanceMap.Heat.WAITING
                    ? "conformance.chart.wait"
                    : "conformance.chart.deviations"))
        .append("</p>\n");
    try {
      h.append("<div class=\"chart\">")
          .append(legibleWhenScaled(ConformanceMap.inlineSvg(p, result, heat, language)))
          .append("</div>\n");
    } catch (RuntimeException e) {
      h.append("<p class=\"warn\">")
          .append(
              Escape.text(texts.format("conformance.chart.failed", String.valueOf(e.getMessage()))))
          .append("</p>\n");
    }
  }

  private static final Pattern SVG_WIDTH =
      Pattern.compile("^<svg [^>]*?\\swidth=\"(\\d+(?:\\.\\d+)?)\"");

  /**
   * The report's CSS shrinks a wide chart to the window; below 70 % of its size the small print
   * (badges) gets hard to read, so from there on the chart scrolls sideways instead — and a
   * zoomed-in browser then really shows it larger.
   */
  private static String legibleWhenScaled(String svg) {
    Matcher m = SVG_WIDTH.matcher(svg);
    if (!m.find()) {
      return svg;
    }
    long min = Math.round(Double.parseDouble(m.group(1)) * 0.7);
    return "<svg style=\"min-width:" + min + "px\"" + svg.substring("<svg".length());
  }

  /** The median wait before a step, or "–" when it is not typical of the step (see there). */
  private static String medianWait(StepConformance s, Human human) {
    return s.waitingIsTypical() ? human.duration(s.waiting().median()) : "–";
  }

  /** "2. Granska anmodan", or the title alone when the step has no number of its own. */
  private static String stepName(StepConformance s) {
    return s.step().equals(s.title()) ? s.title() : s.step() + ". " + s.title();
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
