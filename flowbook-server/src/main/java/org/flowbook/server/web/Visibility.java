package org.flowbook.server.web;

import io.javalin.http.NotFoundResponse;
import java.util.List;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;
import org.flowbook.repository.Library;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;

/**
 * What a person may see: readers see published processes only; authors and up also see drafts and
 * versions in review.
 */
public final class Visibility {
  private Visibility() {}

  public static boolean seesDrafts(User u) {
    return u.can(AccessRole.AUTHOR);
  }

  public static List<ProcessSummary> processes(Library lib, User u) {
    return lib.processes().list().stream()
        .filter(s -> seesDrafts(u) || s.publishedVersion() != null)
        .toList();
  }

  /** The version of a process shown by default: published for readers, newest for authors. */
  public static int defaultVersion(ProcessSummary s, User u) {
    if (seesDrafts(u)) {
      return s.latestVersion();
    }
    return s.published().orElseThrow(() -> new NotFoundResponse("no published process " + s.id()));
  }

  public static void checkVersion(ProcessSummary s, int version, User u) {
    if (!seesDrafts(u) && (s.publishedVersion() == null || s.publishedVersion() != version)) {
      throw new NotFoundResponse("version " + version + " of " + s.id() + " is not published");
    }
  }

  public static Workspace workspace(Library lib, User u) {
    Workspace w = lib.workspace();
    if (seesDrafts(u)) {
      return w;
    }
    List<String> published =
        lib.processes().list().stream()
            .filter(s -> s.publishedVersion() != null)
            .map(ProcessSummary::id)
            .toList();
    List<Process> visible = w.processes().stream().filter(p -> published.contains(p.id())).toList();
    return w.withProcesses(visible);
  }
}
