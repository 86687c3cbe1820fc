package org.flowbook.diagram.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.flowbook.model.Activity;
import org.flowbook.model.Decision;
import org.flowbook.model.DecisionKind;
import org.flowbook.model.End;
import org.flowbook.model.EventTrigger;
import org.flowbook.model.Flow;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Start;
import org.flowbook.model.Step;
import org.flowbook.model.Task;

/**
 * A process of any size for benchmarks, shaped like real ones: a main path across eight roles, a
 * decision every sixth step that skips ahead or (every other one) loops back. The same size and
 * seed always give the same process.
 */
public final class SyntheticProcess {
  private static final String[] ROLES = {
    "Beställare",
    "Chef",
    "Inköpare",
    "Ekonomichef",
    "Controller",
    "Leverantör",
    "Attestant",
    "Redovisningsekonom"
  };
  private static final String[] VERBS = {
    "Granska", "Registrera", "Godkänn", "Kontrollera", "Skicka", "Attestera", "Arkivera", "Beställ"
  };
  private static final String[] OBJECTS = {
    "fakturan", "anmodan", "ordern", "avtalet", "underlaget", "leveransen"
  };

  private SyntheticProcess() {}

  public static Process of(int steps, long seed) {
    Random r = new Random(seed);
    int n = Math.max(1, steps);
    List<Step> all = new ArrayList<>();
    List<Flow> flows = new ArrayList<>();
    all.add(new Start("start", "Ett behov uppstår", EventTrigger.NONE, null));
    flows.add(Flow.of("start", "1"));
    for (int i = 1; i <= n; i++) {
      String id = String.valueOf(i);
      String next = i < n ? String.valueOf(i + 1) : "end";
      Task task = Task.by(ROLES[(i / 2 + r.nextInt(2)) % ROLES.length]);
      String title = VERBS[r.nextInt(VERBS.length)] + " " + OBJECTS[r.nextInt(OBJECTS.length)];
      if (i % 6 == 0 && i < n) {
        all.add(new Decision(id, title, "OK?", task, DecisionKind.EXCLUSIVE, null));
        flows.add(new Flow(id, next, "ja", 0.8, false, SourceLocation.UNKNOWN));
        String other = i % 12 == 0 ? String.valueOf(i - 4) : String.valueOf(Math.min(n, i + 3));
        flows.add(
            new Flow(id, other, i % 12 == 0 ? "igen" : "nej", 0.2, true, SourceLocation.UNKNOWN));
      } else {
        all.add(new Activity(id, title, task));
        flows.add(Flow.of(id, next));
      }
    }
    all.add(new End("end", "Klart", EventTrigger.NONE, null));
    return Process.of("synthetic-" + n, "Syntetisk process (" + n + " steg)", all, flows)
        .withLanguage(Language.SV);
  }
}
