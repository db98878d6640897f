package org.holdspace.progress;

/** Which way a measure moved across sessions: later sessions compared with earlier ones. */
public enum Direction {
  /** Higher in later sessions. */
  UP,
  /** About the same. */
  FLAT,
  /** Lower in later sessions. */
  DOWN,
  /** Too few sessions measured it to say (fewer than four). */
  NOT_ENOUGH_DATA
}
