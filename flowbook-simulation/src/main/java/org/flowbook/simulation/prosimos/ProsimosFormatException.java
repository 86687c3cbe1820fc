package org.flowbook.simulation.prosimos;

/** A Prosimos model Flowbook cannot read: the message says which file, which element and why. */
public final class ProsimosFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public ProsimosFormatException(String message) {
    super(message);
  }
}
