package org.holdspace.goal;

/** How one goal attempt turned out, as the clinician recorded it. */
public enum AttemptOutcome {
  /** The target was not reached in this attempt. */
  NOT_MET,
  /** Part of the target was reached. */
  PARTLY_MET,
  /** The target was reached. */
  MET
}
