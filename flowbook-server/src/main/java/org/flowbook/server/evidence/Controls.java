package org.flowbook.server.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowbook.model.Control;
import org.flowbook.model.ControlRef;
import org.flowbook.model.Organization;
import org.flowbook.model.Person;
import org.flowbook.model.Process;
import org.flowbook.model.Step;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.repository.Library;
import org.flowbook.repository.LibraryView;
import org.flowbook.repository.acknowledge.PersonLink;
import org.flowbook.repository.evidence.EvidenceRecord;
import org.flowbook.repository.evidence.EvidenceStore;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.users.User;

/**
 * The controls of the library and what is due: every control named on a step of a published process
 * the viewer sees (through {@link LibraryView}, the one visibility rule), keyed by process and
 * name, with its owner and cadence, and the evidence recorded for it.
 */
public final class Controls {
  private final Library library;

  public Controls(Library library) {
    this.library = library;
  }

  /** Every control the viewer sees, in the library's order of processes. */
  public List<TrackedControl> all(User viewer) {
    LibraryView view = library.viewFor(viewer);
    Organization org = library.organization();
    List<TrackedControl> out = new ArrayList<>();
    for (ProcessSummary s : view.processes()) {
      if (s.publishedVersion() == null) {
        continue;
      }
      Optional<ProcessDocument> doc =
          library.document(s.id(), s.publishedVersion()).filter(ProcessDocument::hasProcess);
      if (doc.isEmpty()) {
        continue;
      }
      Process process = doc.get().process();
      Map<String, Set<String>> requirements = new LinkedHashMap<>();
      Map<String, List<String>> steps = new LinkedHashMap<>();
      for (String name : EvidenceStore.controls(process)) {
        requirements.put(
            name, new LinkedHashSet<>(org.requirementsOf(new ControlRef(name, List.of()))));
        steps.put(name, new ArrayList<>());
      }
      for (Step step : process.workSteps()) {
        for (ControlRef c : step.task().controls()) {
          requirements.get(c.name()).addAll(org.requirementsOf(c));
          steps.get(c.name()).add(step.id() + ". " + step.title());
        }
      }
      for (var e : requirements.entrySet()) {
        Optional<Control> declared = org.control(e.getKey());
        out.add(
            new TrackedControl(
                e.getKey(),
                s.id(),
                s.title(),
                declared.flatMap(Control::ownerRole).orElse(s.owner()),
                declared
                    .flatMap(Control::frequencyStated)
                    .flatMap(f -> Cadence.parse(f.name()))
                    .orElse(Cadence.PER_CASE),
                List.copyOf(e.getValue()),
                steps.get(e.getKey())));
      }
    }
    return out;
  }

  /** One control the viewer sees. */
  public Optional<TrackedControl> find(User viewer, String processId, String name) {
    return all(viewer).stream()
        .filter(c -> c.processId().equals(processId) && c.name().equals(name))
        .findFirst();
  }

  /** The status of each control, with the evidence recorded for it. */
  public List<ControlStatus> status(List<TrackedControl> controls, LocalDate today) {
    List<EvidenceRecord> all = library.evidence().all();
    List<ControlStatus> out = new ArrayList<>();
    for (TrackedControl c : controls) {
      out.add(status(c, all, today));
    }
    return out;
  }

  /** The controls owned by a role one of the account's people holds. */
  public List<TrackedControl> ownedBy(User user) {
    List<Person> people = PersonLink.people(user, library.organization());
    return all(user).stream()
        .filter(c -> !c.owner().isEmpty() && people.stream().anyMatch(p -> p.holds(c.owner())))
        .toList();
  }

  /** The controls the account owns that have evidence overdue or due (the work list). */
  public List<ControlStatus> owing(User user, LocalDate today) {
    return status(ownedBy(user), today).stream().filter(s -> !s.upToDate()).toList();
  }

  static ControlStatus status(TrackedControl c, List<EvidenceRecord> all, LocalDate today) {
    List<EvidenceRecord> records =
        all.stream()
            .filter(r -> r.processId().equals(c.processId()) && r.control().equals(c.name()))
            .toList();
    Cadence cadence = c.cadence();
    Set<String> covered = new java.util.HashSet<>();
    for (EvidenceRecord r : records) {
      covered.add(r.period());
    }
    List<String> periods = cadence.periods(cadence.lookBackFrom(today), today);
    List<String> overdue = new ArrayList<>();
    Optional<String> due = Optional.empty();
    String current = cadence.periodOf(today);
    for (String p : periods) {
      if (covered.contains(p)) {
        continue;
      }
      if (p.equals(current)) {
        due = Optional.of(p);
      } else {
        overdue.add(0, p);
      }
    }
    return new ControlStatus(c, overdue, due, records);
  }
}
