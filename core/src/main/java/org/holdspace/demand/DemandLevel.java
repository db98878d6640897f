package org.holdspace.demand;

/** How much an activity asks of the child. */
public enum DemandLevel {
  /** Nothing is asked. */
  NONE,
  /** Little is asked: child-led play, a familiar routine. */
  LOW,
  /** A clear ask within reach. */
  MODERATE,
  /** A hard or new ask. */
  HIGH
}
