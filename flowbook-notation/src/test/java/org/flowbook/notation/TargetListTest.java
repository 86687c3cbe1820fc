package org.flowbook.notation;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowbook.model.Event;
import org.flowbook.model.EventTrigger;
import org.flowbook.model.Flow;
import org.flowbook.model.Process;
import org.junit.jupiter.api.Test;

/** Arrow lists and boundary events that name ends in quotes (regressions from BPMN round trips). */
class TargetListTest {

  @Test
  void anArrowListMayMixANamedEndAndAStep() {
    Process p =
        ProcessParser.parse("t.flow", "process: T\n1. A\n   -> end \"End, really\", 2\n2. B\n")
            .process();
    assertThat(p.outgoing("1")).extracting(Flow::to).containsExactly("end-end-really", "2");
  }

  @Test
  void anArrowListMayNameTwoEndsWithTriggers() {
    Process p =
        ProcessParser.parse(
                "t.flow", "process: T\n1. A\n   -> end \"A\" message, end \"B\" message\n")
            .process();
    assertThat(p.outgoing("1")).extracting(Flow::to).containsExactly("end-a", "end-b");
  }

  @Test
  void aBoundaryEventWithoutLabelLeadsToANamedEnd() {
    ProcessDocument doc =
        ProcessParser.parse(
            "t.flow", "process: T\n1. A\n   on error -> end \"Employee not found\"\n");
    Event e = (Event) doc.process().step("1-error").orElseThrow();
    assertThat(e.title()).isEmpty();
    assertThat(e.trigger()).isEqualTo(EventTrigger.ERROR);
    assertThat(doc.process().outgoing("1-error"))
        .extracting(Flow::to)
        .containsExactly("end-employee-not-found");
    assertThat(ProcessFormatter.format(doc)).contains("on error -> end \"Employee not found\"");
  }
}
