package org.flowbook.diagram.render;

import org.flowbook.diagram.overlay.ChangeState;
import org.flowbook.model.Language;

/** The few words a diagram writes itself, in Swedish and English. */
public final class Words {
  private Words() {}

  /** The header of the lane for steps without a role. */
  public static String otherLane(Language l) {
    return l == Language.SV ? "Övriga" : "Other";
  }

  public static String state(ChangeState s, Language l) {
    boolean sv = l == Language.SV;
    return switch (s) {
      case ADDED -> sv ? "Tillagt" : "Added";
      case REMOVED -> sv ? "Borttaget" : "Removed";
      case CHANGED -> sv ? "Ändrat" : "Changed";
      case UNCHANGED -> sv ? "Oförändrat" : "Unchanged";
    };
  }

  public static String start(Language l) {
    return l == Language.SV ? "Start" : "Start";
  }

  public static String end(Language l) {
    return l == Language.SV ? "Slut" : "End";
  }

  public static String calls(Language l) {
    return l == Language.SV ? "anropar" : "calls";
  }

  public static String legend(Language l) {
    return l == Language.SV ? "Förklaring" : "Legend";
  }

  public static String otherwise(Language l) {
    return l == Language.SV ? "annars" : "otherwise";
  }

  public static String ungrouped(Language l) {
    return l == Language.SV ? "Övriga processer" : "Other processes";
  }
}
