package org.flowbook.bpmn.map;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.bpmn.read.Locations;
import org.flowbook.bpmn.xml.XmlNode;
import org.flowbook.model.Problem;
import org.flowbook.model.Severity;

/**
 * Collects the problems of one import. Every message names the BPMN element by kind, name and id,
 * so a user can find it in their modeling tool even after Flowbook renumbered the steps.
 */
final class Findings {
  private final Locations at;
  private final List<Problem> problems = new ArrayList<>();

  Findings(Locations at) {
    this.at = at;
  }

  void error(String code, XmlNode node, String what, String hint) {
    problems.add(Problem.error(code, describe(node) + ": " + what, hint, at.of(node)));
  }

  void warn(String code, XmlNode node, String what, String hint) {
    problems.add(Problem.warning(code, describe(node) + ": " + what, hint, at.of(node)));
  }

  void note(String code, XmlNode node, String what) {
    problems.add(
        new Problem(Severity.INFO, code, describe(node) + ": " + what, "", at.of(node), null));
  }

  void add(Problem p) {
    problems.add(p);
  }

  void addAll(List<Problem> ps) {
    problems.addAll(ps);
  }

  boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  Locations locations() {
    return at;
  }

  List<Problem> all() {
    return List.copyOf(problems);
  }

  /** "userTask 'Check invoice' (Task_1)" — the way a modeler would recognise the element. */
  static String describe(XmlNode node) {
    String name = node.attribute("name", "");
    String id = node.id();
    StringBuilder s = new StringBuilder(node.name());
    if (!name.isEmpty()) {
      s.append(" '").append(oneLine(name)).append('\'');
    }
    if (!id.isEmpty()) {
      s.append(" (").append(id).append(')');
    }
    return s.toString();
  }

  /** Compiled once: it runs for every element an import names (a tenth of a large import). */
  private static final java.util.regex.Pattern SPACES =
      java.util.regex.Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  static String oneLine(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }
}
