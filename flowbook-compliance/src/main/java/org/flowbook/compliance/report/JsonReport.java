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
import org.flowbook.compliance.register.Registers;

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

  private static void step(StepUse s, ObjectNode n) {
    n.put("process", s.processId());
    n.put("processTitle", s.processTitle());
    n.put("step", s.stepId());
    n.put("title", s.stepTitle());
  }
}
