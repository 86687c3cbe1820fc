package org.flowbook.server.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flowbook.model.Person;
import org.flowbook.model.Process;
import org.flowbook.notation.SourceText;
import org.flowbook.repository.Library;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.process.SaveResult;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.training.TrainingSignOffs;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.Users;
import org.flowbook.training.check.TrainingFiles;
import org.flowbook.training.record.RecordImport;
import org.flowbook.training.record.TrainingCsv;
import org.flowbook.training.record.TrainingRecord;
import org.flowbook.training.version.ProcessVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's people in the web app, so that the README tour shows acknowledgements and training
 * with real people: an account for every demo person with an e-mail address (its user name is the
 * address's local part, which is how {@code PersonLink} makes the account that person; approver for
 * the holders of the purchasing process's owner role, who approve its change; reader otherwise),
 * the demo's training records ({@code utbildning.csv}, versions named by the files' {@code
 * version:} labels, stored as the library's version 1), and the purchasing change of {@code
 * changes/} waiting for review, to be published with acknowledgement. Runs once, when the first
 * start loads the demo.
 */
public final class DemoPeople {
  private static final Logger LOG = LoggerFactory.getLogger(DemoPeople.class);

  /** The proposed purchasing policy, relative to the demo folder. */
  static final String CHANGE = "changes/inkopsgodkannande-new.flow";

  /** The process {@link #CHANGE} is a new version of. */
  static final String CHANGED = "purchase-approval";

  private DemoPeople() {}

  /** A demo account and its one-time password (shown once, at the first start). */
  public record Account(String username, String person, AccessRole access, String password) {}

  /** What was set up. */
  public record Result(List<Account> accounts, int records, Optional<Integer> changeInReview) {}

  public static Result load(Library library, Path demo) {
    List<Account> accounts = accounts(library);
    int records = records(library, demo);
    Optional<Integer> change = change(library, demo);
    return new Result(accounts, records, change);
  }

  private static List<Account> accounts(Library library) {
    // The owner of the process whose change waits for review approves it; everyone else reads
    // (and the holders of a process's owner role sign off training in it all the same).
    String approving = library.processes().summary(CHANGED).map(ProcessSummary::owner).orElse("");
    List<Account> out = new ArrayList<>();
    for (Person p : library.organization().people()) {
      String email = p.email().toLowerCase(Locale.ROOT);
      int at = email.indexOf('@');
      if (at <= 0) {
        continue;
      }
      String username = Users.normalize(email.substring(0, at));
      if (library.users().byName(username).isPresent()) {
        continue;
      }
      AccessRole access =
          !approving.isEmpty() && p.holds(approving) ? AccessRole.APPROVER : AccessRole.READER;
      try {
        Users.OneTime made =
            library
                .users()
                .createWithOneTimePassword(Library.SYSTEM.username(), username, p.name(), access);
        out.add(new Account(username, p.name(), access, made.password()));
      } catch (LibraryException e) {
        LOG.warn("no demo account for {}: {}", p.name(), e.getMessage());
      }
    }
    return out;
  }

  /** The demo's training records as sign-offs of the library's versions; returns how many. */
  private static int records(Library library, Path demo) {
    int stored = 0;
    try {
      for (Path f : TrainingFiles.inWorkspace(demo)) {
        RecordImport read = TrainingCsv.parse(SourceText.read(f, f.toString()));
        for (TrainingRecord r : read.records()) {
          Optional<Integer> version = libraryVersion(library, r);
          if (version.isEmpty()) {
            continue;
          }
          Period p = r.validFor();
          try {
            library
                .training()
                .record(
                    Library.SYSTEM,
                    new TrainingSignOffs.Request(
                        r.person(),
                        r.processId(),
                        r.stepId(),
                        version.get(),
                        r.date(),
                        (int) Math.min(TrainingSignOffs.MAX_VALID_MONTHS, p.toTotalMonths())),
                    r.trainer());
            stored++;
          } catch (LibraryException e) {
            LOG.warn("demo training record {} left out: {}", r.at(), e.getMessage());
          }
        }
      }
    } catch (IOException e) {
      LOG.warn("the demo's training records could not be read", e);
    }
    return stored;
  }

  /** The library version a record's version label names (the demo's files are version 1). */
  private static Optional<Integer> libraryVersion(Library library, TrainingRecord r) {
    return library
        .processes()
        .summary(r.processId())
        .flatMap(ProcessSummary::published)
        .filter(
            n ->
                library
                    .document(r.processId(), n)
                    .filter(d -> d.hasProcess())
                    .map(d -> labelled(d.process()).isNamedBy(r.version()))
                    .orElse(false));
  }

  private static ProcessVersion labelled(Process p) {
    return ProcessVersion.labelled(p);
  }

  /** The proposed purchasing policy saved by the system and sent to review. */
  private static Optional<Integer> change(Library library, Path demo) {
    Path f = demo.resolve(CHANGE);
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    try {
      String text = Files.readString(f);
      ProcessSummary s = library.processes().summary(CHANGED).orElseThrow();
      SaveResult r =
          library
              .processes()
              .save(
                  Library.SYSTEM,
                  s.id(),
                  s.latestVersion(),
                  text,
                  "Ny inköpspolicy 4.0 (examples/" + CHANGE + ")");
      if (!(r instanceof SaveResult.Saved saved)) {
        return Optional.empty();
      }
      int v = saved.version().version();
      library.processes().submit(Library.SYSTEM, s.id(), v);
      return Optional.of(v);
    } catch (IOException | RuntimeException e) {
      LOG.warn("the demo's purchasing change was not put in review", e);
      return Optional.empty();
    }
  }
}
