package org.holdspace.readiness;

/** Whether the child is ready for goal-directed work at a moment. */
public enum ReadinessLevel {
  /** Not ready: safety and regulation come first. */
  NOT_READY,
  /** Emerging: light, child-led demands may fit. */
  EMERGING,
  /** Ready for goal-directed work. */
  READY
}
