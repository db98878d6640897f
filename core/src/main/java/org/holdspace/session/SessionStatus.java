package org.holdspace.session;

/** Whether and how a session took place. Every status but {@link #COMPLETED} needs a reason code. */
public enum SessionStatus {
  /** Took place and ran to its planned end (or ran over). */
  COMPLETED(true),
  /** Took place and ended before its planned end, for a reason such as the child's needs. */
  ENDED_EARLY(true),
  /** Took place but was shortened from outside, for example by a late start or a fire drill. */
  CUT_SHORT(true),
  /** Did not take place: cancelled beforehand. */
  CANCELLED(false),
  /** Did not take place: nobody came. */
  NO_SHOW(false);

  private final boolean held;

  SessionStatus(boolean held) {
    this.held = held;
  }

  /** {@return whether the session took place, so that it has an actual interval and may have events} */
  public boolean isHeld() {
    return held;
  }
}
