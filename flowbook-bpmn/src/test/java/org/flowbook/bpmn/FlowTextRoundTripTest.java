package org.flowbook.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.flowbook.bpmn.write.BpmnExporter;
import org.flowbook.diagram.Diagrams;
import org.flowbook.model.Activity;
import org.flowbook.model.Call;
import org.flowbook.model.Decision;
import org.flowbook.model.End;
import org.flowbook.model.Event;
import org.flowbook.model.Parallel;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Start;
import org.flowbook.model.Step;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.notation.ProcessFormatter;
import org.flowbook.notation.ProcessParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BPMN → {@code .flow} → BPMN keeps every task, gateway, event, flow and lane of the MIWG reference
 * models. The only tolerated change: ends with the same name (or none) are one end in {@code
 * .flow}, so ends are compared by distinct name. Cases where the notation itself cannot yet carry
 * the model are listed with the reason, and must keep failing until it can.
 */
class FlowTextRoundTripTest {

  /** Where the notation's formatter and parser do not yet agree (reported to the notation). */
  private static final Map<String, String> NOTATION_GAPS =
      Map.of(
          "C.6.0.bpmn",
          "a step without outgoing flow (compensation handler) continues to the next step in .flow");

  static Stream<Path> references() {
    return Corpus.files("bpmn/miwg/reference").stream();
  }

  @ParameterizedTest
  @MethodSource("references")
  void bpmnToFlowToBpmnKeepsTheModel(Path file) {
    BpmnImport original = Corpus.read(file);
    List<Process> parsed = new ArrayList<>();
    List<Problem> errors = new ArrayList<>();
    for (Process p : original.processes()) {
      String text = ProcessFormatter.format(p);
      ProcessDocument doc = ProcessParser.parse(p.id() + ".flow", text);
      doc.problems().stream().filter(Problem::isError).forEach(errors::add);
      if (doc.hasProcess()) {
        parsed.add(doc.process());
      }
    }
    String xml = new BpmnExporter(Diagrams::layout).write(parsed, original.collaboration());
    BpmnImport back = Corpus.read(xml, "round-trip-" + file.getFileName());
    String name = file.getFileName().toString();
    boolean same = errors.isEmpty() && summary(back).equals(summary(original));
    if (NOTATION_GAPS.containsKey(name)) {
      assertThat(same)
          .as("known gap (" + NOTATION_GAPS.get(name) + ") is closed: unlist it")
          .isFalse();
      return;
    }
    assertThat(errors).isEmpty();
    assertThat(Corpus.errors(back)).isEmpty();
    assertThat(summary(back)).isEqualTo(summary(original));
  }

  /** What must survive, per process title: counts by kind, flows, distinct end names, lanes. */
  private static List<String> summary(BpmnImport r) {
    List<String> out = new ArrayList<>();
    for (Process p : r.processes()) {
      int tasks = 0;
      int gateways = 0;
      int events = 0;
      TreeSet<String> ends = new TreeSet<>();
      for (Step s : p.steps()) {
        if (s instanceof Activity || s instanceof Call) {
          tasks++;
        } else if (s instanceof Decision || s instanceof Parallel) {
          gateways++;
        } else if (s instanceof Start || s instanceof Event) {
          events++;
        } else if (s instanceof End e) {
          ends.add(Equivalence.norm(e.title()) + "/" + e.trigger());
        }
      }
      out.add(
          p.title()
              + ": tasks "
              + tasks
              + ", gateways "
              + gateways
              + ", events "
              + events
              + ", ends "
              + ends
              + ", flows "
              + p.flows().size()
              + ", lanes "
              + new TreeSet<>(p.roles()));
    }
    out.sort(null);
    return out;
  }
}
