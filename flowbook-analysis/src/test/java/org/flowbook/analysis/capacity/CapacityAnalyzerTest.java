package org.flowbook.analysis.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.flowbook.analysis.Fixtures;
import org.flowbook.analysis.metrics.FlowAnalyzer;
import org.flowbook.analysis.metrics.RoleFigures;
import org.flowbook.model.Process;
import org.junit.jupiter.api.Test;

class CapacityAnalyzerTest {
  private static final Offset<Double> EPS = within(1e-9);

  @Test
  void erlangCWithTwoServersAndOneErlang() {
    // a = 1, c = 2: P(wait) = (a^2/2! * 2/(2-1)) / (1 + a + a^2/2! * 2/(2-1)) = 1 / 3.
    assertThat(ErlangC.probabilityOfWaiting(2, 1)).isCloseTo(1 / 3.0, EPS);
    // mu = 1/h, lambda = 1/h: Wq = P / (c mu - lambda) = (1/3) / 1 h = 20 min.
    assertThat(ErlangC.meanWait(2, 1, 1)).isCloseTo(1 / 3.0, EPS);
    // One server is M/M/1: P(wait) = rho, Wq = rho / (mu - lambda) = 0.5 / 1 with rho = 0.5.
    assertThat(ErlangC.probabilityOfWaiting(1, 0.5)).isCloseTo(0.5, EPS);
    assertThat(ErlangC.meanWait(1, 0.5, 1)).isCloseTo(1, EPS);
  }

  @Test
  void utilizationOfTheRolesOfTheExampleAtItsVolume() {
    Process p = Fixtures.process(Fixtures.PURCHASE);
    var metrics = new FlowAnalyzer(Fixtures.workspace(p)).analyze(p);
    CapacityReport r = new CapacityAnalyzer(Fixtures.organization()).of(metrics.roleFigures(), 120);
    // Buyer: 0.95 tasks * 20 min * 120 cases = 38 h a month; 2 people * 40 h * 52/12 = 346.67 h.
    RoleUtilization buyer = r.role("Buyer").orElseThrow();
    assertThat(buyer.demandHours()).isCloseTo(38, EPS);
    assertThat(buyer.availableHours()).isCloseTo(2 * 40 * 52 / 12.0, EPS);
    assertThat(buyer.utilization()).isCloseTo(38 / (80 * 52 / 12.0), EPS);
    // Manager: 120 * 15 min = 30 h of 173.33 h; the busiest single-person role, so the bottleneck.
    assertThat(r.bottleneck().orElseThrow().role()).isEqualTo("Manager");
    assertThat(r.bottleneck().orElseThrow().utilization()).isCloseTo(30 / (40 * 52 / 12.0), EPS);
    // M/M/1 for the manager: rho = 30/173.33; Wq = rho * service / (1 - rho), service = 0.25 h.
    double rho = 30 / (40 * 52 / 12.0);
    assertThat(r.bottleneck().orElseThrow().queueHours().orElseThrow())
        .isCloseTo(rho * 0.25 / (1 - rho), within(1e-9));
    assertThat(r.overloaded()).isFalse();
  }

  @Test
  void demandAboveCapacityIsOverloaded() {
    // One person, 40 h/week = 173.33 h/month; 200 tasks of 1 h is 115 %.
    CapacityReport r =
        new CapacityAnalyzer(Fixtures.organization())
            .of(List.of(new RoleFigures("B", 1, 1, 900)), 200);
    RoleUtilization b = r.role("B").orElseThrow();
    assertThat(b.utilization()).isCloseTo(200 / (40 * 52 / 12.0), EPS);
    assertThat(b.load()).isEqualTo(Load.OVERLOADED);
    assertThat(b.queueHours()).isEmpty();
    assertThat(r.overloaded()).isTrue();
  }
}
