package org.flowbook.training.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.flowbook.analysis.diff.FieldChange;
import org.flowbook.model.Language;
import org.flowbook.model.Organization;
import org.flowbook.model.Process;
import org.flowbook.training.change.StepDelta;
import org.flowbook.training.curriculum.Involvement;
import org.flowbook.training.impact.Acknowledger;
import org.flowbook.training.impact.PersonalChange;
import org.flowbook.training.impact.TrainingImpact;

/** Who must acknowledge or re-train after a change, and what changed for each, as text or JSON. */
public final class ImpactReport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ImpactReport() {}

  public static String text(
      TrainingImpact impact, Organization org, Process before, Process after, Language language) {
    TrainingTexts x = new TrainingTexts(language);
    StringBuilder b = new StringBuilder();
    b.append(x.t.format("impact.title", after.title(), label(after), label(before))).append('\n');
    List<Acknowledger> ack = impact.acknowledgers();
    if (impact.affectedRoles().isEmpty()) {
      return b.append(x.t.get("impact.none")).append('\n').toString();
    }
    b.append(
            x.t.format(
                "impact.summary",
                ack.size(),
                ack.stream().filter(Acknowledger::mustRetrain).count()))
        .append('\n')
        .append(x.t.format("impact.roles", String.join(", ", impact.affectedRoles())))
        .append('\n');
    List<String> unlisted =
        impact.affectedRoles().stream().filter(r -> org.holders(r).isEmpty()).toList();
    if (!unlisted.isEmpty()) {
      b.append(x.t.format("impact.unlisted", String.join(", ", unlisted))).append('\n');
    }
    for (Acknowledger a : ack) {
      b.append('\n')
          .append(a.person().name())
          .append("  (")
          .append(String.join(", ", a.roles()))
          .append("; ")
          .append(Involvement.letters(a.involvement()))
          .append(") — ")
          .append(x.t.get(a.mustRetrain() ? "impact.retrain" : "impact.acknowledge"))
          .append('\n');
      PersonalChange mine = impact.changesFor(a.person().name());
      for (StepDelta d : mine.steps()) {
        b.append("    ")
            .append(x.t.get("kind." + d.kind().name()))
            .append(": ")
            .append(d.newId().isEmpty() ? d.oldId() : d.newId())
            .append(". ")
            .append(d.title())
            .append('\n');
        for (FieldChange f : d.fields()) {
          b.append("      ")
              .append(x.t.has("field." + f.field()) ? x.t.get("field." + f.field()) : f.field())
              .append('\n');
          line(b, "        - ", f.before());
          line(b, "        + ", f.after());
        }
      }
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String prefix, String value) {
    if (value.isEmpty()) {
      return;
    }
    for (String l : value.split("\n")) {
      b.append(prefix).append(l).append('\n');
    }
  }

  private static String label(Process p) {
    return p.version().isBlank() ? "?" : p.version();
  }

  public static String json(TrainingImpact impact, Process before, Process after) {
    ObjectNode root = JSON.createObjectNode();
    root.put("process", after.id());
    root.put("before", before.version());
    root.put("after", after.version());
    impact.affectedRoles().forEach(root.putArray("affectedRoles")::add);
    impact.retrainingRoles().forEach(root.putArray("retrainingRoles")::add);
    ArrayNode people = root.putArray("acknowledgers");
    for (Acknowledger a : impact.acknowledgers()) {
      ObjectNode n = people.addObject();
      n.put("person", a.person().name());
      a.roles().forEach(n.putArray("roles")::add);
      n.put("raci", Involvement.letters(a.involvement()));
      n.put("mustRetrain", a.mustRetrain());
      ArrayNode steps = n.putArray("steps");
      for (StepDelta d : impact.changesFor(a.person().name()).steps()) {
        ObjectNode s = steps.addObject();
        s.put("kind", d.kind().name().toLowerCase(java.util.Locale.ROOT));
        s.put("oldId", d.oldId());
        s.put("newId", d.newId());
        s.put("title", d.title());
        ArrayNode fs = s.putArray("fields");
        for (FieldChange f : d.fields()) {
          ObjectNode fn = fs.addObject();
          fn.put("field", f.field());
          fn.put("before", f.before());
          fn.put("after", f.after());
        }
      }
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
