package org.flowbook.compliance.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.flowbook.compliance.coverage.ControlUse;
import org.flowbook.compliance.coverage.CoverageReport;
import org.flowbook.compliance.coverage.RequirementCoverage;
import org.flowbook.compliance.coverage.StepUse;
import org.flowbook.compliance.coverage.UnknownCitation;
import org.flowbook.compliance.gdpr.ProcessingActivity;
import org.flowbook.compliance.gdpr.ProcessingRecord;
import org.flowbook.compliance.plan.ControlPlan;
import org.flowbook.compliance.plan.PlanRow;
import org.flowbook.compliance.register.Registers;
import org.flowbook.compliance.risk.HeatMap;
import org.flowbook.compliance.risk.RiskEntry;
import org.flowbook.compliance.risk.RiskRegister;
import org.flowbook.model.RiskScore;

/** The registers as JSON for other tools (docs/compliance.md describes the fields). */
public final class JsonReport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  public static String json(Registers r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("organization", r.organization());
    if (r.request().regulation().isPresent()) {
      root.put("regulation", r.request().regulation().get());
    } else {
      root.putNull("regulation");
    }
    root.put("year", r.request().year());
    coverage(r.coverage(), root.putObject("coverage"));
    risks(r.risks(), root.putObject("risks"));
    plan(r.plan(), root.putObject("plan"));
    processing(r.processing(), root.putObject("processing"));
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void coverage(CoverageReport c, ObjectNode node) {
    node.put("requirements", c.requirements().size());
    node.put("covered", c.coveredCount());
    node.put("gaps", c.gaps().size());
    ArrayNode list = node.putArray("items");
    for (RequirementCoverage rc : c.requirements()) {
      ObjectNode rn = list.addObject();
      rn.put("citation", rc.citation());
      rn.put("regulation", rc.regulation());
      rn.put("text", rc.text());
      rn.put("gap", rc.isGap());
      ArrayNode cs = rn.putArray("controls");
      for (ControlUse cu : rc.controls()) {
        ObjectNode cn = cs.addObject();
        cn.put("name", cu.control());
        ArrayNode ss = cn.putArray("steps");
        cu.steps().forEach(s -> step(s, ss.addObject()));
      }
      rc.processes().forEach(rn.putArray("processes")::add);
    }
    ArrayNode unknown = node.putArray("unknownCitations");
    for (UnknownCitation u : c.unknownCitations()) {
      ObjectNode un = unknown.addObject();
      un.put("citation", u.citation());
      un.put("control", u.control());
      step(u.step(), un.putObject("step"));
    }
  }

  private static void risks(RiskRegister r, ObjectNode node) {
    node.put("threshold", r.threshold());
    ArrayNode list = node.putArray("items");
    for (RiskEntry e : r.entries()) {
      ObjectNode n = list.addObject();
      n.put("name", e.risk().name());
      n.put("description", e.risk().description());
      n.put("process", e.processId());
      if (e.step().isPresent()) {
        n.put("step", e.stepId());
      } else {
        n.putNull("step");
      }
      score(e.risk().inherent(), n.putObject("inherent"));
      if (e.risk().residualScore().isPresent()) {
        score(e.risk().residual(), n.putObject("residual"));
      } else {
        n.putNull("residual");
      }
      n.put("owner", e.owner());
      e.controls().forEach(n.putArray("controls")::add);
      n.put("aboveThreshold", e.aboveThreshold());
    }
    matrix(r.before(), node.putArray("before"));
    matrix(r.after(), node.putArray("after"));
  }

  /** Rows of likelihood 1 … 4, each with the counts of consequence 1 … 4. */
  private static void matrix(HeatMap m, ArrayNode rows) {
    for (int l = 1; l <= HeatMap.SIZE; l++) {
      ArrayNode row = rows.addArray();
      for (int c = 1; c <= HeatMap.SIZE; c++) {
        row.add(m.count(l, c));
      }
    }
  }

  private static void score(RiskScore s, ObjectNode n) {
    n.put("likelihood", s.likelihood());
    n.put("consequence", s.consequence());
    n.put("value", s.value());
  }

  private static void plan(ControlPlan p, ObjectNode node) {
    node.put("year", p.year());
    node.put("threshold", p.threshold());
    ArrayNode list = node.putArray("rows");
    for (PlanRow r : p.rows()) {
      ObjectNode n = list.addObject();
      n.put("risk", r.risk().risk().name());
      n.put("process", r.risk().processId());
      if (r.risk().step().isPresent()) {
        n.put("step", r.risk().stepId());
      } else {
        n.putNull("step");
      }
      score(r.risk().risk().inherent(), n.putObject("assessment"));
      if (r.isGap()) {
        n.putNull("control");
      } else {
        n.put("control", r.control());
      }
      n.put("declared", r.declared());
      n.put("responsible", r.responsible());
      if (r.frequencyKnown().isPresent()) {
        n.put("frequency", r.frequency().name().toLowerCase(java.util.Locale.ROOT));
      } else {
        n.putNull("frequency");
      }
      n.put("evidence", r.evidence());
      n.put("when", r.timing().key());
      n.put("reportedTo", r.reportedTo());
      n.put("method", r.method().key());
    }
  }

  private static void processing(ProcessingRecord r, ObjectNode node) {
    ArrayNode list = node.putArray("processes");
    for (ProcessingActivity a : r.activities()) {
      ObjectNode n = list.addObject();
      n.put("process", a.processId());
      n.put("title", a.processTitle());
      n.put("owner", a.owner());
      a.purposes().forEach(n.putArray("purposes")::add);
      a.categories().forEach(n.putArray("categories")::add);
      a.recipientRoles().forEach(n.putArray("recipientRoles")::add);
      a.recipientSystems().forEach(n.putArray("recipientSystems")::add);
      a.retention().forEach(n.putArray("retention")::add);
      a.legalBases().forEach(n.putArray("legalBases")::add);
      a.carriers().forEach(n.putArray("heldIn")::add);
      a.steps().forEach(n.putArray("steps")::add);
    }
  }

  private static void step(StepUse s, ObjectNode n) {
    n.put("process", s.processId());
    n.put("processTitle", s.processTitle());
    n.put("step", s.stepId());
    n.put("title", s.stepTitle());
  }
}
