package org.flowbook.training.curriculum;

import java.util.List;

/** One process of a curriculum and the role's steps in it, in flow order. */
public record CurriculumProcess(String processId, String title, List<CurriculumStep> steps) {
  public CurriculumProcess {
    steps = List.copyOf(steps);
  }
}
