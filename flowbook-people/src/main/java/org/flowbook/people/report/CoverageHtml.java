package org.flowbook.people.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.diagram.Diagrams;
import org.flowbook.diagram.overlay.ChangeState;
import org.flowbook.diagram.overlay.Mark;
import org.flowbook.diagram.overlay.Overlay;
import org.flowbook.diagram.render.RenderOptions;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;
import org.flowbook.output.Escape;
import org.flowbook.people.coverage.CoverageReport;
import org.flowbook.people.coverage.RoleCover;
import org.flowbook.people.coverage.RoleUnit;
import org.flowbook.people.coverage.StepCover;
import org.flowbook.people.coverage.Unit;

/**
 * The coverage report as one self-contained HTML page: the summary, a heat map of roles × periods
 * (red where a step has nobody), the findings, and the flowcharts of the processes with uncovered
 * steps, those steps marked through the diagram overlay.
 */
public final class CoverageHtml {
  /** The report's style; the web app's stylesheet carries the same rules for the fragment. */
  public static final String CSS =
      """
      body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1180px;padding:16px;color:#1d2430}
      h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #d8dde6}
      .summary{font-size:1.05em;background:#f4f6fa;padding:10px 14px;border-radius:6px}
      .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
      table.heat{border-collapse:collapse;font-size:13px}
      .heat th,.heat td{border:1px solid #fff;padding:4px 6px;text-align:center;white-space:nowrap}
      .heat th.role{text-align:left;position:sticky;left:0;background:#fff}
      .heat td.gap{background:#d7301f;color:#fff;font-weight:600}.heat td.short{background:#fc8d59}
      .heat td.single{background:#fee08b}.heat td.ok{background:#d9ef8b}.heat td.empty{background:#eee}
      ul.find li{margin:.2em 0}.muted{color:#5b6475}
      .chart{overflow-x:auto;margin:8px 0 24px}.chart svg{max-width:100%;height:auto}
      @media (max-width:600px){body{padding:10px;font-size:14px}}
      """;

  private CoverageHtml() {}

  public static String write(
      CoverageReport r, Workspace ws, Language language, boolean holidaysOn) {
    CoverageTexts x = new CoverageTexts(language);
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"")
        .append(language.code())
        .append(
            "\">\n<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n<title>")
        .append(Escape.text(x.t.get("title")))
        .append("</title>\n<style>")
        .append(CSS)
        .append("</style></head>\n<body>\n");
    b.append("<h1>").append(Escape.text(x.t.get("title"))).append("</h1>\n");
    b.append(fragment(r, ws, language, holidaysOn));
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  /**
   * The report without the page around it and without its title, for a page of the web app that
   * brings its own heading and style (the classes are those of {@link #CSS}).
   */
  public static String fragment(
      CoverageReport r, Workspace ws, Language language, boolean holidaysOn) {
    CoverageTexts x = new CoverageTexts(language);
    StringBuilder b = new StringBuilder();
    b.append("<p class=\"muted\">").append(Escape.text(x.heading(r))).append("</p>\n");
    b.append("<p class=\"summary\">").append(Escape.text(x.summary(r))).append("</p>\n");
    if (!holidaysOn) {
      b.append("<p class=\"muted\">").append(Escape.text(x.t.get("holidaysOff"))).append("</p>\n");
    } else if (!r.holidays().isEmpty()) {
      List<String> h = new ArrayList<>();
      new java.util.TreeMap<>(r.holidays()).forEach((d, n) -> h.add(d + " " + n));
      b.append("<p class=\"muted\">")
          .append(Escape.text(x.t.get("holidays") + ": " + String.join(", ", h)))
          .append("</p>\n");
    }
    heat(b, r, x);
    list(
        b,
        x.t.get("uncovered"),
        r.uncoveredSteps().stream()
            .map(s -> x.stepName(s) + ": " + x.unitsWith(r, s, true))
            .toList(),
        x);
    list(
        b,
        x.t.get("single"),
        r.singlePersonSteps().stream()
            .map(s -> x.stepName(s) + ": " + x.singleUnitsWithWho(r, s))
            .toList(),
        x);
    List<String> shortLines = new ArrayList<>();
    for (RoleCover role : r.rolesUnderCapacity()) {
      for (int i = 0; i < role.units().size(); i++) {
        RoleUnit u = role.units().get(i);
        if (u.underCapacity()) {
          shortLines.add(x.shortLine(r.units().get(i), role, u));
        }
      }
    }
    list(b, x.t.get("short"), shortLines, x);
    list(b, x.t.get("chains"), r.chains().stream().map(x::chainLine).toList(), x);
    if (r.training().recordsRead()) {
      list(
          b,
          x.t.get("untrained"),
          r.training().untrained().stream().map(x::untrainedLine).toList(),
          x);
    } else {
      b.append("<p class=\"muted\">")
          .append(Escape.text(x.t.get("trainingNotRead")))
          .append("</p>\n");
    }
    if (!r.withoutVolume().isEmpty()) {
      b.append("<p class=\"muted\">")
          .append(Escape.text(x.t.format("withoutVolume", String.join(", ", r.withoutVolume()))))
          .append("</p>\n");
    }
    flowcharts(b, r, ws, language, x);
    return b.toString();
  }

