package org.flowbook.mining.discovery;

import java.util.List;
import java.util.Set;

/**
 * A split of a log's activities into groups related by one operator: the step of the inductive
 * miner that decides the root of a (sub)tree. For a loop the first group is the body.
 */
record Cut(Kind kind, List<Set<Integer>> groups) {
  enum Kind {
    CHOICE,
    SEQUENCE,
    PARALLEL,
    LOOP
  }

  Cut {
    groups = List.copyOf(groups);
  }
}
