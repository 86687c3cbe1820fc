package org.flowbook.people.absence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every absence of a workspace, looked up by person (names are matched case-insensitively). */
public final class Absences {
  private static final Absences NONE = new Absences(List.of());

  private final List<Absence> all;
  private final Map<String, List<Absence>> byPerson = new LinkedHashMap<>();

  private Absences(Collection<Absence> absences) {
    List<Absence> sorted = new ArrayList<>(absences);
    sorted.sort(Comparator.comparing(Absence::person).thenComparing(Absence::from));
    this.all = List.copyOf(sorted);
    for (Absence a : all) {
      byPerson.computeIfAbsent(key(a.person()), k -> new ArrayList<>()).add(a);
    }
  }

  public static Absences none() {
    return NONE;
  }

  public static Absences of(Collection<Absence> absences) {
    return new Absences(absences);
  }

  public List<Absence> all() {
    return all;
  }

  public List<Absence> of(String person) {
    return byPerson.getOrDefault(key(person), List.of());
  }

  public boolean isAway(String person, LocalDate day) {
    for (Absence a : of(person)) {
      if (a.covers(day)) {
        return true;
      }
    }
    return false;
  }

  /** These absences and those of {@code other}. */
  public Absences and(Absences other) {
    List<Absence> both = new ArrayList<>(all);
    both.addAll(other.all);
    return new Absences(both);
  }

  /** The names absences are given for, folded. */
  public java.util.Set<String> personKeys() {
    return byPerson.keySet();
  }

  public static String key(String person) {
    return person.strip().toLowerCase(Locale.ROOT);
  }
}
