package org.flowbook.testkit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.flowbook.model.Activity;
import org.flowbook.model.ActivityType;
import org.flowbook.model.Call;
import org.flowbook.model.ControlRef;
import org.flowbook.model.Decision;
import org.flowbook.model.DecisionKind;
import org.flowbook.model.End;
import org.flowbook.model.Event;
import org.flowbook.model.EventTrigger;
import org.flowbook.model.Flow;
import org.flowbook.model.GroupKind;
import org.flowbook.model.ItSystem;
import org.flowbook.model.LandscapeGroup;
import org.flowbook.model.Language;
import org.flowbook.model.Message;
import org.flowbook.model.Organization;
import org.flowbook.model.Parallel;
import org.flowbook.model.Person;
import org.flowbook.model.Process;
import org.flowbook.model.Regulation;
import org.flowbook.model.Requirement;
import org.flowbook.model.Role;
import org.flowbook.model.RoleShare;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Start;
import org.flowbook.model.Status;
import org.flowbook.model.Step;
import org.flowbook.model.Task;
import org.flowbook.model.Workspace;

/**
 * Seeded random organizations and processes for property tests: valid by construction (every flow
 * targets an existing step, every step is reachable, decision shares add up to 100 %), with
 * activities, decisions (including loops back), parallel blocks, calls, events, boundary events and
 * named ends. The same seed always gives the same model; print the seed on failure.
 */
public final class RandomModels {
  private static final String[] VERBS = {
    "Granska",
    "Registrera",
    "Godkänn",
    "Kontrollera",
    "Skicka",
    "Review",
    "Approve",
    "Check",
    "Prepare",
    "Archive",
    "Attest",
    "Beställ",
    "Boka",
    "Inform"
  };
  private static final String[] OBJECTS = {
    "fakturan",
    "anmodan",
    "ordern",
    "the request",
    "the contract",
    "avtalet",
    "rapporten",
    "the report",
    "underlaget",
    "kontot",
    "the customer",
    "leveransen"
  };
  private static final String[] FIRST_NAMES = {
    "Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Anders", "Sara", "Per", "Lena", "Ali"
  };
  private static final String[] LAST_NAMES = {
    "Berg", "Lind", "Nilsson", "Öberg", "Holm", "Sandberg", "Åkesson", "Yilmaz", "Ek", "Strand"
  };

  private static final String[] ROLE_NAMES = {
    "Ekonomichef",
    "Inköpare",
    "Beställare",
    "Chef",
    "HR-specialist",
    "IT-support",
    "Service desk agent",
    "Kundtjänst",
    "Redovisningsekonom",
    "Projektledare"
  };

  private final Random random;
  private final long seed;

  /**
   * Draws for what was added later (deputies, people), so that the main stream — and with it every
   * seeded model other tests already rely on — stays the same.
   */
  private final Random extras;

  public RandomModels(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
    this.extras = new Random(seed * 31 + 17);
  }

  public long seed() {
    return seed;
  }

  /** An organization whose names the random processes use. */
  public Organization organization() {
    List<Role> roles = new ArrayList<>();
    for (String name : ROLE_NAMES) {
      roles.add(
          new Role(
              name,
              "Beskrivning av " + name,
              1 + random.nextInt(4),
              400 + random.nextInt(12) * 50,
              35 + random.nextInt(6),
              SourceLocation.UNKNOWN));
    }
    List<ItSystem> systems =
        List.of(
            new ItSystem("Affärssystem", "ERP", SourceLocation.UNKNOWN),
            new ItSystem("E-post", "", SourceLocation.UNKNOWN));
    List<Regulation> regulations =
        List.of(
            new Regulation(
                "Bokföringslagen",
                "BFL",
                "",
                List.of(
                    new Requirement("5:6", "Registrering", SourceLocation.UNKNOWN),
                    new Requirement("7:1", "Arkivering", SourceLocation.UNKNOWN)),
                SourceLocation.UNKNOWN));
    List<LandscapeGroup> groups =
        List.of(
            new LandscapeGroup("core", "Kärnprocesser", GroupKind.CORE, "", SourceLocation.UNKNOWN),
            new LandscapeGroup(
                "support", "Stödprocesser", GroupKind.SUPPORT, "", SourceLocation.UNKNOWN));
    return new Organization(
        "Test AB",
        Language.SV,
        "kr",
        roles,
        systems,
        List.of(),
        regulations,
        groups,
        SourceLocation.UNKNOWN);
  }

