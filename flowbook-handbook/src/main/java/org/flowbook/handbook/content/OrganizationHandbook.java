package org.flowbook.handbook.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.flowbook.handbook.content.Block.Fact;
import org.flowbook.model.LandscapeGroup;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;

/**
 * The whole organization's handbook: the landscape, every process in landscape order, and indexes
 * of roles, systems and regulations that point to the steps using them.
 */
final class OrganizationHandbook {
  private OrganizationHandbook() {}

  static Set<String> anchors(Workspace ws) {
    Set<String> out = new HashSet<>();
    for (Process p : ws.processes()) {
      out.add(Anchors.process(p.id()));
      out.addAll(ProcessManual.stepAnchors(p));
    }
    for (String role : Indexes.roleNames(ws)) {
      out.add(Anchors.role(role));
    }
    return out;
  }

  static Manual build(Context ctx, Consumer<String> processDone) {
    Workspace ws = ctx.workspace();
    String org = ws.organization().name();
    String title = org.isEmpty() ? ctx.t("kind.organization") : org;
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.of(ctx.t("cover.processes"), Integer.toString(ws.processes().size())));
    facts.add(Fact.of(ctx.t("cover.roles"), Integer.toString(Indexes.roleNames(ws).size())));
    facts.add(Covers.generated(ctx));
    Cover cover = new Cover(ctx.t("kind.organization"), title, "", facts);

    List<Chapter> chapters = new ArrayList<>();
    chapters.add(landscape(ctx).startingPage(ctx.t("landscape")));
    for (Process p : ws.inLandscapeOrder()) {
      List<Block> intro = new ArrayList<>();
      intro.add(new Block.Facts(Covers.processFacts(ctx, p)));
      chapters.add(
          new Chapter(
              Anchors.process(p.id()),
              "",
              p.title(),
              Covers.running(ctx, p),
              true,
              intro,
              new ProcessSections(ctx, p).build()));
      processDone.accept(p.title());
    }
    Indexes indexes = new Indexes(ctx);
    chapters.add(indexes.roles().startingPage(ctx.t("index.roles")));
    chapters.add(indexes.systems().startingPage(ctx.t("index.systems")));
    chapters.add(indexes.regulations().startingPage(ctx.t("index.regulations")));
    return new Manual(ctx.language(), title, title, cover, 1, chapters);
  }

  private static Chapter landscape(Context ctx) {
    Workspace ws = ctx.workspace();
    List<Block> blocks = new ArrayList<>();
    ctx.flowcharts()
        .landscape(ws, ctx.language())
        .ifPresent(p -> blocks.add(new Block.Figure(p, ctx.t("landscape"), "")));
    List<List<Rich>> rows = new ArrayList<>();
    for (Process p : ws.inLandscapeOrder()) {
      String group =
          ws.organization()
              .group(p.group())
              .map(LandscapeGroup::name)
              .orElse(ctx.t("landscape.none"));
      rows.add(
          List.of(
              Rich.of(group),
              ctx.link(p.title(), Anchors.process(p.id())),
              Rich.of(p.owner()),
              Rich.of(Integer.toString(p.workSteps().size()))));
    }
    for (LandscapeGroup g : ws.organization().groups()) {
      if (!g.description().isEmpty()) {
        blocks.add(
            new Block.Paragraph(
                Rich.builder().strong(g.name() + ". ").text(g.description()).build(), false));
      }
    }
    List<String> header =
        List.of(
            ctx.t("landscape.group"),
            ctx.t("landscape.process"),
            ctx.t("landscape.owner"),
            ctx.t("landscape.steps"));
    blocks.add(new Block.Table("", header, rows, false));
    return Chapter.of("landscape", ctx.t("landscape"), blocks);
  }

  static Optional<Process> find(Workspace ws, String id) {
    return ws.process(id);
  }
}
