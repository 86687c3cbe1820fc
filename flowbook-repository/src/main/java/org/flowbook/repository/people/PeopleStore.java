package org.flowbook.repository.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.flowbook.model.Organization;
import org.flowbook.model.Person;
import org.flowbook.model.Problem;
import org.flowbook.notation.OrganizationDocument;
import org.flowbook.notation.OrganizationFormatter;
import org.flowbook.notation.OrganizationParser;
import org.flowbook.repository.audit.AuditLog;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.Rows;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.flowbook.repository.users.Users;

/**
 * The people file and the absences of the library, and the one rule for who sees and changes whose
 * absences: everyone sees and registers their own; approvers (the managers of the access model) and
 * administrators see and register everyone's. Exporting and erasing a person is for administrators.
 *
 * <p>The audit log is append-only and cannot forget, so its entries name an absence by number and
 * an erased person by a short hash of the name, never by the name itself.
 */
public final class PeopleStore {
  /** The longest absence registered at once: a year (longer leave is registered per year). */
  public static final int MAX_DAYS = 366;

  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

  private final Database db;
  private final AuditLog audit;
  private final Users users;
  private final Clock clock;
  private final Supplier<Organization> organization;
  private final Runnable changed;

  /**
   * @param organization the organization with the people joined in
   * @param changed called after the people file changed, so the library rereads it
   */
  public PeopleStore(
      Database db,
      AuditLog audit,
      Users users,
      Clock clock,
      Supplier<Organization> organization,
      Runnable changed) {
    this.db = db;
    this.audit = audit;
    this.users = users;
    this.clock = clock;
    this.organization = organization;
    this.changed = changed;
  }

  /** The stored people file ({@code personer.flow}), or "" when there is none. */
  public String source() {
    return db.read(
        c ->
            Rows.one(c, "SELECT source FROM people_file WHERE id = 1", rs -> rs.getString(1))
                .orElse(""));
  }

  /** Replaces the people file; refused (with the problems) when it has errors. Admins only. */
  public List<Problem> setSource(User actor, String text) {
    requireAdmin(actor, "change the people");
    OrganizationDocument doc = OrganizationParser.parse("personer.flow", text);
    if (doc.hasErrors()) {
      return doc.problems();
    }
    String canonical = OrganizationFormatter.format(doc);
    db.inTransaction(
        c -> {
          store(c, actor, canonical);
          audit.append(c, actor.username(), "people", "people", "");
          return null;
        });
    changed.run();
    return doc.problems();
  }

  /**
   * Replaces the people file with an imported one, in one transaction with its audit entry, but
   * only if the stored file is still the one the import was previewed against ({@code base}, see
   * {@link #baseOf}); otherwise someone changed the people in between and nothing is stored.
   * Administrators only. The audit entry counts, it never names (the log cannot forget).
   *
   * @return the problems of the text; nothing was stored when any is an error
   */
  public List<Problem> importSource(User actor, String text, String base, String summary) {
    requireAdmin(actor, "import people");
    OrganizationDocument doc = OrganizationParser.parse("personer.flow", text);
    if (doc.hasErrors()) {
      return doc.problems();
    }
    String canonical = OrganizationFormatter.format(doc);
    db.inTransaction(
        c -> {
          String now =
              Rows.one(c, "SELECT source FROM people_file WHERE id = 1", rs -> rs.getString(1))
                  .orElse("");
          if (!baseOf(now).equals(base)) {
            throw LibraryException.conflict(
                "the people changed since the preview; upload the file again to see what changes");
          }
          store(c, actor, canonical);
          audit.append(c, actor.username(), "people-import", "people", summary);
          return null;
        });
    changed.run();
    return doc.problems();
  }

  /** A short fingerprint of a people file, to tell whether it changed since a preview. */
  public static String baseOf(String source) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One absence to import: a listed person's first and last day. */
  public record AbsenceRow(String person, LocalDate from, LocalDate to) {}

  /**
   * Adds absences read from a workspace's absence files, all in one transaction with one audit
   * entry: an absence already stored (same person, first and last day) is skipped, so importing the
   * same files again adds nothing. Every row must name a listed person and a valid period, or
   * nothing is stored. Administrators (and the system at first start) only.
   *
   * @return how many absences were added
   */
  public int importAbsences(User actor, List<AbsenceRow> rows) {
    requireAdmin(actor, "import absences");
    List<AbsenceRow> checked = new ArrayList<>();
    for (AbsenceRow r : rows) {
      Person p =
          organization
              .get()
              .person(r.person() == null ? "" : r.person().strip())
              .orElseThrow(() -> LibraryException.invalid("no person " + r.person()));
      checkPeriod(r.from(), r.to());
      checked.add(new AbsenceRow(p.name(), r.from(), r.to()));
    }
    return db.inTransaction(
        c -> {
          Instant now = clock.instant();
          int added = 0;
          for (AbsenceRow r : checked) {
            boolean stored =
                Rows.one(
                        c,
                        "SELECT id FROM absences WHERE person_key = ? AND first_day = ? AND"
                            + " last_day = ?",
                        rs -> rs.getLong(1),
                        key(r.person()),
                        r.from(),
                        r.to())
                    .isPresent();
            if (stored) {
              continue;
            }
            Rows.update(
                c,
                "INSERT INTO absences (person, person_key, first_day, last_day, created_at,"
                    + " created_by) VALUES (?, ?, ?, ?, ?, ?)",
                r.person(),
                key(r.person()),
                r.from(),
                r.to(),
                now,
                actor.username());
            added++;
          }
          if (added > 0) {
            audit.append(c, actor.username(), "absence-import", "absences", added + " added");
          }
          return added;
        });
  }

