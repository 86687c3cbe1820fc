package org.flowbook.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One documented process: its header (what it is for, who owns it) and its flow of steps.
 *
 * @param id a stable kebab-case id other processes use to call it ("purchase-approval")
 * @param group the id of the landscape group it belongs to, or empty
 * @param review the date by which it must be reviewed again, or null
 * @param version a free version label from the file ("3", "2.1"), or empty; the repository keeps
 *     its own version numbers
 * @param casesPerMonth the expected volume, or null when not stated
 * @param messages what it exchanges with other processes and outside parties (BPMN message flows),
 *     in file order: the process's own ones first, then those of its steps
 * @param direction which way its flowchart runs when the author chose one ({@code direction:}), or
 *     null to let each medium choose
 * @param risks the risks of the process as a whole ({@code risk:} in its header); a step's own
 *     risks are on the step ({@link Step#risks()})
 */
public record Process(
    String id,
    String title,
    String owner,
    String purpose,
    String scope,
    String trigger,
    List<String> outcomes,
    String group,
    LocalDate review,
    Language language,
    Status status,
    String version,
    Double casesPerMonth,
    List<Step> steps,
    List<Flow> flows,
    SourceLocation at,
    List<Message> messages,
    ChartDirection direction,
    List<Risk> risks) {

  public Process {
    id = Checks.text(id, "process id");
    title = Checks.text(title, "title of process " + id);
    owner = Checks.optional(owner);
    purpose = Checks.optional(purpose);
    scope = Checks.optional(scope);
    trigger = Checks.optional(trigger);
    outcomes = Checks.list(outcomes);
    group = Checks.optional(group);
    language = Objects.requireNonNullElse(language, Language.EN);
    status = Objects.requireNonNullElse(status, Status.DRAFT);
    version = Checks.optional(version);
    if (casesPerMonth != null && (casesPerMonth < 0 || casesPerMonth.isNaN())) {
      throw new IllegalArgumentException("volume of process " + id + " must not be negative");
    }
    steps = Checks.list(steps);
    flows = Checks.list(flows);
    at = Checks.at(at);
    messages = Checks.list(messages);
    risks = Checks.list(risks);
    Set<String> ids = new HashSet<>();
    for (Step s : steps) {
      if (!ids.add(s.id())) {
        throw new IllegalArgumentException("process " + id + " has two steps with id " + s.id());
      }
    }
  }

  /** A process without risks of its own. */
  public Process(
      String id,
      String title,
      String owner,
      String purpose,
      String scope,
      String trigger,
      List<String> outcomes,
      String group,
      LocalDate review,
      Language language,
      Status status,
      String version,
      Double casesPerMonth,
      List<Step> steps,
      List<Flow> flows,
      SourceLocation at,
      List<Message> messages,
      ChartDirection direction) {
    this(
        id,
        title,
        owner,
        purpose,
        scope,
        trigger,
        outcomes,
        group,
        review,
        language,
        status,
        version,
        casesPerMonth,
        steps,
        flows,
        at,
        messages,
        direction,
        List.of());
  }

  /** A process whose flowchart direction each medium chooses. */
  public Process(
      String id,
      String title,
      String owner,
      String purpose,
      String scope,
      String trigger,
      List<String> outcomes,
      String group,
      LocalDate review,
      Language language,
      Status status,
      String version,
      Double casesPerMonth,
      List<Step> steps,
      List<Flow> flows,
      SourceLocation at,
      List<Message> messages) {
    this(
        id,
        title,
        owner,
        purpose,
        scope,
        trigger,
        outcomes,
        group,
        review,
        language,
        status,
        version,
        casesPerMonth,
        steps,
        flows,
        at,
        messages,
        null);
  }

  /** A process that exchanges no messages. */
  public Process(
      String id,
      String title,
      String owner,
      String purpose,
      String scope,
      String trigger,
      List<String> outcomes,
      String group,
      LocalDate review,
      Language language,
      Status status,
      String version,
      Double casesPerMonth,
      List<Step> steps,
      List<Flow> flows,
      SourceLocation at) {
    this(
        id,
        title,
        owner,
        purpose,
        scope,
        trigger,
        outcomes,
        group,
        review,
        language,
        status,
        version,
        casesPerMonth,
        steps,
        flows,
        at,
        List.of());
  }

  public Optional<Step> step(String stepId) {
    return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
  }

  public List<Flow> outgoing(String stepId) {
    return flows.stream().filter(f -> f.from().equals(stepId)).toList();
  }

  public List<Flow> incoming(String stepId) {
    return flows.stream().filter(f -> f.to().equals(stepId)).toList();
  }

  public List<Start> starts() {
    return steps.stream().filter(Start.class::isInstance).map(Start.class::cast).toList();
  }

  public List<End> ends() {
    return steps.stream().filter(End.class::isInstance).map(End.class::cast).toList();
  }

  /** The steps people read as numbered instructions, in file order. */
  public List<Step> workSteps() {
    return steps.stream().filter(Step::isWork).toList();
  }

  /** Every role the process names (performers and RACI), in order of first appearance. */
  public List<String> roles() {
    Map<String, Boolean> seen = new LinkedHashMap<>();
    for (Step s : steps) {
      for (String r : s.task().roles()) {
        seen.putIfAbsent(r, true);
      }
    }
    return List.copyOf(seen.keySet());
  }

  /** The ids of the processes this one calls, in order, without repeats. */
  public List<String> calledProcesses() {
    List<String> out = new ArrayList<>();
    for (Step s : steps) {
      if (s instanceof Call c && !out.contains(c.processId())) {
        out.add(c.processId());
      }
    }
    return List.copyOf(out);
  }

  /**
   * A process of only a flow: no header beyond its id and title, a draft in English, no volume and
   * no place in a file (generated and imported processes, tests).
   */
  public static Process of(String id, String title, List<Step> steps, List<Flow> flows) {
    return new Process(
        id, title, "", "", "", "", List.of(), "", null, null, null, "", null, steps, flows, null);
  }

  /** A copy with other steps and flows and the same header. */
  public Process withFlow(List<Step> newSteps, List<Flow> newFlows) {
    return edit(
        e -> {
          e.steps = newSteps;
          e.flows = newFlows;
        });
  }

  /** A copy in another language (the keywords it is written with), everything else the same. */
  public Process withLanguage(Language newLanguage) {
    return edit(e -> e.language = newLanguage);
  }

  public Process withStatus(Status newStatus) {
    return edit(e -> e.status = newStatus);
  }

  /** A copy with other messages and everything else the same. */
  public Process withMessages(List<Message> newMessages) {
    return edit(e -> e.messages = newMessages);
  }

  /** A copy with another expected volume (null: not stated). */
  public Process withCasesPerMonth(Double newCasesPerMonth) {
    return edit(e -> e.casesPerMonth = newCasesPerMonth);
  }

  /** A copy that says it stands at {@code newAt}; its steps keep their own places. */
  public Process withLocation(SourceLocation newAt) {
    return edit(e -> e.at = newAt);
  }

  /** A copy whose flowchart runs the given way (null: each medium chooses). */
  public Process withDirection(ChartDirection newDirection) {
    return edit(e -> e.direction = newDirection);
  }

  /** A copy with other process-level risks and everything else the same. */
  public Process withRisks(List<Risk> newRisks) {
    return edit(e -> e.risks = newRisks);
  }

  /** Every risk of the process: its own first, then its steps' in file order. */
  public List<Risk> allRisks() {
    List<Risk> out = new ArrayList<>(risks);
    for (Step s : steps) {
      out.addAll(s.risks());
    }
    return List.copyOf(out);
  }

  /** The direction the author chose, if any. */
  public Optional<ChartDirection> chosenDirection() {
    return Optional.ofNullable(direction);
  }

  private Process edit(Consumer<Edit> change) {
    Edit e = new Edit(this);
    change.accept(e);
    return e.done();
  }

  /** A copy while it is changed: the one place the withers list every component. */
  private static final class Edit {
    private String id;
    private String title;
    private String owner;
    private String purpose;
    private String scope;
    private String trigger;
    private List<String> outcomes;
    private String group;
    private LocalDate review;
    private Language language;
    private Status status;
    private String version;
    private Double casesPerMonth;
    private List<Step> steps;
    private List<Flow> flows;
    private SourceLocation at;
    private List<Message> messages;
    private ChartDirection direction;
    private List<Risk> risks;

    Edit(Process p) {
      id = p.id;
      title = p.title;
      owner = p.owner;
      purpose = p.purpose;
      scope = p.scope;
      trigger = p.trigger;
      outcomes = p.outcomes;
      group = p.group;
      review = p.review;
      language = p.language;
      status = p.status;
      version = p.version;
      casesPerMonth = p.casesPerMonth;
      steps = p.steps;
      flows = p.flows;
      at = p.at;
      messages = p.messages;
      direction = p.direction;
      risks = p.risks;
    }

    Process done() {
      return new Process(
          id,
          title,
          owner,
          purpose,
          scope,
          trigger,
          outcomes,
          group,
          review,
          language,
          status,
          version,
          casesPerMonth,
          steps,
          flows,
          at,
          messages,
          direction,
          risks);
    }
  }
}
