package org.flowbook.mining.log.xes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import org.flowbook.mining.log.EventLogBuilder;
import org.flowbook.mining.log.ImportFailures;
import org.flowbook.mining.log.ImportOptions;
import org.flowbook.mining.log.ImportResult;
import org.flowbook.mining.log.InputProblem;
import org.flowbook.mining.log.LogImportException;
import org.flowbook.mining.log.LogReader;
import org.flowbook.mining.log.RowProblems;
import org.flowbook.mining.log.io.LogInput;
import org.flowbook.mining.log.io.LogStream;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/**
 * Streams an XES log (IEEE 1849, plain or gzip) into the columnar log.
 *
 * <p>Case = the trace's {@code concept:name}; activity = the event's {@code concept:name}; time =
 * {@code time:timestamp}; resource = {@code org:resource}; lifecycle = {@code
 * lifecycle:transition}. Only attributes directly inside the trace or event count (not nested ones,
 * not {@code <global>} defaults — PM4Py ignores those too). Traces with the same id are one case; a
 * trace without id is called "trace N" (N = its position in the file).
 *
 * <p>UTF-8 logs (nearly all) are read by {@link XesScanner} straight from the bytes while a second
 * thread decompresses; a log that declares another encoding is read by the JDK's StAX reader
 * ({@link XesParser}). Both feed {@link XesEvents}, so they read the same log.
 *
 * <p>The file is read in one piece: with the scanner, cutting it into parts for a second core (as
 * an earlier StAX-based reader did) saved no time on two cores — the cutting, copying and merging
 * cost as much as the parallel scan won — and used more memory.
 */
public final class XesReader implements LogReader {
  @Override
  public ImportResult read(Path file, ImportOptions options) throws LogImportException {
    LogStream in = null;
    try {
      // The scanner bounds each tag and text itself, so the stream need not look for markup.
      in = LogInput.open(file, options, false);
      return result(file, options, new XesScanner(file.toString(), options).parse(in));
    } catch (XesScanner.OtherEncoding e) {
      return withStax(file, options);
    } catch (IOException e) {
      throw ImportFailures.of(file, e);
    } finally {
      closeQuietly(in);
    }
  }

  /**
   * Reads the file with the JDK's StAX reader (any encoding XML allows); used for encodings other
   * than UTF-8, and by the benchmark to compare.
   */
  public static ImportResult withStax(Path file, ImportOptions options) throws LogImportException {
    LogStream in = null;
    try {
      in = LogInput.open(file, options, true);
      return result(file, options, new XesParser(file.toString(), options).parse(in));
    } catch (IOException e) {
      throw ImportFailures.of(file, e);
    } catch (XMLStreamException e) {
      LogStream failed = in;
      var known = failed.failure().or(() -> InputProblem.in(e));
      if (known.isPresent()) {
        throw new LogImportException(known.get().problem());
      }
      throw new LogImportException(syntax(file.toString(), e));
    } finally {
      closeQuietly(in);
    }
  }

  private static ImportResult result(Path file, ImportOptions options, XesPart part)
      throws LogImportException {
    if (part.unnamed() == 0) {
      // Nothing to rename: the part's own builder is the log.
      return finish(file, part.log(), part.problems(), 0);
    }
    RowProblems problems = new RowProblems(file.toString(), options);
    problems.absorb(part.problems(), 0);
    EventLogBuilder log = new EventLogBuilder();
    part.log().appendTo(log, id -> XesPart.caseId(id, 0));
    return finish(file, log, problems, part.unnamed());
  }

  static ImportResult finish(Path file, EventLogBuilder log, RowProblems problems, int unnamed)
      throws LogImportException {
    if (unnamed > 0) {
      problems.warn(
          Problem.warning(
              "trace-without-id",
              unnamed + " traces have no concept:name; they were named \"trace N\"",
              "",
              SourceLocation.file(file.toString())));
    }
    if (log.events() == 0) {
      throw ImportFailures.empty(file, problems);
    }
    return new ImportResult(log.build(), problems.problems(), problems.skipped());
  }

  static void closeQuietly(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // Nothing was written; a failure to close a file being read changes no result.
      }
    }
  }

  /** The problem for malformed XML as StAX reports it. */
  static Problem syntax(String file, XMLStreamException e) {
    Location at = e.getLocation();
    String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
    int cut = message.indexOf("Message: ");
    if (cut >= 0) {
      message = message.substring(cut + "Message: ".length());
    }
    return Problem.error(
        "xml-syntax",
        "the XML is malformed: " + message.strip(),
        "the file may be cut off or not an XES log",
        at == null || at.getLineNumber() <= 0
            ? SourceLocation.file(file)
            : SourceLocation.of(file, at.getLineNumber(), Math.max(0, at.getColumnNumber())));
  }
}
