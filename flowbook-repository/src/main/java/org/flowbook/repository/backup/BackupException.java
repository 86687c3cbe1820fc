package org.flowbook.repository.backup;

/** A backup or restore that cannot go on; the message says why and what to do. */
public final class BackupException extends RuntimeException {
  public BackupException(String message) {
    super(message);
  }

  public BackupException(String message, Throwable cause) {
    super(message, cause);
  }
}
