package org.flowbook.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs the flowbook command in-process and captures what it prints. */
record Cli(int exit, String out, String err) {
  static Cli run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Cli(exit, out.toString(), err.toString());
  }

  /** Runs {@code first} and then {@code more}: for tests that vary one command line. */
  static Cli run(List<String> first, String... more) {
    List<String> args = new ArrayList<>(first);
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }
}
