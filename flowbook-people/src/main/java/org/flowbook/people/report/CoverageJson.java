package org.flowbook.people.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import org.flowbook.people.coverage.ChainFinding;
import org.flowbook.people.coverage.CoverageReport;
import org.flowbook.people.coverage.RoleCover;
import org.flowbook.people.coverage.RoleUnit;
import org.flowbook.people.coverage.StandIn;
import org.flowbook.people.coverage.StepCover;
import org.flowbook.people.coverage.StepUnit;
import org.flowbook.people.coverage.Unit;
import org.flowbook.people.coverage.UntrainedStandIn;

/** The coverage report as JSON, in the shape documented in docs/json.md. */
public final class CoverageJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CoverageJson() {}

  public static ObjectNode tree(CoverageReport r, boolean holidaysOn) {
    ObjectNode root = JSON.createObjectNode();
    root.put("organization", r.organization());
    root.put("from", r.from().toString());
    root.put("to", r.to().toString());
    root.put("by", r.by().name().toLowerCase(java.util.Locale.ROOT));
    root.put("holidaysCounted", holidaysOn);
    ObjectNode summary = root.putObject("summary");
    summary.put("uncoveredSteps", r.uncoveredSteps().size());
    summary.put("singlePersonSteps", r.singlePersonSteps().size());
    summary.put("rolesUnderCapacity", r.rolesUnderCapacity().size());
    summary.put("brokenChains", r.chains().size());
    summary.put("gaps", r.hasGaps());
    summary.put("trainingChecked", r.training().recordsRead());
    summary.put("untrainedStandIns", r.training().untrained().size());
    ArrayNode holidays = root.putArray("holidays");
    for (Map.Entry<java.time.LocalDate, String> h : new TreeMap<>(r.holidays()).entrySet()) {
      holidays.addObject().put("date", h.getKey().toString()).put("name", h.getValue());
    }
    ArrayNode units = root.putArray("units");
    for (Unit u : r.units()) {
      units
          .addObject()
          .put("label", u.label())
          .put("from", u.from().toString())
          .put("to", u.to().toString())
          .put("workdays", u.workdays().size());
    }
    ArrayNode roles = root.putArray("roles");
    for (RoleCover c : r.roles()) {
      ObjectNode o = roles.addObject();
      o.put("role", c.role()).put("people", c.people()).put("headCount", c.headCount());
      ArrayNode ru = o.putArray("units");
      for (RoleUnit u : c.units()) {
        ObjectNode n = ru.addObject();
        n.put("fewestPresent", u.fewestPresent());
        n.put("demandHours", round(u.demandHours()));
        n.put("capacityHours", round(u.capacityHours()));
        if (Double.isInfinite(u.utilization())) {
          n.putNull("utilization");
        } else {
          n.put("utilization", round(u.utilization()));
        }
        n.put("underCapacity", u.underCapacity());
        n.put("uncoveredSteps", u.uncoveredSteps());
      }
    }
    ArrayNode steps = root.putArray("steps");
    for (StepCover s : r.steps()) {
      ObjectNode o = steps.addObject();
      o.put("process", s.processId())
          .put("processTitle", s.processTitle())
          .put("step", s.stepId())
          .put("title", s.stepTitle())
          .put("role", s.role());
      ArrayNode d = o.putArray("deputies");
      s.deputies().forEach(d::add);
      ArrayNode su = o.putArray("units");
      for (StepUnit u : s.units()) {
        ObjectNode n = su.addObject();
        n.put("nobodyDays", u.nobodyDays())
            .put("deputyDays", u.deputyDays())
            .put("singleDays", u.singleDays());
        ArrayNode who = n.putArray("who");
        u.who().forEach(who::add);
      }
      ArrayNode standIns = o.putArray("standIns");
      for (StandIn in : s.standIns()) {
        standIns
            .addObject()
            .put("person", in.person())
            .put("firstDay", in.firstDay().toString())
            .put("lastDay", in.lastDay().toString())
            .put("days", in.days());
      }
    }
    ArrayNode chains = root.putArray("chains");
    for (ChainFinding f : r.chains()) {
      ObjectNode o = chains.addObject();
      o.put("kind", f.kind() == ChainFinding.Kind.LOOP ? "loop" : "ends-absent");
      o.put("subject", f.subject());
      ArrayNode chain = o.putArray("chain");
      f.chain().forEach(chain::add);
      o.put("firstDay", f.firstDay().toString()).put("days", f.days());
    }
    ArrayNode untrained = root.putArray("untrained");
    for (UntrainedStandIn u : r.training().untrained()) {
      ObjectNode o = untrained.addObject();
      o.put("process", u.step().processId())
          .put("step", u.step().stepId())
          .put("role", u.step().role())
          .put("person", u.standIn().person())
          .put("reason", u.reason().key());
      if (u.trainedOn().isEmpty()) {
        o.putNull("trainedOn");
      } else {
        o.put("trainedOn", u.trainedOn());
      }
      o.put("firstDay", u.standIn().firstDay().toString())
          .put("lastDay", u.standIn().lastDay().toString())
          .put("days", u.standIn().days());
    }
    ArrayNode without = root.putArray("withoutVolume");
    r.withoutVolume().forEach(without::add);
    return root;
  }

  public static String write(CoverageReport r, boolean holidaysOn) {
    try {
      return JSON.writeValueAsString(tree(r, holidaysOn)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
