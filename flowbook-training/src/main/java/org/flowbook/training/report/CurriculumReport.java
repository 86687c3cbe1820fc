package org.flowbook.training.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.ControlRef;
import org.flowbook.model.Language;
import org.flowbook.notation.Periods;
import org.flowbook.output.Escape;
import org.flowbook.training.curriculum.Curriculum;
import org.flowbook.training.curriculum.CurriculumProcess;
import org.flowbook.training.curriculum.CurriculumStep;
import org.flowbook.training.curriculum.Involvement;
import org.flowbook.training.curriculum.RegulationItem;

/** A role's curriculum as text, JSON (docs/json.md) or a self-contained HTML page. */
public final class CurriculumReport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CurriculumReport() {}

  public static String text(Curriculum c, Language language) {
    TrainingTexts x = new TrainingTexts(language);
    StringBuilder b = new StringBuilder();
    b.append(x.t.format("curriculum.title", c.role())).append('\n');
    if (c.isEmpty()) {
      b.append(x.t.format("curriculum.empty", c.role())).append('\n');
      return b.toString();
    }
    b.append(summary(c, x)).append("\n\n");
    if (!c.processes().isEmpty()) {
      b.append(x.t.get("curriculum.processes")).append('\n');
      for (CurriculumProcess p : c.processes()) {
        b.append("  ").append(p.title()).append(" (").append(p.processId()).append(")\n");
        for (CurriculumStep s : p.steps()) {
          b.append("    ")
              .append(s.id())
              .append(". ")
              .append(s.title())
              .append("  [")
              .append(letters(s, x))
              .append("]\n");
          for (ControlRef k : s.controls()) {
            b.append("       ✓ ").append(control(k)).append('\n');
          }
        }
      }
    }
    if (!c.regulations().isEmpty()) {
      b.append('\n').append(x.t.get("curriculum.regulations")).append('\n');
      for (RegulationItem r : c.regulations()) {
        b.append("  ").append(r.citation());
        if (!r.text().isEmpty()) {
          b.append(": ").append(r.text());
        }
        b.append('\n');
      }
    }
    if (!c.extraItems().isEmpty()) {
      b.append('\n').append(x.t.get("curriculum.extra")).append('\n');
      c.extraItems().forEach(i -> b.append("  - ").append(i).append('\n'));
    }
    if (!c.validFor().isZero()) {
      b.append('\n')
          .append(x.t.format("curriculum.valid", Periods.format(c.validFor(), language)))
          .append('\n');
    }
    return b.toString();
  }

  public static String json(Curriculum c) {
    ObjectNode root = JSON.createObjectNode();
    root.put("role", c.role());
    ArrayNode ps = root.putArray("processes");
    for (CurriculumProcess p : c.processes()) {
      ObjectNode pn = ps.addObject();
      pn.put("id", p.processId());
      pn.put("title", p.title());
      ArrayNode ss = pn.putArray("steps");
      for (CurriculumStep s : p.steps()) {
        ObjectNode sn = ss.addObject();
        sn.put("id", s.id());
        sn.put("title", s.title());
        sn.put("raci", Involvement.letters(s.involvement()));
        ArrayNode cs = sn.putArray("controls");
        for (ControlRef k : s.controls()) {
          ObjectNode kn = cs.addObject();
          kn.put("name", k.name());
          k.requirements().forEach(kn.putArray("requirements")::add);
        }
      }
    }
    ArrayNode rs = root.putArray("regulations");
    for (RegulationItem r : c.regulations()) {
      ObjectNode rn = rs.addObject();
      rn.put("citation", r.citation());
      rn.put("regulation", r.regulation());
      rn.put("text", r.text());
    }
    c.extraItems().forEach(root.putArray("extra")::add);
    if (!c.validFor().isZero()) {
      root.put("validFor", c.validFor().toString());
    } else {
      root.putNull("validFor");
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String html(Curriculum c, Language language) {
    TrainingTexts x = new TrainingTexts(language);
    StringBuilder b = new StringBuilder();
    String title = x.t.format("curriculum.title", c.role());
    b.append("<!DOCTYPE html>\n<html lang=\"")
        .append(language.code())
        .append("\">\n<head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n<title>")
        .append(Escape.text(title))
        .append("</title>\n<style>")
        .append(
            "body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:900px;padding:16px;"
                + "color:#1d2430}h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid"
                + " #d8dde6}.raci{color:#5b6475;font-size:.9em}ul.controls{margin:.1em 0 .4em}")
        .append("</style></head>\n<body>\n<h1>")
        .append(Escape.text(title))
        .append("</h1>\n");
    if (c.isEmpty()) {
      b.append("<p>")
          .append(Escape.text(x.t.format("curriculum.empty", c.role())))
          .append("</p>\n");
    } else {
      b.append("<p>").append(Escape.text(summary(c, x))).append("</p>\n");
    }
    for (CurriculumProcess p : c.processes()) {
      b.append("<h2>").append(Escape.text(p.title())).append("</h2>\n<ol>\n");
      for (CurriculumStep s : p.steps()) {
        b.append("<li value=\"")
            .append(Escape.attribute(number(s.id())))
            .append("\">")
            .append(Escape.text(s.id() + ". " + s.title()))
            .append(" <span class=\"raci\">")
            .append(Escape.text(letters(s, x)))
            .append("</span>");
        if (!s.controls().isEmpty()) {
          b.append("<ul class=\"controls\">");
          s.controls()
              .forEach(k -> b.append("<li>").append(Escape.text(control(k))).append("</li>"));
          b.append("</ul>");
        }
        b.append("</li>\n");
      }
      b.append("</ol>\n");
    }
    if (!c.regulations().isEmpty()) {
      b.append("<h2>")
          .append(Escape.text(x.t.get("curriculum.regulations")))
          .append("</h2>\n<ul>\n");
      for (RegulationItem r : c.regulations()) {
        b.append("<li><strong>")
            .append(Escape.text(r.citation()))
            .append("</strong>")
            .append(r.text().isEmpty() ? "" : " " + Escape.text(r.text()))
            .append("</li>\n");
      }
      b.append("</ul>\n");
    }
    if (!c.extraItems().isEmpty()) {
      b.append("<h2>").append(Escape.text(x.t.get("curriculum.extra"))).append("</h2>\n<ul>\n");
      c.extraItems().forEach(i -> b.append("<li>").append(Escape.text(i)).append("</li>\n"));
      b.append("</ul>\n");
    }
    if (!c.validFor().isZero()) {
      b.append("<p>")
          .append(
              Escape.text(x.t.format("curriculum.valid", Periods.format(c.validFor(), language))))
          .append("</p>\n");
    }
    return b.append("</body>\n</html>\n").toString();
  }

  private static String summary(Curriculum c, TrainingTexts x) {
    return x.t.format("curriculum.summary", c.stepCount(), c.processes().size(), c.controlCount());
  }

  private static String letters(CurriculumStep s, TrainingTexts x) {
    List<String> out = new ArrayList<>();
    for (Involvement i : List.of(Involvement.RESPONSIBLE, Involvement.ACCOUNTABLE)) {
      if (s.involvement().contains(i)) {
        out.add(i.letter() + " " + x.t.get("letter." + i.letter()));
      }
    }
    return String.join(", ", out);
  }

  static String control(ControlRef k) {
    return k.requirements().isEmpty()
        ? k.name()
        : k.name() + " (" + String.join(", ", k.requirements()) + ")";
  }

  /** The leading digits of a step id ("4b" → "4"), for an ordered list's value. */
  private static String number(String id) {
    String d = id.replaceAll("^(\\d+).*", "$1");
    return d.matches("\\d+") ? d : "";
  }
}
