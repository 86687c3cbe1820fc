package org.flowbook.repository.process;

import org.flowbook.model.Language;
import org.flowbook.model.Status;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;

/**
 * The rules of the review workflow draft → in review → published → archived: who may take each
 * step, from which status, and that someone other than the author publishes (four eyes). Pure
 * rules, no storage: a refusal is a {@link LibraryException} that says what to do.
 */
final class ReviewWorkflow {
  private ReviewWorkflow() {}

  /** One move of a version through the workflow, with the role it needs. */
  enum Move {
    SUBMIT(Status.DRAFT, Status.IN_REVIEW, AccessRole.AUTHOR, "submit processes for review"),
    APPROVE(Status.IN_REVIEW, Status.PUBLISHED, AccessRole.APPROVER, "approve processes"),
    REJECT(Status.IN_REVIEW, Status.DRAFT, AccessRole.APPROVER, "send processes back"),
    ARCHIVE(Status.PUBLISHED, Status.ARCHIVED, AccessRole.APPROVER, "archive processes");

    final Status from;
    final Status to;
    final AccessRole needs;
    final String what;

    Move(Status from, Status to, AccessRole needs, String what) {
      this.from = from;
      this.to = to;
      this.needs = needs;
      this.what = what;
    }

    /** The action's name in the audit log. */
    String action() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the move ends a review, so that who decided and when are recorded. */
    boolean decides() {
      return from == Status.IN_REVIEW;
    }
  }

  /** Refuses unless the actor has at least the role {@code needed} for {@code what}. */
  static void require(User actor, AccessRole needed, String what) {
    if (!actor.can(needed)) {
      throw LibraryException.forbidden(
          "you need the " + needed.code() + " role to " + what + "; ask an administrator");
    }
  }

  static void require(User actor, Move move) {
    require(actor, move.needs, move.what);
  }

  /**
   * Refuses a move the version's state does not allow: it must stand at the move's starting status,
   * only the newest version goes to review, and its author does not publish it.
   *
   * @param latest the newest version of the process
   */
  static void check(Move move, VersionInfo version, int latest, User actor) {
    if (version.status() != move.from) {
      throw LibraryException.conflict(
          "version "
              + version.version()
              + " of '"
              + version.processId()
              + "' is "
              + version.status().word(Language.EN)
              + ", not "
              + move.from.word(Language.EN));
    }
    if (move.to == Status.IN_REVIEW && version.version() != latest) {
      throw LibraryException.conflict(
          "only the newest version (" + latest + ") can be sent to review");
    }
    if (move.to == Status.PUBLISHED && version.author().equals(actor.username())) {
      throw LibraryException.forbidden(
          "you wrote version "
              + version.version()
              + " yourself: another approver must publish it (four eyes)");
    }
  }
}
