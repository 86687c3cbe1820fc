package org.flowbook.analysis.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.analysis.AnalysisReport;
import org.flowbook.analysis.ProcessAnalysis;
import org.flowbook.analysis.capacity.CapacityReport;
import org.flowbook.analysis.capacity.RoleUtilization;
import org.flowbook.analysis.diff.ProcessDiff;
import org.flowbook.analysis.diff.StepChange;
import org.flowbook.analysis.metrics.FlowMetrics;
import org.flowbook.analysis.metrics.RoleFigures;
import org.flowbook.analysis.metrics.StepFigures;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.output.ProblemJson;

/** The analysis and the change impact as JSON (shapes documented in docs/json.md). */
public final class JsonReport {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  public static String render(AnalysisReport r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("organization", r.workspace().organization().name());
    root.put("language", r.language().code());
    List<Object> processes = new ArrayList<>();
    for (ProcessAnalysis pa : r.processes()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("id", pa.process().id());
      p.put("title", pa.process().title());
      p.put("file", pa.process().at().file());
      p.put("metrics", metrics(pa.metrics()));
      p.put("volume", pa.volume().orElse(null));
      p.put("capacity", pa.capacity().map(JsonReport::capacity).orElse(null));
      p.put("problems", problems(pa.problems()));
      processes.add(p);
    }
    root.put("processes", processes);
    root.put("workspaceProblems", problems(r.workspaceProblems()));
    root.put(
        "load",
        r.load()
            .map(
                l -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("capacity", capacity(l.capacity()));
                  m.put("hoursByProcess", l.contributions());
                  m.put("withoutVolume", l.withoutVolume());
                  return m;
                })
            .orElse(null));
    return write(root);
  }

  public static String render(ProcessDiff d, Language lang) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("before", d.before().id());
    root.put("after", d.after().id());
    root.put("empty", d.isEmpty());
    root.put("summary", ImpactSummary.sentences(d, lang));
    List<Object> steps = new ArrayList<>();
    for (StepChange s : d.steps()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("change", s.kind().name().toLowerCase(java.util.Locale.ROOT));
      m.put("oldId", s.oldId().isEmpty() ? null : s.oldId());
      m.put("newId", s.newId().isEmpty() ? null : s.newId());
      m.put("title", s.title());
      m.put("performer", s.performer());
      m.put("fields", s.fields());
      steps.add(m);
    }
    root.put("steps", steps);
    root.put("roles", d.roles());
    root.put("controls", d.controls());
    List<Object> gaps = new ArrayList<>();
    for (org.flowbook.analysis.diff.ControlGap g : d.gaps()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", g.kind().name().toLowerCase(java.util.Locale.ROOT));
      m.put("subject", g.subject());
      m.put("lostControls", g.lostControls());
      gaps.add(m);
    }
    root.put("gaps", gaps);
    root.put("header", d.header());
    root.put("metricsBefore", metrics(d.metricsBefore()));
    root.put("metricsAfter", metrics(d.metricsAfter()));
    root.put("capacityBefore", d.capacityBefore().map(JsonReport::capacity).orElse(null));
    root.put("capacityAfter", d.capacityAfter().map(JsonReport::capacity).orElse(null));
    return write(root);
  }

  static Map<String, Object> metrics(FlowMetrics m) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("workSteps", m.workSteps());
    o.put("roles", m.roles());
    o.put("cycleHours", m.cycleHours());
    o.put("workHours", m.workHours());
    o.put("waitHours", m.waitHours());
    o.put("flowEfficiency", m.flowEfficiency());
    o.put("effortHours", m.effortHours());
    o.put("cost", m.cost());
    o.put("currency", m.currency());
    o.put("unpricedRoles", m.unpricedRoles());
    o.put("handoffs", m.handoffs());
    o.put("criticalPath", m.criticalPath());
    o.put("criticalPathHours", m.criticalPathHours());
    List<Object> steps = new ArrayList<>();
    for (StepFigures s : m.steps()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("id", s.id());
      x.put("title", s.title());
      x.put("role", s.role());
      x.put("visits", s.visits());
      x.put("workHours", s.workHours());
      x.put("waitHours", s.waitHours());
      steps.add(x);
    }
    o.put("steps", steps);
    List<Object> roles = new ArrayList<>();
    for (RoleFigures r : m.roleFigures()) {
      roles.add(
          Map.of(
              "role", r.role(), "tasks", r.tasks(), "workHours", r.workHours(), "cost", r.cost()));
    }
    o.put("roleFigures", roles);
    o.put("outcomes", m.outcomes());
    o.put("caveats", m.caveats());
    return o;
  }

  static Map<String, Object> capacity(CapacityReport c) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("casesPerMonth", c.casesPerMonth());
    List<Object> roles = new ArrayList<>();
    for (RoleUtilization r : c.roles()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("role", r.role());
      x.put("declared", r.declared());
      x.put("people", r.people());
      x.put("hoursPerWeek", r.hoursPerWeek());
      x.put("tasksPerMonth", r.tasksPerMonth());
      x.put("demandHours", r.demandHours());
      x.put("availableHours", r.availableHours());
      x.put("utilization", r.utilization());
      x.put("waitProbability", r.waitProbability());
      x.put("queueHours", r.queueHours().isPresent() ? r.queueHours().getAsDouble() : null);
      x.put("load", r.load().name().toLowerCase(java.util.Locale.ROOT));
      roles.add(x);
    }
    o.put("roles", roles);
    o.put("bottleneck", c.bottleneck().map(RoleUtilization::role).orElse(null));
    o.put("overloaded", c.overloaded());
    return o;
  }

  /** The shared problem shape of docs/json.md. */
  static List<Object> problems(List<Problem> problems) {
    return new ArrayList<>(ProblemJson.list(problems));
  }

  private static String write(Object o) {
    try {
      return MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
