package org.flowbook.simulation.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.flowbook.simulation.stats.Estimate;
import org.flowbook.simulation.summary.Summary;
import org.flowbook.simulation.summary.Summary.ProcessSummary;
import org.flowbook.simulation.summary.Summary.RoleSummary;
import org.flowbook.simulation.summary.Summary.StepSummary;

/**
 * The machine-readable report ({@code "kind": "simulation"}, docs/json.md): durations in seconds,
 * shares as 0..1, every estimate as {@code {mean, low, high, n}}.
 */
public final class JsonReport {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  public static String render(List<SimulationRun> runs) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("kind", "simulation");
    root.put("version", 1);
    ArrayNode scenarios = root.putArray("scenarios");
    for (SimulationRun run : runs) {
      scenarios.add(scenario(run));
    }
    if (runs.size() > 1) {
      ArrayNode cmp = root.putArray("comparisons");
      SimulationRun base = runs.get(0);
      for (SimulationRun other : runs.subList(1, runs.size())) {
        for (ProcessSummary p : other.summary().processes()) {
          if (!p.hasArrivals()) {
            continue;
          }
          base.summary().processes().stream()
              .filter(b -> b.id().equals(p.id()) && b.hasArrivals())
              .findFirst()
              .ifPresent(
                  b -> {
                    ObjectNode c = cmp.addObject();
                    c.put("scenario", other.name());
                    c.put("process", p.id());
                    c.put("measure", "cycleTimeMean");
                    c.set("before", estimate(b.cycleMean()));
                    c.set("after", estimate(p.cycleMean()));
                    c.put(
                        "significant",
                        Estimate.significantlyDifferent(b.cycleMean(), p.cycleMean()));
                  });
        }
      }
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode scenario(SimulationRun run) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("name", run.name());
    var req = run.request();
    n.put("from", req.from().toString());
    n.put("to", req.to().toString());
    n.put("cases", req.cases());
    n.put("warmUpSeconds", req.warmUp().getSeconds());
    n.put("warmUpDetected", run.warmUpDetected());
    n.put("replications", req.replications());
    n.put("seed", req.seed());
    n.put("workTime", run.shape().name().toLowerCase(java.util.Locale.ROOT));
    Summary s = run.summary();
    n.put("stoppedEarly", s.stoppedEarly());
    n.put("openCaseLimit", req.openCaseLimit());
    n.put("events", s.events());
    ArrayNode ps = n.putArray("processes");
    for (ProcessSummary p : s.processes()) {
      ObjectNode o = ps.addObject();
      o.put("id", p.id());
      o.put("title", p.title());
      o.put("hasArrivals", p.hasArrivals());
      o.put("started", p.started());
      o.put("completed", p.completed());
      o.put("open", p.open());
      o.set("cycleTimeMean", estimate(p.cycleMean()));
      o.set("cycleTimeMedian", estimate(p.cycleMedian()));
      o.set("cycleTimeP90", estimate(p.cycleP90()));
      o.set("throughputPerWeek", estimate(p.throughputPerWeek()));
      o.set("workInProgress", estimate(p.wip()));
      o.set("costPerCase", estimate(p.cost()));
      ArrayNode steps = o.putArray("steps");
      for (StepSummary st : p.steps()) {
        ObjectNode x = steps.addObject();
        x.put("id", st.id());
        x.put("title", st.title());
        x.put("role", st.role());
        x.set("waitForPersonSeconds", estimate(st.waitForPerson()));
        x.put("documentedWaitSeconds", st.documentedWait());
      }
    }
    ArrayNode rs = n.putArray("roles");
    for (RoleSummary r : s.roles()) {
      ObjectNode o = rs.addObject();
      o.put("name", r.name());
      o.set("utilization", estimate(r.utilization()));
      o.set("meanQueue", estimate(r.meanQueue()));
      o.put("longestQueue", r.maxQueue());
      ArrayNode wu = o.putArray("weeklyUtilization");
      for (double v : r.weeklyUtilization()) {
        wu.add(round(v));
      }
      ArrayNode wq = o.putArray("weeklyQueue");
      for (double v : r.weeklyQueue()) {
        wq.add(round(v));
      }
    }
    ArrayNode warnings = n.putArray("warnings");
    TextReport.warnings(run, new Words(org.flowbook.model.Language.EN)).forEach(warnings::add);
    return n;
  }

  static ObjectNode estimate(Estimate e) {
    ObjectNode o = MAPPER.createObjectNode();
    put(o, "mean", e.mean());
    put(o, "low", e.low());
    put(o, "high", e.high());
    o.put("n", e.n());
    return o;
  }

  private static void put(ObjectNode o, String k, double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      o.putNull(k);
    } else {
      o.put(k, round(v));
    }
  }

  private static double round(double v) {
    if (v == 0 || Double.isNaN(v)) {
      return v;
    }
    return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6g", v));
  }
}
