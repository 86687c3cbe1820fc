package org.flowbook.repository.process;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flowbook.model.Locator;
import org.flowbook.model.ModelValidator;
import org.flowbook.model.Organization;
import org.flowbook.model.Problem;
import org.flowbook.model.Status;
import org.flowbook.notation.Keyword;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.notation.ProcessFormatter;
import org.flowbook.notation.ProcessParser;
import org.flowbook.notation.SourceText;

/**
 * Reads a process text the way the library stores it: parsed, validated against the organization
 * and the processes it may call, held to the lengths the database keeps, and formatted canonically.
 * No storage and no rules of who may save.
 */
public final class TextChecker {
  private TextChecker() {}

  /**
   * Parses and validates a text.
   *
   * @param knownIds the ids of the processes in the library (the text's own id counts as known)
   */
  public static CheckedText check(
      String fileName, String text, Organization org, Collection<String> knownIds) {
    ProcessDocument doc =
        ProcessParser.parse(
            SourceText.decode(fileName, text.getBytes(StandardCharsets.UTF_8)), org.language());
    List<Problem> problems = new ArrayList<>(doc.problems());
    if (!doc.hasProcess()) {
      return new CheckedText(doc, "", problems);
    }
    Set<String> known = new HashSet<>(knownIds);
    known.add(doc.process().id());
    problems.addAll(new ModelValidator(org, known).validate(doc.process(), doc.locator()));
    problems.addAll(tooLong(doc));
    String canonical = doc.hasErrors() ? "" : canonical(doc);
    return new CheckedText(doc, canonical, problems);
  }

  /**
   * The canonical text as stored: without a {@code status:} line, because the library's workflow,
   * not the text, says where a version stands (an export writes it back in).
   */
  public static String canonical(ProcessDocument doc) {
    Set<Keyword> declared = EnumSet.noneOf(Keyword.class);
    declared.addAll(doc.declared());
    declared.remove(Keyword.STATUS);
    return ProcessFormatter.format(
        new ProcessDocument(
            doc.process().withStatus(Status.DRAFT),
            doc.comments(),
            declared,
            doc.locator(),
            doc.problems(),
            doc.source()));
  }

  /**
   * Header values longer than the library stores (the columns of the V1 migration): an error at the
   * value, so that saving says what to shorten instead of failing in the database.
   */
  private static List<Problem> tooLong(ProcessDocument doc) {
    List<Problem> problems = new ArrayList<>();
    org.flowbook.model.Process p = doc.process();
    String[][] fields = {
      {"process", p.title(), "500"},
      {"id", p.id(), "100"},
      {"owner", p.owner(), "200"},
      {"part of", p.group(), "100"}
    };
    for (String[] f : fields) {
      int max = Integer.parseInt(f[2]);
      if (f[1] != null && f[1].length() > max) {
        problems.add(
            Problem.error(
                "value-too-long",
                "'"
                    + f[0]
                    + ":' is "
                    + f[1].length()
                    + " characters long; the library keeps "
                    + max,
                "shorten it to at most " + max + " characters",
                doc.locator().locate(f[0], Locator.Part.HEADER, 0)));
      }
    }
    return problems;
  }
}
