package org.holdspace.readiness;

/** The signs a clinician weighs when judging readiness for goal-directed work. */
public enum ReadinessIndicator {
  /** The child is regulated. */
  REGULATED,
  /** The child seems to feel safe. */
  FEELS_SAFE,
  /** The child is engaged and attending. */
  ENGAGED,
  /** Basic needs are met: sleep, hunger, illness, pain. */
  BASIC_NEEDS_MET,
  /** The child tolerates transitions. */
  TOLERATES_TRANSITIONS
}
