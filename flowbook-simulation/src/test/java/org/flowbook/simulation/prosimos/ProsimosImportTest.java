package org.flowbook.simulation.prosimos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.flowbook.model.WorkingHours;
import org.flowbook.simulation.WhatIf;
import org.flowbook.simulation.engine.CompileOptions;
import org.flowbook.simulation.engine.Distribution;
import org.flowbook.simulation.engine.SimModel;
import org.flowbook.simulation.engine.SimulationRequest;
import org.flowbook.simulation.report.SimulationRun;
import org.flowbook.simulation.stats.Estimate;
import org.junit.jupiter.api.Test;

/**
 * Prosimos' model format read into the engine: the M/M/1 model of the shared reference data (one
 * task, one resource, 24/7, exponential inter-arrival 1250 s and service 1000 s).
 */
class ProsimosImportTest {
  static byte[] resource(String name) {
    try (InputStream in = ProsimosImportTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static final byte[] BPMN = resource("mm1.bpmn");
  static final String JSON = new String(resource("mm1.json"), StandardCharsets.UTF_8);

  static SimModel read(String json, long cases) throws ProsimosFormatException {
    return ProsimosImport.read(
        "mm1.bpmn", BPMN, "mm1.json", json.getBytes(StandardCharsets.UTF_8), cases);
  }

  @Test
  void theMm1ModelMapsPoolTaskDistributionsAndCalendar() throws Exception {
    SimModel m = read(JSON, 500);
    assertThat(m.roles())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.name()).isEqualTo("Server pool");
              assertThat(r.staffing().heads(LocalDate.of(2027, 1, 4))).isEqualTo(1);
              assertThat(r.hours()).isEqualTo(WorkingHours.ALWAYS);
            });
    var p = m.processes().get(0);
    assertThat(p.arrivals().gap()).isEqualTo(new Distribution.Exponential(1250));
    assertThat(p.arrivals().maxCases()).isEqualTo(500);
    assertThat(p.arrivals().gapsInRealTime()).isTrue();
    var serve = p.steps().stream().filter(s -> s.id().equals("SERVE")).findFirst().orElseThrow();
    assertThat(serve.work()).isEqualTo(new Distribution.Exponential(1000));
    assertThat(serve.role()).isZero();
    assertThat(p.steps().get(p.start()).id()).isEqualTo("START_EVENT");
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void theImportedMm1AgreesWithQueueingTheory() throws Exception {
    SimModel m = read(JSON, 20_000);
    LocalDate from = LocalDate.of(2027, 1, 4);
    SimulationRun run =
        WhatIf.run(
            "mm1",
            "Prosimos",
            "",
            m,
            CompileOptions.defaults(from),
            new SimulationRequest(from, from, Duration.ZERO, 8, 3, 20_000, 1_000_000),
            List.of(),
            d -> {});
    // M/M/1 with rho = 0.8: Wq = rho / (mu - lambda) = 4000 s, cycle time 5000 s.
    Estimate cycle = run.summary().processes().get(0).cycleMean();
    assertThat(cycle.mean()).isBetween(4500.0, 5500.0);
    assertThat(cycle.low() - 250).isLessThan(5000);
    assertThat(cycle.high() + 250).isGreaterThan(5000);
    assertThat(run.summary().role("Server pool").utilization().mean()).isBetween(0.77, 0.83);
  }

  @Test
  void brokenModelsAreLocatedErrorsNeverCrashes() {
    assertThatThrownBy(
            () ->
                read(
                    JSON.replace(
                        "\"CAL_24_7\",\n          \"assigned", "\"NOPE\",\n          \"assigned"),
                    10))
        .isInstanceOf(ProsimosFormatException.class)
        .hasMessageContaining("calendar 'NOPE'");
    assertThatThrownBy(
            () ->
                read(
                    JSON.replace(
                        "\"expon\",\n          \"distribution_params\": [{ \"value\": 1000 }",
                        "\"weibull\",\n          \"distribution_params\": [{ \"value\": 1000 }"),
                    10))
        .isInstanceOf(ProsimosFormatException.class)
        .hasMessageContaining("'weibull' is not supported");
    assertThatThrownBy(() -> read("{ \"resource_profiles\": [", 10))
        .isInstanceOf(ProsimosFormatException.class)
        .hasMessageContaining("mm1.json:1: not valid JSON");
    assertThatThrownBy(() -> read("[1, 2]", 10))
        .isInstanceOf(ProsimosFormatException.class)
        .hasMessageContaining("expected a JSON object");
  }

  @Test
  void xmlEntitiesAndDtdsAreRefused() {
    String evil =
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">"
            + "<bpmn:process id=\"p\"><bpmn:task id=\"t\" name=\"&x;\"/></bpmn:process>"
            + "</bpmn:definitions>";
    assertThatThrownBy(
            () ->
                ProsimosImport.read(
                    "evil.bpmn",
                    evil.getBytes(StandardCharsets.UTF_8),
                    "mm1.json",
                    JSON.getBytes(StandardCharsets.UTF_8),
                    10))
        .isInstanceOf(ProsimosFormatException.class)
        .hasMessageNotContaining("root:");
  }
}
