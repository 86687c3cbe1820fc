package org.flowbook.model;

/**
 * A node of a process flow. Steps are identified by an id unique within the process; steps written
 * in {@code .flow} use their number ("2", "4b") as id, the implicit start is {@code start} and ends
 * are {@code end}, {@code end-2}, ...
 */
public sealed interface Step permits Activity, Decision, Parallel, Call, Start, End, Event {
  String id();

  String title();

  SourceLocation at();

  /** The work of the step; {@link Task#NONE} for steps that are not work (events, joins). */
  default Task task() {
    return Task.NONE;
  }

  /** The role doing the step, or empty. */
  default String performer() {
    return task().performer();
  }

  /** What can go wrong in this step; empty for steps that are not work. */
  default java.util.List<Risk> risks() {
    return task().risks();
  }

  /** True for the steps a person reads as numbered instructions (activities, decisions, calls). */
  default boolean isWork() {
    return false;
  }
}
