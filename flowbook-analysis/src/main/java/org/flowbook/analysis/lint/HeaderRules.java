package org.flowbook.analysis.lint;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Severity;

/** What a process header must say: who owns it, why it exists, what starts it, when to review. */
final class HeaderRules {
  private HeaderRules() {}

  /** A header field that is missing or empty. */
  record MissingField(String code, Severity severity, Function<Process, Boolean> missing)
      implements Rule {
    @Override
    public List<Problem> check(Process p, LintContext c) {
      if (!missing.apply(p)) {
        return List.of();
      }
      return List.of(
          LintContext.problem(severity, code, c.text(code), c.text(code + ".hint"), p.at(), null));
    }
  }

  static List<Rule> all() {
    return List.of(
        new MissingField("missing-owner", Severity.WARNING, p -> p.owner().isEmpty()),
        new MissingField("missing-purpose", Severity.WARNING, p -> p.purpose().isEmpty()),
        new MissingField("missing-trigger", Severity.WARNING, p -> p.trigger().isEmpty()),
        new MissingField("missing-outcome", Severity.INFO, p -> p.outcomes().isEmpty()),
        new MissingField("missing-review", Severity.WARNING, p -> p.review() == null),
        new ReviewOverdue());
  }

  /** A review date that has passed. */
  static final class ReviewOverdue extends AbstractRule {
    ReviewOverdue() {
      super("review-overdue", Severity.WARNING);
    }

    @Override
    public List<Problem> check(Process p, LintContext c) {
      if (p.review() == null || !p.review().isBefore(c.today())) {
        return List.of();
      }
      long days = ChronoUnit.DAYS.between(p.review(), c.today());
      return List.of(finding(c, c.header(p, "review"), null, new Object[] {p.review(), days}));
    }
  }
}
