package org.flowbook.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.flowbook.compliance.gdpr.ProcessingActivity;
import org.flowbook.compliance.gdpr.ProcessingRecord;
import org.flowbook.model.Activity;
import org.flowbook.model.Document;
import org.flowbook.model.Flow;
import org.flowbook.model.ItSystem;
import org.flowbook.model.Language;
import org.flowbook.model.Organization;
import org.flowbook.model.PersonalData;
import org.flowbook.model.Process;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Step;
import org.flowbook.model.Task;
import org.flowbook.model.Workspace;
import org.junit.jupiter.api.Test;

/**
 * Over seeded random workspaces, the Art. 30 record lists exactly the processes with a step that
 * names (as input, output or system, in any case) a document or system declared with personal data,
 * and each entry's categories are exactly those of what its steps name.
 */
class ProcessingRecordPropertyTest {
  private static final String[] CATEGORIES = {
    "kontaktuppgifter", "personnummer", "bankkonto", "hälsouppgifter", "lön"
  };

  @Test
  void listsExactlyTheProcessesWhoseStepsTouchDeclaredPersonalData() {
    for (long seed = 1; seed <= 300; seed++) {
      Random random = new Random(seed);
      Workspace ws = workspace(random);
      Set<String> personal = personalNames(ws.organization());
      Set<String> expected = new HashSet<>();
      for (Process p : ws.processes()) {
        Set<String> named = new HashSet<>();
        for (Step s : p.steps()) {
          named.addAll(lower(s.task().inputs()));
          named.addAll(lower(s.task().outputs()));
          named.addAll(lower(s.task().systems()));
        }
        named.retainAll(personal);
        if (!named.isEmpty()) {
          expected.add(p.id());
        }
      }
      ProcessingRecord record = ProcessingRecord.of(ws);
      List<String> listed =
          record.activities().stream().map(ProcessingActivity::processId).toList();
      assertThat(listed).as("seed %d", seed).doesNotHaveDuplicates();
      assertThat(new HashSet<>(listed)).as("seed %d", seed).isEqualTo(expected);
      for (ProcessingActivity a : record.activities()) {
        Process p = ws.process(a.processId()).orElseThrow();
        Set<String> categories = new HashSet<>();
        for (Step s : p.steps()) {
          List<String> names = new ArrayList<>(s.task().inputs());
          names.addAll(s.task().outputs());
          for (String n : names) {
            ws.organization()
                .document(n)
                .flatMap(Document::personalData)
                .ifPresent(pd -> categories.addAll(pd.categories()));
          }
          for (String n : s.task().systems()) {
            ws.organization()
                .system(n)
                .flatMap(ItSystem::personalData)
                .ifPresent(pd -> categories.addAll(pd.categories()));
          }
        }
        assertThat(new HashSet<>(a.categories())).as("seed %d", seed).isEqualTo(categories);
        assertThat(a.steps()).as("seed %d", seed).isNotEmpty();
      }
    }
  }

  private static Set<String> personalNames(Organization org) {
    Set<String> out = new HashSet<>();
    org.documents().stream()
        .filter(d -> d.personalData().isPresent())
        .forEach(d -> out.add(d.name().toLowerCase(Locale.ROOT)));
    org.systems().stream()
        .filter(s -> s.personalData().isPresent())
        .forEach(s -> out.add(s.name().toLowerCase(Locale.ROOT)));
    return out;
  }

  private static List<String> lower(List<String> names) {
    return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
  }

  private static Workspace workspace(Random random) {
    List<Document> documents = new ArrayList<>();
    List<ItSystem> systems = new ArrayList<>();
    for (int i = 0; i < 1 + random.nextInt(6); i++) {
      documents.add(new Document("Dokument " + i, "", SourceLocation.UNKNOWN, maybeData(random)));
    }
    for (int i = 0; i < 1 + random.nextInt(4); i++) {
      systems.add(new ItSystem("System " + i, "", SourceLocation.UNKNOWN, maybeData(random)));
    }
    Organization org =
        new Organization(
            "Slump",
            Language.SV,
            "kr",
            List.of(),
            systems,
            documents,
            List.of(),
            List.of(),
            SourceLocation.UNKNOWN);
    List<Process> processes = new ArrayList<>();
    for (int p = 0; p < 1 + random.nextInt(8); p++) {
      List<Step> steps = new ArrayList<>();
      List<Flow> flows = new ArrayList<>();
      int n = 1 + random.nextInt(5);
      for (int s = 1; s <= n; s++) {
        // Names as a writer types them: any case; sometimes a name nothing declares.
        List<String> inputs = pick(random, documents.stream().map(Document::name).toList());
        List<String> outputs = pick(random, documents.stream().map(Document::name).toList());
        List<String> used = pick(random, systems.stream().map(ItSystem::name).toList());
        Task task =
            new Task(
                "Roll " + random.nextInt(3),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                List.of("Gör steget."),
                used,
                inputs,
                outputs,
                List.of(),
                List.of());
        steps.add(new Activity(String.valueOf(s), "Steg " + s, task));
        if (s > 1) {
          flows.add(Flow.of(String.valueOf(s - 1), String.valueOf(s)));
        }
      }
      processes.add(Process.of("process-" + p, "Process " + p, steps, flows));
    }
    return new Workspace(org, processes);
  }

  private static PersonalData maybeData(Random random) {
    if (random.nextInt(3) == 0) {
      return null;
    }
    List<String> categories = new ArrayList<>();
    for (String c : CATEGORIES) {
      if (random.nextInt(3) == 0) {
        categories.add(c);
      }
    }
    if (categories.isEmpty()) {
      categories.add(CATEGORIES[random.nextInt(CATEGORIES.length)]);
    }
    return new PersonalData(categories, random.nextBoolean() ? "avtal" : "", "1 år", "");
  }

  private static List<String> pick(Random random, List<String> names) {
    List<String> out = new ArrayList<>();
    int k = random.nextInt(3);
    for (int i = 0; i < k; i++) {
      int r = random.nextInt(names.size() + 1);
      String name = r == names.size() ? "Odeklarerat " + i : names.get(r);
      out.add(random.nextBoolean() ? name.toUpperCase(Locale.ROOT) : name);
    }
    return out;
  }
}