  /**
   * Every absence as {@code frånvaro.csv} ({@code person;från;till}), the file a workspace export
   * carries and a workspace import reads back.
   */
  public String absencesCsv() {
    StringBuilder b = new StringBuilder("person;från;till\n");
    for (StoredAbsence a : all()) {
      b.append(csvField(a.person())).append(';').append(a.from()).append(';').append(a.to());
      b.append('\n');
    }
    return b.toString();
  }

  private static String csvField(String s) {
    return s.contains(";") || s.contains("\"") || s.contains(",")
        ? "\"" + s.replace("\"", "\"\"") + "\""
        : s;
  }

  private void store(Connection c, User actor, String canonical) throws SQLException {
    Instant now = clock.instant();
    if (Rows.update(
            c,
            "UPDATE people_file SET source = ?, updated_at = ?, updated_by = ? WHERE id = 1",
            canonical,
            now,
            actor.username())
        == 0) {
      Rows.update(
          c,
          "INSERT INTO people_file (id, source, updated_at, updated_by) VALUES (1, ?, ?, ?)",
          canonical,
          now,
          actor.username());
    }
  }

  /**
   * The person a signed-in account is: the one whose e-mail's local part is the user name ({@code
   * sara.lindqvist} for {@code sara.lindqvist@nordljus.se}), else the one with the account's name.
   */
  public Optional<Person> personOf(User user) {
    List<Person> people = organization.get().people();
    for (Person p : people) {
      if (isAccountOf(p, user)) {
        return Optional.of(p);
      }
    }
    return people.stream().filter(p -> p.name().equalsIgnoreCase(user.displayName())).findFirst();
  }

  private static boolean isAccountOf(Person p, User user) {
    int at = p.email().indexOf('@');
    return at > 0 && p.email().substring(0, at).equalsIgnoreCase(user.username());
  }

  /** Whether {@code user} sees everyone's absences (approvers and administrators). */
  public static boolean seesEveryone(User user) {
    return user.can(AccessRole.APPROVER);
  }

  /** The single rule: may {@code user} see and change the absences of {@code person}? */
  public boolean mayHandle(User user, String person) {
    return seesEveryone(user)
        || personOf(user).map(p -> p.name().equalsIgnoreCase(person)).orElse(false);
  }

  /** The people whose absences {@code user} may see, in the organization's order. */
  public List<Person> visiblePeople(User user) {
    if (seesEveryone(user)) {
      return organization.get().people();
    }
    return personOf(user).map(List::of).orElse(List.of());
  }

  /** The absences {@code user} may see, by person then date. */
  public List<StoredAbsence> absencesVisibleTo(User user) {
    if (seesEveryone(user)) {
      return all();
    }
    return personOf(user).map(p -> of(p.name())).orElse(List.of());
  }

  /**
   * Every absence, for the coverage (which shows who is away only to those who see everyone's, and
   * counts otherwise). Not for display: pages read {@link #absencesVisibleTo}.
   */
  public List<StoredAbsence> all() {
    return db.read(
        c ->
            Rows.list(
                c,
                "SELECT * FROM absences ORDER BY person_key, first_day, id",
                PeopleStore::absence));
  }

  private List<StoredAbsence> of(String person) {
    return db.read(
        c ->
            Rows.list(
                c,
                "SELECT * FROM absences WHERE person_key = ? ORDER BY first_day, id",
                PeopleStore::absence,
                key(person)));
  }

  /** Registers that a listed person is away; forbidden for other people's unless a manager. */
  public StoredAbsence addAbsence(User actor, String person, LocalDate from, LocalDate to) {
    Person p =
        organization
            .get()
            .person(person == null ? "" : person.strip())
            .orElseThrow(() -> LibraryException.notFound("no person " + person));
    if (!mayHandle(actor, p.name())) {
      throw LibraryException.forbidden("you can register only your own absences");
    }
    checkPeriod(from, to);
    return db.inTransaction(
        c -> {
          Instant now = clock.instant();
          Rows.update(
              c,
              "INSERT INTO absences (person, person_key, first_day, last_day, created_at,"
                  + " created_by) VALUES (?, ?, ?, ?, ?, ?)",
              p.name(),
              key(p.name()),
              from,
              to,
              now,
              actor.username());
          StoredAbsence a =
              Rows.one(
                      c,
                      "SELECT * FROM absences WHERE person_key = ? ORDER BY id DESC LIMIT 1",
                      PeopleStore::absence,
                      key(p.name()))
                  .orElseThrow();
          audit.append(c, actor.username(), "absence-add", "absence " + a.id(), "");
          return a;
        });
  }