  private static void heat(StringBuilder b, CoverageReport r, CoverageTexts x) {
    List<RoleCover> roles = HeatCells.rolesShown(r);
    b.append("<h2>").append(Escape.text(x.t.get("heatmap"))).append("</h2>\n");
    b.append("<p class=\"muted\">").append(Escape.text(x.t.get("heatLegend"))).append("</p>\n");
    b.append("<div class=\"scroll\"><table class=\"heat\"><thead><tr><th class=\"role\">")
        .append(Escape.text(x.t.get("role")))
        .append("</th>");
    for (Unit u : r.units()) {
      b.append("<th title=\"")
          .append(Escape.attribute(u.from() + " – " + u.to()))
          .append("\">")
          .append(Escape.text(x.unitShort(u)))
          .append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (RoleCover role : roles) {
      b.append("<tr><th class=\"role\">").append(Escape.text(role.role())).append("</th>");
      for (int i = 0; i < r.units().size(); i++) {
        HeatCells cell = HeatCells.of(r, role, i);
        RoleUnit u = role.units().get(i);
        String title = cell == HeatCells.EMPTY ? "" : x.shortLine(r.units().get(i), role, u);
        b.append("<td class=\"")
            .append(cell.css())
            .append("\" title=\"")
            .append(Escape.attribute(title))
            .append("\">")
            .append(cell == HeatCells.EMPTY ? "" : String.valueOf(u.fewestPresent()))
            .append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody></table></div>\n");
  }

  private static void list(StringBuilder b, String title, List<String> lines, CoverageTexts x) {
    b.append("<h2>")
        .append(Escape.text(title))
        .append(" (")
        .append(lines.size())
        .append(")</h2>\n");
    if (lines.isEmpty()) {
      b.append("<p class=\"muted\">").append(Escape.text(x.t.get("none"))).append("</p>\n");
      return;
    }
    b.append("<ul class=\"find\">\n");
    for (String l : lines) {
      b.append("<li>").append(Escape.text(l)).append("</li>\n");
    }
    b.append("</ul>\n");
  }

  /** The processes with uncovered steps, red where nobody is present, yellow where one person. */
  private static void flowcharts(
      StringBuilder b, CoverageReport r, Workspace ws, Language language, CoverageTexts x) {
    Map<String, List<StepCover>> byProcess = new LinkedHashMap<>();
    for (StepCover s : r.steps()) {
      if (s.uncoveredAnywhere() || s.singleAnywhere()) {
        byProcess.computeIfAbsent(s.processId(), k -> new ArrayList<>()).add(s);
      }
    }
    boolean any =
        byProcess.values().stream().flatMap(List::stream).anyMatch(StepCover::uncoveredAnywhere);
    if (!any) {
      return;
    }
    b.append("<h2>").append(Escape.text(x.t.get("flowcharts"))).append("</h2>\n");
    for (Map.Entry<String, List<StepCover>> e : byProcess.entrySet()) {
      if (e.getValue().stream().noneMatch(StepCover::uncoveredAnywhere)) {
        continue;
      }
      Process p = ws.process(e.getKey()).orElse(null);
      if (p == null) {
        continue;
      }
      Overlay.Builder o = Overlay.builder().title(x.t.get("uncovered"));
      for (StepCover s : e.getValue()) {
        if (s.uncoveredAnywhere()) {
          o.step(
              s.stepId(),
              new Mark(1, x.t.format("nobodyBadge", shortUnits(r, s, x)), ChangeState.UNCHANGED));
        } else {
          o.step(s.stepId(), new Mark(0.5, x.t.get("singleBadge"), ChangeState.UNCHANGED));
        }
      }
      b.append("<h3>").append(Escape.text(p.title())).append("</h3>\n");
      try {
        String svg =
            Diagrams.flowchart(
                p,
                RenderOptions.defaults()
                    .withLanguage(language)
                    .withOverlay(o.build())
                    .withTitle(false));
        int start = svg.indexOf("<svg");
        b.append("<div class=\"chart\">")
            .append(start >= 0 ? svg.substring(start) : svg)
            .append("</div>\n");
      } catch (RuntimeException ex) {
        b.append("<p class=\"muted\">(")
            .append(Escape.text(ex.getClass().getSimpleName()))
            .append(")</p>\n");
      }
    }
  }

  /** "V28–V30" or "V28, V31": the units without anybody, short. */
  private static String shortUnits(CoverageReport r, StepCover s, CoverageTexts x) {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < s.units().size(); i++) {
      if (s.units().get(i).uncovered()) {
        labels.add(x.unitShort(r.units().get(i)));
      }
    }
    return labels.size() > 3
        ? labels.get(0) + "–" + labels.get(labels.size() - 1) + " (" + labels.size() + ")"
        : String.join(", ", labels);
  }
}
