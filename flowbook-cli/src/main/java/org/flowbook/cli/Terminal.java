package org.flowbook.cli;

/** What the command knows about where its output goes: colour and progress only on a terminal. */
final class Terminal {
  private Terminal() {}

  /** True when standard output is an interactive terminal and colours are not switched off. */
  static boolean colors() {
    return System.console() != null
        && System.getenv("NO_COLOR") == null
        && !"dumb".equals(System.getenv("TERM"));
  }

  static boolean interactive() {
    return System.console() != null;
  }
}
