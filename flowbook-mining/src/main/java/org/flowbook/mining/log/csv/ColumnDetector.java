package org.flowbook.mining.log.csv;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Finds the case, activity, timestamp, resource and lifecycle columns of a CSV header: by the
 * user's mapping (name or 1-based number) or by the usual names in English and Swedish and PM4Py's
 * XES-style names ({@code case:concept:name}, {@code concept:name}, {@code time:timestamp}, {@code
 * org:resource}).
 */
final class ColumnDetector {
  static final List<String> CASE =
      List.of(
          "caseconceptname",
          "caseid",
          "case",
          "casenumber",
          "casenr",
          "caseidentifier",
          "casekey",
          "traceid",
          "trace",
          "processinstanceid",
          "processinstance",
          "instanceid",
          "ärendeid",
          "ärende",
          "ärendenummer",
          "ärendenr",
          "fallid",
          "fall");
  static final List<String> ACTIVITY =
      List.of(
          "conceptname",
          "activity",
          "activityname",
          "aktivitet",
          "aktivitetsnamn",
          "task",
          "taskname",
          "eventname",
          "event",
          "action",
          "händelse",
          "steg",
          "moment",
          "operation");
  static final List<String> TIMESTAMP =
      List.of(
          "timetimestamp",
          "timestamp",
          "completetimestamp",
          "endtimestamp",
          "completetime",
          "endtime",
          "eventtime",
          "datetime",
          "time",
          "date",
          "tidpunkt",
          "tidsstämpel",
          "tidstämpel",
          "sluttid",
          "tid",
          "datum",
          "starttimestamp",
          "starttime",
          "starttid");
  static final List<String> RESOURCE =
      List.of(
          "orgresource",
          "resource",
          "user",
          "username",
          "performer",
          "agent",
          "employee",
          "actor",
          "resurs",
          "användare",
          "handläggare",
          "utförare",
          "person");
  static final List<String> LIFECYCLE =
      List.of("lifecycletransition", "lifecycle", "transition", "eventtype", "livscykel");

  private ColumnDetector() {}

  /** Lower case without spaces, underscores, dashes, colons and dots. */
  static String normalize(String header) {
    StringBuilder s = new StringBuilder(header.length());
    for (char c : header.strip().toLowerCase(Locale.ROOT).toCharArray()) {
      if (c != ' ' && c != '_' && c != '-' && c != ':' && c != '.' && c != '\uFEFF') {
        s.append(c);
      }
    }
    return s.toString();
  }

  /**
   * The column a mapping names ({@code wanted} non-empty) or the first header that has one of
   * {@code names}.
   */
  static OptionalInt find(List<String> header, String wanted, List<String> names) {
    if (!wanted.isEmpty()) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).strip().equalsIgnoreCase(wanted)) {
          return OptionalInt.of(i);
        }
      }
      String w = normalize(wanted);
      for (int i = 0; i < header.size(); i++) {
        if (normalize(header.get(i)).equals(w)) {
          return OptionalInt.of(i);
        }
      }
      if (wanted.chars().allMatch(Character::isDigit)) {
        int n = Integer.parseInt(wanted);
        if (n >= 1 && n <= header.size()) {
          return OptionalInt.of(n - 1);
        }
      }
      return OptionalInt.empty();
    }
    for (String name : names) {
      for (int i = 0; i < header.size(); i++) {
        if (normalize(header.get(i)).equals(name)) {
          return OptionalInt.of(i);
        }
      }
    }
    return OptionalInt.empty();
  }
}
