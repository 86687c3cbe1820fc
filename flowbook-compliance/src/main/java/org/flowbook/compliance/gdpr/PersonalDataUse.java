package org.flowbook.compliance.gdpr;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.Organization;
import org.flowbook.model.Step;

/**
 * What "a step touches personal data" means, in one place (docs/decisions/1107): the step takes as
 * input, produces as output, or uses a system that the organization declares with personal data.
 * Names compare as the organization's look-ups do, without case.
 */
public final class PersonalDataUse {
  private PersonalDataUse() {}

  /** The carriers of personal data a step names, in order: inputs, outputs, systems; no repeats. */
  public static List<Carrier> carriers(Organization org, Step step) {
    List<Carrier> out = new ArrayList<>();
    List<String> documents = new ArrayList<>(step.task().inputs());
    documents.addAll(step.task().outputs());
    for (String d : documents) {
      org.document(d)
          .ifPresent(
              doc ->
                  doc.personalData().ifPresent(pd -> add(out, new Carrier(doc.name(), false, pd))));
    }
    for (String s : step.task().systems()) {
      org.system(s)
          .ifPresent(
              sys ->
                  sys.personalData().ifPresent(pd -> add(out, new Carrier(sys.name(), true, pd))));
    }
    return List.copyOf(out);
  }

  public static boolean touches(Organization org, Step step) {
    return !carriers(org, step).isEmpty();
  }

  private static void add(List<Carrier> out, Carrier c) {
    if (out.stream().noneMatch(o -> o.name().equals(c.name()) && o.system() == c.system())) {
      out.add(c);
    }
  }
}
