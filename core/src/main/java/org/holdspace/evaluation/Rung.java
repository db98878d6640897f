package org.holdspace.evaluation;

/**
 * The value ladder, bottom first. Reaching any rung is therapeutic value; goal progress is one
 * rung, not the definition of value.
 */
public enum Rung {
  /** The child in distress was met with safe, attuned presence, and nothing escalated into harm. */
  SAFETY,
  /** The child moved toward regulated, or was kept regulated, with or without an adult's help. */
  REGULATION,
  /** Signs of trust and relationship. */
  CONNECTION,
  /** The child took part in an activity. */
  ENGAGEMENT,
  /** Goal-directed attempts happened. */
  SKILL_PRACTICE,
  /** Measurable progress or attainment on a goal. */
  GOAL_PROGRESS
}
