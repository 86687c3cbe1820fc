package org.flowbook.handbook.narrative;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.flowbook.model.Process;
import org.flowbook.model.Step;

/**
 * The number a reader sees for each work step: the id itself when the notation numbered it ("4b"),
 * else the position among the work steps (imported BPMN ids such as "Task_0x1f" mean nothing).
 */
public final class StepNumbers {
  private static final Pattern NUMBER = Pattern.compile("\\d{1,4}[a-z]?");

  private final Map<String, String> numbers = new HashMap<>();

  private StepNumbers(Process process) {
    boolean numbered = process.workSteps().stream().allMatch(s -> NUMBER.matcher(s.id()).matches());
    int n = 0;
    for (Step s : process.workSteps()) {
      n++;
      numbers.put(s.id(), numbered ? s.id() : Integer.toString(n));
    }
  }

  public static StepNumbers of(Process process) {
    return new StepNumbers(process);
  }

  /** The number of a work step, or the id for other steps. */
  public String of(String stepId) {
    return numbers.getOrDefault(stepId, stepId);
  }

  public boolean isWork(String stepId) {
    return numbers.containsKey(stepId);
  }
}
