package org.flowbook.notation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.model.Problem;
import org.flowbook.model.Risk;
import org.flowbook.model.RiskScore;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Suggestions;

/**
 * Reads one {@code risk:} block — of a step or of the process header — and the detail lines
 * indented under it:
 *
 * <pre>
 * risk: Felaktig utbetalning
 *   sannolikhet: 3, konsekvens: 4
 *   efter kontroller: sannolikhet 2, konsekvens 3
 *   ägare: Ekonomichef
 *   kontroller: Attest av faktura, Månadsavstämning
 * </pre>
 *
 * A detail key that is no risk keyword is warned about and kept in the description, so nothing the
 * writer typed is lost or silently turned into an instruction.
 */
final class RiskReader {
  /** One part of a score line: "sannolikhet: 3", "konsekvens 4". */
  private static final Pattern SCORE_PART =
      Pattern.compile("([\\p{L}][\\p{L} ]*?)\\s*:?\\s*(\\S+)", Pattern.UNICODE_CASE);

  private final ParseContext context;
  private Draft open;

  /** A risk while it is read. */
  private static final class Draft {
    final String name;
    final int indent;
    final SourceLocation at;
    final String step;
    final List<String> description = new ArrayList<>();
    Integer likelihood;
    Integer consequence;
    Integer residualLikelihood;
    Integer residualConsequence;
    SourceLocation residualAt;
    String owner;
    final List<String> controls = new ArrayList<>();

    Draft(String name, int indent, SourceLocation at, String step) {
      this.name = name;
      this.indent = indent;
      this.at = at;
      this.step = step;
    }
  }

  RiskReader(ParseContext context) {
    this.context = context;
  }

  /**
   * Starts a risk; the caller has finished the one before.
   *
   * @param step the step it stands under, or null for a risk of the whole process
   */
  void start(String name, int indent, SourceLocation at, String step) {
    open = new Draft(name.strip(), indent, at, step);
  }

  /** True when a line indented {@code indent} belongs to the open risk. */
  boolean takes(int indent) {
    return open != null && indent > open.indent;
  }

  /** Reads a detail line of the open risk. */
  void read(String content, SourceLocation at) {
    if (isScoreLine(content)) {
      readScores(content, at, false);
      return;
    }
    String[] kv = Lines.keyValue(content);
    Optional<Keyword> key = kv == null ? Optional.empty() : Keyword.find(Keyword.Area.RISK, kv[0]);
    if (key.isEmpty()) {
      if (kv != null) {
        warn(
            "unknown-risk-field",
            "'" + Lines.abbreviate(kv[0]) + ":' is not a detail of a risk; kept in its description",
            Suggestions.hint(kv[0], Keyword.spellings(Keyword.Area.RISK), "docs/notation.md"),
            at);
      }
      open.description.add(content);
      return;
    }
    Keyword k = key.get();
    context.countLanguage(k, kv[0]);
    SourceLocation valueAt =
        SourceLocation.of(context.file, at.line(), at.column() + content.indexOf(':') + 2);
    if (kv[1].isEmpty()) {
      context.error(
          "empty-value", "'" + kv[0] + ":' has no value", "write the value after the colon", at);
      return;
    }
    switch (k) {
      case RISK_DESCRIPTION -> open.description.add(kv[1]);
      case RISK_OWNER -> {
        if (open.owner != null) {
          duplicate(kv[0], at);
        } else {
          open.owner = kv[1];
        }
      }
      case RISK_CONTROLS -> open.controls.addAll(OrganizationParser.names(kv[1]));
      case RESIDUAL -> {
        if (open.residualAt != null) {
          duplicate(kv[0], at);
          return;
        }
        open.residualAt = valueAt;
        readScores(kv[1], valueAt, true);
      }
      default -> readScores(content, at, false); // "sannolikhet: hög": reported there
    }
  }

