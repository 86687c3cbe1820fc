package org.flowbook.training.status;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowbook.model.Person;
import org.flowbook.model.Process;
import org.flowbook.model.RoleShare;
import org.flowbook.model.Workspace;
import org.flowbook.training.curriculum.Curricula;
import org.flowbook.training.curriculum.Curriculum;
import org.flowbook.training.curriculum.CurriculumProcess;
import org.flowbook.training.curriculum.CurriculumStep;
import org.flowbook.training.record.TrainingRecord;
import org.flowbook.training.version.ProcessHistory;
import org.flowbook.training.version.Versions;

/**
 * Builds the training matrix. A person must know every process in the curriculum of any of their
 * roles. The newest record for a process decides; without one, records for single steps count when
 * they cover every step the person's roles have there. Order of judgement: missing, stale (a newer
 * version changed their work), expired (the validity ran out), else current. Validity is the
 * record's own, else the shortest {@code giltig:} among the person's roles that must know the
 * process.
 */
public final class MatrixBuilder {
  private final Workspace current;
  private final Versions versions;
  private final Staleness staleness;
  private final Map<String, Curriculum> curricula = new HashMap<>();
  private final Map<String, Set<String>> covered = new HashMap<>();

  /**
   * @param ws the workspace (organization and processes)
   * @param versions the published versions of its processes; the last of each is current
   */
  public MatrixBuilder(Workspace ws, Versions versions) {
    this.current = versions.currentWorkspace(ws);
    this.versions = versions;
    this.staleness = new Staleness(versions);
  }

  public MatrixBuilder(Workspace ws) {
    this(ws, Versions.current(ws));
  }

  public Staleness staleness() {
    return staleness;
  }

  public TrainingMatrix build(List<TrainingRecord> records, LocalDate asOf) {
    List<Person> people = current.organization().people();
    Map<String, Map<String, List<TrainingRecord>>> byPerson = new HashMap<>();
    for (TrainingRecord r : records) {
      byPerson
          .computeIfAbsent(r.personKey(), k -> new HashMap<>())
          .computeIfAbsent(r.processId(), k -> new ArrayList<>())
          .add(r);
    }
    Set<String> required = new LinkedHashSet<>();
    for (Person p : people) {
      for (RoleShare rs : p.roles()) {
        curriculum(rs.role()).processes().forEach(cp -> required.add(cp.processId()));
      }
    }
    List<TrainingMatrix.Column> columns = new ArrayList<>();
    for (Process p : current.inLandscapeOrder()) {
      if (required.contains(p.id())) {
        String version = versions.of(p.id()).map(h -> h.current().id()).orElse("");
        columns.add(new TrainingMatrix.Column(p.id(), p.title(), version));
      }
    }
    List<List<Cell>> cells = new ArrayList<>(people.size());
    for (Person p : people) {
      List<String> roles = p.roles().stream().map(RoleShare::role).toList();
      Set<String> mustKnow = new java.util.HashSet<>();
      for (String r : roles) {
        mustKnow.addAll(covered(r));
      }
      Map<String, List<TrainingRecord>> mine = byPerson.getOrDefault(p.key(), Map.of());
      Cell[] row = new Cell[columns.size()];
      for (int j = 0; j < row.length; j++) {
        String id = columns.get(j).processId();
        row[j] =
            mustKnow.contains(id)
                ? cell(roles, id, mine.getOrDefault(id, List.of()), asOf)
                : Cell.NOT_REQUIRED;
      }
      cells.add(java.util.Collections.unmodifiableList(java.util.Arrays.asList(row)));
    }
    return new TrainingMatrix(
        people, columns, cells, asOf, RecordCheck.check(current, versions, records));
  }

  private Curriculum curriculum(String role) {
    return curricula.computeIfAbsent(
        role.toLowerCase(java.util.Locale.ROOT), k -> Curricula.of(current, role));
  }

  private Set<String> covered(String role) {
    return covered.computeIfAbsent(
        role.toLowerCase(java.util.Locale.ROOT),
        k ->
            Set.copyOf(
                curriculum(role).processes().stream().map(CurriculumProcess::processId).toList()));
  }

