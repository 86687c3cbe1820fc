package org.flowbook.mining.discovery;

import java.util.Map;
import org.flowbook.model.Language;

/**
 * The {@code organization.flow} written beside a draft when none is found above it: the roles the
 * draft names, each with its head count (distinct resources seen in that role), so that the draft
 * passes {@code flowbook check} and renders at once. Costs and hours are left for the coordinator.
 */
public final class OrganizationStub {
  private OrganizationStub() {}

  /** The stub's text, in canonical form, in {@code lang}. */
  public static String text(
      String name, Map<String, Integer> roles, String logName, Language lang) {
    boolean sv = lang == Language.SV;
    StringBuilder b = new StringBuilder();
    b.append(
            sv
                ? "# Utkast ur händelseloggen "
                    + logName
                    + ": rollerna som utför stegen, antal ="
                    + " olika resurser i loggen.\n# Komplettera med beskrivning, kostnad och timmar.\n"
                : "# Draft from the event log "
                    + logName
                    + ": the roles performing the steps, count ="
                    + " distinct resources in the log.\n# Add descriptions, costs and hours.\n")
        .append(sv ? "organisation: " : "organization: ")
        .append(clean(name))
        .append('\n')
        .append(sv ? "språk: sv" : "language: en")
        .append('\n');
    for (Map.Entry<String, Integer> role : roles.entrySet()) {
      b.append('\n')
          .append(sv ? "roll: " : "role: ")
          .append(clean(role.getKey()))
          .append('\n')
          .append(sv ? "  antal: " : "  capacity: ")
          .append(role.getValue())
          .append('\n');
    }
    return b.toString();
  }

  private static String clean(String s) {
    return s.replace('\n', ' ').replace('\r', ' ').strip();
  }
}
