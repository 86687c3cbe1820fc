package org.flowbook.people.coverage;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.model.Person;
import org.flowbook.people.absence.Absence;
import org.flowbook.people.absence.Absences;

/** Who is away on which working day of the period, as one bit set per person with absences. */
final class Presence {
  private final Map<LocalDate, Integer> index = new HashMap<>();
  // By identity: hashing a Person record would hash its name, roles and deputies on every lookup.
  private final Map<Person, BitSet> away = new java.util.IdentityHashMap<>();

  Presence(List<Person> people, Absences absences, List<LocalDate> workdays) {
    for (int i = 0; i < workdays.size(); i++) {
      index.put(workdays.get(i), i);
    }
    for (Person p : people) {
      List<Absence> list = absences.of(p.name());
      if (list.isEmpty()) {
        continue;
      }
      BitSet bits = new BitSet(workdays.size());
      for (int i = 0; i < workdays.size(); i++) {
        LocalDate d = workdays.get(i);
        for (Absence a : list) {
          if (a.covers(d)) {
            bits.set(i);
            break;
          }
        }
      }
      away.put(p, bits);
    }
  }

  int index(LocalDate day) {
    return index.getOrDefault(day, -1);
  }

  boolean present(Person p, int day) {
    BitSet bits = away.get(p);
    return bits == null || day < 0 || !bits.get(day);
  }
}
