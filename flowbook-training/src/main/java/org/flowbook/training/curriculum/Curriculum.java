package org.flowbook.training.curriculum;

import java.time.Period;
import java.util.List;

/**
 * What a person in a role must learn, derived from the processes: the steps the role performs (R)
 * or is accountable for (A), by process in landscape order; the controls in those steps and the
 * requirements they cite; and the extra items written under the role ({@code utbildning:}).
 *
 * @param validFor how long a sign-off stays valid ({@code giltig:}); {@link Period#ZERO} = no
 *     expiry
 */
public record Curriculum(
    String role,
    List<CurriculumProcess> processes,
    List<RegulationItem> regulations,
    List<String> extraItems,
    Period validFor) {
  public Curriculum {
    processes = List.copyOf(processes);
    regulations = List.copyOf(regulations);
    extraItems = List.copyOf(extraItems);
  }

  public boolean isEmpty() {
    return processes.isEmpty() && extraItems.isEmpty();
  }

  public int stepCount() {
    return processes.stream().mapToInt(p -> p.steps().size()).sum();
  }

  public int controlCount() {
    return processes.stream()
        .flatMap(p -> p.steps().stream())
        .mapToInt(s -> s.controls().size())
        .sum();
  }

  public boolean covers(String processId) {
    return processes.stream().anyMatch(p -> p.processId().equals(processId));
  }
}
