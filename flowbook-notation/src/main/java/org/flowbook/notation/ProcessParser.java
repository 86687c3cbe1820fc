package org.flowbook.notation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.SourceLocation;

/**
 * Reads a {@code .flow} process file. Line-based and linear in the size of the input: it never
 * throws and never stops at the first problem, so a person sees every mistake at once.
 *
 * <p>The lines before the first step go to the {@link HeaderReader}, the steps and the lines under
 * them to the {@link BodyReader}; each reports its own problems, and when the whole file is read
 * the {@link ModelBuilder} turns what they read into the model. The grammar is documented in {@code
 * docs/notation.md}.
 */
public final class ProcessParser {
  private static final Pattern STEP_LINE = Pattern.compile("^(\\d{1,6}[a-z]?)\\.(?:\\s+(.*))?$");

  private final SourceText src;
  private final String file;
  private final Language defaultLanguage;
  private final ParseContext context;
  private final HeaderReader header;
  private final BodyReader body;

  private ProcessParser(SourceText src, Language defaultLanguage) {
    this.src = src;
    this.file = src.file();
    this.defaultLanguage = defaultLanguage;
    this.context = new ParseContext(file);
    this.header = new HeaderReader(context);
    this.body = new BodyReader(context);
  }

  /** Parses a file's bytes; see {@link #parse(SourceText, Language)}. */
  public static ProcessDocument parse(String file, byte[] bytes, Language defaultLanguage) {
    return parse(SourceText.decode(file, bytes), defaultLanguage);
  }

  public static ProcessDocument parse(String file, String text) {
    return parse(SourceText.decode(file, text.getBytes(StandardCharsets.UTF_8)), Language.EN);
  }

  /**
   * Parses a process file.
   *
   * @param defaultLanguage the language when the file neither declares one nor makes it clear by
   *     its keywords (usually the organization's)
   */
  public static ProcessDocument parse(SourceText src, Language defaultLanguage) {
    return new ProcessParser(src, defaultLanguage).run();
  }

  private ProcessDocument run() {
    List<Problem> problems = context.problems;
    Positions positions = context.positions;
    problems.addAll(src.problems());
    if (!src.readable()) {
      return new ProcessDocument(null, Comments.none(), Set.of(), positions, problems, src);
    }
    if (src.isBlank()) {
      problems.add(
          Problem.error(
              "empty-file",
              "the file is empty",
              "start with 'process: <title>' and 'id: <id>', then numbered steps; see docs/notation.md",
              SourceLocation.of(file, 1, 1)));
      return new ProcessDocument(null, Comments.none(), Set.of(), positions, problems, src);
    }
    List<String> lines = src.lines();
    for (int i = 0; i < lines.size(); i++) {
      readLine(i + 1, lines.get(i));
    }
    Comments finished = context.comments.finish();
    ProcessHeader read = header.finish(defaultLanguage);
    List<StepDraft> steps = body.finish(read.processAt());
    Process process;
    try {
      process = new ModelBuilder(read, steps).build();
    } catch (IllegalArgumentException e) {
      context.problem(
          Problem.error("invalid-process", e.getMessage(), "", SourceLocation.of(file, 1, 1)));
      process = null;
    }
    return new ProcessDocument(process, finished, header.declared(), positions, problems, src);
  }

  private void readLine(int lineNo, String line) {
    if (line.isBlank()) {
      return;
    }
    if (Lines.isComment(line)) {
      context.comments.add(line);
      return;
    }
    int indent = Lines.indent(line);
    int start = Lines.firstNonBlank(line);
    String content = line.substring(start).stripTrailing();
    SourceLocation at = SourceLocation.of(file, lineNo, start + 1);
    Matcher step = indent == 0 ? STEP_LINE.matcher(content) : null;
    if (step != null && step.matches()) {
      body.readStepLine(step, at, lineNo);
    } else if (!body.hasSteps()) {
      header.read(content, indent, at);
    } else {
      body.read(content, indent, at);
    }
  }
}
