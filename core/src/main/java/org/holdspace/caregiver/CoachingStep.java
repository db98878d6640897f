package org.holdspace.caregiver;

/** How far a strategy coached to a caregiver went in the session. */
public enum CoachingStep {
  /** The clinician showed the strategy. */
  SHOWN,
  /** The caregiver tried it, with the clinician alongside. */
  TRIED_BY_CAREGIVER,
  /** Agreed as something to try at home. */
  TO_TRY_AT_HOME
}
