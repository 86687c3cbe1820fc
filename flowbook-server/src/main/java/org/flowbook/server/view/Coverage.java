package org.flowbook.server.view;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Workspace;
import org.flowbook.people.absence.Absence;
import org.flowbook.people.absence.Absences;
import org.flowbook.people.calendar.WorkCalendar;
import org.flowbook.people.coverage.CoverageAnalyzer;
import org.flowbook.people.coverage.CoverageReport;
import org.flowbook.people.coverage.Granularity;
import org.flowbook.people.coverage.StepCover;
import org.flowbook.repository.Library;
import org.flowbook.repository.LibraryView;
import org.flowbook.repository.audit.ChangeMark;
import org.flowbook.repository.people.StoredAbsence;
import org.flowbook.server.http.InputError;

/**
 * The coverage of the processes one person may see ({@link LibraryView#workspace()}), with the
 * library's people and stored absences — what {@code flowbook cover} computes from a folder.
 */
public final class Coverage {
  /** The longest period the page and the API compute at once. */
  public static final int MAX_DAYS = 366;

  /** How far ahead the landscape's badge looks. */
  public static final int BADGE_WEEKS = 8;

  /** How many badge results are kept: a few days × drafts or not is plenty. */
  private static final int BADGE_CACHE = 16;

  private final Library library;
  private final TrainingRecordSource training;

  /** The badge per (change mark, day, sees drafts); see {@link #uncoveredSoon}. */
  private final Map<BadgeKey, Set<String>> badges =
      Collections.synchronizedMap(
          new LinkedHashMap<>(BADGE_CACHE, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<BadgeKey, Set<String>> eldest) {
              return size() > BADGE_CACHE;
            }
          });

  public Coverage(Library library) {
    this(library, TrainingRecordSource.NONE);
  }

  /**
   * @param training where the training records come from, to check the stand-ins against
   */
  public Coverage(Library library, TrainingRecordSource training) {
    this.library = library;
    this.training = training;
  }

  private record BadgeKey(ChangeMark mark, LocalDate today, boolean drafts) {}

  /** A period from query parameters: both dates, or the coming eight weeks from next Monday. */
  public record Period(LocalDate from, LocalDate to) {}

  public static Period period(String from, String to, LocalDate today) {
    LocalDate start =
        from == null || from.isBlank()
            ? today.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
            : date(from);
    LocalDate end =
        to == null || to.isBlank() ? start.plusWeeks(BADGE_WEEKS).minusDays(1) : date(to);
    if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
      throw InputError.badRequest("input.period", MAX_DAYS);
    }
    return new Period(start, end);
  }

  private static LocalDate date(String s) {
    try {
      LocalDate d = LocalDate.parse(s.strip());
      if (d.getYear() < 2000 || d.getYear() > 2099) {
        throw new IllegalArgumentException();
      }
      return d;
    } catch (RuntimeException e) {
      throw InputError.badRequest("input.date");
    }
  }

  /** The report for the period, by week, over the processes {@code view} shows. */
  public CoverageReport report(LibraryView view, Period p) {
    Workspace ws = view.workspace();
    CoverageReport r =
        new CoverageAnalyzer(ws, absences(), WorkCalendar.swedish())
            .analyze(p.from(), p.to(), Granularity.WEEK);
    return training.check(r, ws);
  }

  /**
   * The processes {@code view} shows with a step nobody can do in the coming eight weeks. Computed
   * once per change of the library (any process, organization, people or absence change moves the
   * {@link ChangeMark}), day and kind of view, not on every page: the mark is read from the
   * database, so every server of a cluster drops its copy when any of them changes something.
   */
  public Set<String> uncoveredSoon(LibraryView view, LocalDate today) {
    BadgeKey key = new BadgeKey(library.audit().changeMark(), today, view.seesDrafts());
    Set<String> cached = badges.get(key);
    if (cached != null) {
      return cached;
    }
    Set<String> ids = computeUncoveredSoon(view, today);
    badges.put(key, ids);
    return ids;
  }

  private Set<String> computeUncoveredSoon(LibraryView view, LocalDate today) {
    if (library.organization().people().isEmpty()) {
      return Set.of();
    }
    Set<String> ids = new LinkedHashSet<>();
    for (StepCover s :
        new CoverageAnalyzer(view.workspace(), absences(), WorkCalendar.swedish())
            .analyze(
                period(null, null, today).from(), period(null, null, today).to(), Granularity.WEEK)
            .uncoveredSteps()) {
      ids.add(s.processId());
    }
    return Set.copyOf(ids);
  }

  private Absences absences() {
    List<StoredAbsence> stored = library.people().all();
    return Absences.of(
        stored.stream()
            .map(a -> new Absence(a.person(), a.from(), a.to(), SourceLocation.UNKNOWN))
            .toList());
  }
}
