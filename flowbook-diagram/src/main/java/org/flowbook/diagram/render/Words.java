package org.flowbook.diagram.render;

import java.util.Locale;
import org.flowbook.diagram.overlay.ChangeState;
import org.flowbook.model.Language;
import org.flowbook.output.TextBundle;

/**
 * The few words a diagram writes itself, from the {@code words_sv} / {@code words_en} bundle next
 * to this class.
 */
public final class Words {
  static final String BUNDLE = "org.flowbook.diagram.render.words";

  private Words() {}

  private static String get(String key, Language l) {
    return TextBundle.of(BUNDLE, l).get(key);
  }

  /** The header of the lane for steps without a role. */
  public static String otherLane(Language l) {
    return get("other-lane", l);
  }

  public static String state(ChangeState s, Language l) {
    return get("state." + s.name().toLowerCase(Locale.ROOT), l);
  }

  public static String start(Language l) {
    return get("start", l);
  }

  public static String end(Language l) {
    return get("end", l);
  }

  public static String calls(Language l) {
    return get("calls", l);
  }

  public static String legend(Language l) {
    return get("legend", l);
  }

  public static String otherwise(Language l) {
    return get("otherwise", l);
  }

  public static String ungrouped(Language l) {
    return get("ungrouped", l);
  }

  /** The title of a process landscape, with the organization's name when it has one. */
  public static String landscapeTitle(String organization, Language l) {
    return organization.isEmpty()
        ? get("landscape", l)
        : TextBundle.of(BUNDLE, l).format("landscape.of", organization);
  }

  static String chartDescription(int steps, int roles, Language l) {
    return TextBundle.of(BUNDLE, l).format("chart.description", steps, roles);
  }

  static String doneBy(String role, Language l) {
    return TextBundle.of(BUNDLE, l).format("step.doneBy", role);
  }

  static String next(String targets, Language l) {
    return TextBundle.of(BUNDLE, l).format("step.next", targets);
  }

  static String when(String condition, Language l) {
    return TextBundle.of(BUNDLE, l).format("step.when", condition);
  }
}
