package org.flowbook.training.status;

/** Where a person stands with one process they must know. */
public enum TrainingStatus {
  /** Trained on the current version, or on an older one whose changes do not touch their work. */
  CURRENT,
  /** Trained, but a newer version changed a step their role performs. */
  STALE,
  /** Trained, but the sign-off's validity has run out. */
  EXPIRED,
  /** Never trained on it. */
  MISSING,
  /** Not in the curriculum of any of the person's roles. */
  NOT_REQUIRED;

  /** The lower-case key used in JSON, CSV and the text bundles. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
