package org.flowbook.repository.process;

import java.util.List;
import org.flowbook.model.Problem;
import org.flowbook.repository.diff.DiffLine;

/** The outcome of saving a process text: saved, refused as a conflict, or refused as invalid. */
public sealed interface SaveResult {
  /** The text was stored as a new version. */
  record Saved(VersionInfo version, List<Problem> warnings) implements SaveResult {
    public Saved {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Someone saved a newer version since the editor loaded {@code base}: nothing was stored.
   *
   * @param latest the newest version now in the library
   * @param theirChanges what changed from {@code base} to {@code latest}
   */
  record Conflict(int base, VersionInfo latest, String latestSource, List<DiffLine> theirChanges)
      implements SaveResult {
    public Conflict {
      theirChanges = List.copyOf(theirChanges);
    }
  }

  /** The text has errors: nothing was stored. */
  record Invalid(List<Problem> problems) implements SaveResult {
    public Invalid {
      problems = List.copyOf(problems);
    }
  }
}
