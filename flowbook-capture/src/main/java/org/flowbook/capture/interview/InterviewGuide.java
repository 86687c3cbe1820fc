package org.flowbook.capture.interview;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.flowbook.model.Language;

/**
 * The questions to ask about one process, in the order to ask them, before it is printed.
 *
 * @param processId the documented process's id, empty for a process not yet written
 * @param role the role of the people interviewed, when the guide is narrowed to it
 * @param log the event log's name, when its deviations are asked about
 */
public record InterviewGuide(
    Language language,
    String title,
    String processId,
    Optional<String> role,
    Optional<String> log,
    List<Topic> topics) {

  public InterviewGuide {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
    processId = processId == null ? "" : processId;
    role = Objects.requireNonNullElse(role, Optional.empty());
    log = Objects.requireNonNullElse(log, Optional.empty());
    topics = List.copyOf(topics);
  }

  /** Whether the guide is for a process that is not documented yet. */
  public boolean isNew() {
    return processId.isEmpty();
  }

  /** Every question of the guide, in order. */
  public List<Question> questions() {
    return topics.stream().flatMap(t -> t.questions().stream()).toList();
  }

  /** The topic about a step, if the guide has one. */
  public Optional<Topic> topic(String stepId) {
    return topics.stream().filter(t -> t.stepId().equals(stepId)).findFirst();
  }
}