  /** Removes an absence; one the actor may not see is "not found". */
  public void removeAbsence(User actor, long id) {
    StoredAbsence a =
        db.read(c -> Rows.one(c, "SELECT * FROM absences WHERE id = ?", PeopleStore::absence, id))
            .filter(x -> mayHandle(actor, x.person()))
            .orElseThrow(() -> LibraryException.notFound("no absence " + id));
    db.inTransaction(
        c -> {
          Rows.update(c, "DELETE FROM absences WHERE id = ?", a.id());
          audit.append(c, actor.username(), "absence-remove", "absence " + a.id(), "");
          return null;
        });
  }

  /** Everything stored about one person (GDPR Art. 15); admins only, recorded in the audit log. */
  public PersonExport export(User actor, String name) {
    requireAdmin(actor, "export a person's data");
    Person p = person(name);
    PersonExport e = new PersonExport(p, of(p.name()), accountOf(p), declaredIn(p.name()));
    audit.append(actor.username(), "person-export", "person " + pseudonym(p.name()), "");
    return e;
  }

  /**
   * Erases a person (GDPR Art. 17): their absences, training sign-offs and acknowledgement tasks,
   * their entry in the people file and every "covered by" naming them; recorded in the audit log
   * under a hash of the name. A person declared in organization.flow is refused: that text is the
   * administrator's to change.
   */
  public void erase(User actor, String name) {
    requireAdmin(actor, "erase a person");
    Person p = person(name);
    if (!declaredIn(p.name()).equals("personer.flow")) {
      throw LibraryException.conflict(
          "'" + p.name() + "' is declared in organization.flow: remove the entry there");
    }
    OrganizationDocument doc = OrganizationParser.parse("personer.flow", source());
    List<Person> kept = new ArrayList<>();
    for (Person other : doc.organization().people()) {
      if (!other.key().equals(p.key())) {
        kept.add(
            other.withCoveredBy(
                other.coveredBy().stream().filter(c -> !c.equalsIgnoreCase(p.name())).toList()));
      }
    }
    String text = OrganizationFormatter.format(doc.organization().withPeople(kept));
    db.inTransaction(
        c -> {
          Rows.update(c, "DELETE FROM absences WHERE person_key = ?", key(p.name()));
          // What else is stored under the person's name: training sign-offs and acknowledgement
          // tasks (both keyed like absences, by the lower-case name).
          Rows.update(c, "DELETE FROM training_records WHERE person_key = ?", key(p.name()));
          Rows.update(c, "DELETE FROM acknowledgements WHERE person_key = ?", key(p.name()));
          store(c, actor, text);
          audit.append(c, actor.username(), "person-erase", "person " + pseudonym(p.name()), "");
          return null;
        });
    changed.run();
  }

  private Person person(String name) {
    return organization
        .get()
        .person(name == null ? "" : name.strip())
        .orElseThrow(() -> LibraryException.notFound("no person " + name));
  }

  private String declaredIn(String name) {
    String people = source();
    boolean inFile =
        !people.isEmpty()
            && OrganizationParser.parse("personer.flow", people)
                .organization()
                .person(name)
                .isPresent();
    return inFile ? "personer.flow" : "organization.flow";
  }

  private Optional<User> accountOf(Person p) {
    return users.all().stream()
        .filter(u -> isAccountOf(p, u) || p.name().equalsIgnoreCase(u.displayName()))
        .findFirst();
  }

  private static void checkPeriod(LocalDate from, LocalDate to) {
    if (from == null || to == null) {
      throw LibraryException.invalid("an absence needs a first and a last day (YYYY-MM-DD)");
    }
    if (to.isBefore(from)) {
      throw LibraryException.invalid("the last day " + to + " is before the first day " + from);
    }
    if (from.isBefore(EARLIEST) || to.isAfter(LATEST)) {
      throw LibraryException.invalid("an absence lies between 2000-01-01 and 2099-12-31");
    }
    if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
      throw LibraryException.invalid(
          "an absence is at most " + MAX_DAYS + " days; register a longer one per year");
    }
  }

  private static StoredAbsence absence(java.sql.ResultSet rs) throws SQLException {
    return new StoredAbsence(
        rs.getLong("id"),
        rs.getString("person"),
        Rows.date(rs, "first_day"),
        Rows.date(rs, "last_day"),
        Rows.instant(rs, "created_at"),
        rs.getString("created_by"));
  }

  private static String key(String person) {
    return person.strip().toLowerCase(Locale.ROOT);
  }

  /** A short, stable stand-in for a name in the append-only audit log. */
  public static String pseudonym(String name) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256").digest(key(name).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void requireAdmin(User actor, String what) {
    if (!actor.can(AccessRole.ADMIN)) {
      throw LibraryException.forbidden("only an administrator can " + what);
    }
  }
}
