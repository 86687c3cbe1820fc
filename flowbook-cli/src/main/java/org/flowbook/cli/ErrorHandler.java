package org.flowbook.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an unexpected exception into one readable line and exit code 1, instead of a stack trace;
 * {@code FLOWBOOK_DEBUG=1} shows the trace for bug reports.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
    if (System.getenv("FLOWBOOK_DEBUG") != null) {
      ex.printStackTrace(cl.getErr());
    }
    String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    if (ex instanceof UncheckedIOException u && u.getCause() != null) {
      message = describe(u.getCause());
    } else if (ex instanceof IOException io) {
      message = describe(io);
    }
    cl.getErr().println("flowbook: error: " + message);
    if (System.getenv("FLOWBOOK_DEBUG") == null) {
      cl.getErr().println("(set FLOWBOOK_DEBUG=1 to see the details)");
    }
    return 1;
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException n) {
      return "no such file: " + n.getFile();
    }
    if (e instanceof java.nio.file.AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
