package org.flowbook.repository;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flowbook.model.Process;
import org.flowbook.model.Status;
import org.flowbook.model.Workspace;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.repository.comments.StepComment;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.process.ProcessVersion;
import org.flowbook.repository.process.VersionInfo;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.search.SearchHit;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;

/**
 * The library as one person may see it — the single visibility rule every page, download, manual,
 * search and API answer reads through: a reader sees each process only at its published version (a
 * process never published does not exist for them, and neither do drafts or versions in review of a
 * published one); authors and up see every version.
 *
 * <p>Everything here that names something invisible answers "not found", never "forbidden", so a
 * reader cannot learn that a draft exists.
 */
public final class LibraryView {
  private final Library library;
  private final User user;

  LibraryView(Library library, User user) {
    this.library = library;
    this.user = user;
  }

  public User user() {
    return user;
  }

  /** True for authors and up, who see drafts and versions in review. */
  public boolean seesDrafts() {
    return user.can(AccessRole.AUTHOR);
  }

  /** True when this person may see that version of the process. */
  public boolean sees(ProcessSummary s, int version) {
    return seesDrafts()
        || (s.publishedVersion() != null && s.publishedVersion() == version && version > 0);
  }

  /** The processes this person may see, in the library's order. */
  public List<ProcessSummary> processes() {
    return library.processes().list().stream().flatMap(s -> visible(s).stream()).toList();
  }

  /** A process this person may see, or empty. */
  public Optional<ProcessSummary> find(String id) {
    return library.processes().summary(id).flatMap(this::visible);
  }

  /** The summary as this person may know it: for readers, newer drafts leave no trace. */
  private Optional<ProcessSummary> visible(ProcessSummary s) {
    return seesDrafts() ? Optional.of(s) : s.asPublished();
  }

  /** A process this person may see; "not found" otherwise. */
  public ProcessSummary process(String id) {
    return find(id).orElseThrow(() -> LibraryException.notFound("no process " + id));
  }

  /**
   * The version shown when none is asked for: the published one for readers, the newest for
   * authors.
   */
  public int defaultVersion(ProcessSummary s) {
    return seesDrafts() ? s.latestVersion() : s.currentVersion();
  }

  /** One version this person may see; "not found" otherwise. */
  public ProcessVersion version(String id, int version) {
    ProcessSummary s = process(id);
    if (!sees(s, version)) {
      throw LibraryException.notFound("no version " + version + " of " + id);
    }
    return library
        .processes()
        .version(id, version)
        .orElseThrow(() -> LibraryException.notFound("no version " + version + " of " + id));
  }

  /** The parsed text of a version this person may see; "not found" otherwise. */
  public ProcessDocument document(String id, int version) {
    version(id, version);
    return library
        .document(id, version)
        .orElseThrow(() -> LibraryException.notFound("no version " + version + " of " + id));
  }

  /** The versions of a process this person may see, newest first. */
  public List<VersionInfo> history(String id) {
    ProcessSummary s = process(id);
    return library.processes().history(id).stream().filter(v -> sees(s, v.version())).toList();
  }

  /** The versions waiting for review that this person may see. */
  public List<VersionInfo> inReview() {
    return seesDrafts() ? library.processes().inReview() : List.of();
  }

  /**
   * The organization and every visible process at the version this person reads (the published one,
   * else — for authors — the newest): what landscapes and role manuals are built from.
   */
  public Workspace workspace() {
    Workspace all = library.workspace();
    if (seesDrafts()) {
      return all;
    }
    List<String> visible = processes().stream().map(ProcessSummary::id).toList();
    return all.withProcesses(
        all.processes().stream().filter(p -> visible.contains(p.id())).toList());
  }

  /**
   * {@link #workspace()} with one process replaced by (or added as) the given version of it, for a
   * process manual of a chosen version. The caller has read that version through this view.
   */
  public Workspace workspaceWith(Process shown) {
    process(shown.id());
    Workspace ws = workspace();
    List<Process> processes = new ArrayList<>();
    boolean replaced = false;
    for (Process p : ws.processes()) {
      if (p.id().equals(shown.id())) {
        processes.add(shown);
        replaced = true;
      } else {
        processes.add(p);
      }
    }
    if (!replaced) {
      processes.add(shown);
    }
    return ws.withProcesses(processes);
  }

  /**
   * The comments on a process this person may see: authors and up see all; a reader sees those
   * written on versions that were published (a comment on a draft can quote the draft).
   */
  public List<StepComment> comments(String id) {
    ProcessSummary s = process(id);
    List<StepComment> all = library.comments().of(s.id());
    if (seesDrafts()) {
      return all;
    }
    Set<Integer> published = new HashSet<>();
    for (VersionInfo v : library.processes().history(s.id())) {
      if (v.status() == Status.PUBLISHED || v.status() == Status.ARCHIVED) {
        published.add(v.version());
      }
    }
    return all.stream().filter(c -> published.contains(c.version())).toList();
  }

  /** One comment this person may see; "not found" otherwise. */
  public StepComment comment(long commentId) {
    return library
        .comments()
        .find(commentId)
        .filter(c -> find(c.processId()).isPresent())
        .filter(c -> comments(c.processId()).stream().anyMatch(x -> x.id() == commentId))
        .orElseThrow(() -> LibraryException.notFound("no comment " + commentId));
  }

  /** Search over the processes this person may see. */
  public List<SearchHit> search(String text, int limit) {
    return library.search().search(text, limit, seesDrafts());
  }
}
