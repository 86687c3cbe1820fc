package org.flowbook.handbook.narrative;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.handbook.i18n.Texts;
import org.flowbook.model.Call;
import org.flowbook.model.Decision;
import org.flowbook.model.End;
import org.flowbook.model.Event;
import org.flowbook.model.Flow;
import org.flowbook.model.Language;
import org.flowbook.model.Parallel;
import org.flowbook.model.Process;
import org.flowbook.model.ProcessIndex;
import org.flowbook.model.Start;
import org.flowbook.model.Step;
import org.flowbook.model.Workspace;
import org.flowbook.output.LocaleFormat;
import org.flowbook.output.TextBundle;

/**
 * Tells a process flow in plain sentences, one paragraph per step in the order of the file: "Först
 * fyller beställaren i inköpsanmodan. … Om ”över 50 000 kr” (20 % av ärendena) går ärendet vidare
 * till steg 3." For readers who do not read flowcharts, and as the flowchart's text alternative.
 */
public final class Narrator {
  private final TextBundle texts;
  private final LocaleFormat formats;
  private final Grammar grammar;

  public Narrator(Language language) {
    this.texts = Texts.of(language);
    this.formats = LocaleFormat.of(language);
    this.grammar = Grammar.of(language);
  }

  /** The paragraphs telling the flow of a process. */
  public List<String> tell(Workspace workspace, Process process) {
    Telling t = new Telling(workspace, process);
    return t.run();
  }

  /** The state of telling one process. */
  private final class Telling {
    private final Workspace workspace;
    private final Process process;
    private final ProcessIndex index;
    private final StepNumbers numbers;
    private final List<Step> told;

    Telling(Workspace workspace, Process process) {
      this.workspace = workspace;
      this.process = process;
      this.index = ProcessIndex.of(process);
      this.numbers = StepNumbers.of(process);
      this.told = process.steps().stream().filter(this::isTold).toList();
    }

    private boolean isTold(Step s) {
      if (s instanceof Start || s instanceof End) {
        return false;
      }
      if (s instanceof Event e) {
        return !e.isBoundary();
      }
      if (s instanceof Parallel p) {
        return index.outgoing(p.id()).size() > 1;
      }
      return true;
    }

    List<String> run() {
      List<String> paragraphs = new ArrayList<>();
      paragraphs.add(opening());
      for (int i = 0; i < told.size(); i++) {
        paragraphs.add(paragraph(i));
      }
      return List.copyOf(paragraphs);
    }

    private String opening() {
      if (process.trigger().isEmpty()) {
        return texts.get("narr.startPlain");
      }
      String trigger = Grammar.lowerFirst(process.trigger());
      String sentence = trigger.endsWith(".") ? trigger : trigger + ".";
      if (process.language() == texts.language() && grammar.startsClause(trigger)) {
        return texts.format("narr.start", sentence);
      }
      return texts.format("narr.startPhrase", Grammar.upperFirst(sentence));
    }

    private String connector(int i) {
      if (i == 0) {
        return texts.get("narr.first");
      }
      if (i == told.size() - 1 && told.size() > 2) {
        return texts.get("narr.finally");
      }
      return texts.get(i % 2 == 1 ? "narr.then" : "narr.next");
    }

    private String paragraph(int i) {
      Step step = told.get(i);
      String connector = connector(i);
      StringBuilder p = new StringBuilder();
      if (step instanceof Call c && !c.task().hasPerformer()) {
        String called = workspace.process(c.processId()).map(Process::title).orElse(c.processId());
        p.append(texts.format("narr.call", connector, called));
      } else if (step instanceof Event e) {
        String key = e.throwing() ? "narr.throwEvent" : "narr.waitEvent";
        p.append(texts.format(key, connector, label(e)));
      } else if (step instanceof Parallel par) {
        p.append(texts.format("narr.parallel", connector, parallelTargets(par)));
      } else if (step instanceof Decision d && !d.isWork()) {
        p.append(texts.format("narr.question", Grammar.upperFirst(d.title())));
      } else if (process.language() != texts.language()) {
        p.append(grammar.doingForeign(connector, step.performer(), step.title()));
      } else {
        p.append(grammar.doing(connector, step.performer(), step.title()));
      }
      if (step instanceof Decision d) {
        branches(d, p);
      } else if (!(step instanceof Parallel)) {
        onward(step, i, p);
      }
      for (Event boundary : index.boundaryEvents(step.id())) {
        for (Flow f : index.outgoing(boundary.id())) {
          p.append(' ')
              .append(
                  texts.format(
                      "narr.boundary", label(boundary), numbers.of(step.id()), outcome(f)));
        }
      }
      return p.toString();
    }

