package org.flowbook.repository.users;

import java.util.Locale;
import java.util.Optional;

/**
 * What a person may do in the library. Each role includes the ones before it: an author can read,
 * an approver can write, an admin can do everything. An auditor reads like a reader and may also
 * browse the compliance evidence and the audit log, but changes nothing: it sits below the author
 * so that every check for writing ({@code atLeast(AUTHOR)}) refuses it.
 */
public enum AccessRole {
  READER,
  AUDITOR,
  AUTHOR,
  APPROVER,
  ADMIN;

  public boolean atLeast(AccessRole other) {
    return compareTo(other) >= 0;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AccessRole> parse(String text) {
    for (AccessRole r : values()) {
      if (r.code().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
