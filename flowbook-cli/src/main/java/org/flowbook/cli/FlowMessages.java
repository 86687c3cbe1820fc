package org.flowbook.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.model.Collaboration;
import org.flowbook.model.Message;
import org.flowbook.model.MessageFlow;
import org.flowbook.model.Participant;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.notation.ProcessFormatter;

/**
 * The message flows of an imported collaboration as {@code message:} lines of the processes that
 * are written: each flow once, at its sending step if that is a numbered step, else at its
 * receiving step, else in the header of the sending (or receiving) process. A partner that is not
 * written (a black-box pool, or a process left out with {@code --process}) becomes an outside party
 * by name. What cannot be stated exactly is reported.
 */
final class FlowMessages {
  private FlowMessages() {}

  /** The processes with their messages, and the warnings. */
  record Result(List<Process> processes, List<Problem> problems) {}

  /** One end of a flow as it can be written: a written process (and its step), or a party. */
  private record End(String process, String modelStep, String number, String party) {
    boolean isWritten() {
      return !process.isEmpty();
    }

    boolean hasStep() {
      return !number.isEmpty();
    }

    Message.Partner asPartner() {
      return isWritten() ? Message.Partner.process(process, number) : Message.Partner.party(party);
    }
  }

  static Result attach(List<Process> written, Collaboration collaboration) {
    Map<String, Process> byId = new LinkedHashMap<>();
    Map<String, Map<String, String>> numbers = new HashMap<>();
    Map<String, List<Message>> messages = new HashMap<>();
    for (Process p : written) {
      byId.put(p.id(), p);
      numbers.put(p.id(), ProcessFormatter.stepNumbers(p));
      messages.put(p.id(), new ArrayList<>(p.messages()));
    }
    List<Problem> problems = new ArrayList<>();
    for (MessageFlow m : collaboration.messages()) {
      End from = end(m, m.from(), collaboration, byId, numbers, problems);
      End to = end(m, m.to(), collaboration, byId, numbers, problems);
      if (from.isWritten() && (from.hasStep() || !to.hasStep())) {
        messages
            .get(from.process())
            .add(
                new Message(
                    m.name(), from.modelStep(), Message.Direction.SENDS, to.asPartner(), m.at()));
      } else if (to.isWritten()) {
        messages
            .get(to.process())
            .add(
                new Message(
                    m.name(),
                    to.modelStep(),
                    Message.Direction.RECEIVES,
                    from.asPartner(),
                    m.at()));
      } else {
        problems.add(
            Problem.warning(
                "message-flow-dropped",
                "message flow "
                    + describe(m)
                    + " is between two pools that are not written ("
                    + from.party()
                    + ", "
                    + to.party()
                    + ") and is left out",
                "convert the whole file to a folder to keep it",
                m.at()));
      }
    }
    List<Process> out = new ArrayList<>();
    for (Process p : written) {
      out.add(p.withMessages(messages.get(p.id())));
    }
    return new Result(List.copyOf(out), List.copyOf(problems));
  }

  private static End end(
      MessageFlow m,
      MessageFlow.Endpoint e,
      Collaboration collaboration,
      Map<String, Process> written,
      Map<String, Map<String, String>> numbers,
      List<Problem> problems) {
    Participant pool =
        collaboration.participant(e.participant()).orElse(new Participant(e.participant(), "", ""));
    Process process = written.get(pool.processId());
    if (process == null) {
      String party = pool.name().isBlank() ? pool.id() : pool.name();
      if (!pool.isBlackBox() && !e.isPool()) {
        problems.add(
            Problem.warning(
                "message-partner-outside",
                "message flow "
                    + describe(m)
                    + " leads to step "
                    + e.step()
                    + " of '"
                    + pool.processId()
                    + "', which is not written: it is kept as a message to or from \""
                    + party
                    + "\" as a whole",
                "convert the whole file to a folder to keep the step",
                m.at()));
      }
      return new End("", "", "", party);
    }
    if (e.isPool()) {
      return new End(process.id(), "", "", "");
    }
    String number = numbers.get(process.id()).get(e.step());
    if (number == null) {
      problems.add(
          Problem.warning(
              "message-endpoint-moved",
              "message flow "
                  + describe(m)
                  + " starts or ends at step "
                  + e.step()
                  + " of '"
                  + process.id()
                  + "', which has no number in .flow (an end, a boundary event or the implicit"
                  + " start): it is written for the process as a whole",
              "mention the message in the instructions of the step before it",
              m.at()));
      return new End(process.id(), "", "", "");
    }
    return new End(process.id(), e.step(), number, "");
  }

  private static String describe(MessageFlow m) {
    return m.name().isBlank() ? m.id() : "'" + m.name().replaceAll("\\s+", " ").strip() + "'";
  }
}
