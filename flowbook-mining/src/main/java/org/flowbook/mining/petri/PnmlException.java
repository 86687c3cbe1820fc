package org.flowbook.mining.petri;

/** A PNML file that cannot be read as a Petri net; says where and why. */
public final class PnmlException extends Exception {
  private final int line;
  private final int column;

  public PnmlException(String message, int line, int column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  /** 1-based line of the problem, or 0 when it concerns the whole file. */
  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
