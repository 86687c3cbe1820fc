package org.flowbook.repository.refusal;

/**
 * A request the library refuses, with a reason the caller maps to an answer (HTTP status, exit
 * code) and a message that says what to do.
 */
public final class LibraryException extends RuntimeException {
  /** Why a request was refused. */
  public enum Reason {
    NOT_FOUND,
    FORBIDDEN,
    CONFLICT,
    INVALID
  }

  private final Reason reason;

  public LibraryException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  public static LibraryException notFound(String message) {
    return new LibraryException(Reason.NOT_FOUND, message);
  }

  public static LibraryException forbidden(String message) {
    return new LibraryException(Reason.FORBIDDEN, message);
  }

  public static LibraryException conflict(String message) {
    return new LibraryException(Reason.CONFLICT, message);
  }

  public static LibraryException invalid(String message) {
    return new LibraryException(Reason.INVALID, message);
  }
}
