package org.holdspace.evaluation;

/**
 * The one-line classification of a session's assessment. None of them means failure. A hard day
 * (dysregulated for the configured time in total, or any harm or crisis) is classified by the two
 * foundation rungs it holds; its text names only the rungs the assessment holds.
 */
public enum Headline {
  /** The session did not take place (cancelled or no-show): there is nothing to assess. */
  NOT_HELD,
  /** Too little was recorded to say what value the session had: a prompt to document, not a verdict. */
  NOT_DOCUMENTED_ENOUGH,
  /** A hard day that still reached both safety and regulation. */
  HARD_DAY_SAFETY_AND_REGULATION,
  /** A hard day that reached regulation; safety is not evidenced (for example, it ended in crisis). */
  HARD_DAY_REGULATION,
  /** A hard day that reached safety; regulation is not evidenced this time. */
  HARD_DAY_SAFETY,
  /** A hard day whose records show neither safety nor regulation. */
  HARD_DAY,
  /** Safety, regulation, connection or engagement, without goal work: the foundations later learning stands on. */
  FOUNDATIONS,
  /** Goal-directed practice happened. */
  SKILL_PRACTICE,
  /** Measurable progress on a goal. */
  GOAL_PROGRESS;

  /** {@return whether this headline is one of the hard-day classifications} */
  public boolean isHardDay() {
    return this == HARD_DAY_SAFETY_AND_REGULATION || this == HARD_DAY_REGULATION || this == HARD_DAY_SAFETY
        || this == HARD_DAY;
  }
}
