package org.flowbook.notation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowbook.model.Activity;
import org.flowbook.model.Call;
import org.flowbook.model.Decision;
import org.flowbook.model.End;
import org.flowbook.model.Event;
import org.flowbook.model.EventTrigger;
import org.flowbook.model.Flow;
import org.flowbook.model.Language;
import org.flowbook.model.Message;
import org.flowbook.model.Parallel;
import org.flowbook.model.Process;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Start;
import org.flowbook.model.Step;
import org.flowbook.model.Task;
import org.flowbook.notation.StepDraft.Boundary;
import org.flowbook.notation.StepDraft.Branch;
import org.flowbook.notation.StepDraft.Target;

/**
 * Turns a read header and the step drafts into the immutable model: numbered steps keep their
 * number as id, the start is implicit unless written, a step without an arrow goes to the next one,
 * and each distinct end outcome becomes one {@link End}. It reports nothing: the readers have
 * reported every problem of the text, and what the model's own checks refuse is thrown.
 */
final class ModelBuilder {
  static final String START_ID = "start";
  static final String DEFAULT_END_ID = "end";

  private final ProcessHeader header;
  private final List<StepDraft> drafts;
  private final List<Step> steps = new ArrayList<>();
  private final List<Flow> flows = new ArrayList<>();
  private final Map<String, End> ends = new LinkedHashMap<>();
  private final Map<String, Integer> boundaryIds = new HashMap<>();
  private final Set<String> endIds = new HashSet<>();

  ModelBuilder(ProcessHeader header, List<StepDraft> drafts) {
    this.header = header;
    this.drafts = drafts;
  }

  /**
   * The process.
   *
   * @throws IllegalArgumentException when the model's checks refuse what was read
   */
  Process build() {
    boolean explicitStart = drafts.stream().anyMatch(d -> d.kind == StepDraft.Kind.START);
    if (!explicitStart && !drafts.isEmpty()) {
      steps.add(new Start(START_ID, header.trigger(), EventTrigger.NONE, header.processAt()));
      flows.add(new Flow(START_ID, drafts.get(0).number, "", null, false, drafts.get(0).at));
    }
    for (int i = 0; i < drafts.size(); i++) {
      StepDraft d = drafts.get(i);
      steps.add(step(d));
      for (Boundary b : d.boundaries) {
        addBoundary(d, b);
      }
      addOutgoing(d, i + 1 < drafts.size() ? drafts.get(i + 1).number : null);
    }
    steps.addAll(ends.values());
    List<Message> messages = new ArrayList<>(header.messages());
    drafts.forEach(d -> messages.addAll(d.messages));
    return new Process(
        header.id(),
        header.title(),
        header.owner(),
        header.purpose(),
        header.scope(),
        header.trigger(),
        header.outcomes(),
        header.partOf(),
        header.review(),
        header.language(),
        header.status(),
        header.version(),
        header.volume(),
        steps,
        flows,
        header.processAt(),
        messages,
        header.direction(),
        header.risks());
  }

  private Step step(StepDraft d) {
    String title = d.title.isEmpty() && d.kind == StepDraft.Kind.WORK ? "?" : d.title;
    Task task =
        new Task(
            d.performer,
            d.accountable,
            d.consulted,
            d.informed,
            d.work,
            d.waitTime,
            d.instructions,
            d.systems,
            d.inputs,
            d.outputs,
            d.controls,
            d.notes,
            d.deputies,
            d.workRange,
            d.risks);
    return switch (d.kind) {
      case PARALLEL, JOIN -> new Parallel(d.number, d.title, d.at);
      case EVENT -> new Event(d.number, d.title, d.trigger, d.throwing, "", true, d.at);
      case START -> new Start(d.number, d.title, d.trigger, d.at);
      case WORK -> {
        if (d.call != null) {
          // A call that also decides was reported by the reader; the call wins.
          yield new Call(d.number, title, d.call, task, d.at);
        }
        if (d.decisionKind != null) {
          yield new Decision(d.number, title, d.question, task, d.decisionKind, d.at);
        }
        yield new Activity(d.number, title, task, d.type, d.at);
      }
    };
  }

  private void addBoundary(StepDraft d, Boundary b) {
    String base = d.number + "-" + b.trigger().word(Language.EN);
    int n = boundaryIds.merge(base, 1, Integer::sum);
    String id = n == 1 ? base : base + "-" + n;
    steps.add(new Event(id, b.label(), b.trigger(), false, d.number, b.interrupting(), b.at()));
    if (b.target() != null) {
      flows.add(new Flow(id, resolve(b.target()), "", null, false, b.target().at()));
    }
  }

  private void addOutgoing(StepDraft d, String nextNumber) {
    if (!d.branches.isEmpty()) {
      for (Branch b : d.branches) {
        flows.add(
            new Flow(
                d.number,
                resolve(b.target()),
                b.label(),
                b.probability(),
                b.isDefault(),
                b.target().at()));
      }
      // An arrow beside branches was reported by the reader; the branches win.
      return;
    }
    if (!d.jump.isEmpty()) {
      for (Target t : d.jump) {
        flows.add(new Flow(d.number, resolve(t), "", null, false, t.at()));
      }
      return;
    }
    String next = nextNumber != null ? nextNumber : endId("", EventTrigger.NONE, d.at);
    flows.add(new Flow(d.number, next, "", null, false, SourceLocation.UNKNOWN));
  }

  private String resolve(Target t) {
    return t.isEnd() ? endId(t.endName(), t.endTrigger(), t.at()) : t.step();
  }

  /** The id of the end with this outcome name, creating it on first use. */
  private String endId(String name, EventTrigger trigger, SourceLocation at) {
    End existing = ends.get(name);
    if (existing != null) {
      return existing.id();
    }
    String id = name.isEmpty() ? DEFAULT_END_ID : "end-" + Slugs.of(name);
    String unique = id;
    for (int n = 2; isTaken(unique); n++) {
      unique = id + "-" + n;
    }
    ends.put(name, new End(unique, name, trigger, at));
    endIds.add(unique);
    return unique;
  }

  private boolean isTaken(String id) {
    return endIds.contains(id);
  }
}