    private void branches(Decision d, StringBuilder p) {
      if (!d.question().isEmpty() && d.task().hasPerformer()) {
        p.append(' ').append(texts.format("narr.question", d.question()));
      }
      List<Flow> out = index.outgoing(d.id());
      for (Flow f : out) {
        if (f.isDefault()
            || f.label().isEmpty() && out.size() > 1 && f == out.get(out.size() - 1)) {
          continue;
        }
        String share =
            f.probability() == null
                ? ""
                : texts.format("narr.share", formats.percentNoBreak(f.probability(), 1));
        String label = f.label().isEmpty() ? numbers.of(f.to()) : f.label();
        p.append(' ').append(texts.format("narr.branch", label, share, outcome(f)));
      }
      for (Flow f : out) {
        if (f.isDefault()
            || f.label().isEmpty() && out.size() > 1 && f == out.get(out.size() - 1)) {
          p.append(' ').append(texts.format("narr.otherwise", outcome(f)));
        }
      }
    }

    /** What happens after a step: nothing to say when it simply goes on to the next one told. */
    private void onward(Step step, int i, StringBuilder p) {
      List<Flow> out = index.outgoing(step.id());
      Step next = i + 1 < told.size() ? told.get(i + 1) : null;
      for (Flow f : out) {
        Step target = index.step(f.to()).orElse(null);
        if (target == null || target == next) {
          continue;
        }
        if (target instanceof End end) {
          p.append(' ')
              .append(
                  end.title().isEmpty()
                      ? texts.get("narr.endSentencePlain")
                      : texts.format("narr.endSentence", end.title()));
        } else {
          p.append(' ').append(texts.format("narr.goToAlone", reference(target, 0)));
        }
      }
    }

    /** The clause for where a flow leads: "går ärendet vidare till steg 3". */
    private String outcome(Flow f) {
      Step target = index.step(f.to()).orElse(null);
      if (target instanceof End end) {
        return end.title().isEmpty()
            ? texts.get("narr.endsPlain")
            : texts.format("narr.ends", end.title());
      }
      return texts.format("narr.goTo", target == null ? f.to() : reference(target, 0));
    }

    /** How a sentence names a step it points to. */
    private String reference(Step target, int depth) {
      if (numbers.isWork(target.id())) {
        return texts.format("narr.stepRef", numbers.of(target.id()));
      }
      List<Flow> out = index.outgoing(target.id());
      if (target instanceof Parallel par && out.size() > 1) {
        return texts.format("narr.stepsRef", parallelTargets(par));
      }
      if (target instanceof Parallel par && out.size() == 1 && depth < 8) {
        Step after = index.step(out.get(0).to()).orElse(par);
        return texts.format("narr.join", reference(after, depth + 1));
      }
      if (target instanceof Event e) {
        return texts.format("narr.event", label(e));
      }
      if (target instanceof Decision d) {
        return texts.format("narr.gateway", d.title());
      }
      return target.title().isEmpty() ? target.id() : target.title();
    }

    private String parallelTargets(Parallel par) {
      List<String> refs = new ArrayList<>();
      for (Flow f : index.outgoing(par.id())) {
        refs.add(
            index
                .step(f.to())
                .map(s -> numbers.isWork(s.id()) ? numbers.of(s.id()) : reference(s, 1))
                .orElse(f.to()));
      }
      return formats.list(refs);
    }

    private String label(Event e) {
      return e.title().isEmpty() ? e.trigger().word(texts.language()) : e.title();
    }
  }
}
