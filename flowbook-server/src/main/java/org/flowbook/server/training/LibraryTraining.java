package org.flowbook.server.training;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowbook.model.Person;
import org.flowbook.model.Process;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Status;
import org.flowbook.model.Workspace;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.repository.Library;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.process.VersionInfo;
import org.flowbook.repository.training.SignOff;
import org.flowbook.training.record.TrainingRecord;
import org.flowbook.training.status.MatrixBuilder;
import org.flowbook.training.status.TrainingMatrix;
import org.flowbook.training.version.ProcessHistory;
import org.flowbook.training.version.ProcessVersion;
import org.flowbook.training.version.Versions;

/**
 * The library as the training module sees it: the published processes (nobody is trained on a
 * draft, so drafts never reach a training page, for any viewer), each with its published history —
 * every version that was published, oldest first, named by the library's version number — and the
 * stored sign-offs as training records. The rules themselves (curricula, staleness, the matrix) are
 * {@code flowbook-training}'s, the same the CLI applies to a workspace folder.
 */
public final class LibraryTraining {
  private final Library library;

  public LibraryTraining(Library library) {
    this.library = library;
  }

  /** The published processes with their histories, and every sign-off. */
  public record Snapshot(Workspace workspace, Versions versions, List<TrainingRecord> records) {
    /** The matrix of every person of the organization. */
    public TrainingMatrix matrix(LocalDate asOf) {
      return new MatrixBuilder(workspace, versions).build(records, asOf);
    }

    /** The matrix of some people only (one person's training, a manager's team). */
    public TrainingMatrix matrixOf(List<Person> people, LocalDate asOf) {
      Workspace only =
          new Workspace(workspace.organization().withPeople(people), workspace.processes());
      List<String> keys = people.stream().map(Person::key).toList();
      List<TrainingRecord> theirs =
          records.stream().filter(r -> keys.contains(r.personKey())).toList();
      return new MatrixBuilder(only, versions).build(theirs, asOf);
    }
  }

  public Snapshot snapshot() {
    return snapshot(records());
  }

  /** The published processes with their histories, and {@code records} as the sign-offs. */
  public Snapshot snapshot(List<TrainingRecord> records) {
    List<Process> published = new ArrayList<>();
    List<ProcessHistory> histories = new ArrayList<>();
    for (ProcessSummary s : library.processes().list()) {
      if (s.publishedVersion() == null) {
        continue;
      }
      List<ProcessVersion> versions = new ArrayList<>();
      List<VersionInfo> newestFirst = library.processes().history(s.id());
      for (int i = newestFirst.size() - 1; i >= 0; i--) {
        VersionInfo v = newestFirst.get(i);
        boolean wasPublished = v.status() == Status.PUBLISHED || v.status() == Status.ARCHIVED;
        if (wasPublished && v.version() <= s.publishedVersion()) {
          process(s.id(), v.version())
              .ifPresent(p -> versions.add(ProcessVersion.of(String.valueOf(v.version()), p)));
        }
      }
      if (!versions.isEmpty() && versions.get(versions.size() - 1).id().equals(published(s))) {
        published.add(versions.get(versions.size() - 1).process().withStatus(Status.PUBLISHED));
        histories.add(new ProcessHistory(s.id(), versions));
      }
    }
    Workspace ws = new Workspace(library.organization(), published);
    return new Snapshot(ws, Versions.of(histories), records);
  }

  private static String published(ProcessSummary s) {
    return String.valueOf(s.publishedVersion());
  }

  /** The stored sign-offs as records of the training module. */
  public List<TrainingRecord> records() {
    return library.training().all().stream().map(LibraryTraining::record).toList();
  }

  static TrainingRecord record(SignOff s) {
    return new TrainingRecord(
        s.personName(),
        s.processId(),
        s.stepId(),
        String.valueOf(s.version()),
        s.trainedOn(),
        s.trainerName().isBlank() ? s.trainer() : s.trainerName(),
        Period.ofMonths(s.validMonths()),
        SourceLocation.UNKNOWN);
  }

  private Optional<Process> process(String id, int version) {
    return library
        .document(id, version)
        .filter(ProcessDocument::hasProcess)
        .map(ProcessDocument::process);
  }
}