  /**
   * The risk read, or null when it has no likelihood or consequence (reported); nothing is open
   * afterwards.
   */
  Risk finish() {
    Draft d = open;
    open = null;
    if (d == null) {
      return null;
    }
    if (d.likelihood == null || d.consequence == null) {
      context.problem(
          locate(
              Problem.error(
                  "risk-without-score",
                  "the risk '"
                      + Lines.abbreviate(d.name)
                      + "' has no "
                      + (d.likelihood == null ? "likelihood" : "consequence"),
                  "assess it on the 1–4 scales under the risk line: 'sannolikhet: 3, konsekvens:"
                      + " 4' ('likelihood: 3, consequence: 4')",
                  d.at),
              d));
      return null;
    }
    RiskScore residual = null;
    if (d.residualAt != null) {
      if (d.residualLikelihood == null || d.residualConsequence == null) {
        context.error(
            "bad-residual-risk",
            "the assessment after controls needs both likelihood and consequence",
            "write 'efter kontroller: sannolikhet 2, konsekvens 3' ('after controls: likelihood 2,"
                + " consequence 3')",
            d.residualAt);
      } else {
        residual = new RiskScore(d.residualLikelihood, d.residualConsequence);
      }
    }
    return new Risk(
        d.name,
        String.join(" ", d.description),
        new RiskScore(d.likelihood, d.consequence),
        residual,
        d.owner,
        d.controls,
        d.at);
  }

  /** True for "sannolikhet: 3, …" and "konsekvens 4": a line that starts with a scale. */
  private static boolean isScoreLine(String content) {
    int comma = content.indexOf(',');
    Matcher m = SCORE_PART.matcher((comma < 0 ? content : content.substring(0, comma)).strip());
    if (!m.matches()) {
      return false;
    }
    Optional<Keyword> k = Keyword.find(Keyword.Area.RISK, m.group(1));
    return k.isPresent() && (k.get() == Keyword.LIKELIHOOD || k.get() == Keyword.CONSEQUENCE);
  }

  /** Reads "sannolikhet: 3, konsekvens: 4" (or one of them) into the open risk. */
  private void readScores(String text, SourceLocation at, boolean residual) {
    int offset = 0;
    for (String raw : text.split(",")) {
      String part = raw.strip();
      SourceLocation partAt =
          SourceLocation.of(context.file, at.line(), at.column() + offset + raw.indexOf(part));
      offset += raw.length() + 1;
      if (part.isEmpty()) {
        continue;
      }
      Matcher m = SCORE_PART.matcher(part);
      Optional<Keyword> k =
          m.matches() ? Keyword.find(Keyword.Area.RISK, m.group(1)) : Optional.empty();
      if (k.isEmpty() || (k.get() != Keyword.LIKELIHOOD && k.get() != Keyword.CONSEQUENCE)) {
        context.error(
            "bad-risk-score",
            "'" + Lines.abbreviate(part) + "' is not a likelihood or a consequence",
            "write 'sannolikhet: 3, konsekvens: 4' ('likelihood: 3, consequence: 4'), each 1–4",
            partAt);
        continue;
      }
      context.countLanguage(k.get(), m.group(1));
      Integer value =
          scale(
              m.group(2),
              SourceLocation.of(context.file, partAt.line(), partAt.column() + m.start(2)));
      if (value == null) {
        continue;
      }
      boolean likelihood = k.get() == Keyword.LIKELIHOOD;
      Integer already =
          residual
              ? (likelihood ? open.residualLikelihood : open.residualConsequence)
              : (likelihood ? open.likelihood : open.consequence);
      if (already != null) {
        duplicate(m.group(1), partAt);
        continue;
      }
      if (residual && likelihood) {
        open.residualLikelihood = value;
      } else if (residual) {
        open.residualConsequence = value;
      } else if (likelihood) {
        open.likelihood = value;
      } else {
        open.consequence = value;
      }
    }
  }

  private Integer scale(String text, SourceLocation at) {
    if (text.length() == 1 && text.charAt(0) >= '1' && text.charAt(0) <= '4') {
      return text.charAt(0) - '0';
    }
    context.error(
        "bad-risk-scale",
        "'" + Lines.abbreviate(text) + "' is not on the scale 1–4",
        "likelihood and consequence are 1 (low) to 4 (high)",
        at);
    return null;
  }

  private void duplicate(String key, SourceLocation at) {
    context.error(
        "duplicate-field",
        "'" + key + "' is given twice for the risk '" + Lines.abbreviate(open.name) + "'",
        "keep one of them",
        at);
  }

  private void warn(String code, String message, String hint, SourceLocation at) {
    context.problem(locate(Problem.warning(code, message, hint, at), open));
  }

  private static Problem locate(Problem p, Draft d) {
    return d.step == null ? p : p.withStep(d.step);
  }
}
