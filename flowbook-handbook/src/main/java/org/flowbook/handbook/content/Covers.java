package org.flowbook.handbook.content;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.handbook.content.Block.Fact;
import org.flowbook.model.Process;

/** The cover facts of a process: what an auditor looks for before reading on. */
final class Covers {
  private Covers() {}

  static List<Fact> processFacts(Context ctx, Process p) {
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.of(ctx.t("cover.id"), p.id()));
    if (!p.version().isEmpty()) {
      facts.add(Fact.of(ctx.t("cover.version"), p.version()));
    }
    facts.add(Fact.of(ctx.t("cover.status"), p.status().word(ctx.language())));
    if (!p.owner().isEmpty()) {
      facts.add(Fact.of(ctx.t("cover.owner"), p.owner()));
    }
    Approval approval = ctx.approvals().get(p.id());
    if (approval != null) {
      facts.add(Fact.of(ctx.t("cover.approvedBy"), approval.approvedBy()));
      facts.add(Fact.of(ctx.t("cover.approvedOn"), ctx.formats().date(approval.approvedOn())));
    }
    if (p.review() != null) {
      facts.add(Fact.of(ctx.t("cover.review"), ctx.formats().date(p.review())));
    }
    ctx.workspace()
        .organization()
        .group(p.group())
        .ifPresent(g -> facts.add(Fact.of(ctx.t("cover.group"), g.name())));
    return facts;
  }

  static Fact organization(Context ctx) {
    return Fact.of(ctx.t("cover.organization"), ctx.workspace().organization().name());
  }

  static Fact generated(Context ctx) {
    return Fact.of(ctx.t("cover.generated"), ctx.formats().date(ctx.date()));
  }

  /** The running page header of a process: "Inköpsgodkännande · version 3". */
  static String running(Context ctx, Process p) {
    return p.version().isEmpty()
        ? p.title()
        : p.title()
            + " · "
            + ctx.t("cover.version").toLowerCase(ctx.language().locale())
            + " "
            + p.version();
  }
}
