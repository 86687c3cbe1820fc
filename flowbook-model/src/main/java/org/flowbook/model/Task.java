package org.flowbook.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The work part of a step: who does it (RACI), how long it takes, how to do it, with what.
 *
 * @param performer the role that does the work (Responsible in RACI), or empty
 * @param workTime hands-on time of one case
 * @param waitTime waiting time before the work can be done (queues, approvals, post)
 * @param instructions how to do it, one instruction per entry
 * @param notes tips and remarks for the reader
 * @param deputies who steps in for this step when its performers are away, in order (role or person
 *     names); when given they replace the role's deputies
 * @param workRange the work time as a range ({@code arbete 10–30 min}), or null when a single time
 *     is written; with a range, {@code workTime} is its mean
 * @param risks what can go wrong in the step ({@code risk:}), with the controls that mitigate it
 */
public record Task(
    String performer,
    List<String> accountable,
    List<String> consulted,
    List<String> informed,
    Duration workTime,
    Duration waitTime,
    List<String> instructions,
    List<String> systems,
    List<String> inputs,
    List<String> outputs,
    List<ControlRef> controls,
    List<String> notes,
    List<String> deputies,
    WorkRange workRange,
    List<Risk> risks) {

  public static final Task NONE =
      new Task(
          "",
          List.of(),
          List.of(),
          List.of(),
          Duration.ZERO,
          Duration.ZERO,
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of());

  public Task {
    performer = Checks.optional(performer);
    accountable = Checks.list(accountable);
    consulted = Checks.list(consulted);
    informed = Checks.list(informed);
    workTime = workTime == null ? Duration.ZERO : workTime;
    waitTime = waitTime == null ? Duration.ZERO : waitTime;
    if (workTime.isNegative() || waitTime.isNegative()) {
      throw new IllegalArgumentException("work and wait times must not be negative");
    }
    instructions = Checks.list(instructions);
    systems = Checks.list(systems);
    inputs = Checks.list(inputs);
    outputs = Checks.list(outputs);
    controls = Checks.list(controls);
    notes = Checks.list(notes);
    deputies = Checks.list(deputies);
    risks = Checks.list(risks);
  }

  /** A task without risks. */
  public Task(
      String performer,
      List<String> accountable,
      List<String> consulted,
      List<String> informed,
      Duration workTime,
      Duration waitTime,
      List<String> instructions,
      List<String> systems,
      List<String> inputs,
      List<String> outputs,
      List<ControlRef> controls,
      List<String> notes,
      List<String> deputies,
      WorkRange workRange) {
    this(
        performer,
        accountable,
        consulted,
        informed,
        workTime,
        waitTime,
        instructions,
        systems,
        inputs,
        outputs,
        controls,
        notes,
        deputies,
        workRange,
        List.of());
  }

  /** A task whose work time is a single value. */
  public Task(
      String performer,
      List<String> accountable,
      List<String> consulted,
      List<String> informed,
      Duration workTime,
      Duration waitTime,
      List<String> instructions,
      List<String> systems,
      List<String> inputs,
      List<String> outputs,
      List<ControlRef> controls,
      List<String> notes,
      List<String> deputies) {
    this(
        performer,
        accountable,
        consulted,
        informed,
        workTime,
        waitTime,
        instructions,
        systems,
        inputs,
        outputs,
        controls,
        notes,
        deputies,
        null);
  }

  /** A task without deputies of its own. */
  public Task(
      String performer,
      List<String> accountable,
      List<String> consulted,
      List<String> informed,
      Duration workTime,
      Duration waitTime,
      List<String> instructions,
      List<String> systems,
      List<String> inputs,
      List<String> outputs,
      List<ControlRef> controls,
      List<String> notes) {
    this(
        performer,
        accountable,
        consulted,
        informed,
        workTime,
        waitTime,
        instructions,
        systems,
        inputs,
        outputs,
        controls,
        notes,
        List.of());
  }

  public Task withDeputies(List<String> names) {
    return edit(e -> e.deputies = names);
  }

  public static Task by(String performer) {
    return NONE.withPerformer(performer);
  }

  public boolean hasPerformer() {
    return !performer.isEmpty();
  }

  public Task withPerformer(String role) {
    return edit(e -> e.performer = role);
  }

  /** New times; a work range is kept only while the work time stays its mean. */
  public Task withTimes(Duration newWork, Duration newWait) {
    return edit(
        e -> {
          e.workTime = newWork;
          e.waitTime = newWait;
          e.workRange = workRange != null && workRange.mean().equals(newWork) ? workRange : null;
        });
  }

  /** The work time as a range; the work time becomes the range's mean. */
  public Task withWorkRange(WorkRange range) {
    return edit(
        e -> {
          e.workTime = range == null ? workTime : range.mean();
          e.workRange = range;
        });
  }

  public boolean hasWorkRange() {
    return workRange != null;
  }

  public Task withRisks(List<Risk> newRisks) {
    return edit(e -> e.risks = newRisks);
  }

  public Task withControls(List<ControlRef> newControls) {
    return edit(e -> e.controls = newControls);
  }

  public Task withInstructions(List<String> newInstructions) {
    return edit(e -> e.instructions = newInstructions);
  }

  /** Every role named in this task, performer first, without repeats. */
  public List<String> roles() {
    List<String> all = new ArrayList<>();
    if (hasPerformer()) {
      all.add(performer);
    }
    for (List<String> group : List.of(accountable, consulted, informed)) {
      for (String r : group) {
        if (!all.contains(r)) {
          all.add(r);
        }
      }
    }
    return List.copyOf(all);
  }

  private Task edit(Consumer<Edit> change) {
    Edit e = new Edit(this);
    change.accept(e);
    return e.done();
  }

  /** A copy while it is changed: the one place the withers list every component. */
  private static final class Edit {
    private String performer;
    private List<String> accountable;
    private List<String> consulted;
    private List<String> informed;
    private Duration workTime;
    private Duration waitTime;
    private List<String> instructions;
    private List<String> systems;
    private List<String> inputs;
    private List<String> outputs;
    private List<ControlRef> controls;
    private List<String> notes;
    private List<String> deputies;
    private WorkRange workRange;
    private List<Risk> risks;

    Edit(Task t) {
      performer = t.performer;
      accountable = t.accountable;
      consulted = t.consulted;
      informed = t.informed;
      workTime = t.workTime;
      waitTime = t.waitTime;
      instructions = t.instructions;
      systems = t.systems;
      inputs = t.inputs;
      outputs = t.outputs;
      controls = t.controls;
      notes = t.notes;
      deputies = t.deputies;
      workRange = t.workRange;
      risks = t.risks;
    }

    Task done() {
      return new Task(
          performer,
          accountable,
          consulted,
          informed,
          workTime,
          waitTime,
          instructions,
          systems,
          inputs,
          outputs,
          controls,
          notes,
          deputies,
          workRange,
          risks);
    }
  }
}
