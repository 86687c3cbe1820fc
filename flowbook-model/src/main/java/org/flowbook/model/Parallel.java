package org.flowbook.model;

/**
 * A parallel gateway: with several outgoing flows it starts branches that run at the same time;
 * with several incoming flows it waits for all of them (a join).
 */
public record Parallel(String id, String title, SourceLocation at) implements Step {
  public Parallel {
    id = Checks.text(id, "step id");
    title = Checks.optional(title);
    at = Checks.at(at);
  }
}
