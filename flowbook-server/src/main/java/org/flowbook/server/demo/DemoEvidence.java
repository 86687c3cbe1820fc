package org.flowbook.server.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowbook.model.Person;
import org.flowbook.repository.Library;
import org.flowbook.repository.acknowledge.PersonLink;
import org.flowbook.repository.evidence.EvidenceFile;
import org.flowbook.repository.evidence.EvidenceStore;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.flowbook.repository.users.Users;
import org.flowbook.server.evidence.Cadence;
import org.flowbook.server.evidence.Controls;
import org.flowbook.server.evidence.TrackedControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evidence in the demo (evidence4, #19), so the README tour shows the owner's overdue and due
 * controls and gives the auditor something to look at: for every periodic control the previous
 * period is recorded by a holder of its owner role (a note and a small reconciliation CSV), the
 * periods before it stay overdue and the current one is due; and a demo auditor account, {@code
 * revisor}, with a one-time password like the other demo accounts. Runs once, when the first start
 * loads the demo.
 */
public final class DemoEvidence {
  private static final Logger LOG = LoggerFactory.getLogger(DemoEvidence.class);

  /** The demo auditor's user name. */
  public static final String AUDITOR = "revisor";

  private DemoEvidence() {}

  /** Records the demo's evidence and adds the auditor to the demo's accounts. */
  public static DemoPeople.Result load(Library library, DemoPeople.Result people) {
    LocalDate today = LocalDate.ofInstant(library.clock().instant(), ZoneId.systemDefault());
    int stored = 0;
    for (TrackedControl c : new Controls(library).all(Library.SYSTEM)) {
      if (!c.cadence().isCalendar()) {
        continue;
      }
      User performer = performer(library, c.owner()).orElse(Library.SYSTEM);
      String previous = c.cadence().periodOf(previousDay(c.cadence(), today));
      try {
        EvidenceFile f =
            library
                .evidence()
                .upload(
                    performer,
                    "avstamning-" + previous + ".csv",
                    "text/csv",
                    ("kontroll;period;utfall\n" + c.name() + ";" + previous + ";utan avvikelser\n")
                        .getBytes(StandardCharsets.UTF_8));
        library
            .evidence()
            .record(
                performer,
                new EvidenceStore.Request(
                    c.name(),
                    c.processId(),
                    previous,
                    "Genomförd utan avvikelser (demo).",
                    f.id()));
        stored++;
      } catch (LibraryException e) {
        LOG.warn("demo evidence for {} left out: {}", c.name(), e.getMessage());
      }
    }
    LOG.info("demo evidence: {} records", stored);
    List<DemoPeople.Account> accounts = new ArrayList<>(people.accounts());
    if (library.users().byName(AUDITOR).isEmpty()) {
      Users.OneTime made =
          library
              .users()
              .createWithOneTimePassword(
                  Library.SYSTEM.username(), AUDITOR, "Revisor (demo)", AccessRole.AUDITOR);
      accounts.add(
          new DemoPeople.Account(AUDITOR, "Revisor (demo)", AccessRole.AUDITOR, made.password()));
    }
    return new DemoPeople.Result(accounts, people.records(), people.changeInReview());
  }

  private static LocalDate previousDay(Cadence cadence, LocalDate today) {
    LocalDate start = cadence.start(cadence.periodOf(today)).orElse(today);
    return start.minusDays(1);
  }

  /** The account of the first demo person who holds the role. */
  private static Optional<User> performer(Library library, String role) {
    for (Person p : library.organization().holders(role)) {
      for (User u : library.users().all()) {
        if (PersonLink.links(u, p)) {
          return Optional.of(u);
        }
      }
    }
    return Optional.empty();
  }
}
