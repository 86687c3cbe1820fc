package org.flowbook.handbook.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.flowbook.handbook.narrative.StepNumbers;
import org.flowbook.model.ControlRef;
import org.flowbook.model.ItSystem;
import org.flowbook.model.Process;
import org.flowbook.model.Regulation;
import org.flowbook.model.Requirement;
import org.flowbook.model.Role;
import org.flowbook.model.Step;
import org.flowbook.model.Workspace;

/**
 * The back-of-book indexes: roles, systems and regulations, each pointing to the steps using it.
 */
final class Indexes {
  private final Context ctx;
  private final Workspace ws;

  Indexes(Context ctx) {
    this.ctx = ctx;
    this.ws = ctx.workspace();
  }

  /** Declared roles in declaration order, then roles only the processes name. */
  static List<String> roleNames(Workspace ws) {
    Set<String> names = new LinkedHashSet<>();
    ws.organization().roles().forEach(r -> names.add(r.name()));
    for (Process p : ws.inLandscapeOrder()) {
      for (String r : p.roles()) {
        if (names.stream().noneMatch(n -> n.equalsIgnoreCase(r))) {
          names.add(r);
        }
      }
    }
    return List.copyOf(names);
  }

  Chapter roles() {
    List<Chapter> children = new ArrayList<>();
    for (String role : roleNames(ws)) {
      List<Block> blocks = new ArrayList<>();
      String description = ws.organization().role(role).map(Role::description).orElse("");
      if (!description.isEmpty()) {
        blocks.add(Block.Paragraph.of(description));
      }
      Rich uses = uses((s, p) -> !Raci.letters(s, role).isEmpty(), s -> Raci.letters(s, role));
      blocks.add(new Block.Facts(List.of(new Block.Fact(ctx.t("index.usedIn"), uses))));
      children.add(new Chapter(Anchors.role(role), "", role, "", false, blocks, List.of()));
    }
    return new Chapter("index-roles", "", ctx.t("index.roles"), "", false, List.of(), children);
  }

  Chapter systems() {
    List<List<Rich>> rows = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    ws.organization().systems().forEach(s -> names.add(s.name()));
    ws.inLandscapeOrder()
        .forEach(p -> p.workSteps().forEach(s -> names.addAll(s.task().systems())));
    for (String name : names) {
      String description = ws.organization().system(name).map(ItSystem::description).orElse("");
      Rich uses =
          uses((s, p) -> s.task().systems().stream().anyMatch(name::equalsIgnoreCase), s -> "");
      rows.add(List.of(Rich.strong(name), Rich.of(description), uses));
    }
    List<String> header =
        List.of(ctx.t("index.system"), ctx.t("role.description"), ctx.t("index.usedIn"));
    return Chapter.of(
        "index-systems", ctx.t("index.systems"), List.of(new Block.Table("", header, rows, false)));
  }

  Chapter regulations() {
    List<Chapter> children = new ArrayList<>();
    for (Regulation reg : ws.organization().regulations()) {
      List<List<Rich>> rows = new ArrayList<>();
      for (Requirement req : reg.requirements()) {
        String cite = reg.cite(req);
        Rich uses =
            uses(
                (s, p) -> s.task().controls().stream().anyMatch(c -> cites(c, cite)),
                s ->
                    s.task().controls().stream()
                        .filter(c -> cites(c, cite))
                        .map(ControlRef::name)
                        .findFirst()
                        .orElse(""));
        rows.add(List.of(Rich.strong(cite), Rich.of(req.text()), uses));
      }
      List<Block> blocks = new ArrayList<>();
      if (!reg.description().isEmpty()) {
        blocks.add(Block.Paragraph.of(reg.description()));
      }
      List<String> header =
          List.of(ctx.t("controls.requirement"), ctx.t("controls.text"), ctx.t("index.usedIn"));
      blocks.add(new Block.Table("", header, rows, false));
      String title =
          reg.shortName().equals(reg.name())
              ? reg.name()
              : reg.name() + " (" + reg.shortName() + ")";
      children.add(
          new Chapter(
              "reg-" + Anchors.slug(reg.shortName()), "", title, "", false, blocks, List.of()));
    }
    List<Block> blocks =
        children.isEmpty() ? List.of(Block.Paragraph.of(ctx.t("controls.none"))) : List.of();
    return new Chapter(
        "index-regulations", "", ctx.t("index.regulations"), "", false, blocks, children);
  }

  private boolean cites(ControlRef c, String cite) {
    return c.requirements().stream().anyMatch(r -> r.equalsIgnoreCase(cite));
  }

  /** "Inköpsgodkännande, steg 2 (R); Fakturahantering, steg 1 (A)" with links to the steps. */
  private Rich uses(
      BiPredicate<Step, Process> uses, java.util.function.Function<Step, String> note) {
    Rich.Builder b = Rich.builder();
    for (Process p : ws.inLandscapeOrder()) {
      StepNumbers numbers = StepNumbers.of(p);
      for (Step s : p.workSteps()) {
        if (!uses.test(s, p)) {
          continue;
        }
        if (!b.isEmpty()) {
          b.text("; ");
        }
        ctx.link(b, ctx.t("ref.step", p.title(), numbers.of(s.id())), Anchors.step(p.id(), s.id()));
        String n = note.apply(s);
        if (!n.isEmpty()) {
          b.text(" (" + n + ")");
        }
      }
    }
    return b.isEmpty() ? Rich.of(ctx.t("index.notUsed")) : b.build();
  }
}
