package org.flowbook.mining.discovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.flowbook.mining.log.EventLog;
import org.flowbook.model.Language;

/**
 * Who performs each activity of a draft, as a role — never a person's name unless asked for.
 *
 * <p>The resource of an event becomes a role in this order: the person → role mapping ({@code
 * --roles FILE}); the resource itself when {@code keepResources}; the resource itself when the
 * log's resources read as role names (none looks like a person: no digits, no "First Last", no
 * e-mail, no code of one or two characters; and 90 % of the events are by their activity's main
 * resource, as in a role column, unlike a column of first names); otherwise the resources are
 * grouped by the activity each does most, and the group is a role named after that activity
 * ("Performer of X") for the coordinator to rename. An activity's performer is the role of most of
 * its events; a role's head count is the number of distinct resources in it. Activities without any
 * resource get the placeholder role "Performer" ("Utförare").
 */
public final class Performers {
  /** Above this many distinct resources the column is taken for people, whatever their names. */
  static final int MAX_ROLE_NAMES = 40;

  private static final Pattern PERSONAL =
      Pattern.compile(
          ".*\\d.*|.*@.*|\\p{Lu}\\p{L}+(?:[ .-]+\\p{Lu}\\p{L}*\\.?)+|.{1,2}",
          Pattern.UNICODE_CHARACTER_CLASS);

  private final Map<String, String> performerOf;
  private final Map<String, Integer> roles;

  private Performers(Map<String, String> performerOf, Map<String, Integer> roles) {
    this.performerOf = performerOf;
    this.roles = roles;
  }

  /** No performers (a log without resources). */
  public static Performers none() {
    return new Performers(Map.of(), Map.of());
  }

  /** The role of most events of {@code activity}, or empty. */
  public String performer(String activity) {
    return performerOf.getOrDefault(activity, "");
  }

  /** The roles performing some activity, with their head counts, in order of first use. */
  public Map<String, Integer> roles() {
    return roles;
  }

  /** Whether a resource name reads like a person or a personal code rather than a role. */
  static boolean looksPersonal(String resource) {
    return PERSONAL.matcher(resource.strip()).matches();
  }

  /**
   * Reads {@code person,role} lines (comma, semicolon or tab; an optional header line whose second
   * field is "role" or "roll" is skipped; {@code #} starts a comment).
   *
   * @throws IllegalArgumentException with the line number of a line without two fields
   */
  public static Map<String, String> readMapping(Path file) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("[,;\t]", 2);
      if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new IllegalArgumentException(
            file + ":" + (i + 1) + ": expected 'person,role', got '" + line + "'");
      }
      String role = unquote(parts[1]);
      if (out.isEmpty() && (role.equalsIgnoreCase("role") || role.equalsIgnoreCase("roll"))) {
        continue;
      }
      out.put(unquote(parts[0]), role);
    }
    return out;
  }

  private static String unquote(String s) {
    String t = s.strip();
    if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
      t = t.substring(1, t.length() - 1).replace("\"\"", "\"");
    }
    return t.strip();
  }

  /** The performers of {@code log}'s activities. */
  public static Performers of(
      EventLog log, Map<String, String> mapping, boolean keepResources, Language lang) {
    List<String> resources = log.resourceNames();
    int acts = log.activityNames().size();
    long[][] done = new long[resources.size()][acts];
    for (int e = 0; e < log.events(); e++) {
      int r = log.resource(e);
      if (r != EventLog.NO_RESOURCE) {
        done[r][log.activity(e)]++;
      }
    }
    boolean namesAreRoles =
        keepResources
            || resourcesReadAsRoles(resources, mapping) && oneResourcePerActivity(done, acts);
    String[] roleOf = new String[resources.size()];
    for (int r = 0; r < resources.size(); r++) {
      String name = resources.get(r);
      if (mapping.containsKey(name)) {
        roleOf[r] = mapping.get(name);
      } else if (namesAreRoles) {
        roleOf[r] = name;
      } else {
        int main = argmax(done[r]);
        roleOf[r] =
            main < 0
                ? null
                : (lang == Language.SV ? "Utförare av " : "Performer of ") + log.activityName(main);
      }
    }
    Map<String, String> performerOf = new HashMap<>();
    Map<String, Set<Integer>> members = new LinkedHashMap<>();
    for (int a = 0; a < acts; a++) {
      Map<String, Long> byRole = new LinkedHashMap<>();
      for (int r = 0; r < resources.size(); r++) {
        if (done[r][a] > 0 && roleOf[r] != null) {
          byRole.merge(roleOf[r], done[r][a], Long::sum);
        }
      }
      String best = null;
      for (Map.Entry<String, Long> e : byRole.entrySet()) {
        if (best == null
            || e.getValue() > byRole.get(best)
            || (e.getValue().equals(byRole.get(best)) && e.getKey().compareTo(best) < 0)) {
          best = e.getKey();
        }
      }
      if (best != null) {
        performerOf.put(log.activityName(a), best);
        members.computeIfAbsent(best, k -> new HashSet<>());
      }
    }
    for (int r = 0; r < resources.size(); r++) {
      Set<Integer> m = members.get(roleOf[r]);
      if (m != null) {
        m.add(r);
      }
    }
    Map<String, Integer> roles = new LinkedHashMap<>();
    for (Map.Entry<String, Set<Integer>> e : members.entrySet()) {
      roles.put(e.getKey(), Math.max(1, e.getValue().size()));
    }
    // A step without a performer is no work in the notation (a decision on it would be a mere
    // gateway), so activities the log names no resource for get one placeholder role to rename.
    String unknown = lang == Language.SV ? "Utförare" : "Performer";
    for (int a = 0; a < acts; a++) {
      if (!performerOf.containsKey(log.activityName(a))) {
        performerOf.put(log.activityName(a), unknown);
        roles.putIfAbsent(unknown, 1);
      }
    }
    return new Performers(performerOf, roles);
  }

  /** Whether the unmapped resources can stand as role names as they are. */
  private static boolean resourcesReadAsRoles(List<String> resources, Map<String, String> mapping) {
    List<String> unmapped = new ArrayList<>();
    for (String r : resources) {
      if (!mapping.containsKey(r)) {
        unmapped.add(r);
      }
    }
    if (unmapped.size() > MAX_ROLE_NAMES) {
      return false;
    }
    return unmapped.stream().noneMatch(Performers::looksPersonal);
  }

  /**
   * Whether the activities are done by one resource each, as with a role column: at least 90 % of
   * all events are by their activity's most frequent resource (a rare activity done by several
   * roles does not spoil it; a column of first names — "Pete", "Mike" — fails).
   */
  private static boolean oneResourcePerActivity(long[][] done, int acts) {
    long total = 0;
    long byTop = 0;
    for (int a = 0; a < acts; a++) {
      long top = 0;
      for (long[] byResource : done) {
        total += byResource[a];
        top = Math.max(top, byResource[a]);
      }
      byTop += top;
    }
    return total == 0 || byTop >= 0.9 * total;
  }

  private static int argmax(long[] counts) {
    int best = -1;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0 && (best < 0 || counts[i] > counts[best])) {
        best = i;
      }
    }
    return best;
  }
}
