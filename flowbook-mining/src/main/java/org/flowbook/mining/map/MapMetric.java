package org.flowbook.mining.map;

/** What the arrows of a process map show and are weighted by. */
public enum MapMetric {
  /** How often one activity directly followed the other. */
  FREQUENCY,
  /** The mean waiting time between the two. */
  TIME
}
