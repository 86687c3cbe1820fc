package org.flowbook.model;

/**
 * How a decision picks its outgoing flows: exactly one (exclusive), one or more (inclusive), or the
 * first event that happens (event-based).
 */
public enum DecisionKind {
  EXCLUSIVE,
  INCLUSIVE,
  EVENT_BASED
}
