package org.flowbook.simulation.prosimos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.flowbook.notation.WorkspaceLoader;
import org.flowbook.simulation.engine.CompileOptions;
import org.flowbook.simulation.engine.ModelCompiler;
import org.flowbook.simulation.engine.SimModel;
import org.flowbook.simulation.engine.SimModel.SimStep;
import org.junit.jupiter.api.Test;

/** A process exported as Prosimos input and read back: the same work, roles, waits and shares. */
class ProsimosExportTest {

  @Test
  void thePurchaseProcessSurvivesExportAndImport() throws Exception {
    LocalDate day = LocalDate.of(2027, 3, 1);
    SimModel model =
        new ModelCompiler(CompileOptions.defaults(LocalDate.of(2027, 1, 1)))
            .compile(WorkspaceLoader.loadFolder(Path.of("..", "examples")).workspace());
    int index = model.processes().stream().map(p -> p.id()).toList().indexOf("purchase-approval");
    ProsimosExport.Files files = ProsimosExport.export(model, index, day);
    assertThat(files.warnings())
        .anySatisfy(w -> assertThat(w).contains("calls another process"))
        .anySatisfy(w -> assertThat(w).contains("no public holidays"));
    SimModel back =
        ProsimosImport.read(
            "purchase-approval.bpmn",
            files.bpmn().getBytes(StandardCharsets.UTF_8),
            "purchase-approval.json",
            files.json().getBytes(StandardCharsets.UTF_8),
            100);
    assertThat(back.warnings()).isEmpty();
    // Prosimos accepts a single end event.
    assertThat(files.bpmn().split("<endEvent", -1)).hasSize(2);
    List<SimStep> original = model.processes().get(index).steps();
    List<SimStep> read = back.processes().get(0).steps();
    for (SimStep s : original) {
      if (!s.isWork()) {
        continue;
      }
      SimStep t = read.stream().filter(r -> r.title().equals(s.title())).findFirst().orElseThrow();
      assertThat(back.roles().get(t.role()).name()).isEqualTo(model.roles().get(s.role()).name());
      assertThat(t.work().mean())
          .as(s.title())
          .isCloseTo(
              s.work().mean() * model.roles().get(s.role()).speed(),
              org.assertj.core.data.Offset.offset(1e-6));
      // The documented wait comes back as the timer event in front of the task.
      double waitBefore =
          read.stream()
              .filter(r -> r.waitSeconds() > 0 && r.title().equals(s.title() + " (wait)"))
              .mapToDouble(SimStep::waitSeconds)
              .sum();
      assertThat(waitBefore).as(s.title()).isEqualTo(s.waitSeconds());
      if (s.shares() != null) {
        assertThat(read.stream().filter(r -> r.shares() != null).map(r -> r.shares().length))
            .contains(s.shares().length);
      }
    }
    // Arrivals: the mean gap in real time is the open-time gap stretched by 168 h over the open
    // hours of the week (40 h), so that as many cases arrive a week.
    double openGap = model.processes().get(index).arrivals().gap().mean();
    assertThat(back.processes().get(0).arrivals().gap().mean())
        .isCloseTo(openGap * 168 / 40, org.assertj.core.data.Offset.offset(1e-6));
  }
}
