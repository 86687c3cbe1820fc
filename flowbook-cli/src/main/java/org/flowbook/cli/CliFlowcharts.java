package org.flowbook.cli;

import org.flowbook.handbook.figure.DiagramFlowcharts;
import org.flowbook.handbook.figure.Flowcharts;

/** The drawings the command line puts into manuals. */
final class CliFlowcharts {
  private CliFlowcharts() {}

  static Flowcharts get() {
    return new DiagramFlowcharts();
  }
}
