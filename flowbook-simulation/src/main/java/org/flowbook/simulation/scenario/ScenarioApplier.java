package org.flowbook.simulation.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Role;
import org.flowbook.model.Suggestions;
import org.flowbook.model.WorkingHours;
import org.flowbook.model.Workspace;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.WorkspaceLoader;
import org.flowbook.simulation.calendar.ArrivalProfile;
import org.flowbook.simulation.engine.CompileOptions;
import org.flowbook.simulation.engine.Staffing;

/**
 * Applies a scenario to a workspace: replaced process files, and the compile options for volumes,
 * head counts and working hours. Names that the workspace does not know are located errors with
 * "did you mean".
 */
public final class ScenarioApplier {
  private ScenarioApplier() {}

  /** The workspace to simulate and how to compile it, or the problems that prevent it. */
  public record Applied(Workspace workspace, CompileOptions options, List<Problem> problems) {
    public boolean hasErrors() {
      return problems.stream().anyMatch(Problem::isError);
    }
  }

  public static Applied apply(
      Workspace base, Path organizationFile, Scenario s, CompileOptions options) {
    List<Problem> problems = new ArrayList<>();
    Workspace ws = replace(base, organizationFile, s, problems);
    Map<String, Process> processes = new LinkedHashMap<>();
    for (Process p : ws.processes()) {
      processes.put(p.id().toLowerCase(Locale.ROOT), p);
      processes.putIfAbsent(p.title().toLowerCase(Locale.ROOT), p);
    }
    Map<String, Double> factors = new HashMap<>(options.volumeFactors());
    for (Scenario.VolumeChange v : s.volumes()) {
      List<Process> targets;
      if (v.process().equals("*")) {
        targets = ws.processes();
      } else {
        Process p = processes.get(v.process().toLowerCase(Locale.ROOT));
        if (p == null) {
          problems.add(
              Problem.error(
                  "unknown-process",
                  "process '" + v.process() + "' is not in the workspace",
                  Suggestions.hint(
                      v.process(),
                      ws.processes().stream().map(Process::title).toList(),
                      "the workspace"),
                  v.at()));
          continue;
        }
        targets = List.of(p);
      }
      for (Process p : targets) {
        double documented = p.casesPerMonth() == null ? 0 : p.casesPerMonth();
        double factor = factors.getOrDefault(p.id().toLowerCase(Locale.ROOT), 1.0);
        if (v.perMonth() != null) {
          if (documented <= 0) {
            problems.add(
                Problem.error(
                    "no-volume",
                    "process '" + p.title() + "' states no volume to change",
                    "give it 'volym:' in its file, or a factor here",
                    v.at()));
            continue;
          }
          factor = v.perMonth() / documented;
        } else {
          factor *= v.factor();
        }
        factors.put(p.id().toLowerCase(Locale.ROOT), factor);
      }
    }
    Map<String, List<Scenario.StaffChange>> byRole = new LinkedHashMap<>();
    List<String> roleNames = ws.organization().roles().stream().map(Role::name).toList();
    for (Scenario.StaffChange c : s.staff()) {
      Optional<Role> role = ws.organization().role(c.role());
      if (role.isEmpty()) {
        problems.add(
            Problem.error(
                "unknown-role",
                "role '" + c.role() + "' is not declared",
                Suggestions.hint(c.role(), roleNames, "organization.flow"),
                c.at()));
        continue;
      }
      int heads = c.relative() ? role.get().capacity() + c.heads() : c.heads();
      if (heads < 0) {
        problems.add(
            Problem.error(
                "bad-number",
                "role '" + role.get().name() + "' would have " + heads + " people",
                "it has " + role.get().capacity() + "; a head count cannot go below 0",
                c.at()));
        continue;
      }
      byRole.computeIfAbsent(role.get().name(), k -> new ArrayList<>()).add(c);
    }
    // Changes apply in file order on top of the documented staffing (people less their absences,
    // or antal:): an absolute count replaces it in its period, a relative one shifts it.
    Map<String, Staffing> staffing = new HashMap<>(options.staffing());
    byRole.forEach(
        (name, changes) -> {
          Role role = ws.organization().role(name).orElseThrow();
          Staffing st = Staffing.documented(ws.organization(), role, options.absences());
          for (Scenario.StaffChange c : changes) {
            st =
                c.relative()
                    ? st.shifted(c.heads(), c.from(), c.to())
                    : st.overridden(c.heads(), c.from(), c.to());
          }
          staffing.put(name, st);
        });
    Map<String, WorkingHours> hours = new HashMap<>(options.roleHours());
    WorkingHours defaults = options.defaultHours();
    for (Scenario.HoursChange h : s.hours()) {
      if (h.role().equals("*")) {
        defaults = h.hours();
        continue;
      }
      Optional<Role> role = ws.organization().role(h.role());
      if (role.isEmpty()) {
        problems.add(
            Problem.error(
                "unknown-role",
                "role '" + h.role() + "' is not declared",
                Suggestions.hint(h.role(), roleNames, "organization.flow"),
                h.at()));
        continue;
      }
      hours.put(role.get().name(), h.hours());
    }
    Map<String, ArrivalProfile> profiles = new HashMap<>(options.arrivalProfiles());
    for (Scenario.ArrivalsChange a : s.arrivals()) {
      if (a.process().equals("*")) {
        ws.processes().forEach(p -> profiles.put(p.id(), a.profile()));
        continue;
      }
      Process p = processes.get(a.process().toLowerCase(Locale.ROOT));
      if (p == null) {
        problems.add(
            Problem.error(
                "unknown-process",
                "process '" + a.process() + "' is not in the workspace",
                Suggestions.hint(
                    a.process(),
                    ws.processes().stream().map(Process::title).toList(),
                    "the workspace"),
                a.at()));
        continue;
      }
      profiles.put(p.id(), a.profile());
    }
    LocalDate year = s.from() == null ? options.year() : s.from().withDayOfYear(1);
    CompileOptions out =
        new CompileOptions(
            options.shape(),
            defaults,
            hours,
            options.holidays(),
            factors,
            staffing,
            year,
            options.absences(),
            profiles);
    return new Applied(ws, out, problems);
  }

  private static Workspace replace(
      Workspace base, Path organizationFile, Scenario s, List<Problem> problems) {
    List<Process> processes = new ArrayList<>(base.processes());
    for (Scenario.Replacement r : s.replacements()) {
      if (!Files.isRegularFile(r.file())) {
        problems.add(
            Problem.error(
                "missing-file",
                "the process file '" + r.file() + "' does not exist",
                "the path is relative to the scenario file",
                r.at()));
        continue;
      }
      LoadedWorkspace loaded = WorkspaceLoader.loadFile(r.file(), organizationFile);
      String shown = loaded.requested().isEmpty() ? "" : loaded.requested().get(0).source().file();
      boolean broken = false;
      for (Problem p : loaded.problems()) {
        if (p.isError() && p.location().file().equals(shown)) {
          problems.add(p);
          broken = true;
        }
      }
      if (broken || loaded.requested().isEmpty() || !loaded.requested().get(0).hasProcess()) {
        continue;
      }
      Process replacement = loaded.requested().get(0).process();
      boolean found = false;
      for (int i = 0; i < processes.size(); i++) {
        if (processes.get(i).id().equals(replacement.id())) {
          processes.set(i, replacement);
          found = true;
        }
      }
      if (!found) {
        processes.add(replacement);
      }
    }
    return base.withProcesses(processes);
  }
}
