package org.flowbook.mining.conformance;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Locale;
import org.flowbook.mining.analysis.ReportSection;

/** The conformance part of a mining report, in text, JSON and HTML. */
public record ConformanceSection(ConformanceResult result) implements ReportSection {

  @Override
  public String key() {
    return "conformance";
  }

  @Override
  public String title() {
    return "Conformance with " + result.model();
  }

  @Override
  public String text() {
    StringBuilder b = new StringBuilder();
    AlignmentReport a = result.alignments();
    TokenReplayReport t = result.tokenReplay();
    b.append(
        String.format(
            Locale.ROOT,
            "model: %d places, %d transitions (%d invisible)%n",
            result.places(),
            result.transitions(),
            result.invisibleTransitions()));
    b.append(
        String.format(
            Locale.ROOT,
            "alignment fitness %.4f (trace average %.4f), %.1f %% of cases fit%n",
            a.logFitness(),
            a.averageTraceFitness(),
            a.percentFittingTraces()));
    b.append(
        String.format(
            Locale.ROOT,
            "token replay fitness %.4f (trace average %.4f), %.1f %% of cases fit%n",
            t.logFitness(),
            t.averageTraceFitness(),
            t.percentFittingTraces()));
    if (a.unaligned() > 0) {
      b.append(a.unaligned()).append(" cases were too costly to align and are left out\n");
    }
    b.append(
        String.format(
            Locale.ROOT,
            "%n%-40s %14s %10s %12s%n",
            "step",
            "as documented",
            "skipped",
            "out of place"));
    for (StepConformance s : result.steps()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-40s %14d %10d %12d%n",
              cut(s.step().equals(s.title()) ? s.title() : s.step() + ". " + s.title(), 40),
              s.synchronous(),
              s.skipped(),
              s.outOfPlace()));
    }
    if (!result.unmapped().isEmpty()) {
      b.append("\nactivities that match no step:\n");
      for (UnmappedActivity u : result.unmapped()) {
        b.append(
            String.format(
                Locale.ROOT,
                "  %-40s %8d events in %d cases%n",
                cut(u.activity(), 40),
                u.events(),
                u.cases()));
      }
    }
    return b.toString();
  }

  @Override
  public void writeJson(JsonGenerator json) throws IOException {
    AlignmentReport a = result.alignments();
    TokenReplayReport t = result.tokenReplay();
    json.writeStartObject();
    json.writeStringField("model", result.model());
    json.writeNumberField("places", result.places());
    json.writeNumberField("transitions", result.transitions());
    json.writeNumberField("invisibleTransitions", result.invisibleTransitions());
    json.writeNumberField("cases", result.cases());
    json.writeObjectFieldStart("alignments");
    json.writeNumberField("logFitness", round(a.logFitness()));
    json.writeNumberField("averageTraceFitness", round(a.averageTraceFitness()));
    json.writeNumberField("percentFittingTraces", round(a.percentFittingTraces()));
    json.writeNumberField("unalignedCases", a.unaligned());
    json.writeEndObject();
    json.writeObjectFieldStart("tokenReplay");
    json.writeNumberField("logFitness", round(t.logFitness()));
    json.writeNumberField("averageTraceFitness", round(t.averageTraceFitness()));
    json.writeNumberField("percentFittingTraces", round(t.percentFittingTraces()));
    json.writeEndObject();
    json.writeArrayFieldStart("steps");
    for (StepConformance s : result.steps()) {
      json.writeStartObject();
      json.writeStringField("step", s.step());
      json.writeStringField("title", s.title());
      json.writeNumberField("synchronous", s.synchronous());
      json.writeNumberField("skipped", s.skipped());
      json.writeNumberField("outOfPlace", s.outOfPlace());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("unmappedActivities");
    for (UnmappedActivity u : result.unmapped()) {
      json.writeStartObject();
      json.writeStringField("activity", u.activity());
      json.writeNumberField("events", u.events());
      json.writeNumberField("cases", u.cases());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  @Override
  public String html() {
    AlignmentReport a = result.alignments();
    StringBuilder h = new StringBuilder();
    h.append("<p>")
        .append(String.format(Locale.ROOT, "Alignment fitness <b>%.4f</b>, ", a.logFitness()))
        .append(
            String.format(
                Locale.ROOT,
                "%.1f %% of cases follow the model exactly; ",
                a.percentFittingTraces()))
        .append(
            String.format(
                Locale.ROOT, "token replay fitness %.4f.", result.tokenReplay().logFitness()))
        .append("</p>\n<table>\n<tr><th>step</th><th class=\"n\">as documented</th>")
        .append("<th class=\"n\">skipped</th><th class=\"n\">out of place</th></tr>\n");
    for (StepConformance s : result.steps()) {
      h.append("<tr><td>")
          .append(esc(s.step().equals(s.title()) ? s.title() : s.step() + ". " + s.title()))
          .append("</td><td class=\"n\">")
          .append(s.synchronous())
          .append("</td><td class=\"n\">")
          .append(s.skipped())
          .append("</td><td class=\"n\">")
          .append(s.outOfPlace())
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
    if (!result.unmapped().isEmpty()) {
      h.append("<p>Activities that match no step:</p>\n<ul>\n");
      for (UnmappedActivity u : result.unmapped()) {
        h.append("<li>")
            .append(esc(u.activity()))
            .append(": ")
            .append(u.events())
            .append(" events in ")
            .append(u.cases())
            .append(" cases</li>\n");
      }
      h.append("</ul>\n");
    }
    return h.toString();
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
