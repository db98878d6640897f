package org.holdspace.regulation;

/**
 * Which side of regulated an arousal band lies on. Movement toward regulated happens within a
 * side: from crisis to escalated, or from either side to regulated. Crisis to shut down is a
 * collapse, and shut down to escalated a change of side; neither is regulation.
 */
public enum ArousalSide {
  /** The low side: shut down, hypo-aroused. */
  LOW,
  /** Regulated: the middle. */
  REGULATED,
  /** The high side: escalated or in crisis. */
  HIGH
}
