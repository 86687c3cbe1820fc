package org.flowbook.diagram.overlay;

/** How a step or flow differs between two versions of a process, for drawing a diff. */
public enum ChangeState {
  UNCHANGED,
  ADDED,
  REMOVED,
  CHANGED
}