  /** One cell: a person holding {@code roles}, one process, their records for it. */
  Cell cell(List<String> roles, String processId, List<TrainingRecord> records, LocalDate asOf) {
    List<Curriculum> concerned = new ArrayList<>(1);
    for (String r : roles) {
      if (covered(r).contains(processId)) {
        concerned.add(curriculum(r));
      }
    }
    if (concerned.isEmpty()) {
      return Cell.NOT_REQUIRED;
    }
    // The newest by date; of two on one day the later one listed (signed off later) counts.
    Optional<TrainingRecord> whole =
        records.stream()
            .filter(r -> !r.isForStep())
            .reduce((a, b) -> b.date().isBefore(a.date()) ? a : b);
    if (whole.isPresent()) {
      return judge(whole.get(), roles, concerned, asOf);
    }
    return fromSteps(roles, processId, records, concerned, asOf);
  }

  private static final Comparator<TrainingRecord> NEWEST =
      Comparator.comparing(TrainingRecord::date);

  private Cell judge(
      TrainingRecord r, Collection<String> roles, List<Curriculum> concerned, LocalDate asOf) {
    Staleness.Verdict v = staleness.judge(r, roles);
    LocalDate expires = expires(r, concerned);
    TrainingStatus s;
    if (v.stale()) {
      s = TrainingStatus.STALE;
    } else if (expires != null && asOf.isAfter(expires)) {
      s = TrainingStatus.EXPIRED;
    } else {
      s = TrainingStatus.CURRENT;
    }
    return new Cell(s, Optional.of(r), expires, v.changedSteps(), v.unknownVersion());
  }

  /** Step records count when they cover every step the person's roles have in the process. */
  private Cell fromSteps(
      List<String> roles,
      String processId,
      List<TrainingRecord> records,
      List<Curriculum> concerned,
      LocalDate asOf) {
    Set<String> needed = new LinkedHashSet<>();
    for (Curriculum c : concerned) {
      for (CurriculumProcess cp : c.processes()) {
        if (cp.processId().equals(processId)) {
          cp.steps().stream().map(CurriculumStep::id).forEach(needed::add);
        }
      }
    }
    Map<String, Cell> byStep = new HashMap<>();
    List<TrainingRecord> newestFirst = new ArrayList<>(records);
    java.util.Collections.reverse(newestFirst); // a stable sort then keeps later ones first
    newestFirst.sort(NEWEST.reversed());
    for (TrainingRecord r : newestFirst) {
      Staleness.Verdict v = staleness.judge(r, roles);
      if (!v.currentStepId().isEmpty() && !byStep.containsKey(v.currentStepId())) {
        byStep.put(v.currentStepId(), judge(r, roles, concerned, asOf));
      }
    }
    if (byStep.isEmpty() || !byStep.keySet().containsAll(needed)) {
      return Cell.MISSING;
    }
    return needed.stream()
        .map(byStep::get)
        .max(Comparator.comparing(c -> severity(c.status())))
        .orElse(Cell.MISSING);
  }

  private static int severity(TrainingStatus s) {
    return switch (s) {
      case CURRENT, NOT_REQUIRED -> 0;
      case EXPIRED -> 1;
      case STALE -> 2;
      case MISSING -> 3;
    };
  }

  private static LocalDate expires(TrainingRecord r, List<Curriculum> concerned) {
    Period p = r.validFor();
    if (p.isZero()) {
      for (Curriculum c : concerned) {
        Period v = c.validFor();
        if (!v.isZero() && (p.isZero() || shorter(v, p))) {
          p = v;
        }
      }
    }
    return p.isZero() ? null : r.date().plus(p).minusDays(1);
  }

  private static boolean shorter(Period a, Period b) {
    LocalDate base = LocalDate.of(2000, 1, 1);
    return base.plus(a).isBefore(base.plus(b));
  }

  /** The history of a process, for callers that show versions. */
  public Optional<ProcessHistory> history(String processId) {
    return versions.of(processId);
  }
}
