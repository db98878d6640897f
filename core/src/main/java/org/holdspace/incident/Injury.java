package org.holdspace.incident;

/** Whether anyone was hurt in an incident, as the clinician recorded it. */
public enum Injury {
  /** No one was hurt. */
  NONE,
  /** The child was hurt. */
  TO_CHILD,
  /** Someone else was hurt (the clinician, a caregiver, another child). */
  TO_OTHERS,
  /** The child and someone else were hurt. */
  TO_CHILD_AND_OTHERS
}
