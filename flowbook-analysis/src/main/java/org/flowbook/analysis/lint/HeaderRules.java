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
  record MissingField(
      String code,
      Severity severity,
      Function<Process, Boolean> missing,
      String en,
      String sv,
      String hintEn,
      String hintSv)
      implements Rule {
    @Override
    public List<Problem> check(Process p, LintContext c) {
      if (!missing.apply(p)) {
        return List.of();
      }
      return List.of(
          LintContext.problem(severity, code, c.say(en, sv), c.say(hintEn, hintSv), p.at(), null));
    }
  }

  static List<Rule> all() {
    return List.of(
        new MissingField(
            "missing-owner",
            Severity.WARNING,
            p -> p.owner().isEmpty(),
            "the process has no owner",
            "processen saknar ägare",
            "add 'owner: ROLE' — the role that answers for the process and keeps it up to date",
            "lägg till 'ägare: ROLL' — rollen som ansvarar för processen och håller den aktuell"),
        new MissingField(
            "missing-purpose",
            Severity.WARNING,
            p -> p.purpose().isEmpty(),
            "the process does not say why it exists",
            "processen säger inte varför den finns",
            "add 'purpose: ...' in one sentence: what would go wrong without it?",
            "lägg till 'syfte: ...' i en mening: vad skulle gå fel utan den?"),
        new MissingField(
            "missing-trigger",
            Severity.WARNING,
            p -> p.trigger().isEmpty(),
            "the process does not say what starts it",
            "processen säger inte vad som startar den",
            "add 'trigger: ...' — the event that starts a case",
            "lägg till 'startas när: ...' — händelsen som startar ett ärende"),
        new MissingField(
            "missing-outcome",
            Severity.INFO,
            p -> p.outcomes().isEmpty(),
            "the process does not state its expected result",
            "processen anger inte sitt förväntade resultat",
            "add 'outcome: ...' — what the customer of the process gets",
            "lägg till 'resultat: ...' — vad processens mottagare får"),
        new MissingField(
            "missing-review",
            Severity.WARNING,
            p -> p.review() == null,
            "the process has no review date",
            "processen saknar datum för nästa granskning",
            "add 'review: YYYY-MM-DD', usually within a year",
            "lägg till 'granskas: ÅÅÅÅ-MM-DD', oftast inom ett år"),
        new ReviewOverdue());
  }

  /** A review date that has passed. */
  static final class ReviewOverdue implements Rule {
    @Override
    public String code() {
      return "review-overdue";
    }

    @Override
    public Severity severity() {
      return Severity.WARNING;
    }

    @Override
    public List<Problem> check(Process p, LintContext c) {
      if (p.review() == null || !p.review().isBefore(c.today())) {
        return List.of();
      }
      long days = ChronoUnit.DAYS.between(p.review(), c.today());
      return List.of(
          LintContext.problem(
              severity(),
              code(),
              c.say(
                  "the review date " + p.review() + " passed " + days + " days ago",
                  "granskningsdatumet " + p.review() + " passerades för " + days + " dagar sedan"),
              c.say(
                  "review the process with its owner, then set the next date",
                  "granska processen med ägaren och sätt sedan nästa datum"),
              c.header(p, "review"),
              null));
    }
  }
}
