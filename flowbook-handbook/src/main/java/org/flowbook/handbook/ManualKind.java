package org.flowbook.handbook;

/** The three manuals Flowbook writes. */
public enum ManualKind {
  /** One process: cover, purpose, where it fits, flowchart, steps, RACI, roles, controls. */
  PROCESS,
  /** One role across all processes: its responsibilities first, then its steps by process. */
  ROLE,
  /** The whole workspace in landscape order, with indexes of roles, systems and regulations. */
  ORGANIZATION
}
