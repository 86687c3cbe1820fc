package org.flowbook.server.comments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.model.Process;
import org.flowbook.repository.comments.StepAnchor;
import org.flowbook.repository.comments.StepComment;

/**
 * The open comments of a process placed on the steps of the version shown: by step number, and the
 * outdated ones whose step is gone.
 */
public record PlacedComments(Map<String, List<StepComment>> byStep, List<StepComment> outdated) {
  public static final PlacedComments NONE = new PlacedComments(Map.of(), List.of());

  public static PlacedComments of(List<StepComment> comments, Process shown) {
    Map<String, List<StepComment>> byStep = new LinkedHashMap<>();
    List<StepComment> outdated = new ArrayList<>();
    for (StepComment c : comments) {
      if (!c.isOpen()) {
        continue;
      }
      Optional<String> at = StepAnchor.find(c, shown);
      if (at.isPresent()) {
        byStep.computeIfAbsent(at.get(), k -> new ArrayList<>()).add(c);
      } else {
        outdated.add(c);
      }
    }
    return new PlacedComments(byStep, outdated);
  }

  public List<StepComment> at(String stepId) {
    return byStep.getOrDefault(stepId, List.of());
  }

  public int open() {
    return byStep.values().stream().mapToInt(List::size).sum() + outdated.size();
  }
}
