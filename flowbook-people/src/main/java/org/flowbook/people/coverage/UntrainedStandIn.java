package org.flowbook.people.coverage;

/**
 * A stand-in who takes over a step without a valid training record for it.
 *
 * @param step the step and who can do it
 * @param standIn who steps in, and when
 * @param reason why no record counts
 * @param trainedOn the version of the newest record, or empty when there is none
 */
public record UntrainedStandIn(StepCover step, StandIn standIn, Reason reason, String trainedOn) {

  /** Why the stand-in counts as untrained. */
  public enum Reason {
    /** No record for the process or the step, dated before they step in. */
    NEVER,
    /** The newest record is for a version that a later version changed in this step's work. */
    STALE,
    /** The newest record's validity runs out before the last day they step in. */
    EXPIRED;

    /** The lower-case key used in JSON and the text bundles. */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
