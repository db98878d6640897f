package org.holdspace.evaluation;

/** The one-line classification of a session's assessment. None of them means failure. */
public enum Headline {
  /** The session did not take place (cancelled or no-show): there is nothing to assess. */
  NOT_HELD,
  /** Too little was recorded to say what value the session had: a prompt to document, not a verdict. */
  NOT_DOCUMENTED_ENOUGH,
  /** A hard day that still reached regulation (and usually safety). */
  HARD_DAY_REGULATED,
  /** A hard day in which the child was held safely; regulation was not reached this time. */
  HARD_DAY_HELD_SAFELY,
  /** A hard day whose records show neither safety nor regulation. */
  HARD_DAY,
  /** Safety, regulation, connection or engagement: the foundations later learning stands on. */
  FOUNDATIONS,
  /** Goal-directed practice happened. */
  SKILL_PRACTICE,
  /** Measurable progress on a goal. */
  GOAL_PROGRESS;

  /** Whether this headline is one of the hard-day classifications. */
  public boolean isHardDay() {
    return this == HARD_DAY_REGULATED || this == HARD_DAY_HELD_SAFELY || this == HARD_DAY;
  }
}
