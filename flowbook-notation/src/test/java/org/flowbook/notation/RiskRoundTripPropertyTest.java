package org.flowbook.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.flowbook.model.Activity;
import org.flowbook.model.Call;
import org.flowbook.model.Control;
import org.flowbook.model.ControlFrequency;
import org.flowbook.model.ControlKind;
import org.flowbook.model.ControlMode;
import org.flowbook.model.Decision;
import org.flowbook.model.Flow;
import org.flowbook.model.Language;
import org.flowbook.model.Organization;
import org.flowbook.model.PersonalData;
import org.flowbook.model.Process;
import org.flowbook.model.Risk;
import org.flowbook.model.RiskScore;
import org.flowbook.model.Step;
import org.flowbook.testkit.Models;
import org.flowbook.testkit.RandomModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property, seeded: random processes with random risks (on steps and the header, with and without
 * assessments after controls, owners, controls, descriptions) and random organizations with
 * declared controls and personal data survive format → parse unchanged, in both languages, and
 * format is a fixed point.
 */
class RiskRoundTripPropertyTest {
  private static final String[] NAMES = {
    "Felaktig utbetalning", "Wrong payment", "Jäv", "Data leak", "Dubbelbetalning", "Försenad"
  };

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 150);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void processesWithRisksRoundTrip(long seed) {
    Random r = new Random(seed * 7919);
    Process base =
        new RandomModels(seed).process("p-" + seed, 2 + (int) (seed % 9), List.of("other"));
    Language lang = r.nextBoolean() ? Language.SV : Language.EN;
    List<Step> steps = new ArrayList<>();
    for (Step s : base.steps()) {
      steps.add(r.nextInt(3) == 0 ? withRisks(s, risks(r)) : s);
    }
    Process original = base.withFlow(steps, base.flows()).withRisks(risks(r)).withLanguage(lang);
    String text = ProcessFormatter.format(original);
    ProcessDocument parsed = ProcessParser.parse("seed-" + seed + ".flow", text);
    assertThat(parsed.problems()).as("seed %d, text:%n%s", seed, text).isEmpty();
    assertThat(normalized(parsed.process()))
        .as("seed %d, text:%n%s", seed, text)
        .isEqualTo(normalized(original));
    assertThat(ProcessFormatter.format(parsed)).as("seed %d", seed).isEqualTo(text);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void organizationsWithControlsAndPersonalDataRoundTrip(long seed) {
    Random r = new Random(seed * 104729);
    Organization base = new RandomModels(seed).organization();
    List<Control> controls = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      controls.add(
          new Control(
              "Kontroll " + i,
              r.nextBoolean() ? "Beskrivning " + i : "",
              r.nextBoolean() ? base.roles().get(0).name() : null,
              r.nextBoolean() ? ControlKind.values()[r.nextInt(2)] : null,
              r.nextBoolean() ? ControlMode.values()[r.nextInt(2)] : null,
              r.nextBoolean() ? ControlFrequency.values()[r.nextInt(6)] : null,
              r.nextBoolean() ? "Logg " + i : "",
              r.nextBoolean() ? List.of("BFL 5:6") : List.of(),
              null));
    }
    Organization original =
        base.withControls(controls, r.nextBoolean() ? 0 : 1 + r.nextInt(16))
            .withLanguage(r.nextBoolean() ? Language.SV : Language.EN);
    String text = OrganizationFormatter.format(original);
    if (r.nextBoolean()) {
      PersonalData pd =
          new PersonalData(List.of("kontaktuppgifter", "personnummer"), "avtal", "7 år", "");
      String sv = "\nsystem: Affärssystem\n  beskrivning: ERP\n";
      String en = "\nsystem: Affärssystem\n  description: ERP\n";
      boolean swedish = original.language() == Language.SV;
      String entry = swedish ? sv : en;
      assertThat(text).as("seed %d", seed).contains(entry);
      text =
          text.replace(
              entry,
              entry
                  + (swedish
                      ? "  personuppgifter: kontaktuppgifter, personnummer\n"
                          + "  rättslig grund: avtal\n  gallring: 7 år\n"
                      : "  personal data: kontaktuppgifter, personnummer\n"
                          + "  legal basis: avtal\n  retention: 7 år\n"));
      OrganizationDocument withData = OrganizationParser.parse("organization.flow", text);
      assertThat(withData.organization().system("Affärssystem").orElseThrow().personalData())
          .as("seed %d:%n%s", seed, text)
          .contains(pd);
    }
    OrganizationDocument parsed = OrganizationParser.parse("organization.flow", text);
    assertThat(parsed.problems()).as("seed %d, text:%n%s", seed, text).isEmpty();
    assertThat(parsed.organization().controls())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("at")
        .isEqualTo(original.controls());
    assertThat(parsed.organization().riskThreshold()).isEqualTo(original.riskThreshold());
    assertThat(OrganizationFormatter.format(parsed)).as("seed %d", seed).isEqualTo(text);
  }

  private static List<Risk> risks(Random r) {
    List<Risk> out = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      out.add(
          new Risk(
              NAMES[r.nextInt(NAMES.length)] + " " + i,
              r.nextInt(3) == 0 ? "Det kan gå fel: " + r.nextInt(99) : "",
              new RiskScore(1 + r.nextInt(4), 1 + r.nextInt(4)),
              r.nextBoolean() ? new RiskScore(1 + r.nextInt(4), 1 + r.nextInt(4)) : null,
              r.nextBoolean() ? "Ekonomichef" : null,
              r.nextBoolean() ? List.of("Attest", "Avstämning") : List.of(),
              null));
    }
    return out;
  }

  private static List<Risk> unlocated(List<Risk> risks) {
    return risks.stream()
        .map(
            k ->
                new Risk(
                    k.name(),
                    k.description(),
                    k.inherent(),
                    k.residual(),
                    k.owner(),
                    k.controls(),
                    null))
        .toList();
  }

  private static Step withRisks(Step s, List<Risk> risks) {
    if (s instanceof Activity a) {
      return new Activity(a.id(), a.title(), a.task().withRisks(risks), a.type(), a.at());
    }
    if (s instanceof Decision d) {
      return new Decision(
          d.id(), d.title(), d.question(), d.task().withRisks(risks), d.kind(), d.at());
    }
    if (s instanceof Call c) {
      return new Call(c.id(), c.title(), c.processId(), c.task().withRisks(risks), c.at());
    }
    return s;
  }

  private static Process normalized(Process p) {
    Process q = Models.withoutLocations(p);
    q = q.withRisks(unlocated(q.risks()));
    List<Step> steps =
        q.steps().stream()
            .map(s -> withRisks(s, unlocated(s.risks())))
            .sorted(Comparator.comparing(Step::id))
            .toList();
    List<Flow> flows =
        q.flows().stream()
            .sorted(
                Comparator.comparing(Flow::from).thenComparing(Flow::to).thenComparing(Flow::label))
            .toList();
    return q.withFlow(steps, flows);
  }
}
