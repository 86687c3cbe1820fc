package org.flowbook.capture.interview;

import java.util.List;
import java.util.Objects;

/**
 * A part of an interview guide: the process as a whole, one step, the findings, the log.
 *
 * @param stepId the step it is about, or empty
 * @param known what the documentation already says about it (shown to be confirmed, not asked)
 */
public record Topic(String stepId, String title, List<Fact> known, List<Question> questions) {
  public Topic {
    stepId = stepId == null ? "" : stepId;
    Objects.requireNonNull(title, "title");
    known = List.copyOf(known);
    questions = List.copyOf(questions);
  }

  /** A fact the documentation already states: "Roll" – "Inköpare". */
  public record Fact(String label, String value) {
    public Fact {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }
  }
}
