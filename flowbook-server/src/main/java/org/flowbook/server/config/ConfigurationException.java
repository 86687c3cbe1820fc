package org.flowbook.server.config;

import java.util.List;

/**
 * Settings that cannot start the server: every problem found, each located ({@code
 * flowbook.conf:7:1}, an environment variable or an option) and worded in the user's language.
 */
public final class ConfigurationException extends RuntimeException {
  private final List<String> problems;

  public ConfigurationException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem as printed: a headline, maybe the source line with a caret, maybe a hint. */
  public List<String> problems() {
    return problems;
  }
}