  /** A workspace of {@code count} processes that may call each other. */
  public Workspace workspace(int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add("process-" + i);
    }
    List<Process> processes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      processes.add(process(ids.get(i), 3 + random.nextInt(12), ids.subList(0, i)));
    }
    return new Workspace(organization(), processes);
  }

  /** A process with about {@code size} work steps; calls name only {@code callable} ids. */
  public Process process(String id, int size, List<String> callable) {
    Builder b = new Builder(callable);
    String trigger = "Något händer " + random.nextInt(10);
    b.build(Math.max(1, size), trigger);
    Language lang = random.nextBoolean() ? Language.SV : Language.EN;
    return new Process(
        id,
        "Process " + id,
        pick(ROLE_NAMES),
        "Syfte " + random.nextInt(100),
        random.nextBoolean() ? "Omfattning" : "",
        trigger,
        random.nextBoolean() ? List.of("Klart") : List.of(),
        random.nextBoolean() ? "core" : "support",
        random.nextBoolean()
            ? LocalDate.of(2027, 1 + random.nextInt(12), 1 + random.nextInt(28))
            : null,
        lang,
        Status.values()[random.nextInt(Status.values().length)],
        random.nextBoolean() ? String.valueOf(1 + random.nextInt(5)) : "",
        random.nextBoolean() ? (double) (10 + random.nextInt(500)) : null,
        b.steps,
        b.flows,
        SourceLocation.UNKNOWN,
        messages(b.steps, callable));
  }

  private static final String[] MESSAGE_NAMES = {"", "Faktura", "Order -> kopia", "Svar <- kund"};

  /**
   * Messages in the order a file states them: the process's own first, then those of numbered steps
   * in step order. Partners are the callable processes (a step number or the whole) or an outside
   * party.
   */
  private List<Message> messages(List<Step> steps, List<String> partners) {
    List<Message> out = new ArrayList<>();
    for (int i = random.nextInt(4) == 0 ? 1 : 0; i > 0; i--) {
      out.add(message("", partners));
    }
    for (Step s : steps) {
      boolean numbered =
          s.id().chars().allMatch(Character::isDigit)
              && !(s instanceof Event e && e.isBoundary())
              && !(s instanceof End);
      for (int i = numbered && random.nextInt(5) == 0 ? 1 + random.nextInt(2) : 0; i > 0; i--) {
        out.add(message(s.id(), partners));
      }
    }
    return out;
  }

  private Message message(String step, List<String> partners) {
    Message.Partner partner =
        partners.isEmpty() || random.nextInt(3) == 0
            ? Message.Partner.party(random.nextBoolean() ? "Kund" : "Skatteverket -> regionen")
            : Message.Partner.process(
                partners.get(random.nextInt(partners.size())), random.nextBoolean() ? "" : "1");
    return new Message(
        pick(MESSAGE_NAMES),
        step,
        random.nextBoolean() ? Message.Direction.SENDS : Message.Direction.RECEIVES,
        partner,
        SourceLocation.UNKNOWN);
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private Duration minutes(int max) {
    return Duration.ofMinutes(random.nextInt(max + 1));
  }

  private Task task() {
    List<String> instructions = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      instructions.add(pick(VERBS) + " " + pick(OBJECTS) + ".");
    }
    List<ControlRef> controls =
        random.nextInt(5) == 0
            ? List.of(new ControlRef("Kontroll", List.of("BFL 5:6")))
            : List.of();
    return new Task(
        pick(ROLE_NAMES),
        random.nextInt(4) == 0 ? List.of(pick(ROLE_NAMES)) : List.of(),
        random.nextInt(4) == 0 ? List.of(pick(ROLE_NAMES)) : List.of(),
        List.of(),
        minutes(120),
        random.nextBoolean() ? Duration.ofHours(random.nextInt(48)) : Duration.ZERO,
        instructions,
        random.nextInt(3) == 0 ? List.of("Affärssystem") : List.of(),
        List.of(),
        List.of(),
        controls,
        random.nextInt(6) == 0 ? List.of("Tips " + random.nextInt(9)) : List.of(),
        extras.nextInt(5) == 0 ? deputies() : List.of());
  }

  /** One or two distinct role names as a step's or role's deputies, in order. */
  private List<String> deputies() {
    String first = ROLE_NAMES[extras.nextInt(ROLE_NAMES.length)];
    String second = ROLE_NAMES[extras.nextInt(ROLE_NAMES.length)];
    return first.equals(second) ? List.of(first) : List.of(first, second);
  }

  /**
   * The organization with named people: every role gets one to four people (some part-time, some
   * with two roles and shares), role deputies and personal deputies; names are unique.
   */
  public Organization organizationWithPeople() {
    Organization base = organization();
    List<Person> people = new ArrayList<>();
    List<Role> roles = new ArrayList<>();
    int n = 0;
    for (Role r : base.roles()) {
      int count = 1 + extras.nextInt(4);
      for (int i = 0; i < count; i++) {
        String name =
            FIRST_NAMES[n % FIRST_NAMES.length]
                + " "
                + LAST_NAMES[(n / FIRST_NAMES.length) % LAST_NAMES.length]
                + (n >= FIRST_NAMES.length * LAST_NAMES.length ? " " + n : "");
        n++;
        List<RoleShare> shares;
        if (extras.nextInt(4) == 0) {
          String other = ROLE_NAMES[extras.nextInt(ROLE_NAMES.length)];
          shares =
              other.equals(r.name())
                  ? List.of(new RoleShare(r.name(), 1))
                  : List.of(new RoleShare(r.name(), 0.75), new RoleShare(other, 0.25));
        } else {
          shares = List.of(new RoleShare(r.name(), 1));
        }
        double working = extras.nextInt(3) == 0 ? 0.5 + extras.nextInt(5) * 0.1 : 1;
        String email = extras.nextBoolean() ? "p" + n + "@example.se" : "";
        people.add(
            new Person(
                name, email, shares, Math.min(1, working), List.of(), SourceLocation.UNKNOWN));
      }
      roles.add(extras.nextInt(3) == 0 ? r.withDeputies(deputies()) : r);
    }
    List<Person> withDeputies = new ArrayList<>();
    for (Person p : people) {
      Person other = people.get(extras.nextInt(people.size()));
      withDeputies.add(
          extras.nextInt(4) == 0 && other != p ? p.withCoveredBy(List.of(other.name())) : p);
    }
    return base.withRoles(roles).withPeople(withDeputies);
  }

  /** Builds a flow step by step; every block ends by flowing into the next number. */
  private final class Builder {
    final List<Step> steps = new ArrayList<>();
    final List<Flow> flows = new ArrayList<>();
    final List<End> ends = new ArrayList<>();
    final List<String> callable;
    int next = 1;

    Builder(List<String> callable) {
      this.callable = callable;
    }

    void build(int size, String trigger) {
      steps.add(new Start("start", trigger, EventTrigger.NONE, SourceLocation.UNKNOWN));
      String previous = "start";
      while (next <= size) {
        previous = block(previous);
      }
      End end = new End("end", "", EventTrigger.NONE, SourceLocation.UNKNOWN);
      link(previous, end.id());
      steps.addAll(ends);
      steps.add(end);
    }

    /** Adds one block after {@code previous}; returns the step the next block follows. */
    String block(String previous) {
      int kind = random.nextInt(10);
      if (kind < 5) {
        String id = id();
        String title = pick(VERBS) + " " + pick(OBJECTS);
        Task t = task();
        if (kind == 4 && !callable.isEmpty()) {
          steps.add(
              new Call(
                  id,
                  title,
                  callable.get(random.nextInt(callable.size())),
                  t,
                  SourceLocation.UNKNOWN));
        } else {
          ActivityType type = random.nextInt(5) == 0 ? ActivityType.USER : ActivityType.TASK;
          steps.add(new Activity(id, title, t, type, SourceLocation.UNKNOWN));
          if (random.nextInt(8) == 0) {
            String evId = id + "-timer";
            steps.add(
                new Event(
                    evId,
                    "Efter " + random.nextInt(9) + " dagar",
                    EventTrigger.TIMER,
                    false,
                    id,
                    random.nextBoolean(),
                    SourceLocation.UNKNOWN));
            flows.add(
                new Flow(evId, endNamed("Time limit"), "", null, false, SourceLocation.UNKNOWN));
          }
        }
        link(previous, id);
        return id;
      }
      if (kind < 8) {
        return decision(previous);
      }
      if (kind == 8) {
        return parallel(previous);
      }
      String id = id();
      steps.add(
          new Event(
              id, "Vänta på svar", EventTrigger.MESSAGE, false, "", true, SourceLocation.UNKNOWN));
      link(previous, id);
      return id;
    }

    String decision(String previous) {
      String id = id();
      DecisionKind kind = random.nextInt(6) == 0 ? DecisionKind.INCLUSIVE : DecisionKind.EXCLUSIVE;
      boolean work = random.nextBoolean();
      steps.add(
          new Decision(
              id,
              pick(VERBS) + " " + pick(OBJECTS),
              "Ok?",
              work ? task() : Task.NONE,
              kind,
              SourceLocation.UNKNOWN));
      link(previous, id);
      String cont = id();
      steps.add(new Activity(cont, pick(VERBS) + " " + pick(OBJECTS), task()));
      int share = 5 * (1 + random.nextInt(18));
      boolean probabilities = kind == DecisionKind.EXCLUSIVE && random.nextBoolean();
      flows.add(
          new Flow(
              id, cont, "ja", probabilities ? share / 100.0 : null, false, SourceLocation.UNKNOWN));
      // The other branch either loops back to an earlier step, skips to an end, or ends.
      String other;
      int choice = random.nextInt(3);
      List<String> earlier =
          steps.stream()
              .filter(s -> s instanceof Activity)
              .map(Step::id)
              .filter(s -> !s.equals(cont))
              .toList();
      if (choice == 0 && !earlier.isEmpty()) {
        other = earlier.get(random.nextInt(earlier.size()));
      } else {
        other = endNamed(random.nextBoolean() ? "Avslaget" : "Rejected " + random.nextInt(3));
      }
      String label = random.nextBoolean() ? "nej" : "annars";
      flows.add(
          new Flow(
              id,
              other,
              label,
              probabilities ? (100 - share) / 100.0 : null,
              label.equals("annars"),
              SourceLocation.UNKNOWN));
      return cont;
    }

    String parallel(String previous) {
      String split = id();
      steps.add(new Parallel(split, "", SourceLocation.UNKNOWN));
      link(previous, split);
      int branches = 2 + random.nextInt(2);
      List<String> lasts = new ArrayList<>();
      for (int i = 0; i < branches; i++) {
        String a = id();
        steps.add(new Activity(a, pick(VERBS) + " " + pick(OBJECTS), task()));
        flows.add(Flow.of(split, a));
        lasts.add(a);
      }
      String join = id();
      steps.add(
          new Parallel(join, random.nextBoolean() ? "Allt klart" : "", SourceLocation.UNKNOWN));
      for (String l : lasts) {
        flows.add(Flow.of(l, join));
      }
      return join;
    }

    String endNamed(String name) {
      for (End e : ends) {
        if (e.title().equals(name)) {
          return e.id();
        }
      }
      End e =
          new End(
              "end-" + name.toLowerCase().replaceAll("[^a-z0-9]+", "-"),
              name,
              EventTrigger.NONE,
              SourceLocation.UNKNOWN);
      ends.add(e);
      return e.id();
    }

    void link(String from, String to) {
      flows.add(Flow.of(from, to));
    }

    String id() {
      return String.valueOf(next++);
    }
  }
}
